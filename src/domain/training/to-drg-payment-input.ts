import type { DrgCostInput, DrgPaymentInput } from '../drg';
import type { DrgCalculation } from './scenario.schema';

function costOf(c: NonNullable<DrgCalculation['cost']>): DrgCostInput {
  if (c.kind === 'manual') return { kind: 'manual', amount: c.amount, ...(c.note !== undefined ? { note: c.note } : {}) };
  return {
    kind: 'activities',
    activities: c.activities.map((a) => ({ activityId: a.activityId, type: a.type, code: a.code, quantity: a.quantity, ...(a.invoiceCost !== undefined ? { invoiceCost: a.invoiceCost } : {}) })),
  };
}

/**
 * A scenario's DRG calculation as the calculator's input (`calculateDrgPayment`).
 * @example calculateDrgPayment(toDrgPaymentInput(scenario.key.drg.calculation), tables).result.total //=> scenario.key.drg.payment
 */
export function toDrgPaymentInput(c: DrgCalculation): DrgPaymentInput {
  return { ...c, cost: c.cost ? costOf(c.cost) : undefined };
}
