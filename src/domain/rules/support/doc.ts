import { isInpatient, type Activity, type EncounterDocument } from '../../claim';
import { isIsoDate, isIsoDateTime } from '../../shared/dates';

/** Whether a field has anything in it. */
export function filled(value: string): boolean {
  return value.trim() !== '';
}

/** The encounter's date of service (YYYY-MM-DD), or '' when the start does not read. */
export function dateOfService(doc: EncounterDocument): string {
  const start = doc.claim.encounter.start;
  return isIsoDateTime(start) ? start.slice(0, 10) : '';
}

/** The date an activity was performed, falling back to the encounter start. */
export function activityDate(doc: EncounterDocument, activity: Activity): string {
  if (isIsoDateTime(activity.start)) return activity.start.slice(0, 10);
  return dateOfService(doc);
}

/** Whether the encounter uses an inpatient bed. */
export function inpatient(doc: EncounterDocument): boolean {
  return isInpatient(doc.claim.encounter.type.trim());
}

/** Whether the patient's date of birth reads. */
export function hasDateOfBirth(doc: EncounterDocument): boolean {
  return isIsoDate(doc.patient.dateOfBirth);
}

/** CPT and HCPCS lines: the activities that must be justified by a diagnosis. */
export function isProcedureLine(activity: Activity): boolean {
  return activity.type === '3' || activity.type === '4';
}

/** Evaluation and management codes (office, hospital, ER, consults…): CPT 99202–99499. */
export function isEvaluationAndManagement(code: string): boolean {
  const c = code.trim();
  return /^99\d{3}$/.test(c) && Number(c) >= 99202 && Number(c) <= 99499;
}

/** Emergency-department E/M visit codes 99281–99285. */
export function isEmergencyVisit(code: string): boolean {
  const c = code.trim();
  return /^9928[1-5]$/.test(c);
}
