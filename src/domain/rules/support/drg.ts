import { isInpatient, recalculateTotals, type EncounterDocument } from '../../claim';
import {
  applyDrgResultToClaim,
  calculateDrgPayment,
  checkDrgClaim,
  DRG_ACTIVITY_TYPE,
  drgInputsFromDocument,
  withDefaults,
  type DrgClaimHit,
  type DrgEditId,
  type DrgHitSeverity,
  type DrgTables,
  type PartialDrgAssumptions,
} from '../../drg';
import type { EditContext, Fix, Hit, NotChecked } from '../types';

/**
 * How the rules engine runs the DRG claim edits of src/domain/drg (`checkDrgClaim`): every DRG
 * edit is a thin wrapper that picks its own hits from one shared run, so the logic lives in one
 * place. See docs/adr/0034-drg-claim-edits-in-the-engine.md.
 */

/** The key of the DRG reference data in `EditContext.tables`. */
export const DRG_TABLES_KEY = 'drg';

/** What the DRG edits read from `ctx.tables.drg`: the tables in effect and the assumption settings. */
export type DrgEditData = {
  readonly tables: DrgTables;
  readonly assumptions: PartialDrgAssumptions;
};

/** The params of every DRG finding: the domain's sentence plus the data it came from. */
export type DrgHitParams = { readonly message: string } & Readonly<Record<string, string | number>>;

const NO_TABLES: DrgTables = { weights: [], tariffs: [], profiles: [] };

function isList(value: unknown): boolean {
  return Array.isArray(value);
}

/**
 * The DRG data in the context, or `null` when it is absent or not shaped like it. The check is
 * shallow on purpose: the tables were validated when they were loaded, and a full parse on every
 * keystroke would cost more than the edits themselves.
 * @example drgDataOf({ profile: 'DOH', tables: {} }) //=> null
 */
export function drgDataOf(ctx: EditContext): DrgEditData | null {
  const raw: unknown = ctx.tables[DRG_TABLES_KEY];
  if (typeof raw !== 'object' || raw === null || !('tables' in raw) || !('assumptions' in raw)) return null;
  const tables: unknown = raw.tables;
  if (typeof tables !== 'object' || tables === null || !('weights' in tables) || !('tariffs' in tables) || !('profiles' in tables)) return null;
  if (!isList(tables.weights) || !isList(tables.tariffs) || !isList(tables.profiles)) return null;
  if (typeof raw.assumptions !== 'object' || raw.assumptions === null) return null;
  return raw as DrgEditData;
}

/** Everything `checkDrgClaim` and the write-the-calculation fix read or write, as one string. */
function drgKey(doc: EncounterDocument): string {
  const c = doc.claim;
  return JSON.stringify([c.payerId, c.encounter, c.activities, doc.patient.dateOfBirth, c.net, c.gross, c.patientShare]);
}

type Run = { readonly key: string; readonly hits: readonly DrgClaimHit[]; fix?: Fix | null };

// The last run per DRG data: every DRG edit of one engine run shares it, and typing in a field the
// DRG does not read (member ID, Emirates ID, the note) reuses it instead of pricing the stay again.
const runs = new WeakMap<object, Run>();

function runFor(doc: EncounterDocument, data: DrgEditData | null): Run {
  const holder: object = data ?? NO_TABLES;
  const key = drgKey(doc);
  let run = runs.get(holder);
  if (!run || run.key !== key) {
    run = { key, hits: checkDrgClaim(doc, data?.tables ?? NO_TABLES, data?.assumptions ?? {}) };
    runs.set(holder, run);
  }
  return run;
}

/**
 * The hits of `checkDrgClaim` for a document, worked out once for all the DRG edits of a run (and
 * reused while the parts of the claim it reads stay the same). Without DRG data the check runs on
 * empty tables and the default settings; only the edits that need no table may use that answer.
 */
export function drgClaimHits(doc: EncounterDocument, data: DrgEditData | null): readonly DrgClaimHit[] {
  return runFor(doc, data).hits;
}

/** A domain hit as an engine hit: path, the sentence and its data (the denial code is the edit's own). */
export function toEngineHit(h: DrgClaimHit, fixes: readonly Fix[] = []): Hit<DrgHitParams> {
  const { predicts: _predicts, ...data } = h.params;
  return {
    path: h.path,
    params: { ...data, message: h.message },
    ...(fixes.length > 0 ? { fixes } : {}),
    ...(h.discriminator !== undefined ? { discriminator: h.discriminator } : {}),
  };
}

/** The hits of one DRG edit id (and, when given, one severity). */
export function hitsOf(hits: readonly DrgClaimHit[], id: DrgEditId, severity?: DrgHitSeverity): DrgClaimHit[] {
  return hits.filter((h) => h.id === id && (severity === undefined || h.severity === severity));
}

/** The patient's age in completed years on the admission date, as the DRG calculation reads it; `null` when unknown. */
export function ageOnAdmission(doc: EncounterDocument, data: DrgEditData | null): number | null {
  return drgInputsFromDocument(doc, data?.tables ?? NO_TABLES, undefined, data?.assumptions ?? {}).ageYears;
}

/** Whether the claim is inpatient (types 3/4), where the DRG claim edits apply. */
export function isInpatientClaim(doc: EncounterDocument): boolean {
  return isInpatient(doc.claim.encounter.type.trim());
}

/**
 * Why the DRG amounts could not be compared with the calculation, or `null` when they were:
 * no DRG tables loaded, not exactly one IR-DRG line, or a calculation that stopped (its reason).
 */
export function amountsNotChecked(doc: EncounterDocument, data: DrgEditData | null): NotChecked | null {
  if (!data) return { notChecked: 'the IR-DRG tables and settings are not loaded, so the amounts cannot be compared with the calculation.' };
  const lines = doc.claim.activities.filter((a) => a.type.trim() === DRG_ACTIVITY_TYPE).length;
  if (lines !== 1) {
    return { notChecked: `the claim has ${lines} IR-DRG lines; the amounts are compared once it has exactly one (see DRG-LINE-COUNT).` };
  }
  const stopped = hitsOf(drgClaimHits(doc, data), 'DRG-NOT-VERIFIED').find((h) => typeof h.params['reason'] === 'string');
  if (stopped) return { notChecked: String(stopped.params['reason']) };
  return null;
}

/**
 * The fix that writes the calculation into the claim (the IR-DRG line, 99, 99-02, 99-03, every
 * other Net 0.00, totals), as `applyDrgResultToClaim` does for the DRG panel. It sets the
 * activities and the three amounts only, so nothing else typed on the claim is touched. Absent when
 * the calculation is incomplete or would change nothing.
 */
export function writeCalculationFix(doc: EncounterDocument, data: DrgEditData): Fix | null {
  const run = runFor(doc, data);
  if (run.fix !== undefined) return run.fix;
  const a = withDefaults(data.assumptions);
  const calc = calculateDrgPayment(drgInputsFromDocument(doc, data.tables, undefined, a).input, data.tables, a);
  const out = applyDrgResultToClaim(doc.claim, calc.result);
  run.fix =
    !out.applied || out.changes.length === 0
      ? null
      : {
          label: `Write the DRG calculation into the claim (total ${calc.result.total ?? ''})`,
          patches: [
            { op: 'set', path: ['claim', 'activities'], value: out.claim.activities },
            { op: 'set', path: ['claim', 'net'], value: out.claim.net },
            { op: 'set', path: ['claim', 'gross'], value: out.claim.gross },
            { op: 'set', path: ['claim', 'patientShare'], value: out.claim.patientShare },
          ],
        };
  return run.fix;
}

/** The fix that sets one activity's Net to 0.00 and brings the claim totals along. */
export function zeroNetFix(doc: EncounterDocument, index: number): Fix {
  const activities = doc.claim.activities.map((a, i) => (i === index ? { ...a, net: '0.00' } : a));
  const totals = recalculateTotals({ patientShare: doc.claim.patientShare, activities });
  return {
    label: totals ? `Set Net to 0.00 (claim Net ${totals.net})` : 'Set Net to 0.00',
    patches: [
      { op: 'set', path: ['claim', 'activities', index, 'net'], value: '0.00' },
      ...(totals
        ? [
            { op: 'set' as const, path: ['claim', 'net'], value: totals.net },
            { op: 'set' as const, path: ['claim', 'gross'], value: totals.gross },
          ]
        : []),
    ],
  };
}
