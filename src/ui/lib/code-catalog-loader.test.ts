import { describe, expect, it } from 'vitest';
import { countEntries, type CodeEntry, type CodeSet } from '../../domain/codes';
import { buildCodeCatalog, codeSetsInForce, loadCodeSets } from './code-catalog-loader';
import { openCodeSetStore } from './code-set-store';

const entries: CodeEntry[] = [{ code: 'U071', display: 'U07.1', shortTitle: 'COVID-19', longTitle: 'COVID-19', billable: true, kind: 'code' }];
const fy2022: CodeSet = {
  release: {
    id: 'icd10cm|ICD-10-CM FY2022|2025-10-01T09:00',
    system: 'icd10cm',
    label: 'ICD-10-CM FY2022',
    origin: 'imported',
    format: 'icd10cm-codes',
    effectiveFrom: '2021-10-01',
    effectiveTo: '2022-09-30',
    sourceFileName: 'icd10cm_codes_2022.txt',
    importedAt: '2025-10-01T09:00',
    derivedHeaders: true,
    counts: countEntries(entries),
    notes: [],
  },
  entries,
};

describe('the code catalog at start-up', () => {
  it('combines the starter set with stored imports, the import winning on its dates', async () => {
    const store = await openCodeSetStore();
    await store.saveCodeSet(fy2022);
    const sets = await loadCodeSets(store);
    store.close();
    const catalog = buildCodeCatalog(sets);
    expect(catalog.releaseFor('icd10cm', '2022-05-01')?.label).toBe('ICD-10-CM FY2022');
    expect(catalog.releaseFor('icd10cm', '2025-10-05')?.label).toBe('ICD-10-CM starter set');
    expect(catalog.viewFor('icd10cm', '2025-10-05')?.describe('R07.9')?.block?.title).toBe('Symptoms and signs involving the circulatory and respiratory systems');
    expect(codeSetsInForce(catalog, sets, '2022-05-01').map((s) => s.release.id)).toEqual([
      'starter:cpt',
      'starter:hcpcs',
      'starter:local',
      'icd10cm|ICD-10-CM FY2022|2025-10-01T09:00',
    ]);
  });
});
