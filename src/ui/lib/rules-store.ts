import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { profileSettingsSchema, type ProfileSettings, type RulePack } from '@/domain/rules';

/**
 * Rule packs the user imported and the rule settings (per payer profile, and which
 * packs are switched off), kept in this browser's IndexedDB (`workbench-rules`).
 * Starter packs ship with the app and are never stored here.
 */
const DB_NAME = 'workbench-rules';

type RulesDb = DBSchema & {
  packs: { key: string; value: { pack: RulePack; importedAt: string; fileName: string } };
  state: { key: string; value: unknown };
};

let dbPromise: Promise<IDBPDatabase<RulesDb>> | null = null;
let dbFactory: IDBFactory | null = null;

function db(): Promise<IDBPDatabase<RulesDb>> {
  if (!dbPromise || dbFactory !== globalThis.indexedDB) {
    dbFactory = globalThis.indexedDB;
    dbPromise = openDB<RulesDb>(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore('packs', { keyPath: 'pack.id' });
        database.createObjectStore('state');
      },
    });
  }
  return dbPromise;
}

export type StoredPack = { pack: RulePack; importedAt: string; fileName: string };

export type RulesState = {
  profileSettings: ProfileSettings;
  disabledPacks: string[];
  importedPacks: StoredPack[];
};

const disabledSchema = z.array(z.string());

/** Everything the rules page and the engine need, read at once. */
export async function readRulesState(): Promise<RulesState> {
  const database = await db();
  const [settings, disabled, packs] = await Promise.all([database.get('state', 'profileSettings'), database.get('state', 'disabledPacks'), database.getAll('packs')]);
  const s = profileSettingsSchema.safeParse(settings ?? {});
  const d = disabledSchema.safeParse(disabled ?? []);
  return { profileSettings: s.success ? s.data : {}, disabledPacks: d.success ? d.data : [], importedPacks: packs };
}

export async function saveProfileSettings(settings: ProfileSettings): Promise<void> {
  await (await db()).put('state', settings, 'profileSettings');
}

export async function saveDisabledPacks(ids: readonly string[]): Promise<void> {
  await (await db()).put('state', [...ids], 'disabledPacks');
}

/** Stores an imported (already validated) pack, replacing one with the same id. */
export async function saveImportedPack(stored: StoredPack): Promise<void> {
  await (await db()).put('packs', stored);
}

export async function deleteImportedPack(id: string): Promise<void> {
  await (await db()).delete('packs', id);
}

export const rulesStateQuery = queryOptions({ queryKey: ['rules-state'], queryFn: readRulesState, staleTime: Infinity });
