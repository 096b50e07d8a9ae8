/**
 * Code lists of the DOH (Shafafiya) and DHA (eClaimLink) e-claim dictionaries.
 * Sources: ../shared/docs/domain.md §1.4–1.6 (EncounterType, EncounterStartType,
 * EncounterEndType, ActivityType), marked there [H] unless noted.
 */

/** Encounter.Type. Inpatient = 3 or 4. */
export const ENCOUNTER_TYPES = {
  '1': 'No bed + no emergency room (outpatient)',
  '2': 'No bed + emergency room',
  '3': 'Inpatient bed + no emergency room',
  '4': 'Inpatient bed + emergency room',
  '5': 'Day-case bed + no emergency room',
  '6': 'Day-case bed + emergency room',
  '7': 'Nationals screening',
  '8': 'New visa screening',
  '9': 'Renewal visa screening',
  '10': 'Pre-op test procedures (DHA) / telemedicine (some DOH generators)',
  '12': 'Home',
  '13': 'Assisted living facility',
  '15': 'Mobile unit',
  '41': 'Ambulance – land',
  '42': 'Ambulance – air or water',
} as const satisfies Record<string, string>;
export type EncounterTypeCode = keyof typeof ENCOUNTER_TYPES;

/** Encounter types that use an inpatient bed (IR-DRG applies; End, StartType, EndType, POA required). */
export const INPATIENT_ENCOUNTER_TYPES: readonly string[] = ['3', '4'];
/** Encounter types that involve the emergency room. */
export const ER_ENCOUNTER_TYPES: readonly string[] = ['2', '4', '6'];

/** Encounter.StartType. 8 exists in DOH only. */
export const ENCOUNTER_START_TYPES = {
  '1': 'Elective',
  '2': 'Emergency',
  '3': 'Transfer (admission from acute care)',
  '4': 'Live birth',
  '5': 'Still birth',
  '6': 'Dead on arrival',
  '7': 'Continuing encounter',
  '8': 'Transfer admission from non-acute care (DOH only)',
} as const satisfies Record<string, string>;

/** Encounter.EndType. */
export const ENCOUNTER_END_TYPES = {
  '1': 'Discharged with approval',
  '2': 'Discharged against advice',
  '3': 'Discharged absent without leave',
  '4': 'Discharge transfer to acute care',
  '5': 'Deceased',
  '6': 'Not discharged',
  '7': 'Discharge transfer to non-acute care',
} as const satisfies Record<string, string>;

/** Activity.Type (DOH numbering). */
export const ACTIVITY_TYPES = {
  '3': 'CPT',
  '4': 'HCPCS',
  '5': 'Drug',
  '6': 'Dental',
  '8': 'Service code',
  '9': 'IR-DRG',
  '10': 'Generic drug',
} as const satisfies Record<string, string>;
export type ActivityTypeCode = keyof typeof ACTIVITY_TYPES;

/** Diagnosis.Type values. */
export const DIAGNOSIS_TYPES = ['Principal', 'Secondary', 'Admitting', 'ReasonForVisit'] as const;
export type DiagnosisType = (typeof DIAGNOSIS_TYPES)[number];

/** Present-on-admission indicator values sent as DxInfo Type=POA (domain.md §5.12). */
export const POA_VALUES = {
  Y: 'Yes, present at the time of admission',
  N: 'No, not present at the time of admission',
  U: 'Documentation insufficient to determine',
  W: 'Clinically undetermined',
  '1': 'Exempt from POA reporting',
} as const satisfies Record<string, string>;

/** Emirates ID placeholders allowed when no card exists (ECL personemiratesidnumber). */
export const EMIRATES_ID_PLACEHOLDERS = {
  '000-0000-0000000-0': 'UAE national without a card',
  '111-1111-1111111-1': 'Expatriate resident without a card',
  '222-2222-2222222-2': 'Non-national, non-resident',
  '999-9999-9999999-9': 'Unknown',
} as const satisfies Record<string, string>;

/** Emirates ID pattern `784-YYYY-NNNNNNN-C`; real IDs start with 784. */
export const EMIRATES_ID_PATTERN = /^\d{3}-\d{4}-\d{7}-\d$/;

/** The payer profiles the workbench knows; each enables its own set of edits. */
export const PAYER_PROFILES = {
  DOH: 'Abu Dhabi DOH (Shafafiya)',
  DHA: 'Dubai DHA (eClaimLink)',
  OMAN: 'Oman – Dhamani',
  GENERIC: 'Generic (CMS-style edits only)',
} as const satisfies Record<string, string>;
export type PayerProfileId = keyof typeof PAYER_PROFILES;

/** Patient sex as the age/sex edits use it. */
export const SEXES = { F: 'Female', M: 'Male', U: 'Unknown' } as const satisfies Record<string, string>;
export type Sex = keyof typeof SEXES | '';

/** Whether an encounter type uses an inpatient bed. @example isInpatient('3') //=> true */
export function isInpatient(encounterType: string): boolean {
  return INPATIENT_ENCOUNTER_TYPES.includes(encounterType);
}
