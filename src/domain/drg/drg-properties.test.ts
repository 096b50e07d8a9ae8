import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../money';
import { DEFAULT_DRG_ASSUMPTIONS } from './assumptions';
import { calculateDrgPayment } from './calculate-drg-payment';
import { calculateCahms, calculateCostOutlier, calculateMentalHealthOutlier } from './calculate-outliers';
import { calculateSplitPayment } from './calculate-split-payment';
import { drgInput, TEST_TABLES } from '@/testing/drg-fixtures';

/** Fixed seed: the properties run the same cases every time (and a failure can be replayed). */
const RUN = { seed: 20251001, numRuns: 300 } as const;
const A = DEFAULT_DRG_ASSUMPTIONS;

/** An amount in fils (0 to 10,000,000.00 AED), as a decimal string. */
const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((fils) => D(fils).div(100).toFixed(2));
/** A positive RW with 4 decimals (0.0001 to 30.0000). */
const rw = fc.integer({ min: 1, max: 300_000 }).map((n) => D(n).div(10_000).toFixed(4));
/** A LOS with 2 decimals (0 to 365 days). */
const los = fc.integer({ min: 0, max: 36_500 }).map((n) => D(n).div(100).toFixed(2));

describe('DRG invariants (fast-check)', () => {
  it('split: payer 1 + payer 2 = T, and T × max(X/Y, 30 %) ≤ payer 1 ≤ T', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 365 }), (t, y, xRaw) => {
        const x = Math.min(xRaw, y);
        const r = calculateSplitPayment({ totalDrgPayment: D(t), rule: 'surgical-formula', coveredDays: D(x), totalDays: D(y), why: '' }, A).result;
        expect(D(r.payer1).add(r.payer2).eq(t)).toBe(true);
        expect(D(r.payer1).lte(t)).toBe(true);
        expect(D(r.payer1).gte(D(t).mul(x).div(y).toDecimalPlaces(2, D.ROUND_DOWN))).toBe(true);
        expect(D(r.payer1).gte(D(t).mul('0.3').toDecimalPlaces(2, D.ROUND_DOWN))).toBe(true);
      }),
      RUN,
    );
  });

  it('cost outlier: never negative, and non-decreasing in the cost', () => {
    fc.assert(
      fc.property(amount, amount, amount, rw, (c1, c2, gap, weight) => {
        const base = D('8500').mul(weight).toDecimalPlaces(0);
        const at = (cost: string) =>
          D(calculateCostOutlier({ cost: D(cost), basePayment: base, addOn: D(0), gap: D(gap), marginalPercent: D(60) }, A).result.amount);
        const [lo, hi] = D(c1).lte(c2) ? [c1, c2] : [c2, c1];
        expect(at(lo).gte(0)).toBe(true);
        expect(at(hi).gte(at(lo))).toBe(true);
      }),
      RUN,
    );
  });

  it('mental-health outlier: never negative, zero up to the high trim, non-decreasing in the LOS', () => {
    fc.assert(
      fc.property(los, los, rw, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 100, max: 6000 }), (l1, l2, weight, high, alosHundredths) => {
        const at = (days: string) =>
          D(
            calculateMentalHealthOutlier(
              { los: D(days), highTrim: D(high), relativeWeight: D(weight), alos: D(alosHundredths).div(100), baseRate: D(8500) },
              A,
            ).result.amount,
          );
        const [lo, hi] = D(l1).lte(l2) ? [l1, l2] : [l2, l1];
        expect(at(lo).gte(0)).toBe(true);
        expect(at(hi).gte(at(lo))).toBe(true);
        if (D(lo).lte(high)) expect(at(lo).isZero()).toBe(true);
      }),
      RUN,
    );
  });

  it('CAHMS: only under 18 and only on an Appendix-A DRG', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 110 }), fc.boolean(), amount, amount, (age, listed, base, outlier) => {
        const r = calculateCahms({ age, eligibleIn: listed ? ['Appendix A'] : [], drgCode: '194101', basePayment: D(base), addOn: D(0), outlier: D(outlier) }, A).result;
        expect(r.applies).toBe(listed && age < 18);
        if (!r.applies) expect(r.amount).toBe('0.00');
      }),
      RUN,
    );
  });

  it('CAHMS through the whole calculation: only Appendix-A DRGs and patients under 18', () => {
    const drgs = fc.constantFrom('111101', '051101', '194101', '194173', '199901');
    fc.assert(
      fc.property(drgs, fc.integer({ min: 0, max: 90 }), (drgCode, age) => {
        const r = calculateDrgPayment(drgInput({ drgCode, caseType: 'medical', ageYears: String(age), cost: { kind: 'manual', amount: '0' } }), TEST_TABLES).result;
        const listed = ['194101', '194173', '199901'].includes(drgCode);
        expect(r.cahms?.applies).toBe(listed && age < 18);
        expect(r.claimLines.some((l) => l.code === '99-03')).toBe(listed && age < 18);
      }),
      { ...RUN, numRuns: 100 },
    );
  });

  it('the result does not depend on how numbers are typed ("8500" vs "8,500.00")', () => {
    const formats = (value: string): fc.Arbitrary<string> => {
      const [int = '0', frac = ''] = value.split('.');
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const dotted = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      return fc.constantFrom(
        value,
        ` ${value} `,
        `${int}.${frac.padEnd(2, '0')}`,
        `${grouped}.${frac.padEnd(2, '0')}`,
        `${dotted},${frac.padEnd(2, '0')}`,
        `+${value}`,
      );
    };
    const typed = amount.chain((cost) => fc.tuple(fc.constant(cost), formats(cost)));
    const addOnTyped = fc.integer({ min: 0, max: 2_000_000 }).map((f) => D(f).div(100).toFixed(2)).chain((v) => fc.tuple(fc.constant(v), formats(v)));
    fc.assert(
      fc.property(typed, addOnTyped, ([cost, costText], [addOn, addOnText]) => {
        const plain = calculateDrgPayment(drgInput({ addOn, cost: { kind: 'manual', amount: cost } }), TEST_TABLES).result;
        const other = calculateDrgPayment(drgInput({ addOn: addOnText, cost: { kind: 'manual', amount: costText } }), TEST_TABLES).result;
        expect(other.claimLines).toEqual(plain.claimLines);
        expect(other.total).toBe(plain.total);
        expect(other.issues).toEqual(plain.issues);
      }),
      { ...RUN, numRuns: 150 },
    );
  });

  it('the e-claim lines add up to the total when amounts are rounded (the default)', () => {
    fc.assert(
      fc.property(amount, los, fc.integer({ min: 0, max: 30 }), fc.constantFrom('111101', '194101', '199902'), (cost, days, age, drgCode) => {
        const r = calculateDrgPayment(
          drgInput({ drgCode, caseType: 'medical', losDays: days, ageYears: String(age), cost: { kind: 'manual', amount: cost } }),
          TEST_TABLES,
        ).result;
        const sum = r.claimLines.reduce((s, l) => s.add(l.net), D(0));
        expect(r.total).not.toBeNull();
        expect(sum.toFixed(2)).toBe(r.total);
      }),
      { ...RUN, numRuns: 150 },
    );
  });
});
