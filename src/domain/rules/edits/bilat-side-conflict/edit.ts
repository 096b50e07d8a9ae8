import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { byDate, hasModifier, procedureLines, withModifiers } from '../../support/procedure';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import type { Fix, Hit } from '../../types';

type P = { line: number; code: string; date: string; problem: 'side-on-50' | 'both-sides' | 'beside-50'; sides: string; line50: number };

/** LT, RT and 50 contradict each other: 50 with a side, RT and LT on one line, or a side line beside a 50 line. */
export const bilatSideConflict = defineEdit<P>({
  id: 'BILAT-SIDE-CONFLICT',
  title: 'Modifiers 50, RT and LT contradict each other',
  severity: 'reject',
  category: 'modifier',
  denialCode: DENIALS['PRCE-008'],
  source: SOURCES.pfsIndicators('BILAT SURG: a 50 line covers both sides; do not add RT/LT to it or bill a side again'),
  explain: (p) => {
    switch (p.problem) {
      case 'side-on-50':
        return `Activity ${p.line} (${p.code}) carries 50 and ${p.sides}: 50 already means both sides, so a side modifier contradicts it.`;
      case 'both-sides':
        return `Activity ${p.line} (${p.code}) carries both RT and LT on one line: bill one line with 50 (bilateral indicator 1) or one line per side (indicator 3).`;
      case 'beside-50':
        return `Activity ${p.line} bills ${p.code} again on ${p.date} beside activity ${p.line50}, which already has 50 (both sides): the side is billed twice.`;
    }
  },
  rule: () =>
    'Modifier 50 means the procedure was done on both sides, on one line with one unit. RT and LT name one side each, on separate lines where the code takes them (bilateral indicator 3). Mixing them on one line, or billing a side again beside a 50 line, bills a side twice and the claim is rejected.',
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const hits: Hit<P>[] = [];
    for (const [date, lines] of byDate(procedureLines(doc))) {
      for (const l of lines) {
        const path = ['claim', 'activities', l.index, 'modifiers'];
        const sides = ['RT', 'LT'].filter((s) => hasModifier(l, s));
        const base = { line: l.line, code: l.code, date, sides: sides.join(' and '), line50: 0 };
        if (hasModifier(l, '50') && sides.length > 0) {
          hits.push({ path, params: { ...base, problem: 'side-on-50' }, fixes: [{ label: `Remove ${sides.join(' and ')} from activity ${l.line}`, patches: [{ op: 'set', path, value: withModifiers(l.activity.modifiers, { remove: sides }) }] }] });
          continue;
        }
        if (sides.length === 2) {
          const fixes: Fix[] =
            lookup?.find(l.code, date)?.bilateral === '1'
              ? [
                  {
                    label: `Replace RT and LT with 50 on activity ${l.line} (quantity 1)`,
                    patches: [
                      { op: 'set', path, value: withModifiers(l.activity.modifiers, { remove: ['RT', 'LT'], add: ['50'] }) },
                      { op: 'set', path: ['claim', 'activities', l.index, 'quantity'], value: '1' },
                    ],
                  },
                ]
              : [];
          hits.push({ path, params: { ...base, problem: 'both-sides' }, ...(fixes.length ? { fixes } : {}) });
          continue;
        }
        const with50 = lines.find((o) => o !== l && o.code === l.code && hasModifier(o, '50') && (!hasModifier(l, '50') || o.index < l.index));
        if (with50) {
          hits.push({
            path: ['claim', 'activities', l.index, 'code'],
            params: { ...base, problem: 'beside-50', line50: with50.line },
            fixes: [{ label: `Remove activity ${l.line} (both sides are on activity ${with50.line})`, patches: [{ op: 'remove', path: ['claim', 'activities', l.index] }] }],
          });
        }
      }
    }
    return hits;
  },
});
