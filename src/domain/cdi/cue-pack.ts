import { z } from 'zod';
import type { Issue, Result } from '../shared/result';

/**
 * CDI cue packs: the vocabularies the note scanner reads (documentation cues,
 * negation and uncertainty triggers, condition terms per code family). They are
 * data written and reviewed by the team, validated completely before use, and can
 * be exported, edited and imported by a reviewer — no vocabulary lives in code.
 */

const term = z.string().trim().min(1, 'a term cannot be empty');
const terms = z.array(term);

export const CUE_KINDS = ['laterality', 'acuity', 'diabetes', 'episode', 'trimester', 'site', 'character'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const CUE_KIND_LABELS: Readonly<Record<CueKind, string>> = {
  laterality: 'Laterality',
  acuity: 'Acuity',
  diabetes: 'Diabetes type and complication',
  episode: 'Episode of care',
  trimester: 'Trimester',
  site: 'Site',
  character: 'Character',
};

export const cueSchema = z.object({
  kind: z.enum(CUE_KINDS),
  /** The value the cue documents, e.g. `right`, `acute on chronic`, `initial`. */
  value: z.string().min(1),
  terms: terms.min(1, 'a cue needs at least one term'),
});
export type Cue = z.infer<typeof cueSchema>;

/** A reference to a cue: `{ kind, value }`, e.g. laterality right. */
export const cueRefSchema = z.object({ kind: z.enum(CUE_KINDS), value: z.string().min(1) });
export type CueRef = z.infer<typeof cueRefSchema>;

/**
 * A more specific code of a family and what the note must say for it: any of its
 * terms, or any of its cues, in a sentence that mentions the condition.
 */
export const specificFormSchema = z.object({
  code: z.string().min(1),
  label: z.string().min(1),
  terms: terms.default([]),
  cues: z.array(cueRefSchema).default([]),
});
export type SpecificForm = z.infer<typeof specificFormSchema>;

export const familySchema = z.object({
  /** Stable id, kebab-case (e.g. `chest-pain`). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens'),
  label: z.string().min(1),
  /** `dx` ICD-10-CM diagnosis codes; `act` CPT/HCPCS activity codes. */
  system: z.enum(['dx', 'act']).default('dx'),
  /** Code prefixes without dots (`R07`, `E11`, `93000`); a code belongs to the family with the longest matching prefix. */
  codes: z.array(z.string().regex(/^[A-Z0-9]+$/, 'expected a code prefix without dot, upper case')).min(1),
  /** Words and phrases that mention the condition or service. */
  terms: terms.min(1, 'a family needs at least one term'),
  /** Codes of the family that leave out what `specific` forms document. */
  unspecified: z.array(z.string()).default([]),
  specific: z.array(specificFormSchema).default([]),
  /**
   * Code prefixes whose presence means the condition is already accounted for (a
   * symptom integral to a coded definitive diagnosis): no "possibly missing" prompt.
   */
  integralTo: z.array(z.string()).default([]),
  /** False: never prompt that this family may be missing (e.g. services, routine findings). */
  prompt: z.boolean().default(true),
});
export type CodeFamily = z.infer<typeof familySchema>;

export const triggersSchema = z.object({
  /** Triggers before the mention ("no", "denies", "suspected"). */
  before: terms,
  /** Triggers after the mention ("was ruled out", "is suspected"). */
  after: terms.default([]),
});

export const cuePackSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens'),
  name: z.string().min(1),
  kind: z.literal('cdi-cues'),
  version: z.string().min(1),
  source: z.object({ document: z.string().min(1, 'the source document is required'), section: z.string().optional(), url: z.string().optional() }),
  description: z.string().default(''),
  /** How many words a trigger reaches (NegEx uses five). */
  window: z.number().int().min(1).max(20).default(5),
  /** Words that end a trigger's reach inside a sentence ("but", "however"). */
  terminators: terms.default([]),
  negation: triggersSchema,
  uncertainty: triggersSchema,
  /** Words of code titles that say nothing about the condition ("other", "unspecified"), left out when a title is matched word by word. */
  titleStopWords: terms.default([]),
  cues: z.array(cueSchema),
  families: z.array(familySchema),
});
export type CuePack = z.infer<typeof cuePackSchema>;

export const queryTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  /** `open` = open-ended question; `choice` = multiple choice (the builder always adds "Other" and "Clinically undetermined"). */
  format: z.enum(['open', 'choice']),
  /** What it is for: a code with no support, a specificity gap, a documented condition with no code, an uncertain diagnosis. */
  use: z.enum(['not-found', 'specificity', 'missing', 'uncertain', 'any']),
  /** The text; placeholders: {{condition}}, {{code}}, {{indicators}}, {{options}}, {{reviewer}}. */
  body: z.string().min(1),
});
export type QueryTemplate = z.infer<typeof queryTemplateSchema>;

export const queryPackSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens'),
  name: z.string().min(1),
  kind: z.literal('cdi-queries'),
  version: z.string().min(1),
  source: z.object({ document: z.string().min(1, 'the source document is required'), section: z.string().optional(), url: z.string().optional() }),
  description: z.string().default(''),
  templates: z.array(queryTemplateSchema).min(1),
});
export type QueryPack = z.infer<typeof queryPackSchema>;

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const where = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return { code: 'cdi-pack.invalid', message: where ? `${where}: ${i.message}` : i.message, severity: 'error' as const, where };
  });
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * Validates a cue pack (already parsed from JSON). Every problem is listed with
 * where it is; family ids must be unique and specific forms must name cues the pack defines.
 * @example parseCuePack(JSON.parse(text)) //=> { ok: true, value: pack } or { ok: false, errors: [{ message: 'families[2].codes[0]: …' }] }
 */
export function parseCuePack(raw: unknown): Result<CuePack> {
  const parsed = cuePackSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
  const pack = parsed.data;
  const errors: Issue[] = [];
  for (const id of duplicates(pack.families.map((f) => f.id))) {
    errors.push({ code: 'cdi-pack.duplicate', message: `families: the id "${id}" is used more than once.`, severity: 'error', where: 'families' });
  }
  const known = new Set(pack.cues.map((c) => `${c.kind}:${c.value}`));
  pack.families.forEach((f, fi) =>
    f.specific.forEach((s, si) =>
      s.cues.forEach((c, ci) => {
        if (!known.has(`${c.kind}:${c.value}`)) {
          const where = `families[${fi}].specific[${si}].cues[${ci}]`;
          errors.push({ code: 'cdi-pack.cue', message: `${where}: the pack has no ${c.kind} cue "${c.value}".`, severity: 'error', where });
        }
      }),
    ),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: pack };
}

/**
 * Validates a query template pack (already parsed from JSON).
 * @example parseQueryPack(JSON.parse(text)).ok //=> true
 */
export function parseQueryPack(raw: unknown): Result<QueryPack> {
  const parsed = queryPackSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
  const dup = duplicates(parsed.data.templates.map((t) => t.id));
  if (dup.length > 0) return { ok: false, errors: dup.map((id) => ({ code: 'cdi-pack.duplicate', message: `templates: the id "${id}" is used more than once.`, severity: 'error' as const, where: 'templates' })) };
  return { ok: true, value: parsed.data };
}
