import { useOf, type DrgAssumptions } from './assumptions';
import { completedYears, formatCivilDate, isLeapYear, type CivilDate } from './dates';
import { SOURCE, step, type Calculation } from './steps';

export type AgeInput =
  | { readonly kind: 'date-of-birth'; readonly dateOfBirth: CivilDate; readonly on: CivilDate }
  | { readonly kind: 'manual'; readonly years: number };

/**
 * Age in completed years on the admission date, for the CAHMS adjustor (§4.4.2.3, "less than 18 years").
 * @param input - date of birth and admission date, or an age entered by hand
 * @param a - the assumptions (the 29 February birthday rule)
 * @returns the age in whole years
 * @example calculateAge({ kind: 'date-of-birth', dateOfBirth: d('2008-10-06'), on: d('2026-10-05') }, DEFAULT_DRG_ASSUMPTIONS).result //=> 17
 */
export function calculateAge(input: AgeInput, a: DrgAssumptions): Calculation<number> {
  if (input.kind === 'manual') {
    return {
      result: input.years,
      steps: [
        step({
          id: 'cahms.age',
          label: 'Age on admission (entered)',
          formula: 'Age',
          substituted: String(input.years),
          result: String(input.years),
          rounding: 'none',
          source: SOURCE.manual,
          note: 'Entered by hand; the date of birth was not used.',
        }),
      ],
    };
  }
  const years = completedYears(input.dateOfBirth, input.on, a.leapDayBirthday);
  const leap = input.dateOfBirth.month === 2 && input.dateOfBirth.day === 29 && !isLeapYear(input.on.year);
  return {
    result: years,
    steps: [
      step({
        id: 'cahms.age',
        label: 'Age on the admission date, in completed years',
        formula: 'completed years from date of birth to admission date',
        substituted: `${formatCivilDate(input.dateOfBirth)} → ${formatCivilDate(input.on)}`,
        result: String(years),
        rounding: 'down to completed years',
        source: `${SOURCE.cahms} (patient date of birth, encounter Start)`,
        assumptions: leap ? [useOf(a, 'leapDayBirthday')] : undefined,
      }),
    ],
  };
}
