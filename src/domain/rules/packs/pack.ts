import { z } from 'zod';
import { isIsoDate } from '../../shared/dates';
import type { Issue, Result } from '../../shared/result';

/**
 * Rule packs: versioned tables that table-driven edits read (Excludes1 pairs,
 * CPT-to-diagnosis linkage, NCCI pairs, MUE values, age/sex lists…). A pack is
 * JSON with a header (id, name, kind, version, effective dates, source) and
 * entries whose shape depends on the kind. Packs are validated completely before
 * they are used; starter packs ship with the app, others are imported.
 */

const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');

export const packSourceSchema = z.object({
  document: z.string().min(1, 'the source document is required'),
  section: z.string().optional(),
  url: z.string().optional(),
});

export const packHeaderSchema = z.object({
  /** Stable id, kebab-case, e.g. `excludes1-starter`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens'),
  name: z.string().min(1),
  /** Which edits read it; decides the entry shape. */
  kind: z.string().min(1),
  version: z.string().min(1),
  effectiveFrom: isoDate,
  /** '' = open-ended. */
  effectiveTo: z.union([isoDate, z.literal('')]),
  source: packSourceSchema,
  description: z.string().default(''),
});

export type PackHeader = z.infer<typeof packHeaderSchema>;

export type RulePack<E = unknown> = PackHeader & { readonly entries: readonly E[] };

/** What each pack kind is and how its entries are validated. Registered by the edit families. */
export type PackKind<E> = {
  readonly kind: string;
  readonly title: string;
  /** One sentence on what the entries mean, for the pack editor. */
  readonly description: string;
  readonly entry: z.ZodType<E>;
  /**
   * Columns for the pack editor's table, in order (keys of an entry). `list` columns
   * hold string lists, edited as comma-separated text.
   */
  readonly columns: readonly {
    readonly key: string;
    readonly label: string;
    readonly list?: boolean;
    /** The allowed values: the editor offers them in a list. */
    readonly options?: readonly string[];
    /** An example shown in empty cells (e.g. `93306-93308, 93350`). */
    readonly placeholder?: string;
    /** Long free text (a source, a note): edited in a wider box. */
    readonly wide?: boolean;
  }[];
};

/** Defines a pack kind (identity; for type inference). */
export function definePackKind<E>(kind: PackKind<E>): PackKind<E> {
  return kind;
}

function zodIssues(error: z.ZodError, prefix: string): Issue[] {
  return error.issues.map((i) => {
    const where = [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/^\./, '');
    return { code: 'pack.invalid', message: `${where}: ${i.message}`, severity: 'error' as const, where };
  });
}

/**
 * Validates a pack (already parsed from JSON) against its kind. Every problem is
 * listed with where it is (e.g. `entries[12].code`), not just the first.
 * @example parsePack(json, [excludes1Kind]) //=> ok(pack) or err([{ message: 'entries[3].code: …' }])
 */
export function parsePack(raw: unknown, kinds: readonly PackKind<unknown>[]): Result<RulePack> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ code: 'pack.shape', message: 'Expected a JSON object with id, name, kind, version, effectiveFrom, effectiveTo, source and entries.', severity: 'error' }] };
  }
  const header = packHeaderSchema.safeParse(raw);
  const errors: Issue[] = header.success ? [] : zodIssues(header.error, '');
  const record = raw as Record<string, unknown>;
  const kind = kinds.find((k) => k.kind === record['kind']);
  if (header.success && !kind) {
    errors.push({ code: 'pack.kind', message: `kind: "${String(record['kind'])}" is not a pack kind this workbench reads (known: ${kinds.map((k) => k.kind).join(', ')}).`, severity: 'error', where: 'kind' });
  }
  if (header.success && header.data.effectiveTo !== '' && header.data.effectiveTo < header.data.effectiveFrom) {
    errors.push({ code: 'pack.dates', message: 'effectiveTo: the pack ends before it starts.', severity: 'error', where: 'effectiveTo' });
  }
  const entries = record['entries'];
  if (!Array.isArray(entries)) {
    errors.push({ code: 'pack.entries', message: 'entries: expected a list of entries.', severity: 'error', where: 'entries' });
    return { ok: false, errors };
  }
  const parsed: unknown[] = [];
  if (kind) {
    entries.forEach((e, i) => {
      const r = kind.entry.safeParse(e);
      if (r.success) parsed.push(r.data);
      else errors.push(...zodIssues(r.error, `entries[${i}]`));
    });
  }
  if (errors.length > 0 || !header.success) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, value: { ...header.data, entries: parsed } };
}

/**
 * Whether a pack is in force on a date (inclusive on both ends).
 * @example isInForce({ effectiveFrom: '2025-01-01', effectiveTo: '' }, '2025-10-05') //=> true
 */
export function isInForce(pack: Pick<PackHeader, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return pack.effectiveFrom <= date && (pack.effectiveTo === '' || date <= pack.effectiveTo);
}

/**
 * The enabled packs of a kind in force on a date of service, newest version first.
 */
export function packsInForce<E>(packs: readonly RulePack[], kind: string, date: string, disabled: ReadonlySet<string> = new Set()): RulePack<E>[] {
  return packs
    .filter((p) => p.kind === kind && !disabled.has(p.id) && date !== '' && isInForce(p, date))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0)) as RulePack<E>[];
}
