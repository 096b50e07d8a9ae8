import type { EncounterDocument } from '../../claim';
import { dateOfService } from './doc';
import { byDate, procedureLines } from './procedure';

/**
 * "Not checked" reasons shared by the edits that read the MUE and fee-schedule
 * lookups: the table is missing, or no source covers the claim's dates.
 */

/** Anything with date coverage (an MUE or fee-schedule lookup). */
type Covering = { inForceOn(date: string): boolean };

/**
 * Why an edit that needs a reference table cannot run, or `null` when it can.
 * @param what the table in words, e.g. "fee-schedule (RVU) indicator table"
 * @param how where the user gets it, e.g. "import the CMS RVU file on the Rules page"
 * @example referenceNotCheckedReason(doc, undefined, 'MUE table', 'import …') //=> 'no MUE table is loaded or switched on (import …).'
 */
export function referenceNotCheckedReason(doc: EncounterDocument, lookup: Covering | undefined, what: string, how: string): string | null {
  if (!lookup) return `no ${what} is loaded or switched on (${how}).`;
  const dos = dateOfService(doc);
  if (lookup.inForceOn(dos) || [...byDate(procedureLines(doc)).keys()].some((d) => lookup.inForceOn(d))) return null;
  return `no ${what} covers ${dos || 'the date of service (the encounter start does not read)'} (${how}).`;
}

export const FEE_TABLE_WORDS = ['fee-schedule (RVU) indicator table', 'import the CMS PFS relative value file or switch on the indicators pack on the Rules page'] as const;
export const MUE_TABLE_WORDS = ['MUE table', 'import the CMS MUE table or switch on an MUE pack on the Rules page'] as const;

/** PC/TC indicator meanings (domain.md §4.5). */
export const PCTC_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'a physician service with no professional/technical split',
  '1': 'a diagnostic test with professional and technical components',
  '2': 'the professional component alone (the code is already the interpretation)',
  '3': 'the technical component alone (the code is already the technical part)',
  '4': 'a global test only code (a separate code exists for each component)',
  '5': 'an "incident to" service',
  '6': 'a laboratory physician interpretation code',
  '7': 'a physical therapy service',
  '8': 'a physician interpretation code',
  '9': 'a code to which the PC/TC concept does not apply',
};

/** Bilateral-surgery indicator meanings (domain.md §4.3). */
export const BILATERAL_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'bilateral reporting does not apply (the procedure cannot be bilateral, or another code describes the bilateral procedure)',
  '1': 'a bilateral procedure is one line with modifier 50 and one unit, paid at 150 %',
  '2': 'the code already describes both sides (or either side) and is paid once',
  '3': 'each side is paid at 100 % (mostly imaging): 50, or RT and LT',
  '9': 'the bilateral concept does not apply',
};
