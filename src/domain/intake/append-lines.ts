import type { Diagnosis, EncounterDocument } from '../claim';
import { nextActivityId } from '../claim';

/**
 * Adds the lines of a parsed snippet (its diagnoses and activities) to an open encounter.
 * Only lines are taken; the snippet's header, claim, encounter, patient and note are not.
 *
 * - A diagnosis whose code is already on the encounter is skipped (the encounter's row,
 *   with its type and POA, wins). Rows of the encounter without a code (the empty
 *   principal row of a new encounter) are dropped when the snippet brings diagnoses.
 * - The snippet cannot add a second principal: its principal becomes secondary when
 *   the encounter already has one.
 * - Activities get new IDs after the encounter's; their diagnosis links are codes and so
 *   survive as they are; an activity without a start takes the encounter's start.
 *
 * @param base - the open encounter
 * @param extra - a parsed quick text or table
 * @returns a new document (neither input is changed)
 * @example appendLines(doc, snippet).claim.activities.map((a) => a.id) //=> ['1', '2', '3']
 */
export function appendLines(base: EncounterDocument, extra: EncounterDocument): EncounterDocument {
  const kept = base.claim.diagnoses.filter((d) => d.code.trim() !== '' || extra.claim.diagnoses.length === 0);
  const codes = new Set(kept.map((d) => d.code.trim().toUpperCase()));
  let hasPrincipal = kept.some((d) => d.type === 'Principal' && d.code.trim() !== '');
  const added: Diagnosis[] = [];
  for (const d of extra.claim.diagnoses) {
    const code = d.code.trim().toUpperCase();
    if (code === '' || codes.has(code)) continue;
    codes.add(code);
    if (d.type === 'Principal') {
      added.push(hasPrincipal ? { ...d, type: 'Secondary' } : d);
      hasPrincipal = true;
    } else added.push(d);
  }
  const activities = [...base.claim.activities];
  for (const a of extra.claim.activities) {
    activities.push({ ...a, id: nextActivityId(activities), start: a.start === '' ? base.claim.encounter.start : a.start });
  }
  return { ...base, claim: { ...base.claim, diagnoses: [...kept, ...added], activities } };
}
