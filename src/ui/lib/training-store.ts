import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { parseTrainingPack, type TrainingPack } from '@/domain/training';

/**
 * Training data kept in this browser's IndexedDB (`workbench-training`): packs imported or
 * written here (the starter pack ships with the app and is never stored), and each learner's
 * attempts. Learners are local user names; there are no accounts.
 */
const DB_NAME = 'workbench-training';

export type StoredTrainingPack = { pack: TrainingPack; savedAt: string; origin: 'imported' | 'authored'; fileName: string };

export const attemptRecordSchema = z.object({
  id: z.string(),
  learner: z.string(),
  packId: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  /** Local ISO timestamp with seconds. */
  at: z.string(),
  earned: z.number(),
  max: z.number(),
  percent: z.number(),
  /** Live findings were hidden (exam style). */
  examMode: z.boolean(),
  parts: z.array(z.object({ id: z.string(), label: z.string(), earned: z.number(), max: z.number() })),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

type TrainingDb = DBSchema & {
  packs: { key: string; value: unknown };
  attempts: { key: string; value: AttemptRecord; indexes: { byLearner: string } };
};

let dbPromise: Promise<IDBPDatabase<TrainingDb>> | null = null;
let dbFactory: IDBFactory | null = null;

function db(): Promise<IDBPDatabase<TrainingDb>> {
  // Tests swap in a fresh IndexedDB per test; reopen when the factory changes.
  if (!dbPromise || dbFactory !== globalThis.indexedDB) {
    dbFactory = globalThis.indexedDB;
    dbPromise = openDB<TrainingDb>(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore('packs', { keyPath: 'pack.id' });
        database.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byLearner', 'learner');
      },
      blocking() {
        void dbPromise?.then((d) => d.close());
        dbPromise = null;
      },
    });
  }
  return dbPromise;
}

/** A stored pack that no longer reads (written by a newer version, or damaged) is listed with its problem. */
export type TrainingPacksState = { packs: StoredTrainingPack[]; unreadable: string[] };

/** The packs stored here, each validated again as it is read. */
export async function readTrainingPacks(): Promise<TrainingPacksState> {
  const rows = await (await db()).getAll('packs');
  const packs: StoredTrainingPack[] = [];
  const unreadable: string[] = [];
  for (const row of rows) {
    const r = typeof row === 'object' && row !== null && 'pack' in row ? parseTrainingPack(row.pack) : null;
    if (r?.ok) {
      const meta = row as Partial<StoredTrainingPack>;
      packs.push({ pack: r.value, savedAt: meta.savedAt ?? '', origin: meta.origin === 'authored' ? 'authored' : 'imported', fileName: meta.fileName ?? '' });
    } else {
      unreadable.push(r && !r.ok ? (r.errors[0]?.message ?? 'unreadable') : 'unreadable');
    }
  }
  return { packs, unreadable };
}

/** Stores a validated pack, replacing one with the same id. */
export async function saveTrainingPack(stored: StoredTrainingPack): Promise<void> {
  await (await db()).put('packs', stored);
}

export async function deleteTrainingPack(id: string): Promise<void> {
  await (await db()).delete('packs', id);
}

export async function saveAttempt(record: AttemptRecord): Promise<void> {
  await (await db()).put('attempts', record);
}

/** A learner's attempts, oldest first. */
export async function listAttempts(learner: string): Promise<AttemptRecord[]> {
  const rows = await (await db()).getAllFromIndex('attempts', 'byLearner', learner);
  return rows.sort((a, b) => a.at.localeCompare(b.at));
}

/** The progress file a learner downloads (and a trainer may collect). */
export function toProgressJson(learner: string, exportedAt: string, attempts: readonly AttemptRecord[]): string {
  return `${JSON.stringify({ format: 'coding-workbench.training-progress', schemaVersion: 1, learner, exportedAt, attempts }, null, 2)}\n`;
}

export const trainingPacksQuery = queryOptions({ queryKey: ['training-packs'], queryFn: readTrainingPacks, staleTime: Infinity });

export function attemptsQuery(learner: string) {
  return queryOptions({ queryKey: ['training-attempts', learner], queryFn: () => listAttempts(learner), staleTime: Infinity });
}
