import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIcd10cmFile } from './import-icd10cm';

// Real CMS files from ../shared/data (never copied into the repo); skipped when absent.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const icdDir = dataDir ? join(dataDir, 'icd10cm') : undefined;
const codesFile = icdDir ? join(icdDir, 'icd10cm_codes_2022.txt') : undefined;
const hasCodes = codesFile !== undefined && existsSync(codesFile);
if (!hasCodes) console.warn('Skipping ICD-10-CM shared-data tests: icd10cm/icd10cm_codes_2022.txt not found (set SHARED_DATA_DIR).');

function load(name: string) {
  const r = parseIcd10cmFile(readFileSync(join(icdDir!, name), 'utf8'), { fileName: name, importedAt: '2025-10-01T09:00' });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value.codeSet;
}

describe.skipIf(!hasCodes)('the CMS FY2022 codes file', () => {
  const set = hasCodes ? load('icd10cm_codes_2022.txt') : undefined;

  it('gives 72,750 billable codes and the derived headers', () => {
    expect(set!.release).toMatchObject({
      label: 'ICD-10-CM FY2022',
      effectiveFrom: '2021-10-01',
      effectiveTo: '2022-09-30',
      derivedHeaders: true,
      counts: { billable: 72_750, headers: 22_535, modifiers: 0, total: 95_285 },
    });
  });

  it.each([
    ['A000', 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
    ['R079', 'Chest pain, unspecified'],
    ['E1165', 'Type 2 diabetes mellitus with hyperglycemia'],
    ['S62001A', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture'],
    ['T1501XA', 'Foreign body in cornea, right eye, initial encounter'],
    ['U071', 'COVID-19'],
  ])('%s is "%s"', (code, title) => {
    expect(set!.entries.find((e) => e.code === code)).toMatchObject({ longTitle: title, billable: true });
  });

  const excerpts = icdDir && existsSync(icdDir) ? readdirSync(icdDir).filter((f) => f.startsWith('icd10cm_order_2026.')) : [];

  it.each(excerpts)('derives the same headers as the FY2026 order excerpt %s', (name) => {
    const order = load(name).entries;
    const firstInFile = readFileSync(join(icdDir!, name), 'utf8').slice(6, 13).trim();
    const official = new Set(order.filter((e) => !e.billable).map((e) => e.code));
    const derived = new Set(set!.entries.filter((e) => !e.billable).map((e) => e.code));
    const known2022 = new Set(set!.entries.map((e) => e.code));
    // Every official header is derived, and every derived header above a code of the
    // excerpt is official (except those above the excerpt's first line, which it cuts off).
    expect([...official].filter((h) => !derived.has(h))).toEqual([]);
    const extra = new Set<string>();
    for (const e of order) {
      if (!e.billable || !known2022.has(e.code)) continue;
      for (let k = 3; k < e.code.length; k++) {
        const a = e.code.slice(0, k);
        if (derived.has(a) && !official.has(a) && !firstInFile.startsWith(a)) extra.add(a);
      }
    }
    expect([...extra]).toEqual([]);
  });
});

describe.skipIf(!hasCodes)('the CMS FY2026 order-file excerpts', () => {
  it('the start of the file: header flags and titles', () => {
    const set = load('icd10cm_order_2026.head-00001-00145.txt');
    expect(set.release).toMatchObject({ format: 'icd10cm-order', label: 'ICD-10-CM FY2026', effectiveFrom: '2025-10-01', derivedHeaders: false });
    expect(set.entries).toHaveLength(145);
    expect(set.entries.find((e) => e.code === 'A01')).toEqual({
      code: 'A01',
      display: 'A01',
      shortTitle: 'Typhoid and paratyphoid fevers',
      longTitle: 'Typhoid and paratyphoid fevers',
      billable: false,
      kind: 'code',
    });
    expect(set.entries.find((e) => e.code === 'A0100')?.billable).toBe(true);
  });

  it('D89–E08: headers above 7-character codes whose 7th character is laterality', () => {
    const set = load('icd10cm_order_2026.excerpt-03867-03983.txt');
    expect(set.entries).toHaveLength(117);
    expect(set.entries.find((e) => e.code === 'E08321')).toMatchObject({ billable: false });
    expect(set.entries.filter((e) => e.code.startsWith('E08321') && e.code.length === 7).map((e) => e.code[6])).toEqual(['1', '2', '3', '9']);
  });

  it('S62 fractures: 7th characters A, B, D, G, K, P, S', () => {
    const set = load('icd10cm_order_2026.excerpt-51995-52083.txt');
    expect(set.entries).toHaveLength(89);
    expect(set.entries.find((e) => e.code === 'S62035')).toMatchObject({
      billable: false,
      longTitle: 'Nondisplaced fracture of proximal third of navicular [scaphoid] bone of left wrist',
    });
    expect(set.entries.filter((e) => e.code.startsWith('S62035') && e.code.length === 7).map((e) => e.code[6])).toEqual(['A', 'B', 'D', 'G', 'K', 'P', 'S']);
    expect(set.entries.find((e) => e.code === 'S62035B')).toMatchObject({
      shortTitle: 'Nondisp fx of prox 3rd of navic bone of l wrs, 7thB',
      longTitle: 'Nondisplaced fracture of proximal third of navicular [scaphoid] bone of left wrist, initial encounter for open fracture',
    });
  });

  it('the true end of the file', () => {
    const set = load('icd10cm_order_2026.tail-98170-98186.txt');
    // The order file ends with chapter 22 (U codes) after Z99.89, in tabular order.
    const lastLine = readFileSync(join(icdDir!, 'icd10cm_order_2026.tail-98170-98186.txt'), 'utf8').trimEnd().split('\n').pop();
    expect(lastLine?.slice(0, 13)).toBe('98186 U099   ');
    expect(set.entries.find((e) => e.code === 'Z9989')).toMatchObject({ longTitle: 'Dependence on other enabling machines and devices', billable: true });
    expect(set.entries.find((e) => e.code === 'U099')).toMatchObject({ longTitle: 'Post COVID-19 condition, unspecified', billable: true });
  });
});
