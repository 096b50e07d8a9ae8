import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { hasModifier, procedureLines, withModifiers } from '../../support/procedure';
import type { Hit } from '../../types';

type P = { line: number; code: string };

/** 26 (professional) and TC (technical) together on one line. */
export const pctc26AndTc = defineEdit<P>({
  id: 'PCTC-26-AND-TC',
  title: 'Modifiers 26 and TC on one line',
  severity: 'reject',
  category: 'modifier',
  source: SOURCES.pfsIndicators('PC/TC indicator 1: the global service is billed without a modifier; 26 = professional component, TC = technical component'),
  explain: (p) => `Activity ${p.line} (${p.code}) carries both 26 and TC: the two components together are the global service, billed without either modifier.`,
  rule: () =>
    'A diagnostic test with a professional and a technical component is billed three ways: the global service (no modifier) when one provider does both, 26 for the interpretation only, TC for the equipment and staff only. 26 and TC on one line contradict each other and the line is rejected.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    for (const l of procedureLines(doc)) {
      if (!hasModifier(l, '26') || !hasModifier(l, 'TC')) continue;
      hits.push({
        path: ['claim', 'activities', l.index, 'modifiers'],
        params: { line: l.line, code: l.code },
        fixes: [{ label: `Remove 26 and TC from activity ${l.line} (bill the global service)`, patches: [{ op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { remove: ['26', 'TC'] }) }] }],
      });
    }
    return hits;
  },
});
