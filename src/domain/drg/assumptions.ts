import { z } from 'zod';
import type { Issue, Result } from '../shared/result';

/**
 * Every point DOH Addendum 05 (§4.4.2) leaves open, as a named setting with a default.
 * The defaults and the reasons for them are in docs/adr/0031-drg-open-assumptions.md;
 * each calculation step that depends on one names it and says whether the default was used.
 */
export type DrgAssumptions = {
  /** How a value exactly half-way is rounded at every named rounding step. */
  readonly roundingTieBreak: 'half-up' | 'half-even';
  /** How the actual length of stay is counted from the encounter Start and End timestamps. */
  readonly losMethod: 'fractional-days' | 'calendar-midnights' | 'completed-24h-periods';
  /** Whether the HCPCS add-on is part of the "Base Payment" in the cost-outlier threshold. */
  readonly addOnInOutlierThreshold: boolean;
  /** Whether the mental-health LOS outlier is rounded to 2 dp before it is added up. */
  readonly roundMhOutlier: boolean;
  /** Whether the CAHMS adjustor is rounded to 2 dp before it is added up. */
  readonly roundCahms: boolean;
  /** Whether the 50 % CAHMS adjustor is taken on the HCPCS add-on as well. */
  readonly cahmsIncludesAddOn: boolean;
  /** How X (days covered by payer 1) and Y (days of the admission) are counted for the split. */
  readonly splitDayCounting: 'census-midnights' | 'calendar-days-inclusive';
  /** Which date picks the table version, the payment parameters and the rules in force. */
  readonly effectiveDateBasis: 'discharge' | 'admission';
  /** Where the HCPCS add-on is reported on the e-claim. */
  readonly addOnReporting: 'drg-line' | 'service-code-98';
  /** Who pays the CAHMS adjustor when the DRG payment is split between two payers. */
  readonly cahmsInSplit: 'proportional' | 'payer-1';
  /** When a patient born on 29 February has a birthday in a common year. */
  readonly leapDayBirthday: 'march-1' | 'february-28';
};

export type DrgAssumptionKey = keyof DrgAssumptions;

/** The defaults (docs/adr/0031-drg-open-assumptions.md says why). */
export const DEFAULT_DRG_ASSUMPTIONS: DrgAssumptions = {
  roundingTieBreak: 'half-up',
  losMethod: 'fractional-days',
  addOnInOutlierThreshold: true,
  roundMhOutlier: true,
  roundCahms: true,
  cahmsIncludesAddOn: true,
  splitDayCounting: 'census-midnights',
  effectiveDateBasis: 'discharge',
  addOnReporting: 'drg-line',
  cahmsInSplit: 'proportional',
  leapDayBirthday: 'march-1',
};

/** What a settings screen shows for one assumption: its name, its choices and why the default. */
export type DrgAssumptionInfo = {
  readonly key: DrgAssumptionKey;
  readonly label: string;
  /** Each allowed value (as text) and what it means. */
  readonly options: readonly { readonly value: string; readonly meaning: string }[];
  readonly defaultValue: string;
  /** Why the default was chosen (one or two sentences). */
  readonly why: string;
};

/** Every assumption with its choices, in the order a settings screen lists them. */
export const DRG_ASSUMPTION_INFO: readonly DrgAssumptionInfo[] = [
  {
    key: 'roundingTieBreak',
    label: 'Rounding of exact halves',
    options: [
      { value: 'half-up', meaning: 'x.5 rounds away from zero (commercial rounding): 8508.5 → 8509' },
      { value: 'half-even', meaning: "x.5 rounds to the even neighbour (banker's rounding): 8508.5 → 8508" },
    ],
    defaultValue: 'half-up',
    why: 'The addendum says "rounded off" without a tie rule; half-up is how amounts are rounded by hand and in spreadsheets.',
  },
  {
    key: 'losMethod',
    label: 'Length of stay from Start/End',
    options: [
      { value: 'fractional-days', meaning: '(End − Start) in minutes ÷ 1440, then rounded to 2 dp' },
      { value: 'calendar-midnights', meaning: 'number of midnights between Start and End (discharge date − admission date)' },
      { value: 'completed-24h-periods', meaning: 'whole 24-hour periods between Start and End' },
    ],
    defaultValue: 'fractional-days',
    why: '§4.4.2.2 says the actual LOS is "rounded off to 2 decimal places", which only makes sense for a fractional count from the timestamps.',
  },
  {
    key: 'addOnInOutlierThreshold',
    label: 'HCPCS add-on in the outlier threshold',
    options: [
      { value: 'true', meaning: 'threshold = (base rate × RW + add-on) + gap' },
      { value: 'false', meaning: 'threshold = base rate × RW + gap' },
    ],
    defaultValue: 'true',
    why: '§4.4.2.1 defines "Base payment" as base rate × RW + add-on, and §4.4.2.2 uses "Base Payment"; the HCPCS cost is also inside the cost.',
  },
  {
    key: 'roundMhOutlier',
    label: 'Round the mental-health outlier to 2 dp',
    options: [
      { value: 'true', meaning: 'rounded to 2 dp before it is added to the total' },
      { value: 'false', meaning: 'kept exact; only the e-claim line is written with 2 dp' },
    ],
    defaultValue: 'true',
    why: 'The formula can give many decimals; an e-claim amount has 2, and rounding the line keeps the claim lines summing to the total.',
  },
  {
    key: 'roundCahms',
    label: 'Round the CAHMS adjustor to 2 dp',
    options: [
      { value: 'true', meaning: 'rounded to 2 dp before it is added to the total' },
      { value: 'false', meaning: 'kept exact; only the e-claim line is written with 2 dp' },
    ],
    defaultValue: 'true',
    why: 'Same reason as the mental-health outlier: the line is an e-claim amount with 2 dp.',
  },
  {
    key: 'cahmsIncludesAddOn',
    label: 'CAHMS 50 % on the HCPCS add-on too',
    options: [
      { value: 'true', meaning: '50 % of (base payment including the add-on + outlier)' },
      { value: 'false', meaning: '50 % of (base rate × RW + outlier), the add-on left out' },
    ],
    defaultValue: 'true',
    why: '§4.4.2.3 says "50 % of the total claim amount", and the add-on is part of the claim amount.',
  },
  {
    key: 'splitDayCounting',
    label: 'Counting X and Y days for a split payment',
    options: [
      { value: 'census-midnights', meaning: 'a day is counted at each midnight the patient is in; the day belongs to the date that ends at that midnight (discharge day not counted)' },
      { value: 'calendar-days-inclusive', meaning: 'every calendar date from admission to discharge, both included' },
    ],
    defaultValue: 'census-midnights',
    why: 'Inpatient days are counted at the midnight census in most payment systems, which makes Y equal the length of stay in midnights.',
  },
  {
    key: 'effectiveDateBasis',
    label: 'Date that picks tables and parameters',
    options: [
      { value: 'discharge', meaning: 'the encounter End (the IR-DRG activity is dated at discharge)' },
      { value: 'admission', meaning: 'the encounter Start' },
    ],
    defaultValue: 'discharge',
    why: 'The IR-DRG line is dated at discharge and the stay is grouped and priced once it ends.',
  },
  {
    key: 'addOnReporting',
    label: 'Where the HCPCS add-on is written',
    options: [
      { value: 'drg-line', meaning: 'inside the Net of the IR-DRG line (base payment = base rate × RW + add-on)' },
      { value: 'service-code-98', meaning: 'on its own service-code 98 line (older practice)' },
    ],
    defaultValue: 'drg-line',
    why: '§4.4.2.1 puts the add-on inside the base payment and §4.4.1 allows a Net only on the IR-DRG line and the 99 outlier lines.',
  },
  {
    key: 'cahmsInSplit',
    label: 'CAHMS when the payment is split',
    options: [
      { value: 'proportional', meaning: "each payer pays the CAHMS adjustor in the same share as the DRG payment" },
      { value: 'payer-1', meaning: 'payer 1 pays the whole CAHMS adjustor' },
    ],
    defaultValue: 'proportional',
    why: '§4.4.2.4 splits the "Total DRG payment" (base + outlier) only; 50 % of each payer\'s own claim amount is the same as splitting the adjustor in that share.',
  },
  {
    key: 'leapDayBirthday',
    label: 'Birthday of someone born on 29 February',
    options: [
      { value: 'march-1', meaning: 'in a common year the new age starts on 1 March' },
      { value: 'february-28', meaning: 'in a common year the new age starts on 28 February' },
    ],
    defaultValue: 'march-1',
    why: 'Counting completed years by calendar date reaches the birthday only once 29 February has passed, i.e. on 1 March.',
  },
];

const assumptionsShape = {
  roundingTieBreak: z.enum(['half-up', 'half-even']),
  losMethod: z.enum(['fractional-days', 'calendar-midnights', 'completed-24h-periods']),
  addOnInOutlierThreshold: z.boolean(),
  roundMhOutlier: z.boolean(),
  roundCahms: z.boolean(),
  cahmsIncludesAddOn: z.boolean(),
  splitDayCounting: z.enum(['census-midnights', 'calendar-days-inclusive']),
  effectiveDateBasis: z.enum(['discharge', 'admission']),
  addOnReporting: z.enum(['drg-line', 'service-code-98']),
  cahmsInSplit: z.enum(['proportional', 'payer-1']),
  leapDayBirthday: z.enum(['march-1', 'february-28']),
} satisfies Record<DrgAssumptionKey, z.ZodType>;

/** Saved assumption settings: any subset; missing keys take their defaults. */
export const drgAssumptionsSchema = z.object(assumptionsShape).partial();

/**
 * Reads saved assumption settings (e.g. from storage), filling in defaults.
 * @param value - unparsed data
 * @returns the full settings, or issues naming the bad keys
 * @example parseDrgAssumptions({ roundingTieBreak: 'half-even' }) //=> ok({ ...DEFAULT_DRG_ASSUMPTIONS, roundingTieBreak: 'half-even' })
 */
export function parseDrgAssumptions(value: unknown): Result<DrgAssumptions> {
  const parsed = drgAssumptionsSchema.safeParse(value ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i): Issue => ({
          code: 'drg.assumptions.invalid',
          message: `Setting "${i.path.join('.')}" is not valid: ${i.message}.`,
          severity: 'error',
          where: i.path.join('.'),
        }),
      ),
    };
  }
  return { ok: true, value: withDefaults(parsed.data) };
}

/** Assumption settings where any key may be missing. */
export type PartialDrgAssumptions = { readonly [K in DrgAssumptionKey]?: DrgAssumptions[K] | undefined };

/**
 * The full settings from a partial set: missing keys take their defaults.
 * @example withDefaults({ losMethod: 'calendar-midnights' }).roundingTieBreak //=> 'half-up'
 */
export function withDefaults(partial: PartialDrgAssumptions = {}): DrgAssumptions {
  const d = DEFAULT_DRG_ASSUMPTIONS;
  return {
    roundingTieBreak: partial.roundingTieBreak ?? d.roundingTieBreak,
    losMethod: partial.losMethod ?? d.losMethod,
    addOnInOutlierThreshold: partial.addOnInOutlierThreshold ?? d.addOnInOutlierThreshold,
    roundMhOutlier: partial.roundMhOutlier ?? d.roundMhOutlier,
    roundCahms: partial.roundCahms ?? d.roundCahms,
    cahmsIncludesAddOn: partial.cahmsIncludesAddOn ?? d.cahmsIncludesAddOn,
    splitDayCounting: partial.splitDayCounting ?? d.splitDayCounting,
    effectiveDateBasis: partial.effectiveDateBasis ?? d.effectiveDateBasis,
    addOnReporting: partial.addOnReporting ?? d.addOnReporting,
    cahmsInSplit: partial.cahmsInSplit ?? d.cahmsInSplit,
    leapDayBirthday: partial.leapDayBirthday ?? d.leapDayBirthday,
  };
}

/** One assumption as a step shows it: its key, the value used and whether that is the default. */
export type AssumptionUse = { readonly key: DrgAssumptionKey; readonly value: string; readonly isDefault: boolean };

/**
 * How a step names the assumption it used.
 * @example useOf(DEFAULT_DRG_ASSUMPTIONS, 'losMethod') //=> { key: 'losMethod', value: 'fractional-days', isDefault: true }
 */
export function useOf(a: DrgAssumptions, key: DrgAssumptionKey): AssumptionUse {
  return { key, value: String(a[key]), isDefault: a[key] === DEFAULT_DRG_ASSUMPTIONS[key] };
}

/**
 * The assumption as one line of text, e.g. `losMethod = fractional-days (default)`.
 * @example describeUse({ key: 'roundCahms', value: 'true', isDefault: true }) //=> 'roundCahms = true (default)'
 */
export function describeUse(u: AssumptionUse): string {
  return `${u.key} = ${u.value} ${u.isDefault ? '(default)' : '(changed from the default)'}`;
}
