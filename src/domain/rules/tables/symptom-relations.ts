import { z } from 'zod';
import { definePackKind, type RulePack } from '../packs/pack';
import { hasTableKind, icdPrefixes, icdRefSchema, packRef, refDisplay, refKey, type PackRef } from './code-ref';

/**
 * Which definitive diagnoses explain a symptom code (ICD-10-CM Official Guidelines
 * Section II.A and IV.D: a sign or symptom is not the principal diagnosis when a
 * related definitive diagnosis has been established). A row relates a symptom code
 * or category to the definitive categories it is routinely part of, with the reason.
 * Kept deliberately narrow: a relation is listed only where the symptom is an
 * integral feature of the condition (chest pain in acute coronary syndromes), never
 * merely "same body system" (chest pain and essential hypertension are not related).
 */
export type SymptomRelationEntry = {
  readonly symptom: string;
  readonly definitive: readonly string[];
  readonly basis: string;
};

export const SYMPTOM_RELATIONS_KIND = definePackKind<SymptomRelationEntry>({
  kind: 'symptom-definitive',
  title: 'Symptoms and the definitive diagnoses that explain them',
  description:
    'Each row relates a symptom code or category (R00–R99) to the definitive diagnosis categories it is an integral part of, with the reason. A symptom coded as principal next to one of them is flagged.',
  entry: z.object({
    symptom: icdRefSchema.refine((s) => refKey(s).startsWith('R'), 'expected a symptom code or category (R00–R99)'),
    definitive: z.array(icdRefSchema).min(1, 'name at least one definitive diagnosis'),
    basis: z.string().trim().min(1, 'say why they are related'),
  }),
  columns: [
    { key: 'symptom', label: 'Symptom' },
    { key: 'definitive', label: 'Definitive diagnoses', list: true },
    { key: 'basis', label: 'Why related' },
  ],
});

/** The key of the symptom-relations index in `EditContext.tables`. */
export const SYMPTOM_RELATIONS_TABLE = 'symptomDefinitive';

export type SymptomRelation = {
  readonly symptom: string;
  readonly definitive: readonly { readonly key: string; readonly display: string }[];
  readonly basis: string;
  readonly pack: PackRef;
};

export type SymptomRelationIndex = {
  readonly tableKind: 'symptom-definitive';
  readonly packs: readonly PackRef[];
  readonly bySymptom: ReadonlyMap<string, readonly SymptomRelation[]>;
};

/** Indexes the symptom-relation packs in force (rows are pooled). */
export function buildSymptomRelationIndex(packs: readonly RulePack<SymptomRelationEntry>[]): SymptomRelationIndex {
  const bySymptom = new Map<string, SymptomRelation[]>();
  for (const pack of packs) {
    const ref = packRef(pack);
    for (const e of pack.entries) {
      const key = refKey(e.symptom);
      const relation: SymptomRelation = {
        symptom: refDisplay(e.symptom),
        definitive: e.definitive.map((d) => ({ key: refKey(d), display: refDisplay(d) })),
        basis: e.basis.trim(),
        pack: ref,
      };
      const list = bySymptom.get(key);
      if (list) list.push(relation);
      else bySymptom.set(key, [relation]);
    }
  }
  return { tableKind: 'symptom-definitive', packs: packs.map(packRef), bySymptom };
}

/** The symptom-relation index in a context's tables, when one is in force. */
export function symptomRelationsFromTables(tables: Readonly<Record<string, unknown>>): SymptomRelationIndex | undefined {
  const value = tables[SYMPTOM_RELATIONS_TABLE];
  return hasTableKind(value, 'symptom-definitive') ? (value as SymptomRelationIndex) : undefined;
}

/** A definitive diagnosis on the claim that explains the principal symptom. */
export type SymptomMatch = { readonly line: number; readonly relation: SymptomRelation; readonly definitive: string };

/**
 * The first diagnosis (in claim order) that a relation names as a definitive
 * diagnosis of the symptom code `symptomKey`, or `undefined`.
 * @param keys canonical keys of the claim's diagnoses by line (`null` = not a code)
 * @example findDefinitive(index, 'R079', ['R079', 'I214']) //=> { line: 1, definitive: 'I21', relation: … }
 */
export function findDefinitive(index: SymptomRelationIndex, symptomKey: string, keys: readonly (string | null)[]): SymptomMatch | undefined {
  const relations = icdPrefixes(symptomKey).flatMap((p) => index.bySymptom.get(p) ?? []);
  if (relations.length === 0) return undefined;
  for (let line = 0; line < keys.length; line++) {
    const k = keys[line];
    if (k === null || k === undefined || k.startsWith('R')) continue;
    for (const relation of relations) {
      const d = relation.definitive.find((x) => k.startsWith(x.key));
      if (d) return { line, relation, definitive: d.display };
    }
  }
  return undefined;
}
