import { caseTypeOf, type DrgCaseType, type DrgDocumentInputs, type DrgManualEntry, type DrgPaymentInput, type DrgSurgeryCandidate } from '@/domain/drg';
import { formatDate, formatDateTime, parseDateText, parseDateTimeText } from '@/domain/shared/dates';

/**
 * The DRG panel's inputs: each starts from the open encounter (through `drgInputsFromDocument`)
 * and the coder may override any of them. An override is kept as typed; this module turns the
 * encounter values plus the overrides into the calculator's input. It decides nothing about
 * payment: every rule stays in src/domain/drg.
 */

export type PanelInputKey =
  | 'drgCode'
  | 'caseType'
  | 'admission'
  | 'discharge'
  | 'los'
  | 'age'
  | 'cost'
  | 'addOn'
  | 'profileId'
  | 'payer1LastCovered'
  | 'leadingSurgery'
  | 'coveredDays'
  | 'totalDays';

/** What the coder typed over the encounter's values (absent = use the encounter's value). */
export type PanelOverrides = Partial<Record<PanelInputKey, string>>;

/** A DRG entered by hand, as the store keeps it. */
export type ManualDrgEntry = DrgManualEntry & { readonly code: string; readonly description: string };

const CASE_TYPES: readonly DrgCaseType[] = ['medical', 'surgical', 'unknown'];

function isCaseType(value: string): value is DrgCaseType {
  return (CASE_TYPES as readonly string[]).includes(value);
}

/**
 * The medical/surgical choice the encounter gives: the DRG description's IM/IP prefix from a
 * weights table, else from a DRG entered by hand, else not known.
 * @example defaultCaseType(prefill, { code: '061011', description: 'IP APPENDECTOMY', relativeWeight: '1.2' }) //=> 'surgical'
 */
export function defaultCaseType(prefill: DrgDocumentInputs, manual: ManualDrgEntry | null): DrgCaseType {
  if (prefill.caseTypeSource === 'description') return prefill.input.caseType;
  return manual ? caseTypeOf(manual.description) : 'unknown';
}

/**
 * What each input shows when the coder has not overridden it: the encounter's values as the
 * panel displays them (dates as dd/MM/yyyy HH:mm). Inputs the e-claim does not carry (add-on,
 * payer 1's last covered date, X and Y) are empty.
 */
export function encounterValues(prefill: DrgDocumentInputs, manual: ManualDrgEntry | null): Record<PanelInputKey, string> {
  const input = prefill.input;
  return {
    drgCode: input.drgCode,
    caseType: defaultCaseType(prefill, manual),
    admission: formatDateTime(input.admission),
    discharge: formatDateTime(input.discharge),
    los: prefill.lengthOfStay ?? '',
    age: prefill.ageYears === null ? '' : String(prefill.ageYears),
    cost: prefill.cost?.amount ?? '',
    addOn: '',
    profileId: input.profileId ?? '',
    payer1LastCovered: '',
    leadingSurgery: prefill.surgeries[0]?.activityId ?? '',
    coveredDays: '',
    totalDays: '',
  };
}

/** Whether an override differs from the encounter's value (an equal one is no override). */
export function isOverridden(overrides: PanelOverrides, values: Record<PanelInputKey, string>, key: PanelInputKey): boolean {
  const v = overrides[key];
  return v !== undefined && v.trim() !== values[key].trim();
}

/** Sets (or, when it equals the encounter's value, drops) one override. */
export function withOverride(overrides: PanelOverrides, values: Record<PanelInputKey, string>, key: PanelInputKey, value: string): PanelOverrides {
  const { [key]: _old, ...rest } = overrides;
  return value.trim() === values[key].trim() ? rest : { ...rest, [key]: value };
}

/** The model's ISO form of a typed timestamp; unreadable text is passed on for the calculator to report. */
function isoTimestamp(text: string): string {
  const r = parseDateTimeText(text);
  return r.ok ? r.value.iso : text.trim();
}

function isoDate(text: string): string {
  const r = parseDateText(text);
  return r.ok ? r.value : text.trim();
}

/** The surgery chosen as leading to the DRG: a listed CPT line (by activity ID), or a typed date. */
function leadingSurgeryStart(value: string, surgeries: readonly DrgSurgeryCandidate[]): { start: string; later: string[] } {
  const chosen = surgeries.find((s) => s.activityId === value);
  if (!chosen) return { start: value.trim() === '' ? '' : isoTimestamp(value), later: [] };
  return { start: chosen.start, later: surgeries.filter((s) => s !== chosen && s.start > chosen.start).map((s) => s.start) };
}

/**
 * The calculator's input: the encounter's, with every override applied. A manual DRG entry is
 * passed only when asked (the panel uses it when no weights table lists the DRG).
 * @example toPaymentInput(prefill, { los: '30' }, null).losDays //=> '30'
 */
export function toPaymentInput(prefill: DrgDocumentInputs, overrides: PanelOverrides, manual: ManualDrgEntry | null, useManual = false): DrgPaymentInput {
  const base = prefill.input;
  const values = encounterValues(prefill, manual);
  const value = (key: PanelInputKey): string => overrides[key] ?? values[key];
  const caseType = value('caseType');
  const payer1 = value('payer1LastCovered').trim();
  const surgery = leadingSurgeryStart(value('leadingSurgery'), prefill.surgeries);
  return {
    ...base,
    drgCode: value('drgCode').trim(),
    caseType: isCaseType(caseType) ? caseType : 'unknown',
    admission: overrides.admission !== undefined ? isoTimestamp(overrides.admission) : base.admission,
    discharge: overrides.discharge !== undefined ? isoTimestamp(overrides.discharge) : base.discharge,
    ...(overrides.los !== undefined ? { losDays: overrides.los } : {}),
    ...(overrides.age !== undefined ? { ageYears: overrides.age } : {}),
    ...(overrides.cost !== undefined && overrides.cost.trim() !== '' ? { cost: { kind: 'manual' as const, amount: overrides.cost } } : {}),
    ...(value('addOn').trim() !== '' ? { addOn: value('addOn') } : {}),
    ...(value('profileId') !== '' ? { profileId: value('profileId') } : {}),
    ...(useManual && manual ? { manualDrg: manual } : {}),
    ...(payer1 !== ''
      ? {
          split: {
            payer1LastCoveredDate: isoDate(payer1),
            leadingSurgeryStart: surgery.start,
            laterSurgeryStarts: surgery.later,
            ...(value('coveredDays').trim() !== '' || value('totalDays').trim() !== '' ? { coveredDays: value('coveredDays'), totalDays: value('totalDays') } : {}),
          },
        }
      : {}),
  };
}

/** A surgery candidate as the panel lists it, e.g. `44970 on 01/01/2026 09:00 (activity 3)`. */
export function surgeryLabel(s: DrgSurgeryCandidate): string {
  return `${s.code} on ${formatDateTime(s.start)} (activity ${s.activityId})`;
}

/** A date the calculator returned (ISO) as the panel shows it. */
export function showDate(iso: string): string {
  return formatDate(iso);
}
