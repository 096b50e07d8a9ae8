import { z } from 'zod';
import { linkKey } from '../../claim';
import { definePackKind, isInForce, type RulePack } from '../packs/pack';

/**
 * CPT–diagnosis linkage (medical necessity) packs: for procedure codes or ranges,
 * the diagnoses that support them and those that do not, each entry with its source
 * and the denial code it predicts. Read by ACT-DX-NOT-SUPPORTED.
 *
 * Pattern grammar (what a coder types in the pack editor):
 * - procedures: a code (`93306`) or a range of codes of the same length (`93306-93308`);
 * - diagnoses: a code with or without its dot (`R07.2`, `R072`), which also covers the
 *   codes under it (`I50` covers `I50.9`; `Z00.0` covers `Z00.00` and `Z00.01`); a
 *   trailing `*` says the same thing explicitly (`I50.*`); or a range (`R00-R09`),
 *   compared on as many characters as each bound has (`I20-I25` covers `I25.10`).
 */

/** The `EditContext.tables` key of the linkage table. */
export const LINKAGE_TABLE = 'procedureLinkage';

const PROCEDURE_CODE = /^[0-9A-Z]{4}[0-9A-Z]$/;
const ICD_CODE = /^[A-Z][0-9][0-9A-Z](?:\.?[0-9A-Z]{1,4})?\.?$/;

/** The comparable form of a diagnosis pattern bound: upper case, no dot, no `*`. */
function dxKey(raw: string): string {
  return linkKey(raw).replace(/\*$/, '');
}

function splitRange(raw: string): [string, string] | null {
  const parts = raw.split('-').map((p) => p.trim());
  return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
}

/**
 * Why a procedure pattern is not valid, or `null` when it is.
 * @example procedurePatternProblem('93306-93308') //=> null
 * @example procedurePatternProblem('93308-93306') //=> 'the range 93308-93306 ends before it starts'
 */
export function procedurePatternProblem(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  if (s.includes('-')) {
    const r = splitRange(s);
    if (!r || !PROCEDURE_CODE.test(r[0]) || !PROCEDURE_CODE.test(r[1])) return `"${raw}" is not a range of two 5-character CPT/HCPCS codes (e.g. 93306-93308)`;
    if (r[0] > r[1]) return `the range ${s} ends before it starts`;
    return null;
  }
  return PROCEDURE_CODE.test(s) ? null : `"${raw}" is not a 5-character CPT/HCPCS code or range (e.g. 93306 or 93306-93308)`;
}

/**
 * Why a diagnosis pattern is not valid, or `null` when it is.
 * @example diagnosisPatternProblem('R00-R09') //=> null
 * @example diagnosisPatternProblem('chest pain') //=> '"chest pain" is not an ICD-10-CM code, code with *, or range (e.g. R07.2, I50.*, R00-R09)'
 */
export function diagnosisPatternProblem(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  const bad = `"${raw}" is not an ICD-10-CM code, code with *, or range (e.g. R07.2, I50.*, R00-R09)`;
  if (s.includes('-')) {
    const r = splitRange(s);
    if (!r || !ICD_CODE.test(r[0]) || !ICD_CODE.test(r[1])) return bad;
    if (dxKey(r[0]) > dxKey(r[1]).padEnd(dxKey(r[0]).length, 'Z')) return `the range ${s} ends before it starts`;
    return null;
  }
  const body = s.replace(/\.?\*$/, '');
  return ICD_CODE.test(body) ? null : bad;
}

const procedurePattern = z.string().superRefine((v, c) => {
  const p = procedurePatternProblem(v);
  if (p) c.addIssue({ code: 'custom', message: p });
});
const diagnosisPattern = z.string().superRefine((v, c) => {
  const p = diagnosisPatternProblem(v);
  if (p) c.addIssue({ code: 'custom', message: p });
});

export const linkageEntrySchema = z
  .object({
    /** What the procedures are, in plain words (e.g. "Transthoracic echocardiography"). */
    title: z.string({ error: 'give the procedure family a name' }).min(1, 'give the procedure family a name'),
    procedures: z.array(procedurePattern).min(1, 'list at least one procedure code or range'),
    /** Diagnoses that support the procedures; empty = any diagnosis not listed as non-supporting. */
    supports: z.array(diagnosisPattern).default([]),
    /** Diagnoses that never support them on their own (e.g. a routine examination). */
    notSupporting: z.array(diagnosisPattern).default([]),
    /** The denial a payer gives when the link fails. */
    denial: z.enum(['MNEC-004', 'MNEC-003']),
    /** The public policy the entry was written from, or "team-written from …". */
    source: z.string({ error: 'name the source of the entry' }).min(1, 'name the source of the entry'),
    note: z.string().optional(),
  })
  .refine((e) => e.supports.length + e.notSupporting.length > 0, { message: 'list at least one supporting or non-supporting diagnosis', path: ['supports'] });

export type LinkageEntry = z.infer<typeof linkageEntrySchema>;

/** The pack kind of linkage packs. */
export const LINKAGE_KIND = definePackKind<LinkageEntry>({
  kind: 'procedure-linkage',
  title: 'CPT–diagnosis linkage (medical necessity)',
  description:
    'Each row: procedure codes or ranges, the diagnoses that support them (codes cover the codes under them; ranges like R00-R09) and those that do not, the denial a payer gives (MNEC-004 or MNEC-003) and the public source of the row.',
  entry: linkageEntrySchema,
  columns: [
    { key: 'title', label: 'Procedure family', wide: true },
    { key: 'procedures', label: 'Procedure codes or ranges', list: true, placeholder: '93306-93308, 93350' },
    { key: 'supports', label: 'Supporting diagnoses', list: true, placeholder: 'R07, R00-R09, I50.*' },
    { key: 'notSupporting', label: 'Not supporting', list: true, placeholder: 'Z00.0, Z09' },
    { key: 'denial', label: 'Predicted denial', options: ['MNEC-004', 'MNEC-003'] },
    { key: 'source', label: 'Source', placeholder: 'CMS NCD … or team-written from …', wide: true },
    { key: 'note', label: 'Note', wide: true },
  ],
});

type CompiledDx = { readonly prefix: string } | { readonly lo: string; readonly hi: string };

function compileDx(raw: string): CompiledDx {
  const s = raw.trim().toUpperCase();
  const r = s.includes('-') ? splitRange(s) : null;
  return r ? { lo: dxKey(r[0]), hi: dxKey(r[1]) } : { prefix: dxKey(s) };
}

function matchesDx(key: string, p: CompiledDx): boolean {
  if ('prefix' in p) return key.startsWith(p.prefix);
  return key.slice(0, p.lo.length) >= p.lo && key.slice(0, p.hi.length) <= p.hi;
}

/** A linkage entry of a pack, compiled for matching. */
export type LinkageRule = {
  readonly entry: LinkageEntry;
  /** 0-based position in its pack. */
  readonly index: number;
  readonly pack: Pick<RulePack, 'id' | 'name' | 'version' | 'effectiveFrom' | 'effectiveTo'>;
  readonly supports: readonly CompiledDx[];
  readonly notSupporting: readonly CompiledDx[];
};

/** How one diagnosis stands against a rule. */
export type LinkageVerdict = 'supports' | 'not-supporting' | 'unlisted';

/**
 * Whether a diagnosis supports the procedures of a rule: listed as non-supporting
 * wins; an entry without a supporting list accepts every other diagnosis.
 * @example linkageVerdict(echoRule, 'Z00.00') //=> 'not-supporting'
 * @example linkageVerdict(echoRule, 'R07.2') //=> 'supports'
 */
export function linkageVerdict(rule: LinkageRule, diagnosis: string): LinkageVerdict {
  const key = linkKey(diagnosis);
  if (key === '') return 'unlisted';
  if (rule.notSupporting.some((p) => matchesDx(key, p))) return 'not-supporting';
  if (rule.supports.length === 0 || rule.supports.some((p) => matchesDx(key, p))) return 'supports';
  return 'unlisted';
}

/** The linkage rules of the enabled packs, by procedure code. */
export type LinkageTable = {
  readonly kind: 'procedure-linkage';
  /** The packs it was built from. */
  readonly packs: readonly Pick<RulePack, 'id' | 'name' | 'version' | 'effectiveFrom' | 'effectiveTo'>[];
  /** Whether any pack is in force on a date (`YYYY-MM-DD`). */
  inForceOn(date: string): boolean;
  /** The rules of the packs in force on the date that cover a procedure code. */
  rulesFor(code: string, date: string): LinkageRule[];
};

/**
 * Compiles linkage packs into a table looked up by procedure code (exact codes
 * through a map, ranges by comparison).
 *
 * @param packs enabled packs of kind `procedure-linkage` (others are ignored)
 * @example buildLinkageTable([starterLinkage]).rulesFor('93306', '2025-10-05')[0]?.entry.title //=> 'Transthoracic echocardiography'
 */
export function buildLinkageTable(packs: readonly RulePack[]): LinkageTable {
  const exact = new Map<string, LinkageRule[]>();
  const ranges: { lo: string; hi: string; rule: LinkageRule }[] = [];
  const used = packs.filter((p) => p.kind === LINKAGE_KIND.kind);
  for (const pack of used) {
    const header = { id: pack.id, name: pack.name, version: pack.version, effectiveFrom: pack.effectiveFrom, effectiveTo: pack.effectiveTo };
    (pack.entries as readonly LinkageEntry[]).forEach((entry, index) => {
      const rule: LinkageRule = { entry, index, pack: header, supports: entry.supports.map(compileDx), notSupporting: entry.notSupporting.map(compileDx) };
      for (const raw of entry.procedures) {
        const s = raw.trim().toUpperCase();
        const r = s.includes('-') ? splitRange(s) : null;
        if (r) ranges.push({ lo: r[0], hi: r[1], rule });
        else exact.set(s, [...(exact.get(s) ?? []), rule]);
      }
    });
  }
  return {
    kind: 'procedure-linkage',
    packs: used.map((p) => ({ id: p.id, name: p.name, version: p.version, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo })),
    inForceOn: (date) => date !== '' && used.some((p) => isInForce(p, date)),
    rulesFor(code, date) {
      const c = code.trim().toUpperCase();
      const found = [...(exact.get(c) ?? []), ...ranges.filter((r) => r.lo.length === c.length && r.lo <= c && c <= r.hi).map((r) => r.rule)];
      return date === '' ? [] : found.filter((r, i) => isInForce(r.pack, date) && found.indexOf(r) === i);
    },
  };
}

/**
 * A short list of a rule's patterns for messages (`R00-R09, R07, I20-I25, … (12 in all)`).
 * @example summarizePatterns(['I10', 'I11', 'I12']) //=> 'I10, I11, I12'
 */
export function summarizePatterns(patterns: readonly string[], max = 8): string {
  if (patterns.length <= max) return patterns.join(', ');
  return `${patterns.slice(0, max).join(', ')}, … (${patterns.length} in all)`;
}

/**
 * The linkage table in a rules-engine context, when it is there.
 * @example linkageTableFrom({ procedureLinkage: table }) //=> table
 */
export function linkageTableFrom(tables: Readonly<Record<string, unknown>>): LinkageTable | undefined {
  const t = tables[LINKAGE_TABLE];
  return typeof t === 'object' && t !== null && 'kind' in t && t.kind === 'procedure-linkage' ? (t as LinkageTable) : undefined;
}
