import { z } from 'zod';
import { icdDisplay, normalizeIcdKey } from '../../codes';
import type { RulePack } from '../packs/pack';

/**
 * An ICD-10-CM code or category as a pack entry holds it: with or without the dot,
 * with or without the trailing "-" the tabular uses for "a code under this one"
 * (`E11`, `O24.4-`, `R07.9`). Tables store the canonical key (`O244`).
 */
export const icdRefSchema = z
  .string()
  .refine((s) => normalizeIcdKey(s) !== null, 'expected an ICD-10-CM code or category such as E11, O24.4- or R07.9');

/** The pack a table row came from, for citations in findings. */
export type PackRef = { readonly id: string; readonly name: string; readonly version: string };

/** @example packRef(pack) //=> { id: 'excludes1-starter', name: 'Excludes1 pairs (starter)', version: 'FY2026.1' } */
export function packRef(pack: RulePack): PackRef {
  return { id: pack.id, name: pack.name, version: pack.version };
}

/**
 * The canonical key of a reference (its validity was checked by {@link icdRefSchema}).
 * @example refKey('O24.4-') //=> 'O244'
 */
export function refKey(ref: string): string {
  return normalizeIcdKey(ref) ?? ref.trim().toUpperCase();
}

/**
 * Every prefix of a canonical ICD-10-CM key from the category down to the code itself:
 * the keys under which category-level and subcategory-level notes are filed.
 * @example icdPrefixes('E1165') //=> ['E11', 'E116', 'E1165']
 */
export function icdPrefixes(key: string): string[] {
  const out: string[] = [];
  for (let k = 3; k <= key.length; k++) out.push(key.slice(0, k));
  return out;
}

/**
 * How a reference reads in a message: as the pack wrote it, tidied (upper case, the dot after the third character).
 * @example refDisplay(' o24.4- ') //=> 'O24.4-'
 * @example refDisplay('E10-') //=> 'E10.-'
 * @example refDisplay('E11') //=> 'E11'
 */
export function refDisplay(ref: string): string {
  const t = ref.trim().toUpperCase();
  const key = refKey(t);
  if (!t.endsWith('-')) return icdDisplay(key);
  return key.length === 3 ? `${key}.-` : `${icdDisplay(key)}-`;
}

/** Whether a table value carries the given kind tag (tables travel untyped in `EditContext.tables`). */
export function hasTableKind(value: unknown, kind: string): boolean {
  return typeof value === 'object' && value !== null && 'tableKind' in value && (value).tableKind === kind;
}
