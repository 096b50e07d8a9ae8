import { describe, expect, it } from 'vitest';
import { DEFAULT_DRG_ASSUMPTIONS } from './assumptions';
import { calculateCost, type DrgCostActivity } from './calculate-cost';
import { costActivities, TEST_TARIFF } from '@/testing/drg-fixtures';

const A = DEFAULT_DRG_ASSUMPTIONS;

describe('calculateCost (§4.4.2.2 cost at Mandatory Tariff prices)', () => {
  it('prices each activity at the tariff (price × quantity, 2 dp) and adds them up', () => {
    const r = calculateCost({ kind: 'activities', activities: costActivities([['3', '27447', '1'], ['8', 'RB-01', '10'], ['5', 'D-0001', '3.5']]) }, TEST_TARIFF, A);
    expect(r.result).toMatchObject({ kind: 'activities', amount: '50043.75', complete: true, tariffLabel: 'Test tariff 2025', notPriced: [] });
    expect(r.result?.lines.map((l) => [l.code, l.unitPrice, l.amount, l.status])).toEqual([
      ['27447', '30000.00', '30000.00', 'tariff'],
      ['RB-01', '2000.00', '20000.00', 'tariff'],
      ['D-0001', '12.50', '43.75', 'tariff'],
    ]);
    expect(r.steps.map((s) => [s.id, s.substituted, s.result])).toEqual([
      ['cost.tariff', '30000.00 + 10×2000.00 + 3.5×12.50', '50043.75'],
      ['cost.total', '50043.75', '50043.75'],
    ]);
  });

  it('lists activities without a price and marks the cost incomplete, never counting them as zero', () => {
    const r = calculateCost({ kind: 'activities', activities: costActivities([['3', '27447', '1'], ['3', '99999', '1'], ['4', 'L8699', '2']]) }, TEST_TARIFF, A);
    expect(r.result).toMatchObject({ amount: '30000.00', complete: false });
    expect(r.result?.notPriced.map((l) => [l.activityId, l.code, l.amount, l.note])).toEqual([
      ['2', '99999', null, 'no price in the Mandatory Tariff'],
      ['3', 'L8699', null, 'no price in the Mandatory Tariff'],
    ]);
    expect(r.steps[1]).toMatchObject({ label: 'Cost (incomplete)', note: '2 of 3 activities have no price: at least 30000.00.' });
    expect(r.steps[0]?.note).toContain('Not priced: 99999 (activity 2: no price in the Mandatory Tariff); L8699 (activity 3: no price in the Mandatory Tariff).');
  });

  it('without a tariff nothing is priced', () => {
    const r = calculateCost({ kind: 'activities', activities: costActivities([['3', '27447', '1']]) }, null, A);
    expect(r.result).toMatchObject({ amount: '0.00', complete: false, tariffLabel: null });
    expect(r.result?.lines[0]?.note).toBe('no Mandatory Tariff loaded');
  });

  it('prices HCPCS items at invoice cost, honours exclusions, and flags bad quantities', () => {
    const activities: DrgCostActivity[] = [
      { activityId: '1', type: '3', code: '27447', quantity: '1' },
      { activityId: '2', type: '4', code: 'C1776', quantity: '1', invoiceCost: '7,250.50' },
      { activityId: '3', type: '3', code: '99223', quantity: '1', excludedReason: 'duplicate charge' },
      { activityId: '4', type: '3', code: '99232', quantity: 'two' },
      { activityId: '5', type: '4', code: 'C1776', quantity: '1', invoiceCost: 'n/a' },
      { activityId: '6', type: '3', code: '99232', quantity: '' },
    ];
    const r = calculateCost({ kind: 'activities', activities }, TEST_TARIFF, A);
    expect(r.result?.lines.map((l) => [l.activityId, l.status, l.amount])).toEqual([
      ['1', 'tariff', '30000.00'],
      ['2', 'invoice', '7250.50'],
      ['3', 'excluded', null],
      ['4', 'bad-quantity', null],
      ['5', 'not-priced', null],
      ['6', 'tariff', '250.00'],
    ]);
    expect(r.result).toMatchObject({ amount: '37500.50', complete: false });
    expect(r.steps.map((s) => [s.id, s.formula, s.substituted, s.result])).toEqual([
      ['cost.tariff', 'Σ tariff price × quantity', '30000.00 + 250.00', '30250.00'],
      ['cost.invoice', 'Σ HCPCS invoice cost', '7250.50', '7250.50'],
      ['cost.total', 'Cost = tariff-priced activities + HCPCS at invoice', '30250.00 + 7250.50', '37500.50'],
    ]);
    expect(r.steps[0]?.note).toContain('Left out by the coder: 99223 (activity 3: duplicate charge).');
  });

  it('shortens a long sum in the step', () => {
    const r = calculateCost({ kind: 'activities', activities: costActivities(Array.from({ length: 9 }, () => ['3', '99232', '1'] as const)) }, TEST_TARIFF, A);
    expect(r.steps[0]?.substituted).toBe('250.00 + 250.00 + 250.00 + 250.00 + 250.00 + 250.00 + … (3 more)');
    expect(r.result?.amount).toBe('2250.00');
  });

  it('uses a manual cost as entered and says so', () => {
    const r = calculateCost({ kind: 'manual', amount: '60,000' }, null, A);
    expect(r.result).toEqual({ kind: 'manual', amount: '60000.00', complete: true, lines: [], tariffLabel: null, notPriced: [] });
    expect(r.steps[0]).toMatchObject({ label: 'Cost (entered by hand)', source: 'Manual entry', substituted: '60000' });
    expect(calculateCost({ kind: 'manual', amount: 'lots' }, null, A).result).toBeNull();
  });
});
