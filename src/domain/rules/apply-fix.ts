import type { EncounterDocument } from '../claim';
import type { DocPath, Fix, Patch } from './types';

type Container = Record<string, unknown> | unknown[];

/** Patch values are plain data (strings, arrays, records); copy them so documents never share them. */
function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v)])) as T;
  }
  return value;
}

function cloneAlong(root: EncounterDocument, path: DocPath): { copy: EncounterDocument; parent: Container; last: string | number } | undefined {
  const copy = { ...root } as unknown as Record<string, unknown>;
  let node: Container = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const child: unknown = (node as Record<string | number, unknown>)[key];
    if (typeof child !== 'object' || child === null) return undefined;
    const cloned: Container = Array.isArray(child) ? [...(child as unknown[])] : { ...(child as Record<string, unknown>) };
    (node as Record<string | number, unknown>)[key] = cloned;
    node = cloned;
  }
  return { copy: copy as unknown as EncounterDocument, parent: node, last: path[path.length - 1]! };
}

function applyOne(doc: EncounterDocument, patch: Patch): EncounterDocument {
  const at = cloneAlong(doc, patch.path);
  if (!at) return doc; // the path no longer exists (the document changed): nothing to do
  const { copy, parent, last } = at;
  switch (patch.op) {
    case 'set':
      (parent as Record<string | number, unknown>)[last] = cloneValue(patch.value);
      return copy;
    case 'remove':
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete (parent as Record<string, unknown>)[String(last)];
      return copy;
    case 'append': {
      const list = (parent as Record<string | number, unknown>)[last];
      if (!Array.isArray(list)) return doc;
      (parent as Record<string | number, unknown>)[last] = [...(list as unknown[]), cloneValue(patch.value)];
      return copy;
    }
  }
}

/**
 * Applies a fix to a document and returns the new document (the input is not changed).
 * Sets and appends run in order; removals run last, highest index first, so
 * indexes in one fix stay valid.
 * @example applyFix(doc, { label: 'Use R07.2', patches: [{ op: 'set', path: ['claim', 'diagnoses', 0, 'code'], value: 'R07.2' }] })
 */
export function applyFix(doc: EncounterDocument, fix: Fix): EncounterDocument {
  const removes = fix.patches.filter((p) => p.op === 'remove');
  const others = fix.patches.filter((p) => p.op !== 'remove');
  let next = doc;
  for (const p of others) next = applyOne(next, p);
  const ordered = [...removes].sort((a, b) => compareDesc(a.path, b.path));
  for (const p of ordered) next = applyOne(next, p);
  return next;
}

function compareDesc(a: DocPath, b: DocPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}
