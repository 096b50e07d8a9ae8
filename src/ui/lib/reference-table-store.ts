import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { queryOptions } from '@tanstack/react-query';
import { parseStoredReferenceTable, type ReferenceTable, type ReferenceTableMeta } from '@/domain/rules';
import type { Issue } from '@/domain/shared/result';

/**
 * Imported CMS reference tables (NCCI PTP, MUE, PFS RVU indicators), kept in this
 * browser's IndexedDB (`workbench-reference-tables`). The list entries and the data are
 * in separate stores so the list reads without loading a 40 MB PTP table; the data is
 * stored as the domain's compact form (typed arrays clone into IndexedDB as they are).
 * See docs/adr/0050-ncci-ptp-compact-table.md.
 */
export const REFERENCE_DB_NAME = 'workbench-reference-tables';

type ReferenceDb = DBSchema & {
  meta: { key: string; value: ReferenceTableMeta };
  data: { key: string; value: unknown };
};

let dbPromise: Promise<IDBPDatabase<ReferenceDb>> | null = null;
let dbFactory: IDBFactory | null = null;

function db(): Promise<IDBPDatabase<ReferenceDb>> {
  if (!dbPromise || dbFactory !== globalThis.indexedDB) {
    dbFactory = globalThis.indexedDB;
    dbPromise = openDB<ReferenceDb>(REFERENCE_DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore('meta', { keyPath: 'id' });
        database.createObjectStore('data');
      },
    });
  }
  return dbPromise;
}

/** The loaded tables, newest import first (without their data). */
export async function listReferenceTables(): Promise<ReferenceTableMeta[]> {
  const all = await (await db()).getAll('meta');
  return all.sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : a.id.localeCompare(b.id)));
}

/** One table with its data, checked; `null` when it is not stored. */
export async function getReferenceTable(id: string): Promise<{ table: ReferenceTable } | { problem: Issue } | null> {
  const database = await db();
  const [meta, data] = await Promise.all([database.get('meta', id), database.get('data', id)]);
  if (!meta) return null;
  const r = parseStoredReferenceTable(meta, data);
  return r.ok ? { table: r.value } : { problem: r.errors[0]! };
}

/** The switched-on tables with their data (what the edits read); unreadable ones are returned as problems, never thrown. */
export async function loadEnabledReferenceTables(): Promise<{ tables: ReferenceTable[]; problems: Issue[] }> {
  const metas = (await listReferenceTables()).filter((m) => m.enabled);
  const tables: ReferenceTable[] = [];
  const problems: Issue[] = [];
  for (const m of metas) {
    const r = await getReferenceTable(m.id);
    if (r && 'table' in r) tables.push(r.table);
    else if (r) problems.push(r.problem);
  }
  return { tables, problems };
}

/** Stores a table (replacing one with the same id), list entry and data in one transaction. */
export async function saveReferenceTable(table: ReferenceTable): Promise<void> {
  const tx = (await db()).transaction(['meta', 'data'], 'readwrite');
  await Promise.all([tx.objectStore('data').put(table.data, table.meta.id), tx.objectStore('meta').put(table.meta), tx.done]);
}

/** Switches a table on or off (its data stays stored). */
export async function setReferenceTableEnabled(id: string, enabled: boolean): Promise<void> {
  const database = await db();
  const meta = await database.get('meta', id);
  if (meta) await database.put('meta', { ...meta, enabled });
}

/** Removes a table and its data. */
export async function deleteReferenceTable(id: string): Promise<void> {
  const tx = (await db()).transaction(['meta', 'data'], 'readwrite');
  await Promise.all([tx.objectStore('meta').delete(id), tx.objectStore('data').delete(id), tx.done]);
}

export const referenceTableListQuery = queryOptions({ queryKey: ['reference-tables', 'list'], queryFn: listReferenceTables, staleTime: Infinity });
export const enabledReferenceTablesQuery = queryOptions({ queryKey: ['reference-tables', 'enabled'], queryFn: loadEnabledReferenceTables, staleTime: Infinity });
/** The key prefix of both queries (invalidate it after a change). */
export const REFERENCE_TABLES_KEY = ['reference-tables'] as const;
