import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { dayBefore, hasModifier, procedureLines, withModifiers } from '../../support/procedure';
import { FEE_TABLE_WORDS, referenceNotCheckedReason } from '../../support/reference';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import type { Hit } from '../../types';

type P = { line: number; code: string; date: string; when: 'same day' | 'day before'; procedureLine: number; procedureCode: string; has25: boolean; table: string };

/** An E/M on the day of, or the day before, a major procedure (global 090) without 57 is part of the surgical package. */
export const global57Missing = defineEdit<P>({
  id: 'GLOBAL-57-MISSING',
  title: 'E/M before a major procedure without modifier 57',
  severity: 'warn',
  category: 'modifier',
  denialCode: DENIALS['PRCE-002'],
  source: SOURCES.globalSurgery('§40.1 and §40.2 A.4 (the day before and the day of a major procedure are in its global package; modifier 57, decision for surgery)'),
  explain: (p) =>
    `Activity ${p.line} (${p.code}) is an E/M ${p.when === 'same day' ? 'on the day of' : 'the day before'} activity ${p.procedureLine} (${p.procedureCode}), a major procedure with 90 global days, ${p.has25 ? 'with 25 instead of 57' : 'without modifier 57'}: unless this visit made the decision for surgery (then 57), it is part of the surgery's payment.`,
  rule: (p) =>
    'The payment for a major procedure (global days 090) covers visits from the day before the surgery. An E/M on the day before or the day of the surgery is paid separately only when it is the visit where the decision for surgery was made, and then it carries modifier 57 (not 25). A routine pre-operative visit is not billed.' +
    (p.table ? ` Global days from ${p.table}.` : ''),
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...FEE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const lines = procedureLines(doc).filter((l) => l.date !== '');
    const majors = lines.filter((l) => !l.isEm).map((l) => ({ l, f: lookup.find(l.code, l.date) })).filter((x) => x.f?.globalDays === '090');
    const hits: Hit<P>[] = [];
    for (const em of lines.filter((l) => l.isEm)) {
      if (hasModifier(em, '57')) continue;
      const major = majors.find((m) => m.l.date === em.date) ?? majors.find((m) => dayBefore(m.l.date) === em.date);
      if (!major?.f) continue;
      const path = ['claim', 'activities', em.index, 'modifiers'];
      const has25 = hasModifier(em, '25');
      hits.push({
        path,
        params: { line: em.line, code: em.code, date: em.date, when: major.l.date === em.date ? 'same day' : 'day before', procedureLine: major.l.line, procedureCode: major.l.code, has25, table: major.f.source.label },
        fixes: [
          {
            label: has25 ? `Replace 25 with 57 on activity ${em.line}` : `Add modifier 57 to activity ${em.line} (${em.code})`,
            patches: [{ op: 'set', path, value: withModifiers(em.activity.modifiers, { remove: ['25', '59', 'XE', 'XS', 'XP', 'XU'], add: ['57'] }) }],
          },
        ],
      });
    }
    return hits;
  },
});
