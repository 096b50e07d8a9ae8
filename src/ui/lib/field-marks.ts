import { createContext, useContext } from 'react';

/**
 * Marks the findings panel puts on editor fields. The app fills the context from
 * the rules engine's findings; the editor reads it by field path (e.g.
 * `claim.activities.1.code`) without knowing where the marks come from.
 */
export type FieldMark = {
  readonly key: string;
  readonly severity: 'reject' | 'warn' | 'info' | 'not-checked';
  readonly message: string;
};

export type FieldMarks = ReadonlyMap<string, readonly FieldMark[]>;

export const FieldMarksContext = createContext<FieldMarks>(new Map());

const NONE: readonly FieldMark[] = [];

/** The marks on one field path. */
export function useFieldMarks(path: string): readonly FieldMark[] {
  return useContext(FieldMarksContext).get(path) ?? NONE;
}
