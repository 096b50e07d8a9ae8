import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { BUILT_IN_DRG_TABLES } from '@/data/drg';
import type { DrgWeightsTable, PartialDrgAssumptions, PaymentProfile, TariffTable } from '@/domain/drg';
import type { DrgEditData } from '@/domain/rules';
import type { Result } from '@/domain/shared/result';
import { openDrgTableStore, type DrgTableStore, type ManualDrg, type StoredDrgData } from '@/ui/lib/drg-table-store';

/**
 * The DRG reference data for the panel and the rules engine: Appendix A (built in) plus what
 * the user imported, saved and entered by hand, read from IndexedDB through react-query.
 * Every change goes through the store (which validates) and then refreshes the query.
 */

let storePromise: Promise<DrgTableStore> | null = null;
let storeFactory: IDBFactory | null = null;

/** One open store per page (a test swaps `indexedDB` for a fresh one, which reopens it). */
function store(): Promise<DrgTableStore> {
  if (!storePromise || storeFactory !== globalThis.indexedDB) {
    storeFactory = globalThis.indexedDB;
    storePromise = openDrgTableStore();
  }
  return storePromise;
}

export const drgDataQuery = queryOptions({
  queryKey: ['drg-data'],
  queryFn: async (): Promise<StoredDrgData> => (await store()).load(BUILT_IN_DRG_TABLES),
  staleTime: Infinity,
});

/** Id of the table that carries the DRGs entered by hand into the rules engine. */
export const MANUAL_DRGS_TABLE_ID = 'manual-drgs';

/**
 * The DRGs entered by hand as one weights table, so the claim edits can check a claim whose DRG
 * no imported table lists (the panel itself passes them as "Manual entry"). It comes after every
 * other table: a DRG a real table lists is never read from here.
 */
export function manualDrgsTable(entries: readonly ManualDrg[]): DrgWeightsTable {
  return {
    id: MANUAL_DRGS_TABLE_ID,
    label: 'DRGs entered by hand',
    version: '',
    effectiveFrom: '',
    effectiveTo: '',
    // Built-in ranks after imported tables on the same date (see tablesInEffect).
    origin: 'built-in',
    sourceNote: 'Entered in the DRG panel',
    rows: entries.map((m) => ({
      code: m.code,
      description: m.description,
      relativeWeight: m.relativeWeight,
      alos: m.alos || '0',
      lowTrim: m.lowTrim || '0',
      highTrim: m.highTrim || '0',
      mentalHealth: false,
      cahms: false,
    })),
  };
}

/**
 * The DRG tables and settings for the rules engine's context (`tables.drg`), with the DRGs entered
 * by hand as a last table, or `null` while they load; the same object until the data changes, so
 * the engine's memo holds.
 */
export function useDrgEditData(): DrgEditData | null {
  const { data } = useQuery(drgDataQuery);
  return useMemo(() => {
    if (!data) return null;
    const tables = data.manualDrgs.length === 0 ? data.tables : { ...data.tables, weights: [...data.tables.weights, manualDrgsTable(data.manualDrgs)] };
    return { tables, assumptions: data.assumptions };
  }, [data]);
}

/** The store's write operations, each refreshing the DRG data when it succeeds. */
export type DrgStoreActions = {
  saveWeightsTable: (table: DrgWeightsTable) => Promise<Result<void>>;
  saveTariff: (table: TariffTable) => Promise<Result<void>>;
  saveProfile: (profile: PaymentProfile) => Promise<Result<void>>;
  saveAssumptions: (assumptions: PartialDrgAssumptions) => Promise<Result<void>>;
  saveManualDrg: (entry: ManualDrg) => Promise<Result<void>>;
  deleteWeightsTable: (id: string) => Promise<void>;
  deleteTariff: (id: string) => Promise<void>;
  deleteProfile: (id: string) => Promise<void>;
  deleteManualDrg: (code: string) => Promise<void>;
};

/** Write access to the DRG store; the query refreshes after every change. */
export function useDrgStoreActions(): DrgStoreActions {
  const queryClient = useQueryClient();
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: drgDataQuery.queryKey }), [queryClient]);
  return useMemo(() => {
    const saving =
      <A,>(op: (s: DrgTableStore, arg: A) => Promise<Result<void>>) =>
      async (arg: A): Promise<Result<void>> => {
        const r = await op(await store(), arg);
        if (r.ok) await refresh();
        return r;
      };
    const deleting =
      (op: (s: DrgTableStore, key: string) => Promise<void>) =>
      async (key: string): Promise<void> => {
        await op(await store(), key);
        await refresh();
      };
    return {
      saveWeightsTable: saving((s, t: DrgWeightsTable) => s.saveWeightsTable(t)),
      saveTariff: saving((s, t: TariffTable) => s.saveTariff(t)),
      saveProfile: saving((s, p: PaymentProfile) => s.saveProfile(p)),
      saveAssumptions: saving((s, a: PartialDrgAssumptions) => s.saveAssumptions(a)),
      saveManualDrg: saving((s, m: ManualDrg) => s.saveManualDrg(m)),
      deleteWeightsTable: deleting((s, id) => s.deleteWeightsTable(id)),
      deleteTariff: deleting((s, id) => s.deleteTariff(id)),
      deleteProfile: deleting((s, id) => s.deleteProfile(id)),
      deleteManualDrg: deleting((s, code) => s.deleteManualDrg(code)),
    };
  }, [refresh]);
}
