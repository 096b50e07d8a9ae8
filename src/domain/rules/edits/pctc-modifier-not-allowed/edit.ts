import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { modifiersIn, procedureLines, withModifiers } from '../../support/procedure';
import { FEE_TABLE_WORDS, PCTC_MEANINGS, referenceNotCheckedReason } from '../../support/reference';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import type { Hit } from '../../types';

type P = { line: number; code: string; modifier: string; indicator: string; meaning: string; table: string };

const PCTC = new Set(['26', 'TC']);

/** 26 and TC only on codes whose PC/TC indicator is 1. */
export const pctcModifierNotAllowed = defineEdit<P>({
  id: 'PCTC-MODIFIER-NOT-ALLOWED',
  title: 'Modifier 26 or TC on a code without components',
  severity: 'reject',
  category: 'modifier',
  source: SOURCES.pfsIndicators('PCTC IND: modifiers 26 and TC apply only to indicator 1 codes'),
  explain: (p) => `Activity ${p.line} (${p.code}) carries ${p.modifier}, but ${p.code} has PC/TC indicator ${p.indicator}: ${p.meaning}, so ${p.modifier} does not apply.`,
  rule: (p) =>
    'Only diagnostic tests with PC/TC indicator 1 split into a professional component (26) and a technical component (TC). Other codes are either one service (0), already a component (2 = professional only, e.g. 93010; 3 = technical only, e.g. 93005), a global-only code with separate component codes (4, e.g. 93000), or codes the split does not apply to. Remove the modifier, or bill the component code instead.' +
    (p.table ? ` Indicator from ${p.table}.` : ''),
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...FEE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const l of procedureLines(doc)) {
      const mods = modifiersIn(l, PCTC);
      if (mods.length === 0) continue;
      const ind = lookup.find(l.code, l.date);
      if (!ind || ind.pctc === '1') continue;
      hits.push({
        path: ['claim', 'activities', l.index, 'modifiers'],
        params: { line: l.line, code: l.code, modifier: mods.join(' and '), indicator: ind.pctc, meaning: PCTC_MEANINGS[ind.pctc] ?? `indicator ${ind.pctc}`, table: ind.source.label },
        fixes: [{ label: `Remove ${mods.join(' and ')} from activity ${l.line}`, patches: [{ op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { remove: mods }) }] }],
      });
    }
    return hits;
  },
});
