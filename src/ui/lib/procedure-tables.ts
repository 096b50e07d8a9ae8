import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { buildProcedureTables } from '@/domain/rules';
import { enabledReferenceTablesQuery } from './reference-table-store';
import { packsInPlay } from './rule-tables';
import { rulesStateQuery } from './rules-store';

/**
 * The procedure edits' tables for `EditContext.tables` (keys `procedureLinkage`,
 * `ncciPtp`, `mue`, `feeSchedule`): the packs in play that are switched on, and the
 * imported CMS tables that are switched on (read from IndexedDB once, kept by react-query).
 * While the imported tables load, the packs alone are used. The lookups take the date
 * of service per call, so the tables are built once per rules state, not per date.
 */
export function useProcedureTables(): Record<string, unknown> {
  const rules = useQuery(rulesStateQuery);
  const imported = useQuery(enabledReferenceTablesQuery);
  return useMemo(
    () => buildProcedureTables({ packs: packsInPlay(rules.data), disabledPacks: new Set(rules.data?.disabledPacks ?? []), imported: imported.data?.tables ?? [] }),
    [rules.data, imported.data],
  );
}
