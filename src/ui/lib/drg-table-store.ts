import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import {
  DEFAULT_DRG_ASSUMPTIONS,
  drgAssumptionsSchema,
  drgWeightsTableSchema,
  parseDrgAssumptions,
  parsePaymentProfile,
  tariffTableSchema,
  type DrgAssumptions,
  type DrgTables,
  type DrgWeightsTable,
  type PartialDrgAssumptions,
  type PaymentProfile,
  type TariffTable,
} from '../../domain/drg';
import { parseDecimal } from '../../domain/money';
import type { Issue, Result } from '../../domain/shared/result';

/**
 * Browser storage (IndexedDB) for what the DRG panel imports and saves: IR-DRG weights tables,
 * Mandatory Tariff price lists, negotiated payment profiles and the assumption settings.
 * Nothing leaves the browser. Everything read back is validated with the domain's zod schemas;
 * a record that no longer validates is skipped and reported, never thrown.
 * See docs/adr/0033-drg-tables-and-profiles.md.
 */

export const DRG_TABLE_DB_NAME = 'workbench-drg-tables';
const DB_VERSION = 1;
const SETTINGS_KEY = 'assumptions';
/** Manual DRG entries live in the `settings` store under this key (one list; no schema change needed). */
const MANUAL_KEY = 'manual-drgs';

const numberText = (what: string) => z.string().refine((v) => v.trim() === '' || parseDecimal(v).ok, `${what} must be a number`);

/**
 * A DRG typed in by hand because no weights table lists it (RW, ALOS, trims), kept so the next
 * encounter with that DRG finds it. The calculator marks every step that uses it "Manual entry".
 */
export const manualDrgSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'expected a six-digit IR-DRG code'),
  description: z.string(),
  relativeWeight: z.string().refine((v) => {
    const p = parseDecimal(v);
    return p.ok && p.value.value.gt(0);
  }, 'the relative weight must be a number above 0'),
  alos: numberText('the ALOS'),
  lowTrim: numberText('the low trim'),
  highTrim: numberText('the high trim'),
  /** ISO timestamp of the last change (shown in the tables list). */
  savedAt: z.string(),
});
export type ManualDrg = z.infer<typeof manualDrgSchema>;

interface DrgTableDb extends DBSchema {
  weights: { key: string; value: unknown };
  tariffs: { key: string; value: unknown };
  profiles: { key: string; value: unknown };
  settings: { key: string; value: unknown };
}

type StoreName = 'weights' | 'tariffs' | 'profiles';

/** What is stored, read back and checked, with anything that could not be read. */
export type StoredDrgData = {
  /** The built-in tables plus the stored ones, ready for the calculator. */
  readonly tables: DrgTables;
  readonly assumptions: DrgAssumptions;
  /** DRGs entered by hand, by code order. */
  readonly manualDrgs: readonly ManualDrg[];
  /** Records that no longer validate (left in storage so nothing is lost). */
  readonly skipped: readonly Issue[];
};

/** The store's operations. Saving validates first and returns the problems instead of storing bad data. */
export interface DrgTableStore {
  saveWeightsTable(table: DrgWeightsTable): Promise<Result<void>>;
  saveTariff(table: TariffTable): Promise<Result<void>>;
  saveProfile(profile: PaymentProfile): Promise<Result<void>>;
  saveAssumptions(assumptions: PartialDrgAssumptions): Promise<Result<void>>;
  /** Adds or replaces the manual entry for its code. */
  saveManualDrg(entry: ManualDrg): Promise<Result<void>>;
  deleteManualDrg(code: string): Promise<void>;
  deleteWeightsTable(id: string): Promise<void>;
  deleteTariff(id: string): Promise<void>;
  deleteProfile(id: string): Promise<void>;
  /** Everything stored, merged after the built-in tables (built-in first; stored tables never replace them). */
  load(builtIn: DrgTables): Promise<StoredDrgData>;
  close(): void;
}

function issuesOf(what: string, id: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Issue[] {
  return issues.map((i) => ({
    code: 'drg.store.invalid',
    message: `Stored ${what} "${id}": ${i.path.map(String).join('.') || 'record'} ${i.message}.`,
    severity: 'error',
    where: `${what}/${id}`,
  }));
}

function codeOf(value: unknown): string {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string' ? value.code : '(no code)';
}

function idOf(value: unknown): string {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : '(no id)';
}

/**
 * Opens (and creates on first use) the DRG table store.
 * @param name - database name (tests pass their own)
 * @example const store = await openDrgTableStore(); await store.saveTariff(parsed.value.table);
 */
export async function openDrgTableStore(name: string = DRG_TABLE_DB_NAME): Promise<DrgTableStore> {
  const db: IDBPDatabase<DrgTableDb> = await openDB<DrgTableDb>(name, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('weights', { keyPath: 'id' });
      database.createObjectStore('tariffs', { keyPath: 'id' });
      database.createObjectStore('profiles', { keyPath: 'id' });
      database.createObjectStore('settings');
    },
  });

  async function put(store: StoreName, value: { id: string }, check: Result<unknown>): Promise<Result<void>> {
    if (!check.ok) return check;
    await db.put(store, value);
    return { ok: true, value: undefined };
  }

  /** The stored manual entries; one that no longer validates is skipped and reported. */
  async function readManual(): Promise<{ list: ManualDrg[]; skipped: Issue[] }> {
    const raw: unknown = await db.get('settings', MANUAL_KEY);
    const list: ManualDrg[] = [];
    const skipped: Issue[] = [];
    for (const item of Array.isArray(raw) ? (raw as unknown[]) : []) {
      const p = manualDrgSchema.safeParse(item);
      if (p.success) list.push(p.data);
      else skipped.push(...issuesOf('manual DRG', codeOf(item), p.error.issues));
    }
    return { list, skipped };
  }

  function checkTable(what: string, value: { id: string }, parsed: { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): Result<unknown> {
    return parsed.success ? { ok: true, value } : { ok: false, errors: issuesOf(what, value.id, parsed.error.issues) };
  }

  return {
    saveWeightsTable: (table) => put('weights', table, checkTable('weights table', table, drgWeightsTableSchema.safeParse(table))),
    saveTariff: (table) => put('tariffs', table, checkTable('tariff', table, tariffTableSchema.safeParse(table))),
    saveProfile: (profile) => put('profiles', profile, parsePaymentProfile(profile)),
    async saveAssumptions(assumptions) {
      const parsed = parseDrgAssumptions(assumptions);
      if (!parsed.ok) return parsed;
      await db.put('settings', parsed.value, SETTINGS_KEY);
      return { ok: true, value: undefined };
    },
    async saveManualDrg(entry) {
      const parsed = manualDrgSchema.safeParse(entry);
      if (!parsed.success) return { ok: false, errors: issuesOf('manual DRG', entry.code, parsed.error.issues) };
      const rest = (await readManual()).list.filter((m) => m.code !== entry.code);
      await db.put('settings', [...rest, parsed.data].sort((x, y) => x.code.localeCompare(y.code)), MANUAL_KEY);
      return { ok: true, value: undefined };
    },
    async deleteManualDrg(code) {
      const rest = (await readManual()).list.filter((m) => m.code !== code);
      await db.put('settings', rest, MANUAL_KEY);
    },
    deleteWeightsTable: (id) => db.delete('weights', id),
    deleteTariff: (id) => db.delete('tariffs', id),
    deleteProfile: (id) => db.delete('profiles', id),
    async load(builtIn) {
      const skipped: Issue[] = [];
      const weights: DrgWeightsTable[] = [];
      for (const raw of await db.getAll('weights')) {
        const p = drgWeightsTableSchema.safeParse(raw);
        if (p.success) weights.push(p.data);
        else skipped.push(...issuesOf('weights table', idOf(raw), p.error.issues));
      }
      const tariffs: TariffTable[] = [];
      for (const raw of await db.getAll('tariffs')) {
        const p = tariffTableSchema.safeParse(raw);
        if (p.success) tariffs.push(p.data);
        else skipped.push(...issuesOf('tariff', idOf(raw), p.error.issues));
      }
      const profiles: PaymentProfile[] = [];
      for (const raw of await db.getAll('profiles')) {
        const p = parsePaymentProfile(raw);
        if (p.ok) profiles.push(p.value);
        else skipped.push(...p.errors.map((e) => ({ ...e, message: `Stored profile "${idOf(raw)}": ${e.message}` })));
      }
      const rawSettings = await db.get('settings', SETTINGS_KEY);
      const settings = drgAssumptionsSchema.safeParse(rawSettings ?? {});
      let assumptions = DEFAULT_DRG_ASSUMPTIONS;
      if (settings.success) {
        const full = parseDrgAssumptions(settings.data);
        if (full.ok) assumptions = full.value;
      } else {
        skipped.push(...issuesOf('settings', SETTINGS_KEY, settings.error.issues));
      }
      const manual = await readManual();
      skipped.push(...manual.skipped);
      const builtInIds = new Set([...builtIn.weights, ...builtIn.tariffs].map((t) => t.id));
      const keep = <T extends { id: string }>(list: T[]) =>
        list.filter((t) => {
          if (!builtInIds.has(t.id)) return true;
          skipped.push({ code: 'drg.store.shadow', message: `Stored table "${t.id}" has the id of a built-in table and is ignored.`, severity: 'warning' });
          return false;
        });
      return {
        tables: {
          weights: [...builtIn.weights, ...keep(weights)],
          tariffs: [...builtIn.tariffs, ...keep(tariffs)],
          profiles: [...builtIn.profiles, ...profiles],
        },
        assumptions,
        manualDrgs: manual.list,
        skipped,
      };
    },
    close: () => db.close(),
  };
}
