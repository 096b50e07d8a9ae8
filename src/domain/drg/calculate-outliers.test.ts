import { describe, expect, it } from 'vitest';
import { D } from '../money';
import { DEFAULT_DRG_ASSUMPTIONS, withDefaults } from './assumptions';
import { calculateCahms, calculateCostOutlier, calculateMentalHealthOutlier } from './calculate-outliers';

const A = DEFAULT_DRG_ASSUMPTIONS;

describe('calculateCostOutlier (§4.4.2.2, non-mental-health DRGs)', () => {
  const run = (cost: string, base = '12750', addOn = '0', gap = '25000', marginal = '60', a = A) =>
    calculateCostOutlier({ cost: D(cost), basePayment: D(base), addOn: D(addOn), gap: D(gap), marginalPercent: D(marginal) }, a);

  it.each([
    ['E2: cost 60,000 over a 37,750 threshold', '60000', '13350.00', true],
    ['E3: cost 30,000 below the threshold: no outlier', '30000', '0.00', false],
    ['cost exactly at the threshold: no outlier', '37750', '0.00', false],
    ['one fils above the threshold', '37750.01', '0.01', true],
    ['half a fils rounds up', '37750.0125', '0.01', true],
  ])('%s', (_name, cost, amount, applies) => {
    expect(run(cost).result).toMatchObject({ amount, applies });
  });

  it('shows threshold, excess and amount as steps', () => {
    expect(run('60000').steps.map((s) => [s.id, s.formula, s.substituted, s.result, s.rounding])).toEqual([
      ['outlier.threshold', 'Base payment + Gap', '12750.00 + 25000', '37750.00', 'none'],
      ['outlier.excess', 'Cost − (Base payment + Gap)', '60000.00 − 37750.00', '22250.00', 'none'],
      ['outlier.amount', '(Cost − threshold) × Marginal', '22250.00 × 60%', '13350.00', '2 dp half-up'],
    ]);
  });

  it('includes the add-on in the threshold by default, and leaves it out when told to', () => {
    // Base payment 16,250 = 12,750 + add-on 3,500; cost 60,000.
    expect(run('60000', '16250', '3500').result.amount).toBe('11250.00'); // (60000 − 41250) × 0.6
    const without = run('60000', '16250', '3500', '25000', '60', withDefaults({ addOnInOutlierThreshold: false }));
    expect(without.result.amount).toBe('13350.00');
    expect(without.steps[0]).toMatchObject({ formula: '(Base payment − Add-on) + Gap', substituted: '(16250.00 − 3500.00) + 25000', result: '37750.00' });
    expect(without.steps[0]?.assumptions).toEqual([{ key: 'addOnInOutlierThreshold', value: 'false', isDefault: false }]);
  });

  it('uses negotiated gap and marginal', () => {
    expect(run('60000', '13500', '0', '15000', '80').result.amount).toBe('25200.00'); // (60000 − 28500) × 0.8
  });

  it('notes the exact value when it rounds', () => {
    const r = run('37750.0125');
    expect(r.steps[2]?.note).toBe('Exact value 0.0075.');
  });
});

describe('calculateMentalHealthOutlier (§4.4.2.2, Appendix A DRGs)', () => {
  const run = (los: string, high: string, rw: string, alos: string, a = A) =>
    calculateMentalHealthOutlier({ los: D(los), highTrim: D(high), relativeWeight: D(rw), alos: D(alos), baseRate: D('8500') }, a);

  it.each([
    ['E4: LOS 25.50 over high trim 20', '25.50', '20', '0.9000', '10.00', '4207.50', true],
    ['E5: LOS 22 over 18 (5,749.726… → 5,749.73)', '22', '18', '1.2345', '7.30', '5749.73', true],
    ['LOS exactly at the high trim: no outlier', '29.00', '29', '1.7420', '15.30', '0.00', false],
    ['LOS below the high trim: no outlier', '12.00', '29', '1.7420', '15.30', '0.00', false],
    ['one hundredth of a day over', '29.01', '29', '1.7420', '15.30', '9.68', true],
    ['194101 Schizophrenia, 35.25 days', '35.25', '29', '1.7420', '15.30', '6048.61', true],
  ])('%s', (_name, los, high, rw, alos, amount, applies) => {
    expect(run(los, high, rw, alos).result).toMatchObject({ amount, applies });
  });

  it('explains E4 step by step', () => {
    expect(run('25.50', '20', '0.9000', '10.00').steps.map((s) => [s.id, s.substituted, s.result, s.rounding])).toEqual([
      ['mh.compare', '25.50 > 20', 'yes', 'none'],
      ['mh.days', '25.50 − 20', '5.50', 'none'],
      ['mh.amount', '5.50 × (0.9000 / 10.00) × 8500', '4207.50', '2 dp half-up'],
    ]);
  });

  it('E5: keeps the exact value when roundMhOutlier is off, and writes the line with 2 dp', () => {
    const r = run('22', '18', '1.2345', '7.30', withDefaults({ roundMhOutlier: false }));
    expect(r.result.amount).toBe('5749.73');
    expect(r.result.exact.startsWith('5749.72602739726027397260273972602739726')).toBe(true);
    expect(r.steps[2]).toMatchObject({ result: '5749.7260273972…', rounding: 'none' });
    expect(r.steps[2]?.assumptions).toEqual([{ key: 'roundMhOutlier', value: 'false', isDefault: false }]);
  });
});

describe('calculateCahms (§4.4.2.3)', () => {
  const run = (age: number | null, eligible: boolean, base: string, outlier: string, addOn = '0', a = A) =>
    calculateCahms({ age, eligibleIn: eligible ? ['Appendix A'] : [], drgCode: '194101', basePayment: D(base), addOn: D(addOn), outlier: D(outlier) }, a);

  it.each([
    ['E6: age 17, total claim 12,750', 17, true, '12750', '0', '6375.00', true],
    ['age 15 with an outlier', 15, true, '14807', '6048.61', '10427.81', true],
    ['age 0 (newborn)', 0, true, '14807', '0', '7403.50', true],
    ['age 18: no adjustor', 18, true, '12750', '0', '0.00', false],
    ['age 40: no adjustor', 40, true, '12750', '0', '0.00', false],
    ['not an Appendix-A DRG', 10, false, '12750', '0', '0.00', false],
    ['age unknown', null, true, '12750', '0', '0.00', false],
    ['half a fils rounds up', 10, true, '0.01', '0', '0.01', true],
  ])('%s', (_name, age, eligible, base, outlier, amount, applies) => {
    expect(run(age, eligible, base, outlier).result).toMatchObject({ amount, applies });
  });

  it.each([
    [17, true, 'The patient is 17 (under 18) and DRG 194101 is listed in Appendix A.'],
    [18, true, 'The patient is 18, not under 18.'],
    [null, true, 'The patient’s age is unknown, so the CAHMS adjustor cannot be decided.'],
    [5, false, 'DRG 194101 is not on the CAHMS list (Appendix A).'],
  ])('says why (age %s, eligible %s)', (age, eligible, reason) => {
    expect(run(age, eligible, '1000', '0').result.reason).toBe(reason);
  });

  it('takes the add-on into the claim amount by default, and leaves it out when told to', () => {
    expect(run(10, true, '16250', '0', '3500').result.amount).toBe('8125.00');
    const r = run(10, true, '16250', '0', '3500', withDefaults({ cahmsIncludesAddOn: false }));
    expect(r.result.amount).toBe('6375.00');
    expect(r.steps[1]).toMatchObject({ formula: '(Base payment − Add-on) + Outlier', substituted: '(16250.00 − 3500.00) + 0.00', result: '12750.00' });
  });

  it('keeps the exact value when roundCahms is off', () => {
    const r = run(10, true, '0.01', '0', '0', withDefaults({ roundCahms: false }));
    expect(r.result).toMatchObject({ amount: '0.01', exact: '0.005' });
    expect(r.steps[2]).toMatchObject({ result: '0.005', rounding: 'none' });
    expect(r.steps[2]).not.toHaveProperty('note');
  });
});
