import type { SpecificityHint } from '../../domain/codes';

/**
 * Exceptions to the "more specific siblings" rule (docs/adr/0022-unspecified-codes.md),
 * written by the team. The rule offers every billable sibling of an unspecified code;
 * where the ICD-10-CM category groups conditions that are not forms of the
 * unspecified one, the sibling is listed here so it is not offered as a fix.
 * Keys are canonical codes (no dot). Source: ICD-10-CM tabular list and index
 * (public domain): the index sends "Pain, chest" to R07.9 and its subterms to
 * R07.1, R07.2, R07.81, R07.82, R07.89; "Pain, throat" goes to R07.0.
 */
export const SPECIFICITY_HINTS: readonly SpecificityHint[] = [
  { code: 'R079', notMoreSpecific: ['R070'], reason: 'R07.0 is pain in the throat, not a kind of chest pain.' },
  {
    code: 'N390',
    notMoreSpecific: ['N393', 'N394', 'N398', 'N399'],
    reason: 'N39 groups other urinary disorders (incontinence); the more specific infections are cystitis (N30) and pyelonephritis (N10–N12), outside the family.',
  },
  { code: 'R109', notMoreSpecific: ['R100'], reason: 'R10.0 is acute abdomen, a clinical picture rather than a site of the pain.' },
];
