import type { CodeSetView } from '../../codes';
import type { EncounterDocument } from '../../claim';
import { isNotChecked } from '../define-edit';
import type { EditContext } from '../types';
import { icdReleaseFor } from './icd';

/**
 * "Not checked" wording for a rule table that is missing on the date of service.
 * @example missingTable('Excludes1 pairs', '2025-10-05') //=> 'no Excludes1 pairs pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.'
 */
export function missingTable(what: string, dos: string): string {
  if (dos === '') return `the encounter start does not read as a date, so the ${what} pack in force is unknown.`;
  return `no ${what} pack is in force on ${dos}: switch one on, or import one, on the Rules page.`;
}

/** The ICD-10-CM view for the claim's date of service when a code set is loaded (for titles in messages), else `undefined`. */
export function optionalIcdView(doc: EncounterDocument, ctx: EditContext): CodeSetView | undefined {
  const release = icdReleaseFor(doc, ctx);
  return isNotChecked(release) ? undefined : release.view;
}
