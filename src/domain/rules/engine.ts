import type { EncounterDocument } from '../claim';
import { isNotChecked } from './define-edit';
import { lineOf } from './paths';
import type { Edit, EditContext, Finding, Hit, Params, Severity } from './types';

/** Which edits run and how severe they are, per payer profile (saved by the user). */
export type RuleSettings = {
  readonly disabledEdits: readonly string[];
  readonly severityOverrides: Readonly<Record<string, Severity>>;
};

export const DEFAULT_SETTINGS: RuleSettings = { disabledEdits: [], severityOverrides: {} };

const SEVERITY_ORDER: Record<Finding['severity'], number> = { reject: 0, warn: 1, info: 2, 'not-checked': 3 };

function keyOf(editId: string, hit: Pick<Hit, 'path' | 'discriminator'>): string {
  return `${editId}@${hit.path.join('.')}${hit.discriminator ? `#${hit.discriminator}` : ''}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs every edit that applies to the context's payer profile over the document.
 * Never throws: an edit that throws becomes an "edit failed" finding and the rest
 * still run; an edit that cannot run (missing table, no code set for the date)
 * becomes a "not checked" finding.
 *
 * @param doc - the encounter as the editor holds it
 * @param ctx - payer profile and reference tables
 * @param edits - the registry (or a subset, in tests)
 * @param settings - edits switched off and severities changed for this profile
 * @returns findings, most severe first, then in claim order
 * @example runEdits(doc, { profile: 'DOH', tables: {} }, [memberIdMissing]) //=> [{ editId: 'CLM-MEMBER-ID-MISSING', severity: 'reject', ... }]
 */
export function runEdits(doc: EncounterDocument, ctx: EditContext, edits: readonly Edit<Params>[], settings: RuleSettings = DEFAULT_SETTINGS): Finding[] {
  const findings: Finding[] = [];
  const disabled = new Set(settings.disabledEdits);
  for (const edit of edits) {
    if (disabled.has(edit.id)) continue;
    if (edit.profiles && !edit.profiles.includes(ctx.profile)) continue;
    const severity = settings.severityOverrides[edit.id] ?? edit.severity;
    let result: ReturnType<Edit<Params>['check']>;
    try {
      result = edit.check(doc, ctx);
    } catch (e) {
      findings.push(failed(edit, `the check stopped with an error: ${errorText(e)}`));
      continue;
    }
    if (isNotChecked(result)) {
      findings.push({
        key: `${edit.id}@not-checked`,
        editId: edit.id,
        title: edit.title,
        status: 'not-checked',
        severity: 'not-checked',
        category: edit.category,
        source: edit.source,
        ...(edit.denialCode ? { denialCode: edit.denialCode } : {}),
        message: `Not checked: ${result.notChecked}`,
        rule: safe(() => edit.rule({}), edit.title),
        data: {},
        path: [],
        fixes: [],
      });
      continue;
    }
    for (const hit of result) {
      let message: string;
      let rule: string;
      try {
        message = edit.explain(hit.params);
        rule = edit.rule(hit.params);
      } catch (e) {
        findings.push(failed(edit, `its explanation could not be written: ${errorText(e)}`));
        continue;
      }
      findings.push({
        key: keyOf(edit.id, hit),
        editId: edit.id,
        title: edit.title,
        status: 'fail',
        severity,
        category: edit.category,
        source: hit.source ?? edit.source,
        ...(hit.denialCode || edit.denialCode ? { denialCode: hit.denialCode ?? edit.denialCode } : {}),
        message,
        rule,
        data: hit.params,
        path: hit.path,
        fixes: hit.fixes ?? [],
      });
    }
  }
  return sortFindings(findings);
}

function safe(f: () => string, fallback: string): string {
  try {
    return f();
  } catch {
    return fallback;
  }
}

function failed(edit: Edit<Params>, why: string): Finding {
  return {
    key: `${edit.id}@edit-failed`,
    editId: edit.id,
    title: edit.title,
    status: 'edit-failed',
    severity: 'not-checked',
    category: edit.category,
    source: edit.source,
    message: `Edit failed: ${edit.id} could not check this claim (${why}). The other edits still ran; report this with the claim.`,
    rule: edit.title,
    data: {},
    path: [],
    fixes: [],
  };
}

function lineRank(f: Finding): number {
  const line = lineOf(f.path);
  switch (line.kind) {
    case 'patient':
      return 0;
    case 'claim':
      return 1;
    case 'encounter':
      return 2;
    case 'diagnosis':
      return 100 + line.index;
    case 'activity':
      return 1000 + line.index;
  }
}

/** Most severe first; within a severity, in claim order (patient, claim, encounter, diagnoses, activities). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || lineRank(a) - lineRank(b) || a.editId.localeCompare(b.editId) || a.key.localeCompare(b.key));
}

/** Counts for the panel header. */
export type FindingCounts = { reject: number; warn: number; info: number; notChecked: number; editFailed: number };

/** Counts findings by severity and status. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c: FindingCounts = { reject: 0, warn: 0, info: 0, notChecked: 0, editFailed: 0 };
  for (const f of findings) {
    if (f.status === 'edit-failed') c.editFailed += 1;
    else if (f.status === 'not-checked') c.notChecked += 1;
    else if (f.severity === 'reject') c.reject += 1;
    else if (f.severity === 'warn') c.warn += 1;
    else if (f.severity === 'info') c.info += 1;
  }
  return c;
}
