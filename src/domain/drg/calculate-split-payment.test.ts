import { describe, expect, it } from 'vitest';
import { D } from '../money';
import { DEFAULT_DRG_ASSUMPTIONS, withDefaults } from './assumptions';
import { calculateSplitDays, calculateSplitPayment, type SplitRule } from './calculate-split-payment';
import { parseCivilDate, type CivilDate } from './dates';

const A = DEFAULT_DRG_ASSUMPTIONS;
function d(text: string): CivilDate {
  const v = parseCivilDate(text);
  if (!v) throw new Error(`bad test date ${text}`);
  return v;
}

describe('calculateSplitPayment (§4.4.2.4)', () => {
  const run = (t: string, rule: SplitRule, x: string, y: string, a = A) =>
    calculateSplitPayment({ totalDrgPayment: D(t), rule, coveredDays: D(x), totalDays: D(y), why: 'test' }, a);

  it.each([
    ['E7: T 30,000, X 4, Y 10', '30000', 'surgical-formula', '4', '10', '17400.00', '12600.00'],
    ['E8: T 47,250, X 3, Y 7', '47250', 'surgical-formula', '3', '7', '28350.00', '18900.00'],
    ['E9: medical case, payer 1 pays T', '47250', 'medical', '3', '7', '47250.00', '0.00'],
    ['surgery within cover, none after expiry', '30000', 'surgical-within-coverage', '4', '10', '30000.00', '0.00'],
    ['X = 0 (whole stay after expiry): payer 1 still owes 30 %', '30000', 'surgical-formula', '0', '10', '9000.00', '21000.00'],
    ['non-terminating ratio 1/3 rounds half-up', '100.01', 'surgical-formula', '1', '3', '53.34', '46.67'],
  ] as const)('%s', (_name, t, rule, x, y, p1, p2) => {
    expect(run(t, rule, x, y).result).toEqual({ rule, payer1: p1, payer2: p2 });
  });

  it('shows the formula with the numbers put in (E7)', () => {
    expect(run('30000', 'surgical-formula', '4', '10').steps.map((s) => [s.id, s.substituted, s.result])).toEqual([
      ['split.rule', 'test', 'split by days'],
      ['split.payer1', '30000.00 × (4/10) + ((1 − 4/10) × 30000.00) × 30%', '17400.00'],
      ['split.payer2', '30000.00 − 17400.00', '12600.00'],
    ]);
  });

  it('notes the exact value of payer 1 when it rounds', () => {
    expect(run('100.01', 'surgical-formula', '1', '3').steps[1]?.note).toBe('Exact value 53.3386666666….');
  });
});

describe('calculateSplitDays', () => {
  it.each([
    ['census midnights (default): E7 dates', A, '2025-10-01', '2025-10-11', '2025-10-04', '4', '10', false],
    ['calendar days inclusive', withDefaults({ splitDayCounting: 'calendar-days-inclusive' }), '2025-10-01', '2025-10-11', '2025-10-04', '4', '11', false],
    ['cover ends the day before discharge: all nights covered', A, '2025-10-01', '2025-10-11', '2025-10-10', '10', '10', true],
    ['same, counted inclusively: the discharge day is not covered', withDefaults({ splitDayCounting: 'calendar-days-inclusive' }), '2025-10-01', '2025-10-11', '2025-10-10', '10', '11', false],
    ['cover beyond discharge: X capped at Y', A, '2025-10-01', '2025-10-11', '2025-12-31', '10', '10', true],
    ['cover ends on the admission day', A, '2025-12-31', '2026-01-05', '2025-12-31', '1', '5', false],
  ])('%s', (_name, a, adm, dis, last, x, y, full) => {
    const r = calculateSplitDays({ kind: 'dates', admission: d(adm), discharge: d(dis), payer1LastCoveredDate: d(last) }, a);
    expect(r.result).toEqual({ coveredDays: x, totalDays: y, fullyCovered: full });
    expect(r.steps[0]?.assumptions?.[0]?.key).toBe('splitDayCounting');
  });

  it('uses X and Y entered by hand', () => {
    const r = calculateSplitDays({ kind: 'manual', coveredDays: D('3'), totalDays: D('7') }, A);
    expect(r.result).toEqual({ coveredDays: '3', totalDays: '7', fullyCovered: false });
    expect(r.steps[0]).toMatchObject({ source: 'Manual entry', result: 'X = 3, Y = 7' });
  });
});
