import type { Dec } from '../money';
import { useOf, type DrgAssumptions } from './assumptions';
import { money, NO_ROUNDING, roundingLabel, roundTo, showExact, showMin, SOURCE, step, type Calculation } from './steps';

export type BasePaymentInput = {
  /** AED per RW 1.0000 (from the payment profile). */
  readonly baseRate: Dec;
  /** The DRG's relative weight as the table (or manual entry) gives it. */
  readonly relativeWeight: Dec;
  /** HCPCS add-on payment, AED (0 when none). */
  readonly addOn: Dec;
};

export type BasePaymentResult = {
  /** RW rounded to 4 decimals, e.g. `'1.2346'`. */
  readonly relativeWeight: string;
  /** Base rate × RW₄ before rounding, e.g. `'10494.1'`. */
  readonly exact: string;
  /** Base rate × RW₄ rounded to a whole AED, with 2 places, e.g. `'10494.00'`. */
  readonly drgAmount: string;
  /** The add-on, 2 places. */
  readonly addOn: string;
  /** Base payment = DRG amount + add-on, 2 places. */
  readonly basePayment: string;
};

/**
 * Base payment (§4.4.2.1): base rate × relative weight (RW rounded to 4 decimals), rounded to a
 * whole AED, plus the HCPCS add-on (2 dp).
 * @param input - base rate, relative weight and add-on as decimals
 * @param a - the assumptions (only the tie-break matters here)
 * @returns the amounts and their steps
 * @example calculateBasePayment({ baseRate: D('8500'), relativeWeight: D('1.0010'), addOn: D('0') }, DEFAULT_DRG_ASSUMPTIONS).result.basePayment //=> '8509.00'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.2.1.
 */
export function calculateBasePayment(input: BasePaymentInput, a: DrgAssumptions): Calculation<BasePaymentResult> {
  const tie = [useOf(a, 'roundingTieBreak')];
  const rw4 = roundTo(input.relativeWeight, 4, a.roundingTieBreak);
  const exact = input.baseRate.mul(rw4);
  const whole = roundTo(exact, 0, a.roundingTieBreak);
  const addOn = roundTo(input.addOn, 2, a.roundingTieBreak);
  const base = whole.add(addOn);
  return {
    result: {
      relativeWeight: rw4.toFixed(4),
      exact: showExact(exact),
      drgAmount: money(whole),
      addOn: money(addOn),
      basePayment: money(base),
    },
    steps: [
      step({
        id: 'base.rw',
        label: 'Relative weight to 4 decimals',
        formula: 'RW₄ = round(RW, 4)',
        substituted: `round(${showMin(input.relativeWeight, 4)}, 4)`,
        result: rw4.toFixed(4),
        rounding: roundingLabel(4, a.roundingTieBreak),
        source: SOURCE.base,
        assumptions: tie,
      }),
      step({
        id: 'base.exact',
        label: 'Base rate × RW₄',
        formula: 'Base rate × RW₄',
        substituted: `${showExact(input.baseRate)} × ${rw4.toFixed(4)}`,
        result: showExact(exact),
        rounding: NO_ROUNDING,
        source: SOURCE.base,
      }),
      step({
        id: 'base.round',
        label: 'DRG amount, to a whole AED',
        formula: 'round(Base rate × RW₄, 0)',
        substituted: `round(${showExact(exact)}, 0)`,
        result: whole.toFixed(0),
        rounding: roundingLabel(0, a.roundingTieBreak, 'AED'),
        source: SOURCE.base,
        assumptions: tie,
      }),
      step({
        id: 'base.add-on',
        label: 'HCPCS add-on payment',
        formula: 'Add-on',
        substituted: showExact(input.addOn),
        result: money(addOn),
        rounding: roundingLabel(2, a.roundingTieBreak),
        source: `${SOURCE.base} (amount entered)`,
        note: addOn.isZero() ? 'No HCPCS add-on on this stay.' : undefined,
      }),
      step({
        id: 'base.payment',
        label: 'Base payment',
        formula: 'Base payment = round(Base rate × RW₄, 0) + Add-on',
        substituted: `${whole.toFixed(0)} + ${money(addOn)}`,
        result: money(base),
        rounding: NO_ROUNDING,
        source: SOURCE.base,
      }),
    ],
  };
}
