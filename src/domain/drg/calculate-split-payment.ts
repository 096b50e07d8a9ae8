import { D, type Dec } from '../money';
import { useOf, type DrgAssumptions } from './assumptions';
import { formatCivilDate, type CivilDate } from './dates';
import { money, NO_ROUNDING, roundingLabel, roundTo, showExact, SOURCE, step, type Calculation, type DrgStep } from './steps';

/** Payer 1's share of the days it did not cover (§4.4.2.4(1)(b)). */
export const SPLIT_UNCOVERED_SHARE_PERCENT = '30';

export type SplitDaysInput =
  | { readonly kind: 'dates'; readonly admission: CivilDate; readonly discharge: CivilDate; readonly payer1LastCoveredDate: CivilDate }
  | { readonly kind: 'manual'; readonly coveredDays: Dec; readonly totalDays: Dec };

export type SplitDaysResult = {
  /** X: days covered by payer 1 (never above Y). */
  readonly coveredDays: string;
  /** Y: days of the admission. */
  readonly totalDays: string;
  /** True when payer 1 covered every counted day, so nothing is split. */
  readonly fullyCovered: boolean;
};

/**
 * X and Y of §4.4.2.4: days covered by payer 1 and days of the admission. From dates they are counted
 * per the `splitDayCounting` assumption (midnight census by default: each midnight in hospital is a day,
 * belonging to the date it ends); payer 1 covers through the end of its last covered date.
 * @param input - admission, discharge and payer 1's last covered date, or X and Y entered by hand
 * @param a - the assumptions
 * @example calculateSplitDays({ kind: 'dates', admission: d('2025-10-01'), discharge: d('2025-10-11'), payer1LastCoveredDate: d('2025-10-04') }, DEFAULT_DRG_ASSUMPTIONS).result //=> { coveredDays: '4', totalDays: '10', fullyCovered: false }
 */
export function calculateSplitDays(input: SplitDaysInput, a: DrgAssumptions): Calculation<SplitDaysResult> {
  if (input.kind === 'manual') {
    const x = input.coveredDays;
    const y = input.totalDays;
    return {
      result: { coveredDays: x.toFixed(), totalDays: y.toFixed(), fullyCovered: x.gte(y) },
      steps: [
        step({
          id: 'split.days',
          label: 'Days covered by payer 1 (X) and days of the admission (Y), entered',
          formula: 'X, Y',
          substituted: `${x.toFixed()}, ${y.toFixed()}`,
          result: `X = ${x.toFixed()}, Y = ${y.toFixed()}`,
          rounding: NO_ROUNDING,
          source: SOURCE.manual,
        }),
      ],
    };
  }
  const { admission, discharge, payer1LastCoveredDate: last } = input;
  const inclusive = a.splitDayCounting === 'calendar-days-inclusive';
  const y = discharge.dayNumber - admission.dayNumber + (inclusive ? 1 : 0);
  const x = Math.max(0, Math.min(y, last.dayNumber - admission.dayNumber + 1));
  const formula = inclusive
    ? 'Y = discharge − admission + 1; X = min(last covered − admission + 1, Y)'
    : 'Y = discharge − admission (midnights); X = min(last covered − admission + 1, Y)';
  const substituted = inclusive
    ? `Y = ${formatCivilDate(discharge)} − ${formatCivilDate(admission)} + 1; X = ${formatCivilDate(last)} − ${formatCivilDate(admission)} + 1`
    : `Y = ${formatCivilDate(discharge)} − ${formatCivilDate(admission)}; X = ${formatCivilDate(last)} − ${formatCivilDate(admission)} + 1`;
  return {
    result: { coveredDays: String(x), totalDays: String(y), fullyCovered: x >= y },
    steps: [
      step({
        id: 'split.days',
        label: 'Days covered by payer 1 (X) and days of the admission (Y)',
        formula,
        substituted,
        result: `X = ${x}, Y = ${y}`,
        rounding: NO_ROUNDING,
        source: SOURCE.split,
        assumptions: [useOf(a, 'splitDayCounting')],
        note: 'Payer 1 covers through the end of its last covered date.',
      }),
    ],
  };
}

/** Which rule of §4.4.2.4(1) decided the split. */
export type SplitRule = 'fully-covered' | 'medical' | 'surgical-within-coverage' | 'surgical-formula';

export type SplitPaymentInput = {
  /** T = base payment + outlier. */
  readonly totalDrgPayment: Dec;
  readonly rule: SplitRule;
  /** X and Y (used by the formula only). */
  readonly coveredDays: Dec;
  readonly totalDays: Dec;
  /** Why this rule, in one sentence (shown in the step). */
  readonly why: string;
};

export type SplitPaymentResult = {
  readonly rule: SplitRule;
  /** Payer 1's part of T, 2 places. */
  readonly payer1: string;
  /** Payer 2's part of T (T − payer 1), 2 places. */
  readonly payer2: string;
};

const RULE_LABEL: Record<SplitRule, string> = {
  'fully-covered': 'Stay within payer 1 cover: payer 1 pays T',
  medical: 'Medical case (IM): payer 1 pays T',
  'surgical-within-coverage': 'Surgical case (IP), surgery within payer 1 cover and none after expiry: payer 1 pays T',
  'surgical-formula': 'Surgical case (IP), surgery after expiry: split by days',
};

/**
 * Split of the total DRG payment T between two payers (§4.4.2.4(1)). Medical cases and surgical cases
 * whose surgery fell in payer 1's cover (with none after expiry): payer 1 pays T. Otherwise
 * payer 1 = T × X/Y + ((1 − X/Y) × T) × 30 %, 2 dp, and payer 2 = T − payer 1.
 * @param input - T, the rule that applies, and X and Y
 * @param a - the assumptions (tie-break)
 * @example calculateSplitPayment({ totalDrgPayment: D('30000'), rule: 'surgical-formula', coveredDays: D(4), totalDays: D(10), why: '' }, DEFAULT_DRG_ASSUMPTIONS).result //=> { rule: 'surgical-formula', payer1: '17400.00', payer2: '12600.00' }
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.2.4.
 */
export function calculateSplitPayment(input: SplitPaymentInput, a: DrgAssumptions): Calculation<SplitPaymentResult> {
  const t = input.totalDrgPayment;
  const steps: DrgStep[] = [
    step({
      id: 'split.rule',
      label: 'Split rule',
      formula: RULE_LABEL[input.rule],
      substituted: input.why,
      result: input.rule === 'surgical-formula' ? 'split by days' : 'payer 1 pays T',
      rounding: NO_ROUNDING,
      source: SOURCE.split,
    }),
  ];
  if (input.rule !== 'surgical-formula') {
    steps.push(
      step({
        id: 'split.payer1',
        label: 'Payer 1 responsibility',
        formula: 'Payer 1 = T',
        substituted: money(t),
        result: money(t),
        rounding: NO_ROUNDING,
        source: SOURCE.split,
      }),
    );
    return { result: { rule: input.rule, payer1: money(t), payer2: '0.00' }, steps };
  }
  const x = input.coveredDays;
  const y = input.totalDays;
  const share = D(SPLIT_UNCOVERED_SHARE_PERCENT).div(100);
  // T × X/Y + (1 − X/Y) × T × 30 % = T × (X + 30 % × (Y − X)) / Y: one division, exact until rounding.
  const exact = t.mul(x.add(y.sub(x).mul(share))).div(y);
  const payer1 = roundTo(exact, 2, a.roundingTieBreak);
  const payer2 = t.sub(payer1);
  steps.push(
    step({
      id: 'split.payer1',
      label: 'Payer 1 responsibility',
      formula: `T × (X/Y) + ((1 − X/Y) × T) × ${SPLIT_UNCOVERED_SHARE_PERCENT}%`,
      substituted: `${money(t)} × (${x.toFixed()}/${y.toFixed()}) + ((1 − ${x.toFixed()}/${y.toFixed()}) × ${money(t)}) × ${SPLIT_UNCOVERED_SHARE_PERCENT}%`,
      result: money(payer1),
      rounding: roundingLabel(2, a.roundingTieBreak),
      source: SOURCE.split,
      assumptions: [useOf(a, 'roundingTieBreak')],
      note: exact.eq(payer1) ? undefined : `Exact value ${showExact(exact)}.`,
    }),
    step({
      id: 'split.payer2',
      label: 'Payer 2 responsibility',
      formula: 'T − Payer 1',
      substituted: `${money(t)} − ${money(payer1)}`,
      result: money(payer2),
      rounding: NO_ROUNDING,
      source: SOURCE.split,
    }),
  );
  return { result: { rule: 'surgical-formula', payer1: money(payer1), payer2: money(payer2) }, steps };
}
