import { D, type Dec } from '../money';
import type { AssumptionUse, DrgAssumptions } from './assumptions';

/**
 * One line of a payment explanation. The UI renders steps as they are and never
 * recomputes them, so every number in a step is already a string.
 */
export type DrgStep = {
  /** Stable id, e.g. `base.round`; the UI may key rows and tests may pick steps by it. */
  readonly id: string;
  /** What the step works out, in words, e.g. "Base rate × RW, to a whole AED". */
  readonly label: string;
  /** The formula in symbols, e.g. `round(Base rate × RW₄, 0)`. */
  readonly formula: string;
  /** The same formula with the numbers put in, e.g. `round(8500 × 1.0010, 0)`. */
  readonly substituted: string;
  /** The outcome, as text (a number, an amount, or a short verdict such as `no outlier`). */
  readonly result: string;
  /** How the result was rounded, e.g. `4 dp half-up`, `whole AED half-up`, or `none`. */
  readonly rounding: string;
  /** Where the rule comes from, e.g. `DOH Addendum 05 §4.4.2.1`, `Manual entry`, `Input`. */
  readonly source: string;
  /** The open assumptions this step relied on, with the value used. */
  readonly assumptions?: readonly AssumptionUse[];
  /** A sentence that helps a coder read the step (manual entry, why nothing applies, …). */
  readonly note?: string;
};

/** What every `calculate*` in this module returns. */
export type Calculation<T> = { readonly result: T; readonly steps: readonly DrgStep[] };

/** Section references of DOH Addendum 05 (V2025, effective 2025-10-01) used as step sources. */
export const SOURCE = {
  general: 'DOH Addendum 05 §4.4.1',
  payment: 'DOH Addendum 05 §4.4.2',
  base: 'DOH Addendum 05 §4.4.2.1',
  outlier: 'DOH Addendum 05 §4.4.2.2',
  cahms: 'DOH Addendum 05 §4.4.2.3',
  split: 'DOH Addendum 05 §4.4.2.4',
  newborn: 'DOH Addendum 05 §4.4.2.4(2)',
  appendixA: 'DOH Addendum 05 Appendix A',
  input: 'Input',
  manual: 'Manual entry',
} as const;

/** Rounding label of a step that does not round. */
export const NO_ROUNDING = 'none';

/** The decimal.js rounding mode for a tie-break setting. */
function modeOf(tieBreak: DrgAssumptions['roundingTieBreak']): Parameters<Dec['toDecimalPlaces']>[1] {
  return tieBreak === 'half-up' ? D.ROUND_HALF_UP : D.ROUND_HALF_EVEN;
}

/**
 * Rounds to `dp` places with the chosen tie-break (the only rounding function the calculator uses).
 * @example roundTo(D('8508.5'), 0, 'half-up').toString() //=> '8509'
 * @example roundTo(D('8508.5'), 0, 'half-even').toString() //=> '8508'
 */
export function roundTo(value: Dec, dp: number, tieBreak: DrgAssumptions['roundingTieBreak']): Dec {
  return value.toDecimalPlaces(dp, modeOf(tieBreak));
}

/**
 * How a rounding step is labelled.
 * @example roundingLabel(0, 'half-up', 'AED') //=> 'whole AED half-up'
 * @example roundingLabel(4, 'half-even') //=> '4 dp half-even'
 */
export function roundingLabel(dp: number, tieBreak: DrgAssumptions['roundingTieBreak'], unit?: string): string {
  return dp === 0 ? `whole ${unit ?? 'number'} ${tieBreak}` : `${dp} dp ${tieBreak}`;
}

/** Places shown for an unrounded intermediate value; longer ones are cut and end in `…`. */
const SHOWN_PLACES = 10;

/**
 * An exact value as a step shows it: all its digits, or 10 places and `…` when it has more
 * (e.g. RW ÷ ALOS). The cut is for display only; the calculation keeps every digit.
 * @example showExact(D('10494.1')) //=> '10494.1'
 * @example showExact(D(1).div(3)) //=> '0.3333333333…'
 */
export function showExact(value: Dec): string {
  if (value.decimalPlaces() <= SHOWN_PLACES) return value.toFixed();
  return `${value.toDecimalPlaces(SHOWN_PLACES, D.ROUND_DOWN).toFixed(SHOWN_PLACES)}…`;
}

/**
 * A value with at least `places` decimals (as tables print RW and ALOS), more when it has them.
 * @example showMin(D('1.001'), 4) //=> '1.0010'
 * @example showMin(D('1.23456'), 4) //=> '1.23456'
 */
export function showMin(value: Dec, places: number): string {
  return value.decimalPlaces() <= places ? value.toFixed(places) : showExact(value);
}

/**
 * An amount with 2 places, as written on the e-claim and in results.
 * @example money(D('12750')) //=> '12750.00'
 */
export function money(value: Dec): string {
  return value.toFixed(2);
}

/**
 * An amount as a step shows it: 2 places when it has no more, else every digit (see {@link showExact}).
 * @example showAmount(D('17250')) //=> '17250.00'
 * @example showAmount(D('5749.726027397260273972')) //=> '5749.7260273972…'
 */
export function showAmount(value: Dec): string {
  return value.decimalPlaces() <= 2 ? money(value) : showExact(value);
}

/**
 * Builds a step, leaving out empty optional fields.
 * @example step({ id: 'x', label: 'X', formula: 'a', substituted: '1', result: '1', rounding: 'none', source: 'Input' }).id //=> 'x'
 */
export function step(s: {
  id: string;
  label: string;
  formula: string;
  substituted: string;
  result: string;
  rounding: string;
  source: string;
  assumptions?: readonly AssumptionUse[] | undefined;
  note?: string | undefined;
}): DrgStep {
  const base = {
    id: s.id,
    label: s.label,
    formula: s.formula,
    substituted: s.substituted,
    result: s.result,
    rounding: s.rounding,
    source: s.source,
  };
  return {
    ...base,
    ...(s.assumptions !== undefined && s.assumptions.length > 0 ? { assumptions: s.assumptions } : {}),
    ...(s.note !== undefined && s.note !== '' ? { note: s.note } : {}),
  };
}
