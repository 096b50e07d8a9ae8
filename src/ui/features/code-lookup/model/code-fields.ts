import type { CodeSystem } from '@/domain/codes';
import type { CodeFieldSystem } from '@/ui/components/code-input';

/**
 * The code fields on screen and which one the coder is editing, so the lookup
 * dialog can insert a code "into the field being edited" without the editor knowing
 * about the lookup. Each combobox registers itself while mounted.
 */

/** What the lookup needs of a code field. */
export type CodeFieldHandle = {
  /** The input's DOM id. */
  readonly id: string;
  readonly systems: readonly CodeSystem[];
  /** Date of service of the field (ISO), when there is one. */
  readonly dateOfService: string | undefined;
  /** The field's current text. */
  value(): string;
  /** Puts a code in the field, as if the coder had picked it. */
  insert(code: string): void;
};

const fields = new Map<string, CodeFieldHandle>();
let lastFocused: string | null = null;

/** Registers a field while it is mounted; returns the unregister function. */
export function registerCodeField(handle: CodeFieldHandle): () => void {
  fields.set(handle.id, handle);
  return () => {
    if (fields.get(handle.id) === handle) fields.delete(handle.id);
  };
}

/** Marks a field as the one being edited. */
export function markCodeFieldFocused(id: string): void {
  lastFocused = id;
}

/**
 * The field a looked-up code goes into: the code field edited last, else the first
 * empty field for the system (say, the blank principal diagnosis), else none.
 */
export function targetCodeField(system?: CodeSystem): CodeFieldHandle | null {
  const last = lastFocused ? fields.get(lastFocused) : undefined;
  if (last && (!system || last.systems.includes(system))) return last;
  for (const f of fields.values()) {
    if ((!system || f.systems.includes(system)) && f.value().trim() === '') return f;
  }
  return null;
}

/** The visible name of a field (its label's text), for "inserts into …". */
export function codeFieldName(id: string): string {
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  return label?.textContent?.replace(/\s+/g, ' ').trim() || 'the code field';
}

/**
 * Which code sets a field's suggestions come from: ICD-10-CM for diagnoses; CPT,
 * HCPCS or local codes for activities by their type. DRG and other fields get none.
 * @example searchSystemsFor('HCPCS') //=> ['hcpcs']
 */
export function searchSystemsFor(system: CodeFieldSystem): readonly CodeSystem[] {
  switch (system) {
    case 'ICD-10-CM':
      return ICD;
    case 'CPT':
      return CPT;
    case 'HCPCS':
      return HCPCS;
    case 'LOCAL':
      return LOCAL;
    case 'DRG':
    case 'OTHER':
      return NONE;
  }
}

const ICD: readonly CodeSystem[] = ['icd10cm'];
const CPT: readonly CodeSystem[] = ['cpt'];
const HCPCS: readonly CodeSystem[] = ['hcpcs'];
const LOCAL: readonly CodeSystem[] = ['local'];
const NONE: readonly CodeSystem[] = [];
