import type { EncounterDocument } from '../../claim';
import type { PtpLookup, PtpMatch } from '../tables/ncci-ptp';
import { dateOfService } from './doc';
import { ANATOMIC_MODIFIERS, byDate, DISTINCT_MODIFIERS, EM_BYPASS_MODIFIERS, modifiersIn, OTHER_NCCI_MODIFIERS, procedureLines, type ProcedureLine } from './procedure';

/**
 * NCCI PTP evaluation shared by the bundling edits (NCCI-PTP-BUNDLED,
 * NCCI-59-CANNOT-BYPASS, MOD-59-NOTHING-TO-BYPASS). Scope: the lines of one claim on
 * one date of service (domain.md §4.1: same patient, same provider, same date).
 */

/** Two lines of one date that an edit pairs: `column1` is paid, `column2` is denied. */
export type PtpPair = {
  readonly date: string;
  readonly column1: ProcedureLine;
  readonly column2: ProcedureLine;
  readonly edit: PtpMatch;
  /** Exactly one of the two is an E/M code: only 25/57 on the E/M line bypass it. */
  readonly emPair: boolean;
};

/** Whether an indicator-1 pair is bypassed, and why (or why not), in words for the message. */
export type PtpBypass = {
  readonly bypassed: boolean;
  /** The modifiers that bypass it (when bypassed). */
  readonly by: readonly string[];
  /** Bypass modifiers written on the wrong line (59/X on column 1; 25/57 on the procedure). */
  readonly misplaced: readonly string[];
  /** 25/57 on a non-E/M pair, or 59/X on the E/M line: modifiers that cannot bypass this pair. */
  readonly wrongKind: readonly string[];
};

const pairsCache = new WeakMap<readonly ProcedureLine[], WeakMap<PtpLookup, readonly PtpPair[]>>();

/**
 * The PTP edits in force among the CPT/HCPCS lines of a claim, per date of service:
 * every ordered pair of lines with different codes that the lookup holds (indicator 9
 * pairs are not returned).
 * @example ptpPairs(doc, lookup)[0] //=> { date: '2025-10-05', column1: { code: '80053', … }, column2: { code: '80048', … }, edit: { modifierIndicator: '0', … }, emPair: false }
 */
export function ptpPairs(doc: EncounterDocument, lookup: PtpLookup): readonly PtpPair[] {
  // The three bundling edits of a pass ask for the same pairs: look them up once per set of lines.
  const all = procedureLines(doc);
  const byLookup = pairsCache.get(all) ?? new WeakMap<PtpLookup, readonly PtpPair[]>();
  pairsCache.set(all, byLookup);
  const cached = byLookup.get(lookup);
  if (cached) return cached;
  const pairs: PtpPair[] = [];
  for (const [date, lines] of byDate(all)) {
    for (const a of lines) {
      for (const b of lines) {
        if (a === b || a.code === b.code) continue;
        const edit = lookup.find(a.code, b.code, date);
        if (edit) pairs.push({ date, column1: a, column2: b, edit, emPair: a.isEm !== b.isEm });
      }
    }
  }
  byLookup.set(lookup, pairs);
  return pairs;
}

/**
 * Whether the modifiers on a pair bypass an indicator-1 edit: for an E/M–procedure pair,
 * 25 or 57 on the E/M line; otherwise 59, XE/XS/XP/XU, 24, 27, 58, 78, 79 or 91 on the
 * column-2 line, or different anatomic modifiers on the two lines (RT vs LT, F1 vs F2…).
 * @example ptpBypass(pairWith59OnColumn2).bypassed //=> true
 */
export function ptpBypass(pair: PtpPair): PtpBypass {
  const { column1: c1, column2: c2 } = pair;
  if (pair.emPair) {
    const em = c1.isEm ? c1 : c2;
    const proc = c1.isEm ? c2 : c1;
    const by = modifiersIn(em, EM_BYPASS_MODIFIERS);
    return { bypassed: by.length > 0, by, misplaced: modifiersIn(proc, EM_BYPASS_MODIFIERS), wrongKind: modifiersIn(em, DISTINCT_MODIFIERS) };
  }
  const other = modifiersIn(c2, OTHER_NCCI_MODIFIERS);
  const side1 = modifiersIn(c1, ANATOMIC_MODIFIERS);
  const side2 = modifiersIn(c2, ANATOMIC_MODIFIERS);
  const anatomic = side1.length > 0 && side2.length > 0 && side2.every((m) => !side1.includes(m)) ? side2 : [];
  const by = [...other, ...anatomic];
  return {
    bypassed: by.length > 0,
    by,
    misplaced: by.length > 0 ? [] : modifiersIn(c1, OTHER_NCCI_MODIFIERS),
    wrongKind: [...modifiersIn(c1, EM_BYPASS_MODIFIERS), ...modifiersIn(c2, EM_BYPASS_MODIFIERS)],
  };
}

/**
 * Why the PTP edits cannot run on a claim, or `null` when they can.
 * @example ptpNotCheckedReason(doc, undefined) //=> 'no NCCI PTP table is loaded or switched on (import the CMS table or switch on a PTP pack on the Rules page).'
 */
export function ptpNotCheckedReason(doc: EncounterDocument, lookup: PtpLookup | undefined): string | null {
  if (!lookup) return 'no NCCI PTP table is loaded or switched on (import the CMS table or switch on a PTP pack on the Rules page).';
  const dos = dateOfService(doc);
  const dates = [...byDate(procedureLines(doc)).keys()];
  if (lookup.inForceOn(dos) || dates.some((d) => lookup.inForceOn(d))) return null;
  return `no NCCI PTP table covers ${dos || 'the date of service (the encounter start does not read)'}.`;
}

/** "the practitioner table (…), edit effective 2025-01-01" for messages. */
export function describePtpEdit(edit: PtpMatch): string {
  return `${edit.source.label}, effective ${edit.effectiveFrom}${edit.deletedOn ? `, deleted ${edit.deletedOn}` : ''}`;
}
