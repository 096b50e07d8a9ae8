import { D, parseDecimal, type Dec } from '../money';
import type { Issue } from '../shared/result';
import { DEFAULT_DRG_ASSUMPTIONS, useOf, withDefaults, type DrgAssumptions, type PartialDrgAssumptions } from './assumptions';
import { calculateAge } from './calculate-age';
import { calculateBasePayment, type BasePaymentResult } from './calculate-base-payment';
import { calculateCost, type DrgCostInput, type DrgCostResult } from './calculate-cost';
import { calculateLengthOfStay } from './calculate-length-of-stay';
import { calculateCahms, calculateCostOutlier, calculateMentalHealthOutlier, type CahmsResult } from './calculate-outliers';
import { calculateSplitDays, calculateSplitPayment, type SplitDaysResult, type SplitRule } from './calculate-split-payment';
import { allocateLines, DRG_ACTIVITY_TYPE, SERVICE_ACTIVITY_TYPE, SERVICE_CODES, type DrgClaimLine } from './claim-lines';
import { addOneMonth, formatCivilDate, minutesBetween, parseCivilDate, parseCivilTimestamp, type CivilTimestamp } from './dates';
import { selectDrgParameters, type SelectedParameters } from './parameters';
import { money, NO_ROUNDING, roundingLabel, roundTo, showAmount, showExact, SOURCE, step, type Calculation, type DrgStep } from './steps';
import { effectiveRange, findDrgRow, isInEffect, selectTariff, type DrgTables } from './tables';

/** The date Addendum 05 (its Basic parameters, Appendix A, the mental-health outlier and CAHMS) takes effect. */
export const ADDENDUM_05_EFFECTIVE = '2025-10-01';

/** A DRG typed in by hand because no table in effect lists it. Numbers as typed. */
export type DrgManualEntry = {
  readonly description?: string | undefined;
  readonly relativeWeight: string;
  /** Needed for a mental-health DRG (LOS outlier). */
  readonly alos?: string | undefined;
  readonly lowTrim?: string | undefined;
  readonly highTrim?: string | undefined;
};

/** What the split of §4.4.2.4 needs besides the stay. */
export type DrgSplitInput = {
  /** Payer 1's policy expiry: the last date it covers, ISO `YYYY-MM-DD`. */
  readonly payer1LastCoveredDate: string;
  /** Surgical cases: Start of the surgery that led to the DRG (`YYYY-MM-DDTHH:mm`). */
  readonly leadingSurgeryStart?: string | undefined;
  /** Surgical cases: Starts of any later surgeries. */
  readonly laterSurgeryStarts?: readonly string[] | undefined;
  /** X and Y typed in by hand (both or neither), instead of counting them from the dates. */
  readonly coveredDays?: string | undefined;
  readonly totalDays?: string | undefined;
};

/** Medical (IM) or surgical (IP) IR-DRG, from the DRG description prefix or chosen by the coder. */
export type DrgCaseType = 'medical' | 'surgical' | 'unknown';

/** Everything {@link calculateDrgPayment} needs. Numbers and dates are strings as typed. */
export type DrgPaymentInput = {
  /** Six-digit IR-DRG code (the type-9 activity). */
  readonly drgCode: string;
  /** Encounter Start, `YYYY-MM-DDTHH:mm`. */
  readonly admission: string;
  /** Encounter End, `YYYY-MM-DDTHH:mm`. */
  readonly discharge: string;
  readonly caseType: DrgCaseType;
  /** Actual LOS typed in by hand (days), instead of counting it from Start/End. */
  readonly losDays?: string | undefined;
  /** Patient date of birth, `YYYY-MM-DD` (CAHMS). */
  readonly dateOfBirth?: string | undefined;
  /** Age in completed years typed in by hand, instead of the date of birth. */
  readonly ageYears?: string | undefined;
  /** Saved payment profile; default the DOH Basic product. */
  readonly profileId?: string | undefined;
  /** A weights table chosen by hand; default the first in effect. */
  readonly weightsTableId?: string | undefined;
  /** A tariff chosen by hand; default the one in effect. */
  readonly tariffId?: string | undefined;
  /** HCPCS add-on payment, AED. */
  readonly addOn?: string | undefined;
  /** The stay's cost for the cost outlier. Absent: the cost outlier is not evaluated. */
  readonly cost?: DrgCostInput | undefined;
  readonly manualDrg?: DrgManualEntry | undefined;
  /** Present when a second payer takes over during the stay. */
  readonly split?: DrgSplitInput | undefined;
};

/** The DRG as used: where its numbers came from and what it is eligible for. */
export type DrgUsed = {
  readonly code: string;
  readonly description: string;
  /** `table` or `manual`. */
  readonly origin: 'table' | 'manual';
  /** The table's label, or `Manual entry`. */
  readonly sourceLabel: string;
  readonly relativeWeight: string;
  readonly alos: string;
  readonly lowTrim: string;
  readonly highTrim: string;
  /** Listed as a mental-health DRG (LOS outlier instead of the cost outlier). */
  readonly mentalHealth: boolean;
  /** Listed for the CAHMS adjustor. */
  readonly cahmsEligible: boolean;
};

export type DrgOutlierSummary = {
  readonly kind: 'cost' | 'mental-health-los' | 'none';
  /** 2 places; `'0.00'` when none. */
  readonly amount: string;
  /** Service code of the outlier line, or `null` when there is none. */
  readonly serviceCode: string | null;
  /** False when it could not be evaluated (no cost given). */
  readonly evaluated: boolean;
};

/** One payer's part of a split stay. */
export type DrgPayerShare = {
  /** Share of T (base payment + outlier), 2 places. */
  readonly drgPayment: string;
  /** Share of the CAHMS adjustor, 2 places. */
  readonly cahms: string;
  readonly total: string;
  /** The e-claim lines of this payer's claim. */
  readonly lines: readonly DrgClaimLine[];
};

export type DrgSplitResult = {
  /** The rule that decided, or `null` when it could not be decided (see issues). */
  readonly rule: SplitRule | null;
  /** X and Y, when counted. */
  readonly coveredDays: string | null;
  readonly totalDays: string | null;
  readonly payer1: DrgPayerShare | null;
  readonly payer2: DrgPayerShare | null;
};

export type DrgPaymentResult = {
  /** `complete`: every amount worked out; `provisional`: worked out but see the warnings; `incomplete`: errors stop the total. */
  readonly status: 'complete' | 'provisional' | 'incomplete';
  readonly issues: readonly Issue[];
  /** The date that picked the tables and parameters, ISO. */
  readonly effectiveDate: string | null;
  readonly drg: DrgUsed | null;
  readonly parameters: SelectedParameters | null;
  /** Actual LOS (2 dp), when known. */
  readonly lengthOfStay: string | null;
  readonly ageYears: number | null;
  readonly base: BasePaymentResult | null;
  readonly cost: DrgCostResult | null;
  readonly outlier: DrgOutlierSummary | null;
  readonly cahms: CahmsResult | null;
  /** T = base payment + outlier, 2 places. */
  readonly totalDrgPayment: string | null;
  /** T + CAHMS, 2 places. */
  readonly total: string | null;
  readonly split: DrgSplitResult | null;
  /** The e-claim lines to write for a single payer (the whole payment). */
  readonly claimLines: readonly DrgClaimLine[];
  /** Sentences for the coder: authorization deadlines, the newborn rule, outlier exclusions. */
  readonly guidance: readonly string[];
  /** The assumptions used (defaults filled in). */
  readonly assumptions: DrgAssumptions;
};

/** Guidance texts the result may carry. */
export const DRG_GUIDANCE = {
  mentalHealthAuthorization:
    'Mental-health LOS outlier: submit a separate authorization request within 24 hours of the stay exceeding the high trim (§4.4.2.2).',
  outlierExclusions:
    'Only claiming errors and duplicate charges, "medically impossible" charges (gender, age, previous history) and items not covered by the plan may be left out of the outlier cost (§4.4.2.2).',
  newborn:
    "Newborn stay beyond the one-month cover through the mother's insurance (§4.4.2.4(2)): bill the newborn's treatment separately from the mother's, on the mother's insurance details (carrier and benefits) but with the newborn's own member ID; the mother's treatment is billed with the mother's member ID.",
  splitLines:
    'Split payment: §4.4.2.4 sets each payer’s share of the total but not how the e-claim lines carry it; each payer’s lines here share every payment line in proportion, the IR-DRG line taking the rounding cent.',
} as const;

function error(code: string, message: string): Issue {
  return { code, message, severity: 'error' };
}
function warning(code: string, message: string): Issue {
  return { code, message, severity: 'warning' };
}

/** Reads a typed number; adds an issue and gives `null` when it is not one (or below `min`). */
function readNumber(text: string, what: string, code: string, issues: Issue[], min: 'zero' | 'positive' = 'zero'): Dec | null {
  const p = parseDecimal(text);
  if (!p.ok) {
    issues.push(error(code, `${what} must be a number, found "${text}".`));
    return null;
  }
  const bad = min === 'positive' ? p.value.value.lte(0) : p.value.value.lt(0);
  if (bad) {
    issues.push(error(code, `${what} must be ${min === 'positive' ? 'above 0' : '0 or more'}, found ${p.value.canonical}.`));
    return null;
  }
  return p.value.value;
}

/** The canonical text of a number already checked with {@link readNumber}. */
function canonical(text: string): string {
  const p = parseDecimal(text);
  return p.ok ? p.value.canonical : text;
}

function readTimestamp(text: string, what: string, code: string, issues: Issue[]): CivilTimestamp | null {
  if (text.trim() === '') return null;
  const t = parseCivilTimestamp(text);
  if (!t) issues.push(error(code, `${what} must be a date and time as YYYY-MM-DDTHH:mm, found "${text}".`));
  return t;
}

/**
 * Prices an IR-DRG inpatient stay under DOH Addendum 05 and explains every step: base payment
 * (§4.4.2.1), cost or mental-health LOS outlier (§4.4.2.2), CAHMS adjustor (§4.4.2.3), split between
 * two payers (§4.4.2.4), and the e-claim lines to write. Never throws: missing or bad input becomes
 * issues, and whatever can still be worked out is.
 * @param input - the stay, as typed (numbers and dates are strings)
 * @param tables - weights tables, tariffs and saved payment profiles
 * @param assumptions - the open points of the addendum; missing keys take their defaults
 * @returns the result table and the ordered steps
 * @example calculateDrgPayment({ drgCode: '194101', admission: '2025-10-01T10:00', discharge: '2025-10-11T10:00', caseType: 'medical' }, tables).result.total //=> '14807.00'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4 and Appendix A; docs/adr/0030-drg-rounding-policy.md, 0031-drg-open-assumptions.md.
 */
export function calculateDrgPayment(
  input: DrgPaymentInput,
  tables: DrgTables,
  assumptions: PartialDrgAssumptions = DEFAULT_DRG_ASSUMPTIONS,
): Calculation<DrgPaymentResult> {
  const a = withDefaults(assumptions);
  const issues: Issue[] = [];
  const steps: DrgStep[] = [];
  const guidance: string[] = [];
  const empty = {
    effectiveDate: null,
    drg: null,
    parameters: null,
    lengthOfStay: null,
    ageYears: null,
    base: null,
    cost: null,
    outlier: null,
    cahms: null,
    totalDrgPayment: null,
    total: null,
    split: null,
    claimLines: [],
    guidance,
    assumptions: a,
  } satisfies Omit<DrgPaymentResult, 'status' | 'issues'>;
  const stop = (partial: Partial<Omit<DrgPaymentResult, 'status' | 'issues'>>): Calculation<DrgPaymentResult> => ({
    result: { ...empty, ...partial, status: 'incomplete', issues },
    steps,
  });

  // 1. Dates: the stay, and the date that picks tables and parameters.
  const admission = readTimestamp(input.admission, 'The admission (encounter Start)', 'drg.admission.format', issues);
  const discharge = readTimestamp(input.discharge, 'The discharge (encounter End)', 'drg.discharge.format', issues);
  if (admission && discharge && minutesBetween(admission, discharge) < 0) {
    issues.push(error('drg.dates.order', `The discharge (${discharge.text}) is before the admission (${admission.text}).`));
  }
  const primary = a.effectiveDateBasis === 'discharge' ? discharge : admission;
  const other = a.effectiveDateBasis === 'discharge' ? admission : discharge;
  const basisDate = primary ?? other;
  if (!basisDate) {
    issues.push(error('drg.dates.missing', 'Enter the encounter Start and End: they pick the tables and parameters in effect.'));
    return stop({});
  }
  const effectiveDate = formatCivilDate(basisDate.date);
  if (!primary) {
    issues.push(warning('drg.dates.fallback', `No ${a.effectiveDateBasis} date: tables and parameters are picked by the ${a.effectiveDateBasis === 'discharge' ? 'admission' : 'discharge'} date ${effectiveDate}.`));
  }
  steps.push(
    step({
      id: 'context.date',
      label: 'Date that picks tables and parameters',
      formula: primary ? `${a.effectiveDateBasis} date` : `${a.effectiveDateBasis === 'discharge' ? 'admission' : 'discharge'} date (no ${a.effectiveDateBasis} date)`,
      substituted: basisDate.text,
      result: effectiveDate,
      rounding: NO_ROUNDING,
      source: SOURCE.input,
      assumptions: [useOf(a, 'effectiveDateBasis')],
    }),
  );
  if (effectiveDate < ADDENDUM_05_EFFECTIVE) {
    issues.push(
      warning(
        'drg.rules.before-addendum',
        `The stay is dated ${effectiveDate}, before Addendum 05 took effect (${ADDENDUM_05_EFFECTIVE}); the V2025 formulas are applied, so check the rules that were in force then.`,
      ),
    );
  }

  // 2. The DRG code and the payment parameters.
  const code = input.drgCode.trim();
  if (code === '') {
    issues.push(error('drg.code.missing', 'Enter the IR-DRG code (the type-9 activity).'));
    return stop({ effectiveDate });
  }
  if (!/^\d{6}$/.test(code)) {
    issues.push(error('drg.code.format', `An IR-DRG code has six digits, found "${code}".`));
    return stop({ effectiveDate });
  }
  const selected = selectDrgParameters(tables.profiles, { profileId: input.profileId, date: effectiveDate, drgCode: code });
  if (!selected.ok) {
    issues.push(...selected.errors);
    return stop({ effectiveDate });
  }
  const parameters = selected.value;
  const baseRate = readNumber(parameters.baseRate, `The base rate of "${parameters.profileName}"`, 'drg.profile.number', issues, 'positive');
  const gap = readNumber(parameters.gap, `The gap of "${parameters.profileName}"`, 'drg.profile.number', issues);
  const marginal = readNumber(parameters.marginalPercent, `The marginal of "${parameters.profileName}"`, 'drg.profile.number', issues);
  if (!baseRate || !gap || !marginal) return stop({ effectiveDate });
  steps.push(
    step({
      id: 'parameters',
      label: 'Payment parameters',
      formula: 'Base rate · Gap · Marginal of the product in effect',
      substituted: `${parameters.profileName}${parameters.builtIn ? ' (built in)' : `, ${effectiveRange(parameters)}`}${parameters.override ? `, contract override for DRG ${code}` : ''}`,
      result: `${showExact(baseRate)} · ${showExact(gap)} · ${showExact(marginal)}%`,
      rounding: NO_ROUNDING,
      source: parameters.builtIn ? SOURCE.payment : `Payment profile "${parameters.profileName}" (negotiated, Standard Provider Contract)`,
      note: parameters.override ? `The contract sets gap and/or marginal for DRG ${code}.` : undefined,
    }),
  );

  // 3. The DRG's relative weight, ALOS and trims, and what it is eligible for.
  const match = findDrgRow(tables, code, effectiveDate, input.manualDrg ? undefined : input.weightsTableId);
  let drg: DrgUsed;
  if (input.manualDrg) {
    const m = input.manualDrg;
    // Numbers keep the places they were typed with (RW 2.0000 stays 2.0000 in the steps).
    const text = (v: string | undefined, what: string, min: 'zero' | 'positive' = 'zero'): string =>
      v === undefined || v.trim() === '' || !readNumber(v, what, 'drg.manual.number', issues, min) ? '' : canonical(v);
    const relativeWeight = text(m.relativeWeight, 'The relative weight', 'positive');
    if (relativeWeight === '') {
      if (!issues.some((i) => i.code === 'drg.manual.number')) issues.push(error('drg.manual.number', 'Enter the relative weight of the DRG.'));
      return stop({ effectiveDate, parameters });
    }
    drg = {
      code,
      description: m.description?.trim() ?? '',
      origin: 'manual',
      sourceLabel: SOURCE.manual,
      relativeWeight,
      alos: text(m.alos, 'The ALOS'),
      lowTrim: text(m.lowTrim, 'The low trim'),
      highTrim: text(m.highTrim, 'The high trim'),
      mentalHealth: (match?.mentalHealthIn.length ?? 0) > 0,
      cahmsEligible: (match?.cahmsIn.length ?? 0) > 0,
    };
    steps.push(
      step({
        id: 'drg',
        label: `IR-DRG ${code} (entered by hand)`,
        formula: 'RW · ALOS · low trim – high trim',
        substituted: drg.description === '' ? code : `${code} ${drg.description}`,
        result: `${drg.relativeWeight} · ${drg.alos || '–'} · ${drg.lowTrim || '–'}–${drg.highTrim || '–'}`,
        rounding: NO_ROUNDING,
        source: SOURCE.manual,
        note: match
          ? `Entered by hand; ${match.table.label} lists RW ${match.row.relativeWeight} for this DRG.`
          : 'Entered by hand: no weights table in effect lists this DRG.',
      }),
    );
  } else {
    if (!match) {
      const inEffect = tables.weights.filter((t) => isInEffect(t, effectiveDate)).map((t) => t.label);
      issues.push(
        error(
          'drg.code.unknown',
          `DRG ${code} is not in any weights table in effect on ${effectiveDate}${inEffect.length > 0 ? ` (${inEffect.join(', ')})` : ''}; import the Mandatory Tariff weights or enter its RW, ALOS and trims by hand.`,
        ),
      );
      return stop({ effectiveDate, parameters });
    }
    const row = match.row;
    drg = {
      code,
      description: row.description,
      origin: 'table',
      sourceLabel: match.table.label,
      relativeWeight: row.relativeWeight,
      alos: row.alos,
      lowTrim: row.lowTrim,
      highTrim: row.highTrim,
      mentalHealth: match.mentalHealthIn.length > 0,
      cahmsEligible: match.cahmsIn.length > 0,
    };
    const differing = match.alsoIn.filter((o) => o.row.relativeWeight !== row.relativeWeight);
    const outside = !isInEffect(match.table, effectiveDate);
    if (outside) {
      issues.push(warning('drg.table.outside-dates', `${match.table.label} (${effectiveRange(match.table)}) is not in effect on ${effectiveDate}; it was chosen by hand.`));
    }
    steps.push(
      step({
        id: 'drg',
        label: `IR-DRG ${code}`,
        formula: 'RW · ALOS · low trim – high trim',
        substituted: `${code} ${row.description}`,
        result: `${row.relativeWeight} · ${row.alos} · ${row.lowTrim}–${row.highTrim}`,
        rounding: NO_ROUNDING,
        source: `${match.table.label} (${effectiveRange(match.table)})`,
        note:
          [
            differing.length > 0 ? `Also in ${differing.map((o) => `${o.table.label} with RW ${o.row.relativeWeight}`).join(', ')}; the table shown first is used.` : '',
            outside ? 'Chosen by hand outside its effective dates.' : '',
          ]
            .filter((s) => s !== '')
            .join(' ') || undefined,
      }),
    );
  }
  const mhIn = match?.mentalHealthIn ?? [];
  steps.push(
    step({
      id: 'drg.kind',
      label: 'Mental-health DRG (Appendix A)?',
      formula: 'DRG listed as mental-health',
      substituted: drg.mentalHealth ? `${code} listed in ${mhIn.join(', ')}` : `${code} not listed`,
      result: drg.mentalHealth ? 'yes: LOS outlier (99-02)' : 'no: cost outlier (99)',
      rounding: NO_ROUNDING,
      source: SOURCE.appendixA,
    }),
  );

  // 4. Base payment.
  const addOn = input.addOn === undefined || input.addOn.trim() === '' ? D(0) : readNumber(input.addOn, 'The HCPCS add-on', 'drg.add-on.number', issues);
  if (!addOn) return stop({ effectiveDate, parameters, drg });
  const baseCalc = calculateBasePayment({ baseRate, relativeWeight: D(drg.relativeWeight), addOn }, a);
  steps.push(...baseCalc.steps);
  const base = baseCalc.result;
  const basePayment = D(base.basePayment);
  const addOnRounded = D(base.addOn);

  // 5. Length of stay (needed by the mental-health outlier; shown for every stay when known).
  let lengthOfStay: string | null = null;
  if (input.losDays !== undefined && input.losDays.trim() !== '') {
    const days = readNumber(input.losDays, 'The length of stay', 'drg.los.number', issues);
    if (days) {
      const los = calculateLengthOfStay({ kind: 'manual', days }, a);
      steps.push(...los.steps);
      lengthOfStay = los.result.days;
    }
  } else if (admission && discharge && minutesBetween(admission, discharge) >= 0) {
    const los = calculateLengthOfStay({ kind: 'timestamps', start: admission, end: discharge }, a);
    steps.push(...los.steps);
    lengthOfStay = los.result.days;
  }

  // 6. Outlier: mental-health LOS outlier for Appendix-A DRGs, cost outlier for the others.
  let outlier: DrgOutlierSummary;
  let outlierCarried: Dec = D(0);
  let cost: DrgCostResult | null = null;
  if (drg.mentalHealth) {
    if (lengthOfStay === null) {
      issues.push(error('drg.los.missing', 'A mental-health DRG needs the length of stay: enter the encounter Start and End, or the LOS in days.'));
      return stop({ effectiveDate, parameters, drg, base });
    }
    if (drg.alos === '' || drg.highTrim === '' || D(drg.alos).lte(0)) {
      issues.push(error('drg.manual.trims', `The mental-health outlier needs DRG ${code}'s ALOS (above 0) and high trim.`));
      return stop({ effectiveDate, parameters, drg, base, lengthOfStay });
    }
    const mh = calculateMentalHealthOutlier(
      { los: D(lengthOfStay), highTrim: D(drg.highTrim), relativeWeight: D(base.relativeWeight), alos: D(drg.alos), baseRate },
      a,
    );
    steps.push(...mh.steps);
    outlierCarried = D(mh.result.exact);
    outlier = {
      kind: mh.result.applies ? 'mental-health-los' : 'none',
      amount: mh.result.amount,
      serviceCode: mh.result.applies ? SERVICE_CODES.mentalHealthOutlier : null,
      evaluated: true,
    };
    if (mh.result.applies) guidance.push(DRG_GUIDANCE.mentalHealthAuthorization);
  } else if (input.cost === undefined) {
    issues.push(warning('drg.cost.missing', 'No cost given: the cost outlier is not evaluated. Load the Mandatory Tariff or enter the cost by hand.'));
    outlier = { kind: 'none', amount: '0.00', serviceCode: null, evaluated: false };
  } else {
    if (input.cost.kind === 'manual' && !readNumber(input.cost.amount, 'The cost', 'drg.cost.number', issues)) {
      return stop({ effectiveDate, parameters, drg, base, lengthOfStay });
    }
    const tariff = input.cost.kind === 'activities' ? selectTariff(tables, effectiveDate, input.tariffId) : null;
    if (input.cost.kind === 'activities' && !tariff) {
      issues.push(warning('drg.tariff.missing', `No Mandatory Tariff price list is loaded for ${effectiveDate}: no activity can be priced.`));
    }
    const costCalc = calculateCost(input.cost, tariff, a);
    // A manual cost was checked above, and activities always give a result.
    cost = costCalc.result ?? null;
    steps.push(...costCalc.steps);
    if (cost) {
      if (!cost.complete) {
        issues.push(
          warning(
            'drg.cost.incomplete',
            `${cost.notPriced.length} ${cost.notPriced.length === 1 ? 'activity has' : 'activities have'} no tariff price (${cost.notPriced.map((l) => l.code || l.activityId).join(', ')}): the cost is incomplete and the outlier may be higher.`,
          ),
        );
      }
      const co = calculateCostOutlier({ cost: D(cost.amount), basePayment, addOn: addOnRounded, gap, marginalPercent: marginal }, a);
      steps.push(...co.steps);
      outlierCarried = D(co.result.amount);
      outlier = {
        kind: co.result.applies ? 'cost' : 'none',
        amount: co.result.amount,
        serviceCode: co.result.applies ? SERVICE_CODES.costOutlier : null,
        evaluated: true,
      };
      if (co.result.applies) guidance.push(DRG_GUIDANCE.outlierExclusions);
    } else {
      outlier = { kind: 'none', amount: '0.00', serviceCode: null, evaluated: false };
    }
  }

  // 7. Age and the CAHMS adjustor.
  let ageYears: number | null = null;
  // A bad age only stops the total where it matters: on a DRG eligible for CAHMS.
  const ageIssue = (c: string, m: string) => (drg.cahmsEligible ? error(c, m) : warning(c, m));
  if (input.ageYears !== undefined && input.ageYears.trim() !== '') {
    if (/^\d{1,3}$/.test(input.ageYears.trim())) {
      const age = calculateAge({ kind: 'manual', years: Number(input.ageYears.trim()) }, a);
      steps.push(...age.steps);
      ageYears = age.result;
    } else {
      issues.push(ageIssue('drg.age.number', `The age must be a whole number of years, found "${input.ageYears}".`));
    }
  } else if (input.dateOfBirth !== undefined && input.dateOfBirth.trim() !== '') {
    const dob = parseCivilDate(input.dateOfBirth);
    if (!dob) {
      issues.push(ageIssue('drg.dob.format', `The date of birth must be a date as YYYY-MM-DD, found "${input.dateOfBirth}".`));
    } else if (!admission) {
      issues.push(warning('drg.age.no-admission', 'The age needs the admission date (encounter Start).'));
    } else if (dob.dayNumber > admission.date.dayNumber) {
      issues.push(ageIssue('drg.dob.after-admission', `The date of birth (${input.dateOfBirth}) is after the admission (${formatCivilDate(admission.date)}).`));
    } else {
      const age = calculateAge({ kind: 'date-of-birth', dateOfBirth: dob, on: admission.date }, a);
      steps.push(...age.steps);
      ageYears = age.result;
      if (discharge && admission.date.dayNumber < addOneMonth(dob).dayNumber && discharge.date.dayNumber > addOneMonth(dob).dayNumber) {
        guidance.push(DRG_GUIDANCE.newborn);
      }
    }
  }
  const cahmsIn = match?.cahmsIn ?? [];
  if (drg.cahmsEligible && ageYears === null) {
    issues.push(warning('drg.age.unknown', `DRG ${code} is eligible for the CAHMS adjustor but the patient's age is unknown: enter the date of birth.`));
  }
  const cahmsCalc = calculateCahms({ age: ageYears, eligibleIn: cahmsIn, drgCode: code, basePayment, addOn: addOnRounded, outlier: outlierCarried }, a);
  steps.push(...cahmsCalc.steps);
  const cahms = cahmsCalc.result;

  // 8. Totals.
  const tExact = basePayment.add(outlierCarried);
  const t = roundTo(tExact, 2, a.roundingTieBreak);
  const totalExact = tExact.add(D(cahms.exact));
  const total = roundTo(totalExact, 2, a.roundingTieBreak);
  const unrounded = !tExact.eq(t) || !totalExact.eq(total);
  steps.push(
    step({
      id: 'total.drg',
      label: 'Total DRG payment (T)',
      formula: 'T = Base payment + Outlier',
      substituted: `${money(basePayment)} + ${showAmount(outlierCarried)}`,
      result: money(t),
      rounding: tExact.eq(t) ? NO_ROUNDING : roundingLabel(2, a.roundingTieBreak),
      source: SOURCE.split,
    }),
    step({
      id: 'total',
      label: 'Total payment',
      formula: 'T + CAHMS',
      substituted: `${showAmount(tExact)} + ${showAmount(D(cahms.exact))}`,
      result: money(total),
      rounding: totalExact.eq(total) ? NO_ROUNDING : roundingLabel(2, a.roundingTieBreak),
      source: SOURCE.payment,
    }),
  );

  // 9. The e-claim lines.
  const claimLines: DrgClaimLine[] = [
    {
      role: 'drg',
      activityType: DRG_ACTIVITY_TYPE,
      code,
      net: a.addOnReporting === 'drg-line' ? base.basePayment : base.drgAmount,
    },
  ];
  if (a.addOnReporting === 'service-code-98' && addOnRounded.gt(0)) {
    claimLines.push({ role: 'add-on', activityType: SERVICE_ACTIVITY_TYPE, code: SERVICE_CODES.addOn, net: base.addOn });
  }
  if (outlier.serviceCode !== null) {
    claimLines.push({
      role: outlier.kind === 'cost' ? 'cost-outlier' : 'mh-outlier',
      activityType: SERVICE_ACTIVITY_TYPE,
      code: outlier.serviceCode,
      net: outlier.amount,
    });
  }
  if (cahms.applies) claimLines.push({ role: 'cahms', activityType: SERVICE_ACTIVITY_TYPE, code: SERVICE_CODES.cahms, net: cahms.amount });
  const linesSum = claimLines.reduce((s, l) => s.add(l.net), D(0));
  if (unrounded && !linesSum.eq(total)) {
    issues.push(
      warning(
        'drg.lines.rounding',
        `With unrounded outlier/CAHMS amounts the e-claim lines (2 dp each) add up to ${money(linesSum)}, not the total ${money(total)}.`,
      ),
    );
  }

  // 10. Split between two payers.
  let split: DrgSplitResult | null = null;
  if (input.split) {
    split = splitPayment(input.split, { admission, discharge, caseType: input.caseType, t, cahms, claimLines }, a, issues, steps, guidance);
  }

  const hasError = issues.some((i) => i.severity === 'error');
  return {
    result: {
      status: hasError ? 'incomplete' : issues.length > 0 ? 'provisional' : 'complete',
      issues,
      effectiveDate,
      drg,
      parameters,
      lengthOfStay,
      ageYears,
      base,
      cost,
      outlier,
      cahms,
      totalDrgPayment: money(t),
      total: hasError ? null : money(total),
      split,
      claimLines: hasError ? [] : claimLines,
      guidance,
      assumptions: a,
    },
    steps,
  };
}

function splitPayment(
  input: DrgSplitInput,
  stay: {
    admission: CivilTimestamp | null;
    discharge: CivilTimestamp | null;
    caseType: DrgCaseType;
    t: Dec;
    cahms: CahmsResult;
    claimLines: readonly DrgClaimLine[];
  },
  a: DrgAssumptions,
  issues: Issue[],
  steps: DrgStep[],
  guidance: string[],
): DrgSplitResult {
  const undecided: DrgSplitResult = { rule: null, coveredDays: null, totalDays: null, payer1: null, payer2: null };
  const last = parseCivilDate(input.payer1LastCoveredDate);
  if (!last) {
    issues.push(error('drg.split.expiry', `Enter payer 1's last covered date (policy expiry) as YYYY-MM-DD, found "${input.payer1LastCoveredDate}".`));
    return undecided;
  }
  const manualX = input.coveredDays?.trim() ?? '';
  const manualY = input.totalDays?.trim() ?? '';
  let days: Calculation<SplitDaysResult>;
  if (manualX !== '' || manualY !== '') {
    const x = readNumber(manualX, 'X (days covered by payer 1)', 'drg.split.days', issues);
    const y = readNumber(manualY, 'Y (days of the admission)', 'drg.split.days', issues, 'positive');
    if (!x || !y) return undecided;
    if (x.gt(y)) {
      issues.push(error('drg.split.days', `X (${x.toFixed()}) cannot be more than Y (${y.toFixed()}).`));
      return undecided;
    }
    days = calculateSplitDays({ kind: 'manual', coveredDays: x, totalDays: y }, a);
  } else {
    if (!stay.admission || !stay.discharge) {
      issues.push(error('drg.split.dates', 'The split needs the encounter Start and End (or X and Y entered by hand).'));
      return undecided;
    }
    if (last.dayNumber < stay.admission.date.dayNumber) {
      issues.push(
        error(
          'drg.split.not-covered',
          `Payer 1's cover ended (${input.payer1LastCoveredDate}) before the admission (${formatCivilDate(stay.admission.date)}): the stay is not a split case; bill the payer that covered it.`,
        ),
      );
      return undecided;
    }
    days = calculateSplitDays({ kind: 'dates', admission: stay.admission.date, discharge: stay.discharge.date, payer1LastCoveredDate: last }, a);
  }
  steps.push(...days.steps);
  const { coveredDays, totalDays, fullyCovered } = days.result;
  let rule: SplitRule;
  let why: string;
  if (fullyCovered) {
    rule = 'fully-covered';
    why = `Payer 1 covers all ${totalDays} days (X = Y).`;
  } else if (stay.caseType === 'medical') {
    rule = 'medical';
    why = 'Medical case (IM): payer 1 pays the total DRG payment whatever the length of stay.';
  } else if (stay.caseType === 'unknown') {
    issues.push(warning('drg.case-type.unknown', 'Choose whether the DRG is medical (IM) or surgical (IP): the split depends on it.'));
    return { ...undecided, coveredDays, totalDays };
  } else {
    const leading = input.leadingSurgeryStart === undefined || input.leadingSurgeryStart.trim() === '' ? null : parseCivilTimestamp(input.leadingSurgeryStart);
    if (!leading) {
      issues.push(warning('drg.split.surgery-date', 'Surgical case: enter the Start of the surgery that led to the DRG (YYYY-MM-DDTHH:mm) to decide the split.'));
      return { ...undecided, coveredDays, totalDays };
    }
    const later = (input.laterSurgeryStarts ?? []).map((s) => parseCivilTimestamp(s)).filter((s): s is CivilTimestamp => s !== null);
    const laterAfter = later.filter((s) => s.date.dayNumber > last.dayNumber);
    const lastText = formatCivilDate(last);
    if (leading.date.dayNumber <= last.dayNumber && laterAfter.length === 0) {
      rule = 'surgical-within-coverage';
      why = `Surgery on ${formatCivilDate(leading.date)}, within payer 1's cover (to ${lastText}), and no surgery after expiry.`;
    } else {
      rule = 'surgical-formula';
      why =
        leading.date.dayNumber > last.dayNumber
          ? `Surgery on ${formatCivilDate(leading.date)}, after payer 1's last covered date ${lastText}.`
          : `Surgery on ${formatCivilDate(leading.date)} within payer 1's cover, but a later surgery on ${laterAfter.map((s) => formatCivilDate(s.date)).join(', ')} after expiry (${lastText}); the days formula is used (the addendum gives "payer 1 pays all" only when no surgery follows expiry).`;
    }
  }
  const pay = calculateSplitPayment({ totalDrgPayment: stay.t, rule, coveredDays: D(coveredDays), totalDays: D(totalDays), why }, a);
  steps.push(...pay.steps);
  const cahmsAmount = D(stay.cahms.amount);
  let cahms1 = cahmsAmount;
  if (rule === 'surgical-formula' && cahmsAmount.gt(0)) {
    const proportional = a.cahmsInSplit === 'proportional';
    cahms1 = proportional && stay.t.gt(0) ? roundTo(cahmsAmount.mul(pay.result.payer1).div(stay.t), 2, a.roundingTieBreak) : cahmsAmount;
    steps.push(
      step({
        id: 'split.cahms',
        label: 'CAHMS adjustor for payer 1',
        formula: proportional ? 'CAHMS × Payer 1 / T' : 'CAHMS (payer 1 pays all of it)',
        substituted: proportional ? `${money(cahmsAmount)} × ${pay.result.payer1} / ${money(stay.t)}` : money(cahmsAmount),
        result: money(cahms1),
        rounding: proportional ? roundingLabel(2, a.roundingTieBreak) : NO_ROUNDING,
        source: SOURCE.cahms,
        assumptions: [useOf(a, 'cahmsInSplit')],
        note: `Payer 2 pays the rest, ${money(cahmsAmount.sub(cahms1))}.`,
      }),
    );
  }
  const cahms2 = cahmsAmount.sub(cahms1);
  const lines =
    rule === 'surgical-formula'
      ? allocateLines(stay.claimLines, pay.result.payer1, money(cahms1), a)
      : { payer1: [...stay.claimLines], payer2: [] };
  if (rule === 'surgical-formula') guidance.push(DRG_GUIDANCE.splitLines);
  return {
    rule,
    coveredDays,
    totalDays,
    payer1: { drgPayment: pay.result.payer1, cahms: money(cahms1), total: money(D(pay.result.payer1).add(cahms1)), lines: lines.payer1 },
    payer2: { drgPayment: pay.result.payer2, cahms: money(cahms2), total: money(D(pay.result.payer2).add(cahms2)), lines: lines.payer2 },
  };
}
