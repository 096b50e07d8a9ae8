import type { CodeEntry, CodeRelease, CodeSet, CodeSystem } from './code-types';
import { createIcdClassifier, type IcdBlock, type IcdChapter, type IcdClassificationTables, type IcdClassifier } from './icd-classification';
import { icdDisplay, toLookupKey } from './normalize-code';
import { extensionCharacter, extensionStem, unspecifiedBasis, unspecifiedCount, type SpecificityBasis, type SpecificityHint, type SpecificityLevel } from './specificity';

/** Tables a view needs besides its entries (they come from src/data/codes). */
export type CodeSetContext = {
  /** ICD-10-CM chapters and blocks, for `describe`. */
  readonly icd?: IcdClassificationTables;
  /** Curated exceptions to the more-specific-siblings rule. */
  readonly specificityHints?: readonly SpecificityHint[];
};

/** A code with everything above it, for the lookup box and the explanation of a finding. */
export type CodeDetails = {
  readonly entry: CodeEntry;
  readonly system: CodeSystem;
  readonly release: Pick<CodeRelease, 'id' | 'label' | 'effectiveFrom' | 'effectiveTo'>;
  readonly chapter?: IcdChapter;
  readonly block?: IcdBlock;
  /** The 3-character category (the entry itself for a category). */
  readonly category?: CodeEntry;
  /** Headers between the category and the code, outermost first. */
  readonly subcategories: readonly CodeEntry[];
  /** The nearest header above the code. */
  readonly parent?: CodeEntry;
};

/** A code with its parent, its siblings (same parent, itself excluded) and its children, sorted by code. */
export type CodeFamily = {
  readonly entry: CodeEntry;
  readonly parent?: CodeEntry;
  readonly siblings: readonly CodeEntry[];
  readonly children: readonly CodeEntry[];
};

/** How specific a billable code is, and the billable siblings that say more. */
export type Specificity = {
  readonly level: SpecificityLevel;
  readonly basis: SpecificityBasis | null;
  /** Billable codes next to this one that say more (with the same 7th character for injury codes); empty for `specific`. */
  readonly moreSpecific: readonly CodeEntry[];
};

/** The valid 7th characters of a stem, as the release holds them. */
export type SeventhCharacterInfo = {
  /** The 6-character stem that takes the 7th character, placeholder X's included (`T1501X`). */
  readonly stem: string;
  readonly stemDisplay: string;
  /** `true` when the typed code is shorter than 6 characters, so X placeholders were added. */
  readonly placeholder: boolean;
  readonly characters: readonly { readonly char: string; readonly entry: CodeEntry }[];
};

/**
 * One release, indexed for the rules engine and the UI. Every method takes a code
 * as typed (`r07.9`, `R079`, ` R07.9 `) and answers synchronously from in-memory
 * maps (a lookup is a string normalisation and a hash lookup).
 */
export interface CodeSetView {
  readonly release: CodeRelease;
  readonly system: CodeSystem;
  /** Entries sorted by canonical code. */
  readonly entries: readonly CodeEntry[];
  /** The entry of a typed code (code, header or modifier), or `undefined`. */
  lookup(typed: string): CodeEntry | undefined;
  /** The entry with its chapter, block, category, subcategories and release. */
  describe(typed: string): CodeDetails | undefined;
  /** Whether the code exists, may be reported, and (when a date is given) is valid on that date by its own dates. */
  isBillable(typed: string, dateOfService?: string): boolean;
  /** Whether the code exists as a header (needs more characters). */
  isHeader(typed: string): boolean;
  /** Whether the code's own dates (HCPCS add/termination, local codes) cover the date; `true` when it has none. */
  isActiveOn(typed: string, dateOfService: string): boolean;
  /** The modifier entry of a typed modifier (`lt` → LT). */
  modifier(typed: string): CodeEntry | undefined;
  /** Billable codes under a header or prefix (which need not exist itself), sorted; the fixes to offer for a header. */
  billableDescendants(typed: string, limit?: number): readonly CodeEntry[];
  family(typed: string): CodeFamily | undefined;
  /** Specificity of a billable code; `undefined` for headers and unknown codes. */
  specificity(typed: string): Specificity | undefined;
  /** Whether a billable code is unspecified by its title (see {@link Specificity}). */
  isUnspecified(typed: string): boolean;
  /** Whether a typed code is a header whose codes take a 7th character (S62.001, T15.01, W19). */
  requiresSeventhCharacter(typed: string): boolean;
  /** The valid 7th characters for the stem of a typed code, or `undefined` when it takes none. */
  seventhCharacter(typed: string): SeventhCharacterInfo | undefined;
  /** Billable codes made by inserting placeholder X's before the typed 7th character (T15.01A → T15.01XA). */
  suggestWithPlaceholder(typed: string): readonly CodeEntry[];
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Indexes a code set for synchronous lookups.
 *
 * @param codeSet a release and its entries
 * @param context ICD chapter/block tables and specificity hints (src/data/codes)
 * @returns the view
 * @example createCodeSetView(starterIcd, context).isBillable('r07.9') //=> true
 */
export function createCodeSetView(codeSet: CodeSet, context: CodeSetContext = {}): CodeSetView {
  const { release } = codeSet;
  const system = release.system;
  const isIcd = system === 'icd10cm';
  const entries = [...codeSet.entries].sort((a, b) => compareCodes(a.code, b.code));
  const keys = entries.map((e) => e.code);
  const index = new Map<string, number>();
  entries.forEach((e, i) => index.set(e.code, i));
  const n = entries.length;

  // Parent of each entry: the longest shorter prefix that is an entry (ICD only).
  const parentIdx = new Int32Array(n).fill(-1);
  const childCount = new Int32Array(n);
  if (isIcd) {
    for (let i = 0; i < n; i++) {
      const code = keys[i]!;
      for (let k = code.length - 1; k >= 3; k--) {
        const p = index.get(code.slice(0, k));
        if (p !== undefined) {
          parentIdx[i] = p;
          childCount[p]! += 1;
          break;
        }
      }
    }
  }
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = childStart[i]! + childCount[i]!;
  const childList = new Int32Array(childStart[n]!);
  const fill = childStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = parentIdx[i]!;
    if (p !== -1) childList[fill[p]!++] = i;
  }

  // Valid 7th characters per 6-character stem.
  const seventh = new Map<string, number[]>();
  if (isIcd) {
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      if (e.code.length !== 7 || !e.billable) continue;
      const stem = e.code.slice(0, 6);
      let list = seventh.get(stem);
      if (!list) seventh.set(stem, (list = []));
      list.push(i);
    }
  }

  const hints = new Map<string, Set<string>>();
  for (const h of context.specificityHints ?? []) hints.set(h.code, new Set(h.notMoreSpecific));
  const classifier: IcdClassifier | undefined = isIcd && context.icd ? createIcdClassifier(context.icd) : undefined;

  function key(typed: string): string {
    return index.has(typed) ? typed : toLookupKey(system, typed);
  }
  function indexOf(typed: string): number | undefined {
    const direct = index.get(typed);
    return direct !== undefined ? direct : index.get(toLookupKey(system, typed));
  }
  function lookup(typed: string): CodeEntry | undefined {
    const i = indexOf(typed);
    return i === undefined ? undefined : entries[i];
  }
  function children(i: number): CodeEntry[] {
    const out: CodeEntry[] = [];
    for (let c = childStart[i]!; c < childStart[i + 1]!; c++) out.push(entries[childList[c]!]!);
    return out;
  }
  function lowerBound(k: string): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  function descendantsOf(prefix: string, limit = Infinity): CodeEntry[] {
    const out: CodeEntry[] = [];
    if (prefix === '') return out;
    for (let i = lowerBound(prefix); i < n && out.length < limit; i++) {
      const e = entries[i]!;
      if (!e.code.startsWith(prefix)) break;
      if (e.code !== prefix && e.billable) out.push(e);
    }
    return out;
  }
  function activeOn(e: CodeEntry, date: string): boolean {
    const d = date.slice(0, 10);
    if (e.effectiveFrom !== undefined && d < e.effectiveFrom) return false;
    if (e.effectiveTo !== undefined && d > e.effectiveTo) return false;
    return true;
  }

  function describe(typed: string): CodeDetails | undefined {
    const i = indexOf(typed);
    if (i === undefined) return undefined;
    const entry = entries[i]!;
    const ancestors: CodeEntry[] = [];
    for (let p = parentIdx[i]!; p !== -1; p = parentIdx[p]!) ancestors.unshift(entries[p]!);
    const category = isIcd ? (entry.code.length === 3 ? entry : ancestors.find((a) => a.code.length === 3)) : undefined;
    const chapter = classifier?.chapterOf(entry.code);
    const block = classifier?.blockOf(entry.code);
    const parent = ancestors[ancestors.length - 1];
    return {
      entry,
      system,
      release: { id: release.id, label: release.label, effectiveFrom: release.effectiveFrom, effectiveTo: release.effectiveTo },
      ...(chapter ? { chapter } : {}),
      ...(block ? { block } : {}),
      ...(category ? { category } : {}),
      subcategories: ancestors.filter((a) => a !== category),
      ...(parent ? { parent } : {}),
    };
  }

  function family(typed: string): CodeFamily | undefined {
    const i = indexOf(typed);
    if (i === undefined) return undefined;
    const p = parentIdx[i]!;
    return {
      entry: entries[i]!,
      ...(p !== -1 ? { parent: entries[p]! } : {}),
      siblings: p === -1 ? [] : children(p).filter((e) => e !== entries[i]),
      children: children(i),
    };
  }

  function specificity(typed: string): Specificity | undefined {
    const i = indexOf(typed);
    if (i === undefined) return undefined;
    const entry = entries[i]!;
    if (!entry.billable) return undefined;
    const basisFromTitle = unspecifiedBasis(entry.longTitle);
    if (!isIcd) return { level: basisFromTitle ? 'unspecified' : 'specific', basis: basisFromTitle, moreSpecific: [] };
    const ext = extensionCharacter(entry.code);
    const nodeIdx = ext === null ? i : index.get(extensionStem(entry.code));
    const parent = nodeIdx === undefined ? -1 : parentIdx[nodeIdx]!;
    const siblings = parent === -1 ? [] : children(parent).filter((e) => e !== entries[nodeIdx!]);
    let level: SpecificityLevel = 'specific';
    let basis: SpecificityBasis | null = basisFromTitle;
    if (basisFromTitle) level = 'unspecified';
    else {
      const node = entries[nodeIdx ?? i]!;
      const titleSaysWith = (e: CodeEntry) => /\bwith\b/i.test(e.longTitle) || (!e.billable && descendantsOf(e.code, 1).some((d) => /\bwith\b/i.test(d.longTitle)));
      if (node.code.endsWith('9') && /\bwithout\b/i.test(entry.longTitle) && siblings.some(titleSaysWith)) {
        level = 'default';
        basis = 'without-default';
      }
    }
    if (level === 'specific') return { level, basis: null, moreSpecific: [] };
    const excluded = hints.get(entry.code) ?? hints.get(entries[nodeIdx ?? i]!.code);
    const ownCount = Math.max(unspecifiedCount(entry.longTitle), 1);
    const found: CodeEntry[] = [];
    for (const s of siblings) {
      if (excluded?.has(s.code)) continue;
      const leaves = s.billable ? [s] : descendantsOf(s.code);
      for (const leaf of leaves) {
        if (ext !== null && (leaf.code.length !== 7 || leaf.code[6] !== ext)) continue;
        if (unspecifiedCount(leaf.longTitle) >= ownCount) continue;
        found.push(leaf);
      }
    }
    found.sort((a, b) => compareCodes(a.code, b.code));
    return { level, basis, moreSpecific: found };
  }

  function seventhCharacter(typed: string): SeventhCharacterInfo | undefined {
    if (!isIcd) return undefined;
    const k = key(typed);
    if (k.length < 3 || k.length > 7) return undefined;
    const stem = k.length === 7 ? k.slice(0, 6) : k.padEnd(6, 'X');
    const list = seventh.get(stem);
    if (!list) return undefined;
    return {
      stem,
      stemDisplay: icdDisplay(stem),
      placeholder: k.length < 6,
      characters: list.map((idx) => ({ char: keys[idx]![6]!, entry: entries[idx]! })),
    };
  }

  return {
    release,
    system,
    entries,
    lookup,
    describe,
    isBillable(typed, dateOfService) {
      const e = lookup(typed);
      if (!e || !e.billable) return false;
      return dateOfService === undefined ? true : activeOn(e, dateOfService);
    },
    isHeader(typed) {
      const e = lookup(typed);
      return e !== undefined && !e.billable && e.kind === 'code';
    },
    isActiveOn(typed, dateOfService) {
      const e = lookup(typed);
      return e !== undefined && activeOn(e, dateOfService);
    },
    modifier(typed) {
      const e = index.get(typed.trim().toUpperCase());
      const entry = e === undefined ? undefined : entries[e];
      return entry?.kind === 'modifier' ? entry : undefined;
    },
    billableDescendants(typed, limit) {
      return descendantsOf(key(typed), limit);
    },
    family,
    specificity,
    isUnspecified(typed) {
      return specificity(typed)?.level === 'unspecified';
    },
    requiresSeventhCharacter(typed) {
      const k = key(typed);
      if (k.length >= 7) return false;
      const e = lookup(k);
      if (e?.billable) return false;
      return seventhCharacter(k) !== undefined;
    },
    seventhCharacter,
    suggestWithPlaceholder(typed) {
      if (!isIcd) return [];
      const k = key(typed);
      if (k.length < 4 || k.length > 6 || lookup(k)?.billable) return [];
      const candidate = k.slice(0, -1).padEnd(6, 'X') + k[k.length - 1]!;
      const e = lookup(candidate);
      return e?.billable ? [e] : [];
    },
  };
}
