import { isInpatient, type EncounterDocument } from '../claim';
import type { Issue } from '../shared/result';
import { DEFAULT_DRG_ASSUMPTIONS, withDefaults, type PartialDrgAssumptions } from './assumptions';
import { calculateAge } from './calculate-age';
import { calculateCost, type DrgCostActivity, type DrgCostResult } from './calculate-cost';
import type { DrgCaseType, DrgPaymentInput } from './calculate-drg-payment';
import { calculateLengthOfStay } from './calculate-length-of-stay';
import { DRG_ACTIVITY_TYPE, isDrgPaymentActivity } from './claim-lines';
import { formatCivilDate, minutesBetween, parseCivilDate, parseCivilTimestamp, type CivilTimestamp } from './dates';
import { profileIdForPayer } from './parameters';
import { findDrgRow, selectTariff, type DrgTables } from './tables';

/** A CPT line in the surgery range, offered as "the surgery that led to the DRG". */
export type DrgSurgeryCandidate = {
  readonly activityIndex: number;
  readonly activityId: string;
  readonly code: string;
  /** Activity.Start, ISO. */
  readonly start: string;
};

/** What the DRG panel can fill in from the claim, plus what it found on the way. */
export type DrgDocumentInputs = {
  /** Ready for {@link calculateDrgPayment}; the coder may still change any of it. */
  readonly input: DrgPaymentInput;
  /** Index of the type-9 activity the DRG code came from, or `null`. */
  readonly drgActivityIndex: number | null;
  /** Where the medical/surgical choice came from: the DRG description prefix (IM/IP), or nowhere. */
  readonly caseTypeSource: 'description' | 'unknown';
  /** Age in completed years on the admission date, when the date of birth is known. */
  readonly ageYears: number | null;
  /** Actual LOS (2 dp) per the LOS assumption, when Start and End (or today) are known. */
  readonly lengthOfStay: string | null;
  /** The activities priced at the tariff in effect, with the ones not priced listed. */
  readonly cost: DrgCostResult | null;
  /** CPT lines 10004–69990, for picking the surgery that led to the DRG (split payer). */
  readonly surgeries: readonly DrgSurgeryCandidate[];
  /** True when the encounter has no End and `today` stood in for the discharge. */
  readonly stayOpen: boolean;
  readonly issues: readonly Issue[];
};

/**
 * The case type from an IR-DRG description prefix: `IM …` medical, `IP …` surgical.
 * @example caseTypeOf('IM SCHIZOPHRENIA') //=> 'medical'
 * @example caseTypeOf('NEONATE, BIRTHWT >2499G') //=> 'unknown'
 */
export function caseTypeOf(description: string): DrgCaseType {
  const d = description.trim().toUpperCase();
  if (/^IM\b/.test(d)) return 'medical';
  if (/^IP\b/.test(d)) return 'surgical';
  return 'unknown';
}

function isSurgeryCpt(type: string, code: string): boolean {
  if (type.trim() !== '3' || !/^\d{5}$/.test(code.trim())) return false;
  const n = Number(code.trim());
  return n >= 10004 && n <= 69990;
}

function readToday(today: string | undefined): CivilTimestamp | null {
  if (today === undefined || today.trim() === '') return null;
  const t = today.trim();
  return parseCivilTimestamp(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00` : t);
}

/**
 * Fills the DRG calculator's input from an encounter document: the DRG code from the type-9
 * activity, admission and discharge from the encounter Start/End (an open stay runs to `today`),
 * the date of birth, the medical/surgical choice from the DRG description (IM/IP; else the coder
 * must choose), the payment profile saved for the payer, and the cost from every other activity
 * priced at the tariff in effect (unpriced ones listed, never zero).
 * @param doc - the encounter document
 * @param tables - weights tables, tariffs and saved profiles
 * @param today - ISO date or timestamp standing in for the discharge of a stay still open
 * @param assumptions - the DRG assumptions (LOS counting, effective date)
 * @example drgInputsFromDocument(doc, tables).input.drgCode //=> '194101'
 */
export function drgInputsFromDocument(
  doc: EncounterDocument,
  tables: DrgTables,
  today?: string,
  assumptions: PartialDrgAssumptions = DEFAULT_DRG_ASSUMPTIONS,
): DrgDocumentInputs {
  const a = withDefaults(assumptions);
  const claim = doc.claim;
  const enc = claim.encounter;
  const issues: Issue[] = [];
  const warn = (code: string, message: string) => issues.push({ code, message, severity: 'warning' });

  if (!isInpatient(enc.type.trim())) {
    warn('drg.encounter.not-inpatient', `Encounter type "${enc.type}" is not inpatient (3 or 4): IR-DRG pricing is for inpatient stays.`);
  }
  const drgIndexes = claim.activities.flatMap((act, i) => (act.type.trim() === DRG_ACTIVITY_TYPE ? [i] : []));
  const drgActivityIndex = drgIndexes[0] ?? null;
  if (drgIndexes.length === 0) warn('drg.line.missing', 'The claim has no IR-DRG activity (type 9): enter the DRG code.');
  if (drgIndexes.length > 1) warn('drg.line.many', `The claim has ${drgIndexes.length} IR-DRG activities; the first (ID ${claim.activities[drgIndexes[0] ?? 0]?.id ?? ''}) is used.`);
  const drgCode = drgActivityIndex === null ? '' : (claim.activities[drgActivityIndex]?.code.trim() ?? '');

  const start = parseCivilTimestamp(enc.start);
  let end = parseCivilTimestamp(enc.end);
  let discharge = enc.end.trim();
  let stayOpen = false;
  if (enc.end.trim() === '') {
    const t = readToday(today);
    if (t) {
      end = t;
      discharge = t.text;
      stayOpen = true;
      warn('drg.stay.open', `The encounter has no End: the stay is counted up to ${t.text} and every amount is provisional.`);
    }
  }

  const basis = a.effectiveDateBasis === 'discharge' ? (end ?? start) : (start ?? end);
  const date = basis ? formatCivilDate(basis.date) : null;
  const match = date && drgCode !== '' ? findDrgRow(tables, drgCode, date) : null;
  const caseType = match ? caseTypeOf(match.row.description) : 'unknown';
  if (drgCode !== '' && caseType === 'unknown') {
    warn('drg.case-type.unknown', `Medical (IM) or surgical (IP) cannot be read from DRG ${drgCode}'s description: choose it.`);
  }

  let ageYears: number | null = null;
  const dob = parseCivilDate(doc.patient.dateOfBirth);
  if (dob && start && dob.dayNumber <= start.date.dayNumber) ageYears = calculateAge({ kind: 'date-of-birth', dateOfBirth: dob, on: start.date }, a).result;

  const lengthOfStay = start && end && minutesBetween(start, end) >= 0 ? calculateLengthOfStay({ kind: 'timestamps', start, end }, a).result.days : null;

  const activities: DrgCostActivity[] = claim.activities
    .filter((act) => !isDrgPaymentActivity(act, a))
    .map((act) => ({ activityId: act.id, type: act.type.trim(), code: act.code.trim(), quantity: act.quantity }));
  const tariff = date ? selectTariff(tables, date) : null;
  const cost = calculateCost({ kind: 'activities', activities }, tariff, a).result;

  const surgeries = claim.activities.flatMap((act, i) =>
    isSurgeryCpt(act.type, act.code) ? [{ activityIndex: i, activityId: act.id, code: act.code.trim(), start: act.start }] : [],
  );

  const input: DrgPaymentInput = {
    drgCode,
    admission: enc.start.trim(),
    discharge,
    caseType,
    dateOfBirth: doc.patient.dateOfBirth.trim(),
    profileId: profileIdForPayer(tables.profiles, claim.payerId),
    cost: { kind: 'activities', activities },
  };
  return {
    input,
    drgActivityIndex,
    caseTypeSource: caseType === 'unknown' ? 'unknown' : 'description',
    ageYears,
    lengthOfStay,
    cost,
    surgeries,
    stayOpen,
    issues,
  };
}
