import { describe, expect, it } from 'vitest';
import {
  applyReleaseOverrides,
  buildRelease,
  checkReleaseOverrides,
  cmsDateToIso,
  createProgress,
  ErrorList,
  IMPORT_CHUNK_LINES,
  inferCptRelease,
  inferHcpcsRelease,
  inferIcdRelease,
  isIsoDate,
  looseDateToIso,
  sample,
  splitLines,
} from './import-common';

describe('splitLines', () => {
  it.each([
    ['a\nb\n', ['a', 'b'], true],
    ['a\r\nb\r\n', ['a', 'b'], true],
    ['a\nb', ['a', 'b'], false],
    ['\ufeffa\n', ['a'], true],
    ['', [], true],
    ['a\n\nb\n', ['a', '', 'b'], true],
  ])('%j', (text, lines, terminated) => {
    expect(splitLines(text)).toEqual({ lines, terminated });
  });
});

describe('sample', () => {
  it('cuts long text and shows tabs as spaces', () => {
    expect(sample('HCPCS,MOD,DESCRIPTION,CODE,PAYMENT')).toBe('HCPCS,MOD,DESCRIPTION,CODE,PAY…');
    expect(sample('99213\tvisit')).toBe('99213 visit');
  });
});

describe('dates', () => {
  it.each([
    ['2022-09-30', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-13-01', false],
    ['30/09/2022', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['20190101', '2019-01-01'],
    ['        ', ''],
    ['2019010', null],
    ['20190231', null],
  ])('cmsDateToIso(%j) → %j', (raw, iso) => {
    expect(cmsDateToIso(raw)).toBe(iso);
  });

  it.each([
    ['2025-10-01', '2025-10-01'],
    ['01/10/2025', '2025-10-01'],
    ['1.10.2025', '2025-10-01'],
    ['20251001', '2025-10-01'],
    ['', ''],
    ['31/02/2025', null],
    ['soon', null],
  ])('looseDateToIso(%j) → %j', (raw, iso) => {
    expect(looseDateToIso(raw)).toBe(iso);
  });
});

describe('release inference from file names', () => {
  it.each([
    ['icd10cm_codes_2022.txt', 'ICD-10-CM FY2022', '2021-10-01', '2022-09-30'],
    ['icd10cm_order_2026.txt', 'ICD-10-CM FY2026', '2025-10-01', '2026-09-30'],
    ['icd10cm-codes-April-2024.txt', 'ICD-10-CM FY2024 April update', '2024-04-01', '2024-09-30'],
    ['2022-code-descriptions.zip › icd10cm_order_2022.txt', 'ICD-10-CM FY2022', '2021-10-01', '2022-09-30'],
  ])('ICD %s', (name, label, from, to) => {
    expect(inferIcdRelease(name)).toMatchObject({ label, effectiveFrom: from, effectiveTo: to });
  });

  it('says nothing when the name has no year', () => {
    expect(inferIcdRelease('codes.txt')).toBeNull();
    expect(inferHcpcsRelease('hcpcs.txt')).toBeNull();
    expect(inferCptRelease('cpt.txt')).toBeNull();
  });

  it.each([
    ['HCPC2019_CONTR_ANWEB.txt', 'HCPCS Level II 2019', '2019-01-01'],
    ['HCPC2020_APR_ANWEB.txt', 'HCPCS Level II 2020 (APR update)', '2020-04-01'],
  ])('HCPCS %s', (name, label, from) => {
    expect(inferHcpcsRelease(name)).toMatchObject({ label, effectiveFrom: from, effectiveTo: `${from.slice(0, 4)}-12-31` });
  });

  it('CPT year', () => {
    expect(inferCptRelease('cpt-2025-descriptors.txt')).toMatchObject({ label: 'CPT 2025', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' });
  });
});

describe('checkReleaseOverrides', () => {
  it('accepts good dates and open ends', () => {
    expect(checkReleaseOverrides({ label: 'X', effectiveFrom: '2021-10-01', effectiveTo: null })).toEqual([]);
  });
  it('lists every problem', () => {
    expect(checkReleaseOverrides({ label: ' ', effectiveFrom: '2022-10-01', effectiveTo: '2022-09-30' }).map((i) => i.message)).toEqual([
      'The release needs a label, such as "ICD-10-CM FY2022".',
      'The effective end date 2022-09-30 is before the start date 2022-10-01.',
    ]);
    expect(checkReleaseOverrides({ effectiveFrom: '01/10/2021' }).map((i) => i.message)).toEqual([
      'The effective start date must be a date like 2021-10-01, found "01/10/2021".',
    ]);
  });
});

describe('buildRelease', () => {
  const entries = [{ code: 'A000', display: 'A00.0', shortTitle: 't', longTitle: 't', billable: true, kind: 'code' as const }];
  it('uses the user overrides first', () => {
    const { release, warnings } = buildRelease(
      {
        system: 'icd10cm',
        format: 'icd10cm-codes',
        source: { fileName: 'icd10cm_codes_2022.txt', importedAt: '2025-01-02T03:04', overrides: { label: 'Mine', effectiveFrom: '2021-11-01', effectiveTo: null } },
        inferred: inferIcdRelease('icd10cm_codes_2022.txt'),
        fallbackLabel: 'x',
        derivedHeaders: true,
      },
      entries,
    );
    expect(warnings).toEqual([]);
    expect(release).toEqual({
      id: 'icd10cm|Mine|2025-01-02T03:04',
      system: 'icd10cm',
      label: 'Mine',
      origin: 'imported',
      format: 'icd10cm-codes',
      effectiveFrom: '2021-11-01',
      effectiveTo: null,
      sourceFileName: 'icd10cm_codes_2022.txt',
      importedAt: '2025-01-02T03:04',
      derivedHeaders: true,
      counts: { billable: 1, headers: 0, modifiers: 0, total: 1 },
      notes: [],
    });
  });

  it('warns when neither the user nor the file name gives dates', () => {
    const { release, warnings } = buildRelease(
      { system: 'cpt', format: 'cpt-delimited', source: { fileName: 'cpt.txt', importedAt: 't' }, inferred: null, fallbackLabel: 'CPT (imported)', derivedHeaders: false },
      entries,
    );
    expect(release.label).toBe('CPT (imported)');
    expect([release.effectiveFrom, release.effectiveTo]).toEqual([null, null]);
    expect(warnings.map((w) => w.message)).toEqual([
      'The file name "cpt.txt" does not say which year it is for, so the release applies to every date of service until you set its effective dates.',
    ]);
  });
});

describe('progress and errors', () => {
  it('reports progress every chunk and stops when cancelled', () => {
    const seen: number[] = [];
    let cancel = false;
    const step = createProgress(IMPORT_CHUNK_LINES * 4, { onProgress: (f) => seen.push(f), isCancelled: () => cancel });
    expect(step(0)).toBe(false);
    expect(step(1)).toBe(false);
    expect(step(IMPORT_CHUNK_LINES * 2)).toBe(false);
    cancel = true;
    expect(step(IMPORT_CHUNK_LINES * 3)).toBe(true);
    expect(seen).toEqual([0, 0.5]);
  });

  it('lists 20 errors and counts the rest', () => {
    const list = new ErrorList();
    for (let i = 0; i < 23; i++) list.add({ code: 'x', message: `m${i}`, severity: 'error' });
    const issues = list.toIssues();
    expect(list.count).toBe(23);
    expect(issues).toHaveLength(21);
    expect(issues[20]!.message).toBe('…and 3 more problems of the same kinds.');
  });
});

describe('applyReleaseOverrides', () => {
  const { release } = buildRelease(
    { system: 'icd10cm', format: 'icd10cm-codes', source: { fileName: 'icd10cm_codes_2022.txt', importedAt: 't' }, inferred: inferIcdRelease('icd10cm_codes_2022.txt'), fallbackLabel: 'x', derivedHeaders: true },
    [],
  );
  it('changes the label and dates, keeping the id', () => {
    expect(applyReleaseOverrides(release, { label: ' FY2022 (ours) ', effectiveTo: null })).toEqual({ ok: true, value: { ...release, label: 'FY2022 (ours)', effectiveTo: null } });
  });
  it('refuses an end before the start', () => {
    expect(applyReleaseOverrides(release, { effectiveTo: '2021-01-01' })).toEqual({
      ok: false,
      errors: [{ code: 'release.date-order', message: 'The effective end date 2021-01-01 is before the start date 2021-10-01.', severity: 'error' }],
    });
  });
});
