/**
 * ICD-10-CM chapters and blocks (sections): the two levels above the 3-character
 * category. The tables themselves live in src/data/codes/icd10cm-chapters.ts and
 * come in as arguments.
 */

/** A chapter of the ICD-10-CM tabular list, with its category range. */
export type IcdChapter = {
  /** 1–22. */
  readonly number: number;
  /** First and last 3-character category, inclusive (`A00`, `B99`). */
  readonly first: string;
  readonly last: string;
  readonly title: string;
};

/** A block (section) of categories inside a chapter, e.g. `I10-I16 Hypertensive diseases`. */
export type IcdBlock = {
  readonly first: string;
  readonly last: string;
  readonly title: string;
  readonly chapter: number;
  /**
   * Categories with a letter in third place that the tabular list prints inside this
   * block although they do not sort inside its range (C4A in C43-C44, M1A in M05-M14, Z3A in Z30-Z39).
   */
  readonly alsoIncludes?: readonly string[];
};

/** The chapter and block tables together. */
export type IcdClassificationTables = {
  readonly chapters: readonly IcdChapter[];
  readonly blocks: readonly IcdBlock[];
};

/** Finds the chapter and block of a category. Build once with {@link createIcdClassifier}. */
export type IcdClassifier = {
  chapterOf(code: string): IcdChapter | undefined;
  blockOf(code: string): IcdBlock | undefined;
};

const STANDARD_CATEGORY = /^[A-Z][0-9][0-9]$/;

/**
 * Builds a classifier over chapter and block tables.
 *
 * Categories such as `C7A` or `D3A` sort (in plain character order) inside a
 * neighbouring range they do not belong to, so a block that names a category (its
 * own `C7A-C7A` block or an `alsoIncludes` entry) wins over the ranges; ranges
 * whose printed end has a letter (`I30-I5A`, `O94-O9A`) compare in character order.
 *
 * @param tables the chapter and block tables (src/data/codes)
 * @example createIcdClassifier(tables).blockOf('R07.9')?.title //=> 'Symptoms and signs involving the circulatory and respiratory systems'
 */
export function createIcdClassifier(tables: IcdClassificationTables): IcdClassifier {
  const chapters = [...tables.chapters].sort((a, b) => (a.first < b.first ? -1 : 1));
  const rangeBlocks = tables.blocks.filter((b) => STANDARD_CATEGORY.test(b.first));
  rangeBlocks.sort((a, b) => (a.first < b.first ? -1 : 1));
  const named = new Map<string, IcdBlock>();
  for (const b of tables.blocks) {
    if (!STANDARD_CATEGORY.test(b.first) && b.first === b.last) named.set(b.first, b);
    for (const c of b.alsoIncludes ?? []) named.set(c, b);
  }

  function chapterOf(code: string): IcdChapter | undefined {
    const cat = code.slice(0, 3).toUpperCase();
    return chapters.find((c) => c.first <= cat && cat <= c.last);
  }

  function blockOf(code: string): IcdBlock | undefined {
    const cat = code.slice(0, 3).toUpperCase();
    const direct = named.get(cat);
    if (direct) return direct;
    // Binary search: the last block starting at or before the category.
    let lo = 0;
    let hi = rangeBlocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = rangeBlocks[mid]!;
      if (b.first <= cat) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const b = found === -1 ? undefined : rangeBlocks[found];
    return b && cat <= b.last ? b : undefined;
  }

  return { chapterOf, blockOf };
}
