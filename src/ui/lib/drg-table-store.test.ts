import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_DRG_TABLES } from '../../data/drg';
import { DEFAULT_DRG_ASSUMPTIONS, parseTariffCsv, type DrgWeightsTable, type PaymentProfile } from '../../domain/drg';
import { DRG_TABLE_DB_NAME, openDrgTableStore } from './drg-table-store';

const weights: DrgWeightsTable = {
  id: 'mt-2025-weights',
  label: 'Mandatory Tariff 2025 weights',
  version: '2025',
  effectiveFrom: '2025-01-01',
  effectiveTo: '',
  origin: 'imported',
  sourceNote: 'weights.csv',
  rows: [{ code: '111101', description: 'IP MAJOR JOINT PROCEDURE', relativeWeight: '1.5000', alos: '5.00', lowTrim: '1', highTrim: '12', mentalHealth: false, cahms: false }],
};

const profile: PaymentProfile = {
  id: 'enhanced',
  name: 'Enhanced',
  payerIds: ['A001'],
  note: '',
  versions: [{ effectiveFrom: '2025-01-01', effectiveTo: '', baseRate: '9000', gap: '20000', marginalPercent: '70', drgOverrides: [] }],
};

describe('drg-table-store (IndexedDB)', () => {
  it('keeps imported tables, profiles and settings across reopening, after the built-in tables', async () => {
    const tariff = parseTariffCsv('type,code,price\nCPT,27447,30000', { id: 'mt-2025', label: 'MT 2025', version: '2025', effectiveFrom: '2025-01-01', effectiveTo: '', sourceNote: 'tariff.csv' });
    if (!tariff.ok) throw new Error('fixture tariff does not parse');
    const store = await openDrgTableStore();
    expect(await store.saveWeightsTable(weights)).toEqual({ ok: true, value: undefined });
    expect((await store.saveTariff(tariff.value.table)).ok).toBe(true);
    expect((await store.saveProfile(profile)).ok).toBe(true);
    expect((await store.saveAssumptions({ roundingTieBreak: 'half-even' })).ok).toBe(true);
    store.close();

    const again = await openDrgTableStore();
    const loaded = await again.load(BUILT_IN_DRG_TABLES);
    expect(loaded.tables.weights.map((t) => t.id)).toEqual(['doh-addendum-05-appendix-a', 'mt-2025-weights']);
    expect(loaded.tables.tariffs.map((t) => [t.id, t.rows.length])).toEqual([['mt-2025', 1]]);
    expect(loaded.tables.profiles.map((p) => p.id)).toEqual(['enhanced']);
    expect(loaded.assumptions).toEqual({ ...DEFAULT_DRG_ASSUMPTIONS, roundingTieBreak: 'half-even' });
    expect(loaded.skipped).toEqual([]);

    await again.deleteWeightsTable('mt-2025-weights');
    await again.deleteTariff('mt-2025');
    await again.deleteProfile('enhanced');
    const emptied = await again.load(BUILT_IN_DRG_TABLES);
    expect([emptied.tables.weights.length, emptied.tables.tariffs.length, emptied.tables.profiles.length]).toEqual([1, 0, 0]);
    again.close();
  });

  it('refuses to save invalid data and says why', async () => {
    const store = await openDrgTableStore();
    const bad = await store.saveWeightsTable({ ...weights, effectiveFrom: '01/01/2025' });
    expect(!bad.ok && bad.errors.map((e) => e.message)).toEqual(['Stored weights table "mt-2025-weights": effectiveFrom expected YYYY-MM-DD or empty.']);
    const badProfile = await store.saveProfile({ ...profile, versions: [] });
    expect(badProfile.ok).toBe(false);
    const badSettings = await store.saveAssumptions({ losMethod: 'nights' } as unknown as { losMethod: 'fractional-days' }); // what a stale form could send
    expect(badSettings.ok).toBe(false);
    expect((await store.load(BUILT_IN_DRG_TABLES)).tables.weights).toHaveLength(1);
    store.close();
  });

  it('keeps DRGs entered by hand, one per code, in code order, and refuses bad ones', async () => {
    const store = await openDrgTableStore();
    const entry = { code: '061011', description: 'IP APPENDECTOMY (manual)', relativeWeight: '1.2345', alos: '3.00', lowTrim: '1', highTrim: '7', savedAt: '2026-01-05T10:00:00' };
    expect(await store.saveManualDrg(entry)).toEqual({ ok: true, value: undefined });
    expect((await store.saveManualDrg({ ...entry, code: '044101', relativeWeight: '0.7820' })).ok).toBe(true);
    expect((await store.saveManualDrg({ ...entry, relativeWeight: '1.3000' })).ok).toBe(true);
    const bad = await store.saveManualDrg({ ...entry, code: '61011', relativeWeight: '0' });
    expect(!bad.ok && bad.errors.map((e) => e.message)).toEqual([
      'Stored manual DRG "61011": code expected a six-digit IR-DRG code.',
      'Stored manual DRG "61011": relativeWeight the relative weight must be a number above 0.',
    ]);
    const loaded = await store.load(BUILT_IN_DRG_TABLES);
    expect(loaded.manualDrgs.map((m) => [m.code, m.relativeWeight])).toEqual([
      ['044101', '0.7820'],
      ['061011', '1.3000'],
    ]);
    await store.deleteManualDrg('044101');
    expect((await store.load(BUILT_IN_DRG_TABLES)).manualDrgs.map((m) => m.code)).toEqual(['061011']);
    store.close();
  });

  it('skips records that no longer validate, and stored tables that reuse a built-in id', async () => {
    const raw = await openDB(DRG_TABLE_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('weights', { keyPath: 'id' });
        db.createObjectStore('tariffs', { keyPath: 'id' });
        db.createObjectStore('profiles', { keyPath: 'id' });
        db.createObjectStore('settings');
      },
    });
    await raw.put('weights', { id: 'broken', label: 'Broken' });
    await raw.put('weights', { ...weights, id: 'doh-addendum-05-appendix-a' });
    await raw.put('tariffs', { id: 'old-tariff', rows: 'none' });
    await raw.put('profiles', { ...profile, versions: [] });
    await raw.put('settings', { losMethod: 'nights' }, 'assumptions');
    await raw.put('settings', [{ code: '061011', relativeWeight: 'heavy' }], 'manual-drgs');
    raw.close();

    const store = await openDrgTableStore();
    const loaded = await store.load(BUILT_IN_DRG_TABLES);
    expect(loaded.tables.weights.map((t) => t.id)).toEqual(['doh-addendum-05-appendix-a']);
    expect(loaded.tables.weights[0]?.rows).toHaveLength(30);
    expect(loaded.assumptions).toEqual(DEFAULT_DRG_ASSUMPTIONS);
    expect(loaded.manualDrgs).toEqual([]);
    expect(new Set(loaded.skipped.map((s) => s.where ?? s.code))).toEqual(
      new Set(['weights table/broken', 'tariff/old-tariff', 'versions', 'settings/assumptions', 'manual DRG/061011', 'drg.store.shadow']),
    );
    store.close();
  });
});
