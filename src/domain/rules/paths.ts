import type { DocPath } from './types';

/**
 * The form path of a document path (how the editor names its fields).
 * @example toFieldPath(['claim', 'activities', 2, 'code']) //=> 'claim.activities.2.code'
 */
export function toFieldPath(path: DocPath): string {
  return path.join('.');
}

/** Which line of the claim a finding is on, for grouping in the panel. */
export type LineRef =
  | { readonly kind: 'activity'; readonly index: number }
  | { readonly kind: 'diagnosis'; readonly index: number }
  | { readonly kind: 'patient' }
  | { readonly kind: 'encounter' }
  | { readonly kind: 'claim' };

/**
 * The line a path points into.
 * @example lineOf(['claim', 'activities', 2, 'code']) //=> { kind: 'activity', index: 2 }
 */
export function lineOf(path: DocPath): LineRef {
  const [root, part, index] = path;
  if (root === 'claim' && part === 'activities' && typeof index === 'number') return { kind: 'activity', index };
  if (root === 'claim' && part === 'diagnoses' && typeof index === 'number') return { kind: 'diagnosis', index };
  if (root === 'claim' && part === 'encounter') return { kind: 'encounter' };
  if (root === 'patient' || (root === 'claim' && (part === 'memberId' || part === 'emiratesIdNumber'))) return { kind: 'patient' };
  return { kind: 'claim' };
}

/** A line's label. @example lineLabel({ kind: 'activity', index: 2 }) //=> 'Activity 3' */
export function lineLabel(line: LineRef): string {
  switch (line.kind) {
    case 'activity':
      return `Activity ${line.index + 1}`;
    case 'diagnosis':
      return `Diagnosis ${line.index + 1}`;
    case 'patient':
      return 'Patient and payer';
    case 'encounter':
      return 'Encounter';
    case 'claim':
      return 'Claim';
  }
}
