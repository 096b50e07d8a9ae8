import { z } from 'zod';
import { definePackKind, type RulePack } from '../packs/pack';
import { hasTableKind, icdRefSchema, packRef, refKey, type PackRef } from './code-ref';

/**
 * The Medicare Code Editor (MCE) diagnosis lists the workbench reads: the age and
 * sex conflict lists, the manifestation codes that may not be principal, and the
 * unacceptable and questionable principal diagnoses. Codes are exact (MCE lists
 * billable codes one by one, never categories).
 */
export const MCE_LISTS = ['newborn', 'pediatric', 'maternity', 'adult', 'female', 'male', 'manifestation', 'unacceptable-principal', 'questionable-admission'] as const;
export type MceList = (typeof MCE_LISTS)[number];

/** An inclusive range of ages in completed years on the date of service. */
export type AgeRange = { readonly min: number; readonly max: number };

/**
 * What each list means and where it is in the MCE. Age ranges are the MCE's own
 * (Definitions of Medicare Code Edits, v37; ../shared/docs/domain.md §5.7):
 * newborn 0, pediatric 0–17, maternity 9–64 (12–55 before v36), adult 15–124.
 */
export const MCE_LIST_INFO: Readonly<Record<MceList, { readonly label: string; readonly section: string; readonly editType: string; readonly ages?: AgeRange }>> = {
  newborn: { label: 'newborn', section: '4A', editType: 'Newborn_Only', ages: { min: 0, max: 0 } },
  pediatric: { label: 'pediatric', section: '4B', editType: 'Pediatric_Only', ages: { min: 0, max: 17 } },
  maternity: { label: 'maternity', section: '4C', editType: 'Maternity_Only', ages: { min: 9, max: 64 } },
  adult: { label: 'adult', section: '4D', editType: 'Adult_Only', ages: { min: 15, max: 124 } },
  female: { label: 'female-only', section: '5A', editType: 'Female_Only' },
  male: { label: 'male-only', section: '5C', editType: 'Male_Only' },
  manifestation: { label: 'manifestation (not principal)', section: '6', editType: 'Principal_Manifestation' },
  'unacceptable-principal': { label: 'unacceptable principal diagnosis', section: '9', editType: 'Principal_Unacceptable' },
  'questionable-admission': { label: 'questionable admission', section: '8A', editType: 'Principal_Questionable_Admit' },
};

/** The age lists, in MCE order. */
export const MCE_AGE_LISTS = ['newborn', 'pediatric', 'maternity', 'adult'] as const satisfies readonly MceList[];

export type MceEntry = {
  readonly list: MceList;
  /** The ICD-10-CM code (with or without the dot). */
  readonly code: string;
  /** The MCE's (abbreviated) title, when the pack carries it. */
  readonly title?: string | undefined;
};

export const MCE_KIND = definePackKind<MceEntry>({
  kind: 'mce',
  title: 'MCE diagnosis lists (age, sex, manifestation)',
  description:
    'Each row puts one ICD-10-CM code on one Medicare Code Editor list: newborn (age 0), pediatric (0–17), maternity (9–64), adult (15–124), female, male, manifestation (never principal), unacceptable-principal or questionable-admission.',
  entry: z.object({ list: z.enum(MCE_LISTS), code: icdRefSchema, title: z.string().optional() }),
  columns: [
    { key: 'list', label: 'List' },
    { key: 'code', label: 'Code' },
    { key: 'title', label: 'Title (MCE)' },
  ],
});

/** The key of the MCE index in `EditContext.tables`. */
export const MCE_TABLE = 'mce';

export type MceIndex = {
  readonly tableKind: 'mce';
  readonly pack: PackRef;
  /** Canonical code → the lists it is on. */
  readonly lists: ReadonlyMap<string, readonly MceList[]>;
  /** Canonical code → the MCE title, when the pack has one. */
  readonly titles: ReadonlyMap<string, string>;
  readonly counts: Readonly<Record<MceList, number>>;
};

/**
 * Indexes one MCE pack (lists of different MCE versions are never mixed: a newer
 * version removes codes as well as adding them).
 * @example buildMceIndex(starterMce).lists.get('O80') //=> ['maternity', 'female']
 */
export function buildMceIndex(pack: RulePack<MceEntry>): MceIndex {
  const lists = new Map<string, MceList[]>();
  const titles = new Map<string, string>();
  const counts = Object.fromEntries(MCE_LISTS.map((l) => [l, 0])) as Record<MceList, number>;
  for (const e of pack.entries) {
    const key = refKey(e.code);
    const on = lists.get(key);
    if (on?.includes(e.list)) continue;
    if (on) on.push(e.list);
    else lists.set(key, [e.list]);
    counts[e.list] += 1;
    if (e.title && !titles.has(key)) titles.set(key, e.title);
  }
  return { tableKind: 'mce', pack: packRef(pack), lists, titles, counts };
}

/** The MCE index in a context's tables, when an MCE pack is in force. */
export function mceFromTables(tables: Readonly<Record<string, unknown>>): MceIndex | undefined {
  const value = tables[MCE_TABLE];
  return hasTableKind(value, 'mce') ? (value as MceIndex) : undefined;
}

/** The lists a canonical code is on (empty when none). @example mceListsOf(index, 'N400') //=> ['adult', 'male'] */
export function mceListsOf(index: MceIndex, key: string): readonly MceList[] {
  return index.lists.get(key) ?? [];
}
