import { z } from 'zod';
import { definePackKind, type RulePack } from '../packs/pack';
import { hasTableKind, icdRefSchema, packRef, refDisplay, refKey, type PackRef } from './code-ref';

/**
 * Codes that may only be reported as the first-listed (principal) diagnosis, such as
 * the Z codes of ICD-10-CM Official Guidelines I.C.21.c.16. A row names a code or
 * category (prefix), the codes under it that are exceptions (Z00 except Z00.6), how
 * firm the listing is (H = confirmed in two sources, M = likely), and a note.
 */
export type FirstListedEntry = {
  readonly code: string;
  readonly except: readonly string[];
  readonly confidence: 'H' | 'M';
  readonly note: string;
};

export const FIRST_LISTED_KIND = definePackKind<FirstListedEntry>({
  kind: 'first-listed-only',
  title: 'First-listed-only diagnoses',
  description:
    'Each row is a code or category that may only be reported as the first-listed (principal) diagnosis, with the codes under it that are exceptions, how firm the listing is (H confirmed, M likely) and a note.',
  entry: z.object({
    code: icdRefSchema,
    except: z.array(icdRefSchema).default([]),
    confidence: z.enum(['H', 'M']),
    note: z.string().trim().min(1, 'the note is required'),
  }),
  columns: [
    { key: 'code', label: 'Code or category' },
    { key: 'except', label: 'Except', list: true },
    { key: 'confidence', label: 'Confidence (H/M)' },
    { key: 'note', label: 'Note' },
  ],
});

/** The key of the first-listed-only index in `EditContext.tables`. */
export const FIRST_LISTED_TABLE = 'firstListedOnly';

export type FirstListedRule = {
  readonly display: string;
  readonly except: readonly string[];
  readonly confidence: 'H' | 'M';
  readonly note: string;
  readonly pack: PackRef;
};

export type FirstListedIndex = {
  readonly tableKind: 'first-listed-only';
  readonly packs: readonly PackRef[];
  readonly byPrefix: ReadonlyMap<string, FirstListedRule>;
};

/**
 * Indexes the first-listed-only packs in force (rows are pooled; the first pack's row wins for a prefix).
 * @example buildFirstListedIndex([starter]).byPrefix.get('Z00')?.except //=> ['Z006']
 */
export function buildFirstListedIndex(packs: readonly RulePack<FirstListedEntry>[]): FirstListedIndex {
  const byPrefix = new Map<string, FirstListedRule>();
  for (const pack of packs) {
    const ref = packRef(pack);
    for (const e of pack.entries) {
      const key = refKey(e.code);
      if (byPrefix.has(key)) continue;
      byPrefix.set(key, { display: refDisplay(e.code), except: e.except.map(refKey), confidence: e.confidence, note: e.note.trim(), pack: ref });
    }
  }
  return { tableKind: 'first-listed-only', packs: packs.map(packRef), byPrefix };
}

/** The first-listed-only index in a context's tables, when one is in force. */
export function firstListedFromTables(tables: Readonly<Record<string, unknown>>): FirstListedIndex | undefined {
  const value = tables[FIRST_LISTED_TABLE];
  return hasTableKind(value, 'first-listed-only') ? (value as FirstListedIndex) : undefined;
}

/**
 * The rule that makes a code first-listed-only, or `undefined` (the most specific row
 * wins; a code under one of its exceptions is not first-listed-only).
 * @example firstListedRuleFor(index, 'Z0000')?.display //=> 'Z00'
 * @example firstListedRuleFor(index, 'Z006') //=> undefined
 */
export function firstListedRuleFor(index: FirstListedIndex, key: string): FirstListedRule | undefined {
  for (let k = key.length; k >= 3; k--) {
    const rule = index.byPrefix.get(k === key.length ? key : key.slice(0, k));
    if (!rule) continue;
    return rule.except.some((x) => key.startsWith(x)) ? undefined : rule;
  }
  return undefined;
}
