import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CodeEntry, CodeRelease, CodeSet, CodeSystem } from '../domain/codes';
import { STARTER_CODE_SETS } from '../data/codes';

/**
 * The IndexedDB schema of imported code sets, shared by the page (src/ui/lib/code-set-store.ts)
 * and the search worker, which reads the entries itself so that ~95,000 entries never
 * cross postMessage from the page (docs/adr/0026-code-search-in-the-browser.md).
 */

export const CODE_SET_DB_NAME = 'workbench-code-sets';
export const CODE_SET_DB_VERSION = 1;

export interface CodeSetDb extends DBSchema {
  releases: { key: string; value: CodeRelease; indexes: { bySystem: CodeSystem } };
  entries: { key: string; value: { releaseId: string; entries: readonly CodeEntry[] } };
}

/** Opens (and on first use creates) the code-set database, in a page or a worker. */
export function openCodeSetDb(): Promise<IDBPDatabase<CodeSetDb>> {
  return openDB<CodeSetDb>(CODE_SET_DB_NAME, CODE_SET_DB_VERSION, {
    upgrade(database) {
      const releases = database.createObjectStore('releases', { keyPath: 'id' });
      releases.createIndex('bySystem', 'system');
      database.createObjectStore('entries', { keyPath: 'releaseId' });
    },
  });
}

/**
 * The code sets with these release ids: starter sets from the bundle, imports from
 * IndexedDB (opened only when an imported id is asked for, and closed again). Ids
 * that are not found are left out.
 */
export async function readCodeSets(releaseIds: readonly string[]): Promise<CodeSet[]> {
  const starter = new Map(STARTER_CODE_SETS.map((s) => [s.release.id, s]));
  const found: CodeSet[] = releaseIds.flatMap((id) => starter.get(id) ?? []);
  const imported = releaseIds.filter((id) => !starter.has(id));
  if (imported.length === 0) return found;
  const db = await openCodeSetDb();
  try {
    const tx = db.transaction(['releases', 'entries'], 'readonly');
    const rows = await Promise.all(imported.map(async (id) => [await tx.objectStore('releases').get(id), await tx.objectStore('entries').get(id)] as const));
    await tx.done;
    for (const [release, stored] of rows) if (release && stored) found.push({ release, entries: stored.entries });
    return found;
  } finally {
    db.close();
  }
}
