import type { Activity, EncounterDocument } from '../../claim';
import { parseDecimal } from '../../money';
import type { Dec } from '../../money';
import { activityDate, dateOfService, isEvaluationAndManagement, isProcedureLine } from './doc';

/**
 * Helpers the procedure-side edits share (linkage, NCCI PTP, MUE, bilateral,
 * global surgery, PC/TC): a normalised view of the CPT/HCPCS lines and the
 * modifier groups of the NCCI Policy Manual. See ../shared/docs/domain.md §4.
 */

/** Anatomic modifiers (NCCI-associated): eyelids, fingers, toes, sides, coronary arteries. */
export const ANATOMIC_MODIFIERS: ReadonlySet<string> = new Set([
  'E1', 'E2', 'E3', 'E4',
  'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9',
  'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9',
  'LT', 'RT', 'LC', 'LD', 'RC', 'LM', 'RI',
]);

/** The X{EPSU} subset of modifier 59. */
export const X_MODIFIERS: ReadonlySet<string> = new Set(['XE', 'XS', 'XP', 'XU']);

/** Modifier 59 and its X{EPSU} subset: "distinct procedural service", never on an E/M code. */
export const DISTINCT_MODIFIERS: ReadonlySet<string> = new Set(['59', ...X_MODIFIERS]);

/** Global-surgery and other NCCI-associated modifiers that are not anatomic and not 25/57. */
export const OTHER_NCCI_MODIFIERS: ReadonlySet<string> = new Set(['24', '58', '78', '79', '27', '91', ...DISTINCT_MODIFIERS]);

/** 25 and 57: the only modifiers that bypass an E/M–procedure pair, always on the E/M line. */
export const EM_BYPASS_MODIFIERS: ReadonlySet<string> = new Set(['25', '57']);

/** Every NCCI-associated modifier (NCCI Policy Manual ch. I; domain.md §4.1). */
export const NCCI_ASSOCIATED_MODIFIERS: ReadonlySet<string> = new Set([...ANATOMIC_MODIFIERS, ...OTHER_NCCI_MODIFIERS, ...EM_BYPASS_MODIFIERS]);

/** One CPT/HCPCS line of the claim, as the procedure edits read it. */
export type ProcedureLine = {
  /** 0-based index in `claim.activities`. */
  readonly index: number;
  /** 1-based, for messages. */
  readonly line: number;
  /** Upper case, trimmed. */
  readonly code: string;
  /** Date performed, `YYYY-MM-DD` ('' when neither the line nor the encounter has a readable date). */
  readonly date: string;
  /** Upper case, trimmed, blanks dropped. */
  readonly modifiers: readonly string[];
  /** The quantity, or `null` when it does not read as a number (ACT-QUANTITY-INVALID reports it). */
  readonly quantity: Dec | null;
  readonly isEm: boolean;
  readonly activity: Activity;
};

/**
 * Normalises a modifier as typed (` rt ` → `RT`).
 * @example normalizeModifier(' xs ') //=> 'XS'
 */
export function normalizeModifier(raw: string): string {
  return raw.trim().toUpperCase();
}

const linesCache = new WeakMap<readonly Activity[], { readonly dos: string; readonly lines: readonly ProcedureLine[] }>();

/** Whether cached lines still describe these activities (same objects, same count of coded lines). */
function stillFits(lines: readonly ProcedureLine[], activities: readonly Activity[]): boolean {
  return lines.every((l) => activities[l.index] === l.activity);
}

/**
 * The CPT/HCPCS lines with a code, normalised. Worked out once per activities array
 * and shared by every procedure edit of a pass (documents are values: the workbench
 * clones the form on each change, and fixes return a new document).
 * @example procedureLines(aDoc().build())[0] //=> { index: 0, line: 1, code: '99213', date: '2025-10-05', modifiers: [], isEm: true, … }
 */
export function procedureLines(doc: EncounterDocument): readonly ProcedureLine[] {
  const activities = doc.claim.activities;
  const dos = dateOfService(doc);
  const cached = linesCache.get(activities);
  if (cached && cached.dos === dos && stillFits(cached.lines, activities)) return cached.lines;
  const lines: ProcedureLine[] = [];
  activities.forEach((a, index) => {
    if (!isProcedureLine(a)) return;
    const code = a.code.trim().toUpperCase();
    if (code === '') return;
    const q = parseDecimal(a.quantity);
    lines.push({
      index,
      line: index + 1,
      code,
      date: activityDate(doc, a),
      modifiers: a.modifiers.map(normalizeModifier).filter((m) => m !== ''),
      quantity: q.ok ? q.value.value : null,
      isEm: isEvaluationAndManagement(code),
      activity: a,
    });
  });
  linesCache.set(activities, { dos, lines });
  return lines;
}

/** Whether a line carries a modifier. */
export function hasModifier(line: Pick<ProcedureLine, 'modifiers'>, modifier: string): boolean {
  return line.modifiers.includes(modifier);
}

/** The line's modifiers that belong to a set, in the order written. */
export function modifiersIn(line: Pick<ProcedureLine, 'modifiers'>, set: ReadonlySet<string>): string[] {
  return line.modifiers.filter((m) => set.has(m));
}

/** Lines grouped by date of service (lines without a readable date are left out). */
export function byDate(lines: readonly ProcedureLine[]): Map<string, ProcedureLine[]> {
  const groups = new Map<string, ProcedureLine[]>();
  for (const l of lines) {
    if (l.date === '') continue;
    const g = groups.get(l.date);
    if (g) g.push(l);
    else groups.set(l.date, [l]);
  }
  return groups;
}

/**
 * The modifiers of a line with some taken out and some added (no duplicates, at most four).
 * @example withModifiers(['RT', '59'], { remove: ['59'], add: ['XS'] }) //=> ['RT', 'XS']
 */
export function withModifiers(current: readonly string[], change: { remove?: readonly string[]; add?: readonly string[] }): string[] {
  const remove = new Set((change.remove ?? []).map(normalizeModifier));
  const kept = current.filter((m) => m.trim() !== '' && !remove.has(normalizeModifier(m)));
  for (const m of change.add ?? []) if (!kept.some((k) => normalizeModifier(k) === m)) kept.push(m);
  return kept.slice(0, 4);
}

/** A modifier list for messages: `59, XS` or `none`. */
export function listModifiers(modifiers: readonly string[]): string {
  return modifiers.length === 0 ? 'none' : modifiers.join(', ');
}

/**
 * The ISO date one day before a date (pure calendar arithmetic).
 * @example dayBefore('2025-03-01') //=> '2025-02-28'
 */
export function dayBefore(date: string): string {
  const days = isoToDays(date);
  return days === null ? '' : daysToIso(days - 1);
}

/**
 * Days since 1970-01-01 of an ISO date (proleptic Gregorian), or `null` when it is not one.
 * @example isoToDays('1970-01-02') //=> 1
 */
export function isoToDays(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Days since 1970-01-01 of a calendar date (H. Hinnant's days_from_civil).
 * @example daysFromCivil(2025, 10, 5) //=> 20366
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The ISO date of a day number (inverse of {@link daysFromCivil}).
 * @example daysToIso(20366) //=> '2025-10-05'
 */
export function daysToIso(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
