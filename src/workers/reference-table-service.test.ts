import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PtpTableData } from '../domain/rules';
import { createReferenceTableWorkerApi, textParts, type ReferenceImportProgress } from './reference-table-service';

const PTP_1 = 'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n80053\t80048\t\t19960101\t*\t0\tPanel\r\n';
const PTP_2 = '45380\t45378\t\t20210101\t*\t1\tEndoscopy\n';
const MUE = 'HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n93306,1,3 Date of Service Edit: Clinical,Nature of Service\n';
const importedAt = '2025-10-05T09:00:00';

describe('textParts', () => {
  it.each([
    ['a text file', strToU8(PTP_1), 'ptp.txt', ['ptp.txt']],
    ['a CMS zip: every text part in name order, other files skipped', zipSync({ 'b/ptp2.txt': strToU8(PTP_2), 'a/ptp1.txt': strToU8(PTP_1), 'readme.pdf': strToU8('%PDF-1.4') }), 'ccipra.zip', ['ccipra.zip › ptp1.txt', 'ccipra.zip › ptp2.txt']],
  ])('reads %s', (_what, bytes, name, names) => {
    const r = textParts(bytes, name);
    expect(r.ok && r.value.map((p) => p.name)).toEqual(names);
  });

  it.each([
    ['a zip without text parts', zipSync({ 'x.pdf': strToU8('%PDF-1.4') }), 'x.zip', 'x.zip holds no .txt, .csv or .tsv file (found: x.pdf).'],
    ['a damaged zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'cut.zip', '"cut.zip" looks like a zip archive but cannot be opened: it may be damaged or cut off.'],
  ])('refuses %s', (_what, bytes, name, message) => {
    const r = textParts(bytes, name);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([message]);
  });
});

describe('createReferenceTableWorkerApi: importFiles', () => {
  it('imports the parts of a PTP table into one compact table, with progress', async () => {
    const seen: ReferenceImportProgress['phase'][] = [];
    const r = await createReferenceTableWorkerApi().importFiles(
      { kind: 'ncci-ptp', setting: 'hospital', files: [{ name: 'p1.txt', file: new Blob([PTP_1]) }, { name: 'p2.txt', file: strToU8(PTP_2) }], importedAt },
      (p) => seen.push(p.phase),
    );
    expect(r.ok && r.value.meta).toMatchObject({ kind: 'ncci-ptp', setting: 'hospital', label: 'NCCI PTP outpatient hospital (2 files)', rowCount: 2, fileNames: ['p1.txt', 'p2.txt'] });
    expect(r.ok && (r.value.data as PtpTableData).column1).toBeInstanceOf(Uint32Array);
    expect(seen[0]).toBe('reading');
    expect(seen.at(-1)).toBe('parsing');
  });

  it('refuses a file of another kind, naming what it found and where', async () => {
    const r = await createReferenceTableWorkerApi().importFiles({ kind: 'ncci-ptp', setting: 'practitioner', files: [{ name: 'mue.csv', file: strToU8(MUE) }], importedAt });
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(/^mue\.csv, line 1: this is an MUE table .* Expected an NCCI PTP table/);
  });

  it('refuses an Excel workbook saved under a text name', async () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const r = await createReferenceTableWorkerApi().importFiles({ kind: 'mue', setting: 'practitioner', files: [{ name: 'mue.zip', file: xlsx }], importedAt });
    expect(r.ok ? '' : r.errors[0]!.code).toBe('import.excel');
  });
});
