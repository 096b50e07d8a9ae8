import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { STARTER_CODE_SETS } from '../data/codes';
import { createCodeSetWorkerApi, type ImportProgress } from './code-set-service';

const ICD = 'R0781   Pleurodynia\nR0782   Intercostal pain\nR0789   Other chest pain\nR079    Chest pain, unspecified\n';

describe('createCodeSetWorkerApi: importFile', () => {
  it('imports a file with progress', async () => {
    const api = createCodeSetWorkerApi();
    const seen: ImportProgress[] = [];
    const r = await api.importFile({ importer: 'icd10cm', file: new Blob([ICD]), fileName: 'icd10cm_codes_2022.txt', importedAt: '2025-10-01T09:00' }, (p) => seen.push(p));
    expect(r.ok && r.value.codeSet.release.counts).toEqual({ billable: 4, headers: 2, modifiers: 0, total: 6 });
    expect(seen).toEqual([
      { phase: 'reading', fraction: 0 },
      { phase: 'reading', fraction: 1 },
      { phase: 'parsing', fraction: 0 },
      { phase: 'parsing', fraction: 1 },
    ]);
  });

  it('keeps the decoding note on the release and applies the user overrides', async () => {
    const api = createCodeSetWorkerApi();
    const cp1252 = new Uint8Array([...strToU8('99-02,"Mental health outlier, Caf'), 0xe9, 0x22, 0x0a]);
    const r = await api.importFile({
      importer: 'local',
      file: cp1252,
      fileName: 'service.csv',
      importedAt: 't',
      overrides: { label: 'DOH service codes 2025', effectiveFrom: '2025-10-01' },
    });
    expect(r.ok && r.value.codeSet.release).toMatchObject({
      label: 'DOH service codes 2025',
      effectiveFrom: '2025-10-01',
      notes: ['The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check accented characters in titles.'],
    });
  });

  it('refuses a 200 MB file without reading it', async () => {
    const api = createCodeSetWorkerApi();
    const huge = {
      size: 200 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob;
    expect(await api.importFile({ importer: 'icd10cm', file: huge, fileName: 'huge.txt', importedAt: 't' })).toMatchObject({
      ok: false,
      errors: [{ code: 'import.too-large' }],
    });
  });

  it('asks for the CPT column mapping', async () => {
    const api = createCodeSetWorkerApi();
    expect(await api.importFile({ importer: 'cpt', file: strToU8('99213\tVisit\n'), fileName: 'cpt.txt', importedAt: 't' })).toEqual({
      ok: false,
      errors: [{ code: 'import.mapping', message: 'Choose which columns hold the CPT code and its descriptions before importing.', severity: 'error' }],
    });
    const mapped = await api.importFile({
      importer: 'cpt',
      file: strToU8('99213\tVisit\n').buffer,
      fileName: 'cpt.txt',
      importedAt: 't',
      cptMapping: { codeColumn: 0, longColumn: 1, hasHeader: false },
    });
    expect(mapped.ok).toBe(true);
  });
});

describe('createCodeSetWorkerApi: sniff and search', () => {
  it('sniffs a table for the mapping step', async () => {
    const api = createCodeSetWorkerApi();
    expect(await api.sniffDelimited(strToU8('Code,Description\n99213,Visit\n'), 'cpt.csv')).toMatchObject({
      ok: true,
      value: { delimiter: ',', headerRow: ['Code', 'Description'], notes: [] },
    });
    expect(await api.sniffDelimited(new Uint8Array(0), 'cpt.csv')).toMatchObject({ ok: false });
  });

  it('searches once an index is loaded', () => {
    const api = createCodeSetWorkerApi();
    expect(api.search('chest pain')).toEqual([]);
    const loaded = api.loadSearchIndex(STARTER_CODE_SETS);
    expect(loaded.documents).toBe(STARTER_CODE_SETS.reduce((n, s) => n + s.entries.length, 0));
    expect(api.search('precordial')[0]).toMatchObject({ system: 'icd10cm', code: 'R072', display: 'R07.2', title: 'Precordial pain', billable: true });
    expect(api.search('htn', { limit: 1 })[0]?.code).toBe('I10');
  });
});

describe('createCodeSetWorkerApi: searchReleases', () => {
  const starterIcd = STARTER_CODE_SETS.find((s) => s.release.system === 'icd10cm')!;
  const starterCpt = STARTER_CODE_SETS.find((s) => s.release.system === 'cpt')!;
  const byId = new Map(STARTER_CODE_SETS.map((s) => [s.release.id, s]));

  function counting() {
    const reads: string[][] = [];
    const readCodeSets = (ids: readonly string[]) => {
      reads.push([...ids]);
      return Promise.resolve(ids.flatMap((id) => byId.get(id) ?? []));
    };
    return { reads, readCodeSets };
  }

  it('reads the releases once, then answers from the kept index', async () => {
    const { reads, readCodeSets } = counting();
    const api = createCodeSetWorkerApi({ readCodeSets });
    const ids = [starterIcd.release.id, starterCpt.release.id];
    expect((await api.searchReleases(ids, 'precordial'))[0]).toMatchObject({ display: 'R07.2', billable: true });
    expect((await api.searchReleases([...ids].reverse(), 'r07', { limit: 2 })).map((h) => h.display)).toEqual(['R07', 'R07.0']);
    expect(reads).toEqual([[...ids].sort()]);
  });

  it('searches only the releases asked for', async () => {
    const api = createCodeSetWorkerApi(counting());
    expect(await api.searchReleases([starterCpt.release.id], 'precordial')).toEqual([]);
    expect(await api.searchReleases([], 'precordial')).toEqual([]);
  });

  it('keeps the most recently used indexes and reads again after a failure', async () => {
    const { reads, readCodeSets } = counting();
    let fail = true;
    const api = createCodeSetWorkerApi({
      cachedIndexes: 1,
      readCodeSets: (ids) => {
        if (fail) {
          fail = false;
          return Promise.reject(new Error('database closed'));
        }
        return readCodeSets(ids);
      },
    });
    await expect(api.searchReleases([starterIcd.release.id], 'htn')).rejects.toThrow('database closed');
    expect((await api.searchReleases([starterIcd.release.id], 'htn', { limit: 1 }))[0]?.display).toBe('I10');
    await api.searchReleases([starterCpt.release.id], 'visit');
    await api.searchReleases([starterIcd.release.id], 'htn');
    expect(reads).toEqual([[starterIcd.release.id], [starterCpt.release.id], [starterIcd.release.id]]);
  });
});
