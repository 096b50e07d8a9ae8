import { ENCOUNTER_END_TYPES, ENCOUNTER_START_TYPES, ENCOUNTER_TYPES, POA_VALUES } from '../claim';

/**
 * The words the quick text and the table columns understand, all matched
 * case-insensitively. Names are written with hyphens; a coder may also type them
 * with spaces or underscores (`day case`, `against_advice`).
 */

/** Activity kinds by keyword (quick text) or type name (table), with their Activity.Type. */
export const ACTIVITY_KINDS: Readonly<Record<string, string>> = {
  CPT: '3',
  HCPCS: '4',
  DRUG: '5',
  DENTAL: '6',
  SERVICE: '8',
  SRV: '8',
  DRG: '9',
  'IR-DRG': '9',
  'GENERIC-DRUG': '10',
};

/** Activity types whose codes may carry `-MOD` modifiers (drug and service codes contain hyphens of their own). */
export const MODIFIABLE_TYPES: readonly string[] = ['3', '4'];

/** Diagnosis keywords (quick text) and type names (table), with their Diagnosis.Type; `DX` is decided by position. */
export const DIAGNOSIS_KINDS: Readonly<Record<string, string>> = {
  DX: 'DX',
  DIAGNOSIS: 'DX',
  PDX: 'Principal',
  PRINCIPAL: 'Principal',
  SECONDARY: 'Secondary',
  SDX: 'Secondary',
  ADX: 'Admitting',
  ADMITTING: 'Admitting',
  RFV: 'ReasonForVisit',
  REASONFORVISIT: 'ReasonForVisit',
  'REASON-FOR-VISIT': 'ReasonForVisit',
};

/** Encounter types by name; the numbers of ENCOUNTER_TYPES are accepted too. */
export const ENCOUNTER_TYPE_NAMES: Readonly<Record<string, string>> = {
  OUTPATIENT: '1',
  OP: '1',
  CLINIC: '1',
  ER: '2',
  ED: '2',
  EMERGENCY: '2',
  INPATIENT: '3',
  IP: '3',
  'INPATIENT-ER': '4',
  'IP-ER': '4',
  'ER-INPATIENT': '4',
  DAYCASE: '5',
  'DAY-CASE': '5',
  'DAYCASE-ER': '6',
  'DAY-CASE-ER': '6',
  'NATIONALS-SCREENING': '7',
  'NEW-VISA-SCREENING': '8',
  'RENEWAL-VISA-SCREENING': '9',
  HOME: '12',
  'ASSISTED-LIVING': '13',
  MOBILE: '15',
  'MOBILE-UNIT': '15',
  AMBULANCE: '41',
  'AMBULANCE-LAND': '41',
  'AMBULANCE-AIR': '42',
  'AMBULANCE-WATER': '42',
};

/** Encounter start types by name (ADMIT …). */
export const START_TYPE_NAMES: Readonly<Record<string, string>> = {
  ELECTIVE: '1',
  EMERGENCY: '2',
  TRANSFER: '3',
  'TRANSFER-ACUTE': '3',
  'LIVE-BIRTH': '4',
  BIRTH: '4',
  'STILL-BIRTH': '5',
  STILLBIRTH: '5',
  'DEAD-ON-ARRIVAL': '6',
  DOA: '6',
  CONTINUING: '7',
  'TRANSFER-NON-ACUTE': '8',
};

/** Encounter end types by name (DISCHARGE …). */
export const END_TYPE_NAMES: Readonly<Record<string, string>> = {
  APPROVED: '1',
  HOME: '1',
  ROUTINE: '1',
  'AGAINST-ADVICE': '2',
  AMA: '2',
  ABSENT: '3',
  AWOL: '3',
  TRANSFER: '4',
  'TRANSFER-ACUTE': '4',
  DECEASED: '5',
  DIED: '5',
  EXPIRED: '5',
  'NOT-DISCHARGED': '6',
  'TRANSFER-NON-ACUTE': '7',
  'LONG-TERM-CARE': '7',
};

/** Upper case, runs of spaces and underscores as one hyphen: `day case` → `DAY-CASE`. */
export function normalName(text: string): string {
  return text.trim().toUpperCase().replace(/[\s_]+/g, '-');
}

/**
 * Looks a value up as a code number of `codes` or a name of `names`.
 * @example codeOrName('inpatient', ENCOUNTER_TYPES, ENCOUNTER_TYPE_NAMES) //=> '3'
 */
export function codeOrName(text: string, codes: Readonly<Record<string, string>>, names: Readonly<Record<string, string>>): string | null {
  const t = text.trim();
  if (Object.hasOwn(codes, t)) return t;
  const name = normalName(t);
  return Object.hasOwn(names, name) ? (names[name] ?? null) : null;
}

/** A readable list of accepted words for a message. */
export function listOf(names: Readonly<Record<string, string>>, limit = 6): string {
  return Object.keys(names)
    .slice(0, limit)
    .map((n) => n.toLowerCase())
    .join(', ');
}

export { ENCOUNTER_END_TYPES, ENCOUNTER_START_TYPES, ENCOUNTER_TYPES, POA_VALUES };

/** The shape of an ICD-10-CM code, with or without its dot. */
const ICD_SHAPE = /^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/;

/**
 * An ICD-10-CM code in the model's form (upper case, with its dot), or null when the text is not shaped like one.
 * @example icdCode('r072') //=> 'R07.2'
 */
export function icdCode(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (!ICD_SHAPE.test(t)) return null;
  if (t.length > 3 && t[3] !== '.') return `${t.slice(0, 3)}.${t.slice(3)}`;
  return t;
}

/** Code shapes checked for the coded activity types: CPT (incl. Category II/III) and HCPCS Level II. */
export const CODE_SHAPES: Readonly<Record<string, { readonly pattern: RegExp; readonly example: string; readonly name: string }>> = {
  '3': { pattern: /^\d{4}[0-9FTU]$/, example: '93306', name: 'CPT' },
  '4': { pattern: /^[A-V]\d{4}$/, example: 'J1100', name: 'HCPCS' },
};

/** A modifier: two letters or digits. */
export const MODIFIER_SHAPE = /^[0-9A-Z]{2}$/;
