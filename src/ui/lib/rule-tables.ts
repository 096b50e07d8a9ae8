import { buildRuleTables, type RulePack } from '@/domain/rules';
import { STARTER_PACKS } from '@/data/rule-packs';
import type { RulesState } from './rules-store';

/**
 * The rule tables the edits read (Excludes1, MCE, first-listed-only, symptom relations),
 * built from the rules state for one date of service: the starter packs the user has
 * not replaced, then the imported packs, minus the packs switched off. Built once per
 * rules state and date, then reused while the coder types elsewhere.
 */

/**
 * The packs in play: starter packs (unless an imported or edited pack has the same id),
 * then the imported packs. While the rules state is loading, the starter packs.
 * @example packsInPlay({ importedPacks: [{ pack: myMce, … }], … }) //=> [excludes1-starter, mce-starter, …, myMce]
 */
export function packsInPlay(state: RulesState | undefined): readonly RulePack[] {
  if (!state) return STARTER_PACKS;
  const imported = new Set(state.importedPacks.map((p) => p.pack.id));
  return [...STARTER_PACKS.filter((p) => !imported.has(p.id)), ...state.importedPacks.map((p) => p.pack)];
}

const cache = new WeakMap<RulesState, Map<string, Record<string, unknown>>>();
const loadingCache = new Map<string, Record<string, unknown>>();

/**
 * The `EditContext.tables` entries from rule packs for a date of service (`YYYY-MM-DD…`;
 * an unreadable date gives none, and the edits say why they did not run).
 * @example ruleTablesFor(rulesState, '2025-10-05T09:00') //=> { excludes1: {…}, mce: {…}, firstListedOnly: {…}, symptomDefinitive: {…} }
 */
export function ruleTablesFor(state: RulesState | undefined, dateOfService: string): Record<string, unknown> {
  const date = dateOfService.trim().slice(0, 10);
  const byDate = state ? (cache.get(state) ?? new Map<string, Record<string, unknown>>()) : loadingCache;
  if (state && !cache.has(state)) cache.set(state, byDate);
  const hit = byDate.get(date);
  if (hit) return hit;
  const tables = buildRuleTables(packsInPlay(state), date, new Set(state?.disabledPacks ?? []));
  if (byDate.size >= 8) byDate.clear();
  byDate.set(date, tables);
  return tables;
}
