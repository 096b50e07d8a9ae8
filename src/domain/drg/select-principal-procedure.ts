import type { Issue } from '../shared/result';
import { NO_ROUNDING, SOURCE, step, type Calculation, type DrgStep } from './steps';

/** A procedure performed in the stay, with what the grouper says about it. */
export type ProcedureCandidate = {
  /** The procedure code (CPT), e.g. `27447`. */
  readonly code: string;
  /** The activity it comes from, if any. */
  readonly activityId?: string | undefined;
  /** The IR-DRG the procedure leads to. */
  readonly drgCode: string;
  /** Procedure category of that IR-DRG; lower = more resources. Whole number as text. */
  readonly pcat: string;
  /** Major diagnostic category of that IR-DRG, e.g. `08`. */
  readonly mdc: string;
  /** 1-based position of that IR-DRG in the ordered Procedure Hierarchy list. */
  readonly hierarchyPosition: string;
};

/** Which step of §4.4.1's hierarchy decided. */
export type PrincipalProcedureRule = 'only-candidate' | 'lowest-pcat' | 'same-mdc' | 'hierarchy' | 'tie';

export type PrincipalProcedureResult = {
  /** The principal procedure, or `null` when there are no usable candidates. */
  readonly chosen: ProcedureCandidate | null;
  readonly decidedBy: PrincipalProcedureRule | null;
  /** Candidates still level after the last step (same IR-DRG position); the first is chosen. */
  readonly tiedWith: readonly ProcedureCandidate[];
  readonly issues: readonly Issue[];
};

const WHOLE = /^\d+$/;

function list(c: readonly ProcedureCandidate[], what: (x: ProcedureCandidate) => string): string {
  return c.map((x) => `${x.code} → ${x.drgCode} (${what(x)})`).join(', ');
}

/**
 * Picks the principal procedure when several are performed (§4.4.1): (1) the procedure(s) in the
 * IR-DRG(s) with the lowest PCAT; (2) if several, the one whose IR-DRG has the principal diagnosis's
 * MDC; (3) if several or none do, the one whose IR-DRG comes first in the Procedure Hierarchy.
 * The steps say which rule decided.
 * @param candidates - the procedures with their IR-DRG, PCAT, MDC and hierarchy position
 * @param principalDiagnosisMdc - MDC of the principal diagnosis, e.g. `08`
 * @example selectPrincipalProcedure([{ code: '27447', drgCode: '081301', pcat: '2', mdc: '08', hierarchyPosition: '5' }, { code: '47562', drgCode: '071101', pcat: '3', mdc: '07', hierarchyPosition: '2' }], '08').result.chosen?.code //=> '27447'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.1.
 */
export function selectPrincipalProcedure(candidates: readonly ProcedureCandidate[], principalDiagnosisMdc: string): Calculation<PrincipalProcedureResult> {
  const issues: Issue[] = [];
  const usable = candidates.filter((c) => {
    const ok = WHOLE.test(c.pcat.trim()) && WHOLE.test(c.hierarchyPosition.trim());
    if (!ok) {
      issues.push({
        code: 'drg.procedure.numbers',
        message: `Procedure ${c.code}: PCAT and hierarchy position must be whole numbers, found "${c.pcat}" and "${c.hierarchyPosition}"; it is left out.`,
        severity: 'error',
      });
    }
    return ok;
  });
  const steps: DrgStep[] = [];
  const done = (chosen: ProcedureCandidate | null, decidedBy: PrincipalProcedureRule | null, tiedWith: readonly ProcedureCandidate[] = []) => ({
    result: { chosen, decidedBy, tiedWith, issues },
    steps,
  });
  if (usable.length === 0) return done(null, null);
  const first = usable[0];
  if (usable.length === 1 && first) {
    steps.push(
      step({
        id: 'principal.only',
        label: 'Only one procedure',
        formula: 'one candidate',
        substituted: list(usable, (x) => `PCAT ${x.pcat}`),
        result: first.code,
        rounding: NO_ROUNDING,
        source: SOURCE.general,
      }),
    );
    return done(first, 'only-candidate');
  }

  // 1. Lowest PCAT.
  const minPcat = Math.min(...usable.map((c) => Number(c.pcat)));
  const lowest = usable.filter((c) => Number(c.pcat) === minPcat);
  steps.push(
    step({
      id: 'principal.pcat',
      label: '1. Lowest PCAT',
      formula: 'min(PCAT)',
      substituted: list(usable, (x) => `PCAT ${x.pcat}`),
      result: `PCAT ${minPcat}: ${lowest.map((c) => c.code).join(', ')}`,
      rounding: NO_ROUNDING,
      source: SOURCE.general,
      note: 'A lower PCAT means higher resource use.',
    }),
  );
  const onlyLowest = lowest[0];
  if (lowest.length === 1 && onlyLowest) return done(onlyLowest, 'lowest-pcat');

  // 2. Same MDC as the principal diagnosis.
  const mdc = principalDiagnosisMdc.trim();
  const sameMdc = lowest.filter((c) => c.mdc.trim() === mdc && mdc !== '');
  steps.push(
    step({
      id: 'principal.mdc',
      label: '2. Same MDC as the principal diagnosis',
      formula: 'MDC of the IR-DRG = MDC of the principal diagnosis',
      substituted: `principal diagnosis MDC ${mdc === '' ? '(unknown)' : mdc}; ${list(lowest, (x) => `MDC ${x.mdc}`)}`,
      result: sameMdc.length === 0 ? 'none' : sameMdc.map((c) => c.code).join(', '),
      rounding: NO_ROUNDING,
      source: SOURCE.general,
    }),
  );
  const onlySame = sameMdc[0];
  if (sameMdc.length === 1 && onlySame) return done(onlySame, 'same-mdc');

  // 3. First in the Procedure Hierarchy, among the same-MDC ones (or all lowest-PCAT ones when none match).
  const pool = sameMdc.length > 1 ? sameMdc : lowest;
  const minPos = Math.min(...pool.map((c) => Number(c.hierarchyPosition)));
  const firstInList = pool.filter((c) => Number(c.hierarchyPosition) === minPos);
  const chosen = firstInList[0] ?? null;
  const tied = firstInList.slice(1);
  steps.push(
    step({
      id: 'principal.hierarchy',
      label: '3. First in the Procedure Hierarchy',
      formula: 'min(position of the IR-DRG in the Procedure Hierarchy)',
      substituted: list(pool, (x) => `position ${x.hierarchyPosition}`),
      result: chosen ? chosen.code : 'none',
      rounding: NO_ROUNDING,
      source: SOURCE.general,
      note:
        tied.length > 0
          ? `${[chosen, ...tied].map((c) => c?.code ?? '').join(', ')} lead to IR-DRGs at the same position; the first listed is taken, and they give the same IR-DRG position either way.`
          : sameMdc.length === 0
            ? 'No lowest-PCAT procedure has the principal diagnosis MDC, so the hierarchy decides among all of them.'
            : undefined,
    }),
  );
  return done(chosen, tied.length > 0 ? 'tie' : 'hierarchy', tied);
}
