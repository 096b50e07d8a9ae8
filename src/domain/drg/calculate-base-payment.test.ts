import { describe, expect, it } from 'vitest';
import { D } from '../money';
import { DEFAULT_DRG_ASSUMPTIONS, withDefaults } from './assumptions';
import { calculateBasePayment } from './calculate-base-payment';

const basic = (rw: string, addOn = '0', tie: 'half-up' | 'half-even' = 'half-up') =>
  calculateBasePayment({ baseRate: D('8500'), relativeWeight: D(rw), addOn: D(addOn) }, withDefaults({ roundingTieBreak: tie }));

describe('calculateBasePayment (§4.4.2.1)', () => {
  // domain.md §2.2 oracles E1 and R1–R4 (Basic product, base rate 8,500), plus our own.
  it.each([
    ['E1: RW given with 5 decimals is rounded to 4 first', '1.23456', '1.2346', '10494.1', '10494.00'],
    ['R1: 8508.5 rounds half-up to 8509 (a float gives 8508)', '1.0010', '1.0010', '8508.5', '8509.00'],
    ['R2: 8525.5 rounds to 8526', '1.0030', '1.0030', '8525.5', '8526.00'],
    ['R3: 21377.5 rounds to 21378', '2.5150', '2.5150', '21377.5', '21378.00'],
    ['R4: 5782.55 rounds to 5783', '0.6803', '0.6803', '5782.55', '5783.00'],
    ['E2: RW 1.5000', '1.5000', '1.5000', '12750', '12750.00'],
    ['Appendix A 194173: RW 3.0010 is a real tie', '3.0010', '3.0010', '25508.5', '25509.00'],
    ['RW rounding itself ties: 1.00005 → 1.0001', '1.00005', '1.0001', '8500.85', '8501.00'],
  ])('%s', (_name, rw, rw4, exact, base) => {
    const { result } = basic(rw);
    expect(result).toEqual({ relativeWeight: rw4, exact, drgAmount: base, addOn: '0.00', basePayment: base });
  });

  it.each([
    ['1.0010', '8508.00'],
    ['1.0030', '8526.00'],
    ['2.5150', '21378.00'],
    ['1.00005', '8500.00'],
  ])('half-even tie-break: RW %s → %s', (rw, base) => {
    expect(basic(rw, '0', 'half-even').result.basePayment).toBe(base);
  });

  it('adds the HCPCS add-on (2 dp) after rounding to a whole AED', () => {
    const { result, steps } = basic('1.0010', '3500.255');
    expect(result).toEqual({ relativeWeight: '1.0010', exact: '8508.5', drgAmount: '8509.00', addOn: '3500.26', basePayment: '12009.26' });
    expect(steps.map((s) => [s.id, s.substituted, s.result, s.rounding])).toEqual([
      ['base.rw', 'round(1.0010, 4)', '1.0010', '4 dp half-up'],
      ['base.exact', '8500 × 1.0010', '8508.5', 'none'],
      ['base.round', 'round(8508.5, 0)', '8509', 'whole AED half-up'],
      ['base.add-on', '3500.255', '3500.26', '2 dp half-up'],
      ['base.payment', '8509 + 3500.26', '12009.26', 'none'],
    ]);
  });

  it('states the tie-break assumption on every rounding step and the source on every step', () => {
    const { steps } = calculateBasePayment({ baseRate: D('8500'), relativeWeight: D('1.5'), addOn: D('0') }, DEFAULT_DRG_ASSUMPTIONS);
    expect(steps.filter((s) => s.assumptions).map((s) => s.id)).toEqual(['base.rw', 'base.round']);
    expect(steps.find((s) => s.id === 'base.round')?.assumptions).toEqual([{ key: 'roundingTieBreak', value: 'half-up', isDefault: true }]);
    expect(new Set(steps.map((s) => s.source.split(' (')[0]))).toEqual(new Set(['DOH Addendum 05 §4.4.2.1']));
    expect(steps.find((s) => s.id === 'base.add-on')?.note).toBe('No HCPCS add-on on this stay.');
  });
});
