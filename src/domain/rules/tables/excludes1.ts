import { z } from 'zod';
import { definePackKind, type RulePack } from '../packs/pack';
import { hasTableKind, icdRefSchema, packRef, refDisplay, refKey, type PackRef } from './code-ref';

/**
 * Excludes1 pairs: an Excludes1 note at `code` ("NOT CODED HERE") names `excluded`.
 * The two are not reported together, unless the two conditions are unrelated to
 * each other (ICD-10-CM Official Guidelines I.A.12.a). A note at a category or
 * subcategory applies to every code below it, so both sides are prefixes.
 */
export type Excludes1Entry = {
  /** The code or category the note sits at, e.g. `E11`. */
  readonly code: string;
  /** The code or category the note excludes, e.g. `O24.4-`. */
  readonly excluded: string;
  /** The note as the tabular words it, e.g. `gestational diabetes (O24.4-)`. */
  readonly note: string;
};

export const EXCLUDES1_KIND = definePackKind<Excludes1Entry>({
  kind: 'excludes1',
  title: 'ICD-10-CM Excludes1 pairs',
  description:
    'Each row is one Excludes1 note of the ICD-10-CM tabular list: the code or category the note sits at, the code or category it excludes, and the note text. A category applies to every code below it.',
  entry: z.object({ code: icdRefSchema, excluded: icdRefSchema, note: z.string().trim().min(1, 'the note text is required') }),
  columns: [
    { key: 'code', label: 'Note at' },
    { key: 'excluded', label: 'Excludes1' },
    { key: 'note', label: 'Tabular note' },
  ],
});

/** The key of the Excludes1 index in `EditContext.tables`. */
export const EXCLUDES1_TABLE = 'excludes1';

/** One side of a pair as the index files it under the other side's prefix. */
export type Excludes1Rule = {
  /** The partner prefix (canonical) another diagnosis must start with. */
  readonly partner: string;
  /** Where the note sits (display form, e.g. `E11`) and what it excludes (e.g. `O24.4-`). */
  readonly noteAt: string;
  readonly excluded: string;
  readonly note: string;
  readonly pack: PackRef;
};

export type Excludes1Index = {
  readonly tableKind: 'excludes1';
  readonly packs: readonly PackRef[];
  readonly pairCount: number;
  /** Canonical prefix → the rules filed under it (both directions of every pair). */
  readonly byPrefix: ReadonlyMap<string, readonly Excludes1Rule[]>;
};

/**
 * Indexes the Excludes1 packs in force (their pairs are pooled; a pair listed twice counts once).
 * @example buildExcludes1Index([starterPack]).byPrefix.get('E11') //=> [{ partner: 'E10', noteAt: 'E11', excluded: 'E10.-', … }, …]
 */
export function buildExcludes1Index(packs: readonly RulePack<Excludes1Entry>[]): Excludes1Index {
  const byPrefix = new Map<string, Excludes1Rule[]>();
  const seen = new Set<string>();
  let pairCount = 0;
  const add = (at: string, rule: Excludes1Rule) => {
    const list = byPrefix.get(at);
    if (list) list.push(rule);
    else byPrefix.set(at, [rule]);
  };
  for (const pack of packs) {
    const ref = packRef(pack);
    for (const e of pack.entries) {
      const a = refKey(e.code);
      const b = refKey(e.excluded);
      const id = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (a === b || seen.has(id)) continue;
      seen.add(id);
      pairCount += 1;
      const base = { noteAt: refDisplay(e.code), excluded: refDisplay(e.excluded), note: e.note.trim(), pack: ref };
      add(a, { ...base, partner: b });
      add(b, { ...base, partner: a });
    }
  }
  return { tableKind: 'excludes1', packs: packs.map(packRef), pairCount, byPrefix };
}

/** The Excludes1 index in a context's tables, when one is in force. */
export function excludes1FromTables(tables: Readonly<Record<string, unknown>>): Excludes1Index | undefined {
  const value = tables[EXCLUDES1_TABLE];
  return hasTableKind(value, 'excludes1') ? (value as Excludes1Index) : undefined;
}

/** Two diagnoses of a claim that an Excludes1 note keeps apart. */
export type Excludes1Match = { readonly first: number; readonly second: number; readonly rule: Excludes1Rule };

/**
 * The Excludes1 pairs among a claim's diagnosis codes, each pair of lines once (the first
 * rule found), in claim order: per code, one hash lookup per prefix, then a prefix test
 * against the other lines for each rule found (claims have a handful of diagnoses).
 *
 * @param index the Excludes1 index in force
 * @param keys canonical keys of the claim's diagnoses, by line (`null` = not a code)
 * @example matchExcludes1(index, ['E119', 'E109']) //=> [{ first: 0, second: 1, rule: { noteAt: 'E11', excluded: 'E10.-', … } }]
 */
export function matchExcludes1(index: Excludes1Index, keys: readonly (string | null)[]): Excludes1Match[] {
  const found = new Map<number, Excludes1Match>();
  keys.forEach((k, i) => {
    if (k === null) return;
    for (let len = 3; len <= k.length; len++) {
      const rules = index.byPrefix.get(len === k.length ? k : k.slice(0, len));
      if (!rules) continue;
      for (const rule of rules) {
        keys.forEach((other, j) => {
          if (other === null || j === i || other === k || !other.startsWith(rule.partner)) return;
          const first = Math.min(i, j);
          const second = Math.max(i, j);
          const id = first * 10000 + second;
          if (!found.has(id)) found.set(id, { first, second, rule });
        });
      }
    }
  });
  return [...found.values()].sort((a, b) => a.first - b.first || a.second - b.second);
}
