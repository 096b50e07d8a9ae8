import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * Marks the findings put on editor fields. The app publishes the current marks to a
 * store; each field subscribes to its own path (e.g. `claim.activities.1.code`), so a
 * keystroke re-renders only the fields whose marks changed, not the whole editor.
 */
export type FieldMark = {
  readonly key: string;
  readonly severity: 'reject' | 'warn' | 'info' | 'not-checked';
  readonly message: string;
};

export type FieldMarks = ReadonlyMap<string, readonly FieldMark[]>;

const NONE: readonly FieldMark[] = [];

export type FieldMarksStore = {
  get: (path: string) => readonly FieldMark[];
  subscribe: (listener: () => void) => () => void;
  /** Publishes new marks; paths whose marks did not change keep the same array. */
  set: (marks: FieldMarks) => void;
};

const signature = (marks: readonly FieldMark[]) => marks.map((m) => `${m.key}|${m.severity}|${m.message}`).join('\n');

/** A marks store (one per open draft). */
export function createFieldMarksStore(): FieldMarksStore {
  let current = new Map<string, readonly FieldMark[]>();
  const listeners = new Set<() => void>();
  return {
    get: (path) => current.get(path) ?? NONE,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (marks) => {
      let changed = marks.size !== current.size;
      const next = new Map<string, readonly FieldMark[]>();
      for (const [path, list] of marks) {
        const before = current.get(path);
        if (before && signature(before) === signature(list)) next.set(path, before);
        else {
          next.set(path, list);
          changed = true;
        }
      }
      if (!changed) return;
      current = next;
      listeners.forEach((l) => l());
    },
  };
}

const EMPTY_STORE = createFieldMarksStore();

export const FieldMarksContext = createContext<FieldMarksStore>(EMPTY_STORE);

/** The marks on one field path; re-renders only when they change. */
export function useFieldMarks(path: string): readonly FieldMark[] {
  const store = useContext(FieldMarksContext);
  return useSyncExternalStore(store.subscribe, () => store.get(path), () => NONE);
}
