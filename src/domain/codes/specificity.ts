/**
 * The "unspecified code" rule. See docs/adr/0022-unspecified-codes.md.
 *
 * A billable code is **unspecified** when its long title says so: the word
 * "unspecified", "NOS" / "not otherwise specified", or "not specified"
 * (N39.0 "Urinary tract infection, site not specified").
 *
 * A billable code is the **default** of its family when its last significant
 * character is 9, its title says "without …" and a sibling says "with …": the code
 * a coder reaches when nothing more is documented (E11.9 "Type 2 diabetes mellitus
 * without complications", K21.9). It is not wrong, but a reviewer may ask whether
 * the record supports a sibling.
 *
 * The siblings offered as more specific are the billable codes under the code's
 * siblings (same 7th character for injury codes) whose titles leave fewer things
 * unspecified: for S62.009D (unspecified fracture, unspecified wrist) that is
 * S62.001D (unspecified fracture, right wrist).
 *
 * "Ends in 9" alone is not a rule: in FY2022, 208 billable codes end in 9 without
 * being unspecified or "other" (M61.09 "…, multiple sites", R29.729 "NIHSS score 29",
 * G40.109 "…, without status epilepticus"), so the title decides.
 */

/** How specific a billable code is. */
export type SpecificityLevel = 'specific' | 'unspecified' | 'default';

/** Why a code got its level. */
export type SpecificityBasis = 'title-unspecified' | 'title-nos' | 'title-not-specified' | 'without-default';

/** A curated exception: siblings that are not more specific forms of an unspecified code. */
export type SpecificityHint = {
  /** Canonical key of the unspecified code, e.g. `R079`. */
  readonly code: string;
  /** Canonical keys of siblings (or sibling headers) that are a different condition. */
  readonly notMoreSpecific: readonly string[];
  readonly reason: string;
};

/**
 * Which words of a title mark it unspecified, or `null`.
 * @example unspecifiedBasis('Chest pain, unspecified') //=> 'title-unspecified'
 * @example unspecifiedBasis('Urinary tract infection, site not specified') //=> 'title-not-specified'
 * @example unspecifiedBasis('Essential (primary) hypertension') //=> null
 */
export function unspecifiedBasis(title: string): Exclude<SpecificityBasis, 'without-default'> | null {
  if (/\bunspecified\b/i.test(title)) return 'title-unspecified';
  if (/(^|[\s,(])NOS\b/.test(title) || /\bnot otherwise specified\b/i.test(title)) return 'title-nos';
  if (/\bnot specified\b/i.test(title)) return 'title-not-specified';
  return null;
}

/**
 * How many things a title leaves unspecified ("Unspecified fracture of … unspecified wrist" → 2).
 * A sibling is offered as more specific only when it leaves fewer unspecified than the code.
 * @example unspecifiedCount('Unspecified fracture of navicular [scaphoid] bone of unspecified wrist, sequela') //=> 2
 */
export function unspecifiedCount(title: string): number {
  return (title.match(/\bunspecified\b|\bnot otherwise specified\b|\bnot specified\b/gi)?.length ?? 0) + (title.match(/(^|[\s,(])NOS\b/g)?.length ?? 0);
}

/**
 * The 7th character of an ICD-10-CM code when it is an extension (encounter,
 * fetus) rather than part of the subcategory: a letter (S62.001A), or any 7th
 * character after a placeholder X (O32.1XX0). E08.3211 (laterality in 7th place)
 * has none.
 * @example extensionCharacter('S62001A') //=> 'A'
 * @example extensionCharacter('E083211') //=> null
 */
export function extensionCharacter(code: string): string | null {
  if (code.length !== 7) return null;
  const seventh = code[6]!;
  if (/[A-Z]/.test(seventh)) return seventh;
  return code.slice(3, 6).includes('X') ? seventh : null;
}

/**
 * The node of the hierarchy an ICD-10-CM code hangs from when its 7th character
 * is an extension: the first six characters without placeholder X's.
 * @example extensionStem('T1501XA') //=> 'T1501'
 * @example extensionStem('S62001A') //=> 'S62001'
 */
export function extensionStem(code: string): string {
  return code.slice(0, 6).replace(/X+$/, '');
}
