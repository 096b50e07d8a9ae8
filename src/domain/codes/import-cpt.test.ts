import { describe, expect, it } from 'vitest';
import { parseCptFile, sniffDelimitedFile } from './import-cpt';
import { codesLine } from './testing/fixtures';

// A made-up organisation file: the descriptions are the team's own words, not AMA descriptors.
const TSV = 'Code\tShort\tLong descriptor\n99213\tEst pt visit L3\tEstablished patient clinic visit, level 3\n99214\tEst pt visit L4\tEstablished patient clinic visit, level 4\n93000\tECG complete\tECG with interpretation and report\n';
const CSV_NO_HEADER = '99213,"Clinic visit, established, level 3"\n0001F,"Quality measure, heart failure"\n';
const source = { fileName: 'cpt-2025.txt', importedAt: '2025-01-02T08:00' };

describe('sniffDelimitedFile', () => {
  it('finds the delimiter, the header row, samples and a mapping', () => {
    expect(sniffDelimitedFile(TSV, 'cpt-2025.txt')).toEqual({
      ok: true,
      value: {
        delimiter: '\t',
        headerRow: ['Code', 'Short', 'Long descriptor'],
        columns: [
          { index: 0, name: 'Code', samples: ['99213', '99214', '93000'] },
          { index: 1, name: 'Short', samples: ['Est pt visit L3', 'Est pt visit L4', 'ECG complete'] },
          { index: 2, name: 'Long descriptor', samples: ['Established patient clinic visit, level 3', 'Established patient clinic visit, level 4', 'ECG with interpretation and report'] },
        ],
        rowCount: 3,
        suggested: { codeColumn: 0, hasHeader: true, delimiter: '\t', shortColumn: 1, longColumn: 2 },
      },
    });
  });

  it('reads a headerless CSV with quoted commas', () => {
    expect(sniffDelimitedFile(CSV_NO_HEADER)).toMatchObject({
      ok: true,
      value: { delimiter: ',', rowCount: 2, suggested: { codeColumn: 0, hasHeader: false, longColumn: 1 }, columns: [{ name: 'Column 1' }, { name: 'Column 2' }] },
    });
  });

  it('recognises the fee-schedule RVU file', () => {
    const pfs = ',,2025 National Physician Fee Schedule,,\n,,RELEASED 09/11/2025,,\nHCPCS,MOD,DESCRIPTION,CODE,PAYMENT\n0001F,,,I,\n';
    expect(sniffDelimitedFile(pfs)).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.wrong-kind',
          message:
            "Line 3: this is the CMS Physician Fee Schedule relative value (RVU) file ('HCPCS,MOD,DESCRIPTION,…'): it holds payment data and no CPT descriptors. Import your licensed CPT file (a code column and one or two descriptor columns) instead.",
          severity: 'error',
          line: 3,
        },
      ],
    });
  });

  it('says when a file is not a table', () => {
    expect(sniffDelimitedFile(`${codesLine('A000', 'Cholera due to Vibrio cholerae 01 biovar cholerae')}\n`, 'x.txt')).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.wrong-kind',
          message:
            "Line 1: expected a table of codes and descriptions separated by tabs or commas, found 'A000    Cholera due to Vibrio…'. This looks like the CMS ICD-10-CM codes file; import it as ICD-10-CM.",
          severity: 'error',
          line: 1,
        },
      ],
    });
    expect(sniffDelimitedFile('', 'x.txt')).toMatchObject({ ok: false, errors: [{ code: 'import.empty' }] });
  });
});

describe('parseCptFile', () => {
  it('reads codes with the mapping', () => {
    const r = parseCptFile(TSV, { codeColumn: 0, shortColumn: 1, longColumn: 2, hasHeader: true }, source);
    expect(r).toMatchObject({ ok: true, value: { warnings: [] } });
    if (!r.ok) return;
    expect(r.value.codeSet.entries[0]).toEqual({
      code: '99213',
      display: '99213',
      shortTitle: 'Est pt visit L3',
      longTitle: 'Established patient clinic visit, level 3',
      billable: true,
      kind: 'code',
    });
    expect(r.value.codeSet.release).toMatchObject({ label: 'CPT 2025', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', format: 'cpt-delimited', counts: { billable: 3 } });
  });

  it('uses one descriptor column for both titles, and reads Category II codes', () => {
    const r = parseCptFile(CSV_NO_HEADER, { codeColumn: 0, longColumn: 1, hasHeader: false }, source);
    expect(r.ok && r.value.codeSet.entries.map((e) => [e.code, e.shortTitle])).toEqual([
      ['99213', 'Clinic visit, established, level 3'],
      ['0001F', 'Quality measure, heart failure'],
    ]);
  });

  it('reads identical repeated rows once, with a warning', () => {
    const r = parseCptFile('99213\tVisit\n99213\tVisit\n', { codeColumn: 0, longColumn: 1, hasHeader: false }, source);
    expect(r.ok && r.value.warnings.map((w) => w.message)).toEqual(['1 repeated row was read once.']);
  });

  it('the fee-schedule RVU file given to the CPT importer', () => {
    const pfs = ',,2025 National Physician Fee Schedule,,\nHCPCS,MOD,DESCRIPTION,CODE\n0001F,,,I\n';
    expect(parseCptFile(pfs, { codeColumn: 0, longColumn: 2, hasHeader: true }, source)).toMatchObject({
      ok: false,
      errors: [{ code: 'import.wrong-kind', line: 2 }],
    });
  });

  it('lists every bad row with what was expected and found', () => {
    const bad = 'Code,Desc\n9921,Short code\nA0425,Ground mileage\n99214,\n99215\n99213,Visit\n99213,Another visit\n';
    const r = parseCptFile(bad, { codeColumn: 0, longColumn: 1, hasHeader: true }, source);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      "Line 2: expected a CPT code in column 1 (\"Code\") (5 characters like 99213 or 0001F), found '9921'.",
      "Line 3: expected a CPT code in column 1 (\"Code\") (5 characters like 99213 or 0001F), found 'A0425'. HCPCS Level II codes belong in the HCPCS import.",
      'Line 4: expected a description of 99214 in column 2 ("Desc"), found nothing.',
      "Line 5: expected at least 2 comma-separated columns, found 1 ('99215').",
      'Line 7: 99213 appears twice with different descriptions (first on line 6).',
    ]);
  });

  it.each([
    [{ codeColumn: 0, hasHeader: false }, 'Choose the column that holds the descriptions (short, long or both).'],
    [{ codeColumn: 1, longColumn: 1, hasHeader: false }, 'The code and description columns must be different columns.'],
    [{ codeColumn: -1, longColumn: 1, hasHeader: false }, 'Column numbers must be whole numbers from 1 up.'],
  ])('refuses a bad mapping %j', (mapping, message) => {
    expect(parseCptFile(TSV, mapping, source)).toMatchObject({ ok: false, errors: [{ code: 'import.mapping', message }] });
  });

  it('an empty file, an Excel workbook, an unclosed quote', () => {
    const m = { codeColumn: 0, longColumn: 1, hasHeader: false };
    expect(parseCptFile('', m, source)).toMatchObject({ ok: false, errors: [{ code: 'import.empty' }] });
    expect(parseCptFile('PK\u0003\u0004 xl/workbook.xml', m, { ...source, fileName: 'cpt.txt' })).toMatchObject({ ok: false, errors: [{ code: 'import.excel' }] });
    expect(parseCptFile('99213,"Visit\n', m, source)).toMatchObject({ ok: false, errors: [{ code: 'import.csv.unclosed-quote', line: 1 }] });
    expect(parseCptFile('Code,Desc\n', { ...m, hasHeader: true }, source)).toMatchObject({
      ok: false,
      errors: [{ message: '"cpt-2025.txt" holds no CPT codes below its header row.' }],
    });
  });
});
