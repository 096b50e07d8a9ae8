import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { hasModifier, procedureLines, withModifiers } from '../../support/procedure';
import { BILATERAL_MEANINGS, FEE_TABLE_WORDS, referenceNotCheckedReason } from '../../support/reference';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import type { Hit } from '../../types';

type P = { line: number; code: string; indicator: string; meaning: string; table: string };

/** Modifier 50 on a code whose bilateral indicator is 0, 2 or 9. */
export const bilat50NotAllowed = defineEdit<P>({
  id: 'BILAT-50-NOT-ALLOWED',
  title: 'Modifier 50 on a code that does not take it',
  severity: 'reject',
  category: 'modifier',
  denialCode: DENIALS['PRCE-008'],
  source: SOURCES.pfsIndicators('BILAT SURG indicators 0, 2 and 9: modifier 50 does not apply'),
  explain: (p) => `Activity ${p.line} (${p.code}) carries modifier 50, but ${p.code} has bilateral indicator ${p.indicator}: ${p.meaning}.`,
  rule: (p) =>
    'Modifier 50 is for codes with bilateral indicator 1 (one line, 150 %) or 3 (each side at 100 %). Indicator 0: the procedure is not bilateral, or another code describes the bilateral procedure; bill that code or one side. Indicator 2: the code already covers both sides; bill it once without 50. Indicator 9: the concept does not apply.' +
    (p.table ? ` Indicator from ${p.table}.` : ''),
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...FEE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const l of procedureLines(doc)) {
      if (!hasModifier(l, '50')) continue;
      const ind = lookup.find(l.code, l.date);
      if (!ind || !['0', '2', '9'].includes(ind.bilateral)) continue;
      hits.push({
        path: ['claim', 'activities', l.index, 'modifiers'],
        params: { line: l.line, code: l.code, indicator: ind.bilateral, meaning: BILATERAL_MEANINGS[ind.bilateral] ?? '', table: ind.source.label },
        fixes: [{ label: `Remove 50 from activity ${l.line}`, patches: [{ op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { remove: ['50'] }) }] }],
      });
    }
    return hits;
  },
});
