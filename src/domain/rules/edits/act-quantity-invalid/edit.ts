import { parseDecimal } from '../../../money';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import type { Hit } from '../../types';

type P = { line: number; value: string };

/** Every activity has a quantity above zero. */
export const actQuantityInvalid = defineEdit<P>({
  id: 'ACT-QUANTITY-INVALID',
  title: 'Activity quantity missing, zero or unreadable',
  severity: 'reject',
  category: 'units',
  source: SOURCES.eclaim('Activity.Quantity (decimal, required)'),
  explain: (p) => (p.value === '' ? `Activity ${p.line} has no quantity.` : `Activity ${p.line} quantity "${p.value}" is not a number above zero.`),
  rule: () => 'Quantity is the number of units billed on the line and must be a number above zero (1 for most procedures; a bilateral procedure with modifier 50 is one unit).',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    doc.claim.activities.forEach((a, i) => {
      const value = a.quantity.trim();
      const r = parseDecimal(value);
      if (r.ok && r.value.value.greaterThan(0)) return;
      hits.push({
        path: ['claim', 'activities', i, 'quantity'],
        params: { line: i + 1, value },
        ...(value === '' ? { fixes: [{ label: 'Set quantity to 1', patches: [{ op: 'set' as const, path: ['claim', 'activities', i, 'quantity'], value: '1' }] }] } : {}),
      });
    });
    return hits;
  },
});
