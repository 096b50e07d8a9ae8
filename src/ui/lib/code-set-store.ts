import type { IDBPDatabase } from 'idb';
import type { CodeRelease, CodeSet } from '../../domain/codes';
import { openCodeSetDb, type CodeSetDb } from '../../workers/code-set-db';

/**
 * Imported code sets in IndexedDB, so they survive a reload and never leave the
 * machine. Release metadata and entries are kept in separate stores: listing the
 * releases does not load 95,000 entries. Several releases of a system coexist
 * (one per fiscal year, say); the catalog picks the one in force per date of service.
 */

// The schema lives beside the search worker, which reads the same database.
export { CODE_SET_DB_NAME, CODE_SET_DB_VERSION } from '../../workers/code-set-db';

/** The code-set store (an object contract with methods, hence an interface). */
export interface CodeSetStore {
  /** Every stored release, by system, then latest effective start first. */
  listReleases(): Promise<CodeRelease[]>;
  /** A release with its entries. */
  getCodeSet(releaseId: string): Promise<CodeSet | undefined>;
  /** Every stored code set (for building the catalog at start-up). */
  getAllCodeSets(): Promise<CodeSet[]>;
  /** Stores a release and its entries in one transaction (replacing a release with the same id). */
  saveCodeSet(codeSet: CodeSet): Promise<void>;
  /** Replaces a release's metadata (label, effective dates) without touching its entries. */
  updateRelease(release: CodeRelease): Promise<void>;
  /** Deletes a release and its entries. */
  deleteRelease(releaseId: string): Promise<void>;
  close(): void;
}

function byListOrder(a: CodeRelease, b: CodeRelease): number {
  if (a.system !== b.system) return a.system < b.system ? -1 : 1;
  const af = a.effectiveFrom ?? '';
  const bf = b.effectiveFrom ?? '';
  if (af !== bf) return af > bf ? -1 : 1;
  return a.importedAt > b.importedAt ? -1 : a.importedAt < b.importedAt ? 1 : 0;
}

/** Opens (and on first use creates) the code-set database in the page's IndexedDB. */
export async function openCodeSetStore(): Promise<CodeSetStore> {
  const db: IDBPDatabase<CodeSetDb> = await openCodeSetDb();
  return {
    async listReleases() {
      return (await db.getAll('releases')).sort(byListOrder);
    },
    async getCodeSet(releaseId) {
      const tx = db.transaction(['releases', 'entries'], 'readonly');
      const [release, stored] = await Promise.all([tx.objectStore('releases').get(releaseId), tx.objectStore('entries').get(releaseId), tx.done]);
      return release && stored ? { release, entries: stored.entries } : undefined;
    },
    async getAllCodeSets() {
      const tx = db.transaction(['releases', 'entries'], 'readonly');
      const [releases, stored] = await Promise.all([tx.objectStore('releases').getAll(), tx.objectStore('entries').getAll(), tx.done]);
      const entries = new Map(stored.map((s) => [s.releaseId, s.entries]));
      return releases.sort(byListOrder).flatMap((release) => {
        const e = entries.get(release.id);
        return e ? [{ release, entries: e }] : [];
      });
    },
    async saveCodeSet({ release, entries }) {
      const tx = db.transaction(['releases', 'entries'], 'readwrite');
      await Promise.all([tx.objectStore('releases').put(release), tx.objectStore('entries').put({ releaseId: release.id, entries }), tx.done]);
    },
    async updateRelease(release) {
      const tx = db.transaction('releases', 'readwrite');
      const existing = await tx.store.get(release.id);
      if (!existing) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error(`No stored release ${release.id}.`);
      }
      await Promise.all([tx.store.put(release), tx.done]);
    },
    async deleteRelease(releaseId) {
      const tx = db.transaction(['releases', 'entries'], 'readwrite');
      await Promise.all([tx.objectStore('releases').delete(releaseId), tx.objectStore('entries').delete(releaseId), tx.done]);
    },
    close() {
      db.close();
    },
  };
}
