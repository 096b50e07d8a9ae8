import { describe, expect, it } from 'vitest';
import { countEntries, type CodeEntry, type CodeRelease, type CodeSet, type CodeSystem } from './code-types';
import { codeCatalogFromTables, createCodeCatalog, pickRelease, releaseCovers, serviceDate } from './code-catalog';

const entry = (code: string, billable = true, extra: Partial<CodeEntry> = {}): CodeEntry => ({
  code,
  display: code,
  shortTitle: code,
  longTitle: code,
  billable,
  kind: 'code',
  ...extra,
});

function release(id: string, system: CodeSystem, from: string | null, to: string | null, origin: CodeRelease['origin'] = 'imported', importedAt = '2025-01-01T00:00'): CodeRelease {
  return {
    id,
    system,
    label: id,
    origin,
    format: origin === 'starter' ? 'starter' : 'icd10cm-order',
    effectiveFrom: from,
    effectiveTo: to,
    sourceFileName: '',
    importedAt: origin === 'starter' ? '' : importedAt,
    derivedHeaders: false,
    counts: countEntries([]),
    notes: [],
  };
}

const starter = release('starter:icd10cm', 'icd10cm', null, null, 'starter');
const fy2022 = release('fy2022', 'icd10cm', '2021-10-01', '2022-09-30');
const fy2023 = release('fy2023', 'icd10cm', '2022-10-01', '2023-09-30');
const fy2023again = release('fy2023-again', 'icd10cm', '2022-10-01', '2023-09-30', 'imported', '2025-06-01T00:00');
const openImport = release('open', 'icd10cm', null, null);
const cptStarter = release('starter:cpt', 'cpt', null, null, 'starter');

describe('pickRelease', () => {
  const all = [starter, fy2022, fy2023, fy2023again, cptStarter];
  it.each([
    ['2022-03-01', 'fy2022'],
    ['2021-10-01T00:00', 'fy2022'],
    ['2022-09-30T23:59', 'fy2022'],
    ['2022-10-01', 'fy2023-again'],
    ['2024-01-15', 'starter:icd10cm'],
    ['2019-06-30', 'starter:icd10cm'],
  ])('on %s → %s', (dos, id) => {
    expect(pickRelease(all, 'icd10cm', dos)?.id).toBe(id);
  });

  it('an imported release wins over the starter set, a dated one over an open one', () => {
    expect(pickRelease([starter, openImport], 'icd10cm', '2024-01-01')?.id).toBe('open');
    expect(pickRelease([openImport, fy2022, starter], 'icd10cm', '2022-01-01')?.id).toBe('fy2022');
  });

  it('does not depend on load order', () => {
    expect(pickRelease([fy2023again, fy2023], 'icd10cm', '2023-01-01')?.id).toBe('fy2023-again');
    const twin = { ...fy2023, id: 'a-twin' };
    expect(pickRelease([fy2023, twin], 'icd10cm', '2023-01-01')?.id).toBe('a-twin');
    expect(pickRelease([twin, fy2023], 'icd10cm', '2023-01-01')?.id).toBe('a-twin');
  });

  it('nothing for another system, a bad date or no release in force', () => {
    expect(pickRelease(all, 'hcpcs', '2022-03-01')).toBeUndefined();
    expect(pickRelease(all, 'icd10cm', '31/03/2022')).toBeUndefined();
    expect(pickRelease([fy2022], 'icd10cm', '2023-01-01')).toBeUndefined();
  });
});

describe('serviceDate and releaseCovers', () => {
  it('reads the date part of a date of service', () => {
    expect(serviceDate('2025-10-05T09:30')).toBe('2025-10-05');
    expect(serviceDate('2025-02-30')).toBeNull();
    expect(serviceDate('')).toBeNull();
  });
  it('covers inclusive ranges and open ends', () => {
    expect(releaseCovers(fy2022, '2022-09-30')).toBe(true);
    expect(releaseCovers(fy2022, '2022-10-01')).toBe(false);
    expect(releaseCovers(starter, '1999-01-01')).toBe(true);
  });
});

describe('createCodeCatalog', () => {
  const sets: CodeSet[] = [
    { release: starter, entries: [entry('R07', false), entry('R079')] },
    { release: fy2022, entries: [entry('R07', false), entry('R079'), entry('U071')] },
    { release: cptStarter, entries: [entry('99213'), entry('25', false, { kind: 'modifier' })] },
    {
      release: release('hcpcs2019', 'hcpcs', '2019-01-01', '2019-12-31'),
      entries: [entry('J9035'), entry('LT', false, { kind: 'modifier' }), entry('CP', false, { kind: 'modifier', effectiveTo: '2017-12-31' })],
    },
  ];
  const catalog = createCodeCatalog(sets);

  it('answers lookups against the release in force', () => {
    expect(catalog.isBillable('icd10cm', 'U07.1', '2022-01-10T08:00')).toBe(true);
    expect(catalog.isBillable('icd10cm', 'U07.1', '2023-01-10T08:00')).toBe(false);
    expect(catalog.lookup('icd10cm', 'r07.9', '2023-01-10')?.code).toBe('R079');
    expect(catalog.releaseFor('icd10cm', '2023-01-10')?.id).toBe('starter:icd10cm');
    expect(catalog.isBillable('cpt', '99213', 'not a date')).toBe(false);
  });

  it('keeps one view per release', () => {
    expect(catalog.viewFor('icd10cm', '2022-01-01')).toBe(catalog.view('fy2022'));
    expect(catalog.view('nope')).toBeUndefined();
    expect(catalog.releases.map((r) => r.id)).toEqual(['starter:icd10cm', 'fy2022', 'starter:cpt', 'hcpcs2019']);
  });

  it('finds modifiers in CPT, then HCPCS, valid on the date', () => {
    expect(catalog.modifier('25', '2019-05-01')?.code).toBe('25');
    expect(catalog.modifier('lt', '2019-05-01')?.code).toBe('LT');
    expect(catalog.modifier('LT', '2020-05-01')).toBeUndefined();
    expect(catalog.modifier('CP', '2019-05-01')).toBeUndefined();
  });
});

describe('codeCatalogFromTables', () => {
  it('finds the catalog under its key, and nothing else', () => {
    const catalog = createCodeCatalog([]);
    expect(codeCatalogFromTables({ codeCatalog: catalog })).toBe(catalog);
    expect(codeCatalogFromTables({})).toBeUndefined();
    expect(codeCatalogFromTables({ codeCatalog: { releases: [] } })).toBeUndefined();
    expect(codeCatalogFromTables({ codeCatalog: 'x' })).toBeUndefined();
  });
});
