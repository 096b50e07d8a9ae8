import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { buildProcedureTables, type RulePack } from '@/domain/rules';
import { STARTER_PACKS } from '@/data/rule-packs';
import { enabledReferenceTablesQuery } from './reference-table-store';
import { rulesStateQuery, type RulesState } from './rules-store';

/**
 * The rule packs in play: the starter packs the user has not replaced (an imported or
 * edited pack with the same id replaces one), then the imported packs.
 * @example procedurePacksInPlay(undefined) //=> STARTER_PACKS (while the rules state loads)
 */
export function procedurePacksInPlay(state: RulesState | undefined): readonly RulePack[] {
  if (!state) return STARTER_PACKS;
  const imported = new Set(state.importedPacks.map((p) => p.pack.id));
  return [...STARTER_PACKS.filter((p) => !imported.has(p.id)), ...state.importedPacks.map((p) => p.pack)];
}

/**
 * The procedure edits' tables for `EditContext.tables` (keys `procedureLinkage`,
 * `ncciPtp`, `mue`, `feeSchedule`): the packs in play that are switched on, and the
 * imported CMS tables that are switched on (read from IndexedDB once, kept by react-query).
 * While the imported tables load, the packs alone are used.
 */
export function useProcedureTables(): Record<string, unknown> {
  const rules = useQuery(rulesStateQuery);
  const imported = useQuery(enabledReferenceTablesQuery);
  return useMemo(
    () => buildProcedureTables({ packs: procedurePacksInPlay(rules.data), disabledPacks: new Set(rules.data?.disabledPacks ?? []), imported: imported.data?.tables ?? [] }),
    [rules.data, imported.data],
  );
}
