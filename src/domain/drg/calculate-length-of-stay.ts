import type { Dec } from '../money';
import { D } from '../money';
import { useOf, type DrgAssumptions } from './assumptions';
import { formatCivilDate, minutesBetween, type CivilTimestamp } from './dates';
import { NO_ROUNDING, roundingLabel, roundTo, showExact, SOURCE, step, type Calculation, type DrgStep } from './steps';

export type LengthOfStayInput =
  | { readonly kind: 'timestamps'; readonly start: CivilTimestamp; readonly end: CivilTimestamp }
  | { readonly kind: 'manual'; readonly days: Dec };

export type LengthOfStayResult = {
  /** Actual LOS in days, rounded to 2 dp, e.g. `'25.50'`. */
  readonly days: string;
  /** How it was counted: a `losMethod` value, or `manual`. */
  readonly method: DrgAssumptions['losMethod'] | 'manual';
};

/**
 * Actual length of stay (days) for the mental-health outlier, rounded to 2 decimals (§4.4.2.2).
 * How it is counted from Start/End is the `losMethod` assumption: fractional days (default),
 * calendar midnights, or completed 24-hour periods. A manual entry is used as given.
 * @param input - the encounter timestamps, or a manual number of days
 * @param a - the assumptions
 * @example calculateLengthOfStay({ kind: 'timestamps', start: ts('2025-10-01T08:00'), end: ts('2025-10-26T20:00') }, DEFAULT_DRG_ASSUMPTIONS).result.days //=> '25.50'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.2.2 ("rounded off to 2 decimal places").
 */
export function calculateLengthOfStay(input: LengthOfStayInput, a: DrgAssumptions): Calculation<LengthOfStayResult> {
  const steps: DrgStep[] = [];
  let days: Dec;
  if (input.kind === 'manual') {
    days = input.days;
    steps.push(
      step({
        id: 'los.count',
        label: 'Actual length of stay (entered)',
        formula: 'Actual LOS',
        substituted: showExact(days),
        result: showExact(days),
        rounding: NO_ROUNDING,
        source: SOURCE.manual,
        note: 'Entered by hand instead of counted from the encounter Start and End.',
      }),
    );
  } else {
    const minutes = minutesBetween(input.start, input.end);
    const method = [useOf(a, 'losMethod')];
    steps.push(
      step({
        id: 'los.minutes',
        label: 'Time between admission and discharge',
        formula: 'End − Start',
        substituted: `${input.end.text} − ${input.start.text}`,
        result: `${minutes} minutes`,
        rounding: NO_ROUNDING,
        source: 'Encounter Start and End',
      }),
    );
    switch (a.losMethod) {
      case 'fractional-days':
        days = D(minutes).div(1440);
        steps.push(
          step({
            id: 'los.count',
            label: 'Actual length of stay in days',
            formula: 'minutes ÷ 1440',
            substituted: `${minutes} ÷ 1440`,
            result: showExact(days),
            rounding: NO_ROUNDING,
            source: SOURCE.outlier,
            assumptions: method,
            note: 'Counted as fractional days from the timestamps, which is what "rounded off to 2 decimal places" implies.',
          }),
        );
        break;
      case 'calendar-midnights': {
        const midnights = input.end.date.dayNumber - input.start.date.dayNumber;
        days = D(midnights);
        steps.push(
          step({
            id: 'los.count',
            label: 'Actual length of stay in days (midnights)',
            formula: 'discharge date − admission date',
            substituted: `${formatCivilDate(input.end.date)} − ${formatCivilDate(input.start.date)}`,
            result: String(midnights),
            rounding: NO_ROUNDING,
            source: SOURCE.outlier,
            assumptions: method,
          }),
        );
        break;
      }
      case 'completed-24h-periods':
        days = D(Math.floor(minutes / 1440));
        steps.push(
          step({
            id: 'los.count',
            label: 'Actual length of stay in days (whole 24-hour periods)',
            formula: 'floor(minutes ÷ 1440)',
            substituted: `floor(${minutes} ÷ 1440)`,
            result: days.toFixed(0),
            rounding: 'down to whole periods',
            source: SOURCE.outlier,
            assumptions: method,
          }),
        );
        break;
    }
  }
  const rounded = roundTo(days, 2, a.roundingTieBreak);
  steps.push(
    step({
      id: 'los.round',
      label: 'Actual LOS to 2 decimals',
      formula: 'round(Actual LOS, 2)',
      substituted: `round(${showExact(days)}, 2)`,
      result: rounded.toFixed(2),
      rounding: roundingLabel(2, a.roundingTieBreak),
      source: SOURCE.outlier,
      assumptions: [useOf(a, 'roundingTieBreak')],
    }),
  );
  return { result: { days: rounded.toFixed(2), method: input.kind === 'manual' ? 'manual' : a.losMethod }, steps };
}
