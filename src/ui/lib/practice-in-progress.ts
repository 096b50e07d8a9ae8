import { encounterDocumentSchema, type EncounterDocument } from '@/domain/claim';

/**
 * A learner's unsubmitted practice, kept in this browser (localStorage) per learner and
 * scenario, so stepping away from a case (another screen, a reload) does not lose the work.
 * Cleared when the learner starts over; a stored value that no longer reads as an
 * encounter is ignored.
 */
function key(learner: string, packId: string, scenarioId: string): string {
  return `workbench.training.practice.${JSON.stringify([learner || 'anonymous', packId, scenarioId])}`;
}

export function readPracticeInProgress(learner: string, packId: string, scenarioId: string): EncounterDocument | null {
  try {
    const text = localStorage.getItem(key(learner, packId, scenarioId));
    if (!text) return null;
    const parsed = encounterDocumentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepPracticeInProgress(learner: string, packId: string, scenarioId: string, doc: EncounterDocument): void {
  try {
    localStorage.setItem(key(learner, packId, scenarioId), JSON.stringify(doc));
  } catch {
    // Storage full or disabled: practice still works, it just is not kept.
  }
}

export function clearPracticeInProgress(learner: string, packId: string, scenarioId: string): void {
  try {
    localStorage.removeItem(key(learner, packId, scenarioId));
  } catch {
    // Nothing to clear.
  }
}
