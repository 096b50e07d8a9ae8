import { isIsoDate } from '../../shared/dates';
import { packsInForce, type RulePack } from '../packs/pack';
import { buildExcludes1Index, EXCLUDES1_KIND, EXCLUDES1_TABLE, type Excludes1Entry } from './excludes1';
import { buildFirstListedIndex, FIRST_LISTED_KIND, FIRST_LISTED_TABLE, type FirstListedEntry } from './first-listed';
import { buildMceIndex, MCE_KIND, MCE_TABLE, type MceEntry } from './mce';
import { buildSymptomRelationIndex, SYMPTOM_RELATIONS_KIND, SYMPTOM_RELATIONS_TABLE, type SymptomRelationEntry } from './symptom-relations';

/**
 * The `EditContext.tables` keys the ICD-10-CM edits read, and the pack kind behind each.
 * (`codeCatalog` comes from the code sets, not from packs: see src/domain/codes.)
 */
export const RULE_TABLE_KEYS = {
  [EXCLUDES1_TABLE]: EXCLUDES1_KIND.kind,
  [MCE_TABLE]: MCE_KIND.kind,
  [FIRST_LISTED_TABLE]: FIRST_LISTED_KIND.kind,
  [SYMPTOM_RELATIONS_TABLE]: SYMPTOM_RELATIONS_KIND.kind,
} as const;

/**
 * The newest pack of a kind in force; on equal effective dates the one given later
 * wins (callers list imported packs after the starter packs, so an import replaces
 * the starter pack it covers).
 */
function newest<E>(inForce: readonly RulePack<E>[]): RulePack<E> | undefined {
  let best: RulePack<E> | undefined;
  for (const p of inForce) if (!best || p.effectiveFrom >= best.effectiveFrom) best = p;
  return best;
}

/**
 * Builds the rule tables for one date of service: for every pack kind the ICD-10-CM
 * edits read, the indexes of the enabled packs in force on that date. A kind with no
 * pack in force gets no key, and the edits that need it report "not checked".
 *
 * Excludes1, first-listed-only and symptom-relation packs are pooled (a user pack adds
 * rows to the starter pack); MCE lists are never mixed: the newest MCE pack in force
 * is used alone.
 *
 * @param packs starter packs first, then imported packs (an imported pack with a starter pack's id should already have replaced it)
 * @param dateOfService `YYYY-MM-DD` (or a timestamp; its date is used); anything else → no tables
 * @param disabled ids of packs switched off on the Rules page
 * @example buildRuleTables(STARTER_PACKS, '2025-10-05') //=> { excludes1: {…}, mce: {…}, firstListedOnly: {…}, symptomDefinitive: {…} }
 */
export function buildRuleTables(packs: readonly RulePack[], dateOfService: string, disabled: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const date = dateOfService.trim().slice(0, 10);
  if (!isIsoDate(date)) return {};
  // packsInForce sorts newest first and keeps the given order on ties; restore "given order" for `newest`.
  const inForce = <E>(kind: string) => {
    const list = packsInForce<E>(packs, kind, date, disabled);
    return [...list].sort((a, b) => packs.indexOf(a) - packs.indexOf(b));
  };
  const tables: Record<string, unknown> = {};
  const excludes1 = inForce<Excludes1Entry>(EXCLUDES1_KIND.kind);
  if (excludes1.length > 0) tables[EXCLUDES1_TABLE] = buildExcludes1Index(excludes1);
  const mce = newest(inForce<MceEntry>(MCE_KIND.kind));
  if (mce) tables[MCE_TABLE] = buildMceIndex(mce);
  const firstListed = inForce<FirstListedEntry>(FIRST_LISTED_KIND.kind);
  if (firstListed.length > 0) tables[FIRST_LISTED_TABLE] = buildFirstListedIndex(firstListed);
  const symptoms = inForce<SymptomRelationEntry>(SYMPTOM_RELATIONS_KIND.kind);
  if (symptoms.length > 0) tables[SYMPTOM_RELATIONS_TABLE] = buildSymptomRelationIndex(symptoms);
  return tables;
}
