import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { byDate, hasModifier, procedureLines, withModifiers } from '../../support/procedure';
import { FEE_TABLE_WORDS, referenceNotCheckedReason } from '../../support/reference';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import type { Hit } from '../../types';

type P = { line: number; code: string; date: string; procedureLine: number; procedureCode: string; globalDays: string; has57: boolean; table: string };

/** An E/M on the day of a minor procedure (global 000 or 010) without 25 is included in the procedure. */
export const global25Missing = defineEdit<P>({
  id: 'GLOBAL-25-MISSING',
  title: 'E/M on the day of a minor procedure without modifier 25',
  severity: 'warn',
  category: 'modifier',
  denialCode: DENIALS['PRCE-002'],
  source: SOURCES.globalSurgery('§30.6.6 B and §40.1 (the global package of minor procedures with 0 or 10 global days)'),
  explain: (p) =>
    p.has57
      ? `Activity ${p.line} (${p.code}) carries 57 on the day of activity ${p.procedureLine} (${p.procedureCode}), a minor procedure with ${p.globalDays} global days: 57 is for the decision for major surgery; a separate visit on the day of a minor procedure takes 25.`
      : `Activity ${p.line} (${p.code}) is an E/M on the day of activity ${p.procedureLine} (${p.procedureCode}), a minor procedure with ${p.globalDays} global days, without modifier 25: the payer treats the visit as part of the procedure.`,
  rule: (p) =>
    'The payment for a minor procedure (global days 000 or 010) includes the evaluation on the same day that led to it. An E/M on that day is paid only when it is significant and separately identifiable from the procedure (its own history, examination and decision making, documented), and then it carries modifier 25; a diagnosis different from the procedure’s is not required. If the visit was only the pre-procedure assessment, do not bill it.' +
    (p.table ? ` Global days from ${p.table}.` : ''),
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...FEE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const [date, lines] of byDate(procedureLines(doc))) {
      const withDays = lines.filter((l) => !l.isEm).map((l) => ({ l, f: lookup.find(l.code, date) }));
      const minor = withDays.find((x) => x.f?.globalDays === '000' || x.f?.globalDays === '010');
      if (!minor?.f) continue;
      const major = withDays.some((x) => x.f?.globalDays === '090');
      for (const em of lines.filter((l) => l.isEm)) {
        if (hasModifier(em, '25')) continue;
        const has57 = hasModifier(em, '57');
        if (has57 && major) continue; // GLOBAL-57-MISSING's ground: 57 for the major procedure
        const path = ['claim', 'activities', em.index, 'modifiers'];
        hits.push({
          path,
          params: { line: em.line, code: em.code, date, procedureLine: minor.l.line, procedureCode: minor.l.code, globalDays: minor.f.globalDays, has57, table: minor.f.source.label },
          fixes: [
            {
              label: has57 ? `Replace 57 with 25 on activity ${em.line}` : `Add modifier 25 to activity ${em.line} (${em.code})`,
              patches: [{ op: 'set', path, value: withModifiers(em.activity.modifiers, { remove: ['57', '59', 'XE', 'XS', 'XP', 'XU'], add: ['25'] }) }],
            },
          ],
        });
      }
    }
    return hits;
  },
});
