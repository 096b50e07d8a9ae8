import type { Edit, NotChecked, Params } from './types';

/**
 * Declares an edit. The identity function exists for type inference (the params
 * type flows from `check` to `explain`) and as the one place every edit passes through.
 * @example export const memberIdMissing = defineEdit({ id: 'CLM-MEMBER-ID', ... })
 */
export function defineEdit<P extends Params>(edit: Edit<P>): Edit<P> {
  return edit;
}

/** Whether a check result is a "not checked" answer. */
export function isNotChecked<T>(value: T | NotChecked): value is NotChecked {
  return typeof value === 'object' && value !== null && 'notChecked' in value;
}
