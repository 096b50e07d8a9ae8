import { describe, expect, it } from 'vitest';
import { countEntries, type CodeEntry, type CodeRelease, type CodeSet } from '../../domain/codes';
import { STARTER_CODE_SETS } from '../../data/codes';
import { readCodeSets } from '../../workers/code-set-db';
import { openCodeSetStore } from './code-set-store';

const entry = (code: string, billable = true): CodeEntry => ({ code, display: code, shortTitle: code, longTitle: code, billable, kind: 'code' });

function codeSet(id: string, system: CodeRelease['system'], from: string | null, importedAt: string, codes: string[]): CodeSet {
  const entries = codes.map((c) => entry(c));
  return {
    release: {
      id,
      system,
      label: id,
      origin: 'imported',
      format: 'icd10cm-codes',
      effectiveFrom: from,
      effectiveTo: null,
      sourceFileName: `${id}.txt`,
      importedAt,
      derivedHeaders: false,
      counts: countEntries(entries),
      notes: [],
    },
    entries,
  };
}

const fy2022 = codeSet('icd-2022', 'icd10cm', '2021-10-01', '2025-01-01T09:00', ['R079', 'I10']);
const fy2023 = codeSet('icd-2023', 'icd10cm', '2022-10-01', '2025-01-02T09:00', ['R079', 'I10', 'U071']);
const cpt = codeSet('cpt-2025', 'cpt', '2025-01-01', '2025-01-03T09:00', ['99213']);

describe('openCodeSetStore', () => {
  it('stores several releases side by side and lists them by system and latest start', async () => {
    const store = await openCodeSetStore();
    await store.saveCodeSet(fy2022);
    await store.saveCodeSet(cpt);
    await store.saveCodeSet(fy2023);
    expect((await store.listReleases()).map((r) => r.id)).toEqual(['cpt-2025', 'icd-2023', 'icd-2022']);
    expect(await store.getCodeSet('icd-2023')).toEqual(fy2023);
    expect((await store.getAllCodeSets()).map((s) => [s.release.id, s.entries.length])).toEqual([
      ['cpt-2025', 1],
      ['icd-2023', 3],
      ['icd-2022', 2],
    ]);
    store.close();
  });

  it('keeps the data across openings', async () => {
    const first = await openCodeSetStore();
    await first.saveCodeSet(fy2022);
    first.close();
    const second = await openCodeSetStore();
    expect(await second.getCodeSet('icd-2022')).toEqual(fy2022);
    second.close();
  });

  it('updates a release without touching its entries', async () => {
    const store = await openCodeSetStore();
    await store.saveCodeSet(fy2022);
    await store.updateRelease({ ...fy2022.release, label: 'ICD-10-CM FY2022 (ours)', effectiveTo: '2022-09-30' });
    expect(await store.getCodeSet('icd-2022')).toEqual({ release: { ...fy2022.release, label: 'ICD-10-CM FY2022 (ours)', effectiveTo: '2022-09-30' }, entries: fy2022.entries });
    await expect(store.updateRelease({ ...cpt.release })).rejects.toThrow('No stored release cpt-2025.');
    store.close();
  });

  it('deletes a release and its entries', async () => {
    const store = await openCodeSetStore();
    await store.saveCodeSet(fy2022);
    await store.saveCodeSet(fy2023);
    await store.deleteRelease('icd-2022');
    expect((await store.listReleases()).map((r) => r.id)).toEqual(['icd-2023']);
    expect(await store.getCodeSet('icd-2022')).toBeUndefined();
    store.close();
  });

  it('replaces a release saved again under the same id', async () => {
    const store = await openCodeSetStore();
    await store.saveCodeSet(fy2022);
    await store.saveCodeSet({ ...fy2022, entries: [entry('A000')] });
    expect((await store.getCodeSet('icd-2022'))?.entries.map((e) => e.code)).toEqual(['A000']);
    store.close();
  });
});

describe('readCodeSets (the search worker reads the same database)', () => {
  it('returns starter sets from the bundle and imports from IndexedDB, leaving out unknown ids', async () => {
    const store = await openCodeSetStore();
    await store.saveCodeSet(fy2022);
    store.close();
    const starterIcd = STARTER_CODE_SETS[0]!;
    const found = await readCodeSets([starterIcd.release.id, 'icd-2022', 'gone']);
    expect(found.map((s) => [s.release.id, s.entries.length])).toEqual([
      [starterIcd.release.id, starterIcd.entries.length],
      ['icd-2022', 2],
    ]);
  });

  it('does not open the database when only starter sets are asked for', async () => {
    const found = await readCodeSets([STARTER_CODE_SETS[1]!.release.id]);
    expect(found).toEqual([STARTER_CODE_SETS[1]]);
    expect(await indexedDB.databases()).toEqual([]);
  });
});
