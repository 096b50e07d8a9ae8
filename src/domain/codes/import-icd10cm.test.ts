import { describe, expect, it } from 'vitest';
import type { CodeEntry } from './code-types';
import type { ImportSource } from './import-common';
import { commonTitlePrefix, DERIVED_HEADER_FALLBACK, deriveIcdHeaders, detectIcdLayout, parseIcd10cmFile } from './import-icd10cm';
import { codesLine, hcpcsRecord, ICD_CODES_FIXTURE, ICD_CODES_TEXT, ICD_ORDER_TEXT, orderLine } from './testing/fixtures';

const source: ImportSource = { fileName: 'icd10cm_codes_2022.txt', importedAt: '2025-10-01T09:00' };

function ok(text: string, src = source) {
  const r = parseIcd10cmFile(text, src);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
}
function messages(text: string, src = source): string[] {
  const r = parseIcd10cmFile(text, src);
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors.map((e) => e.message);
}

describe('detectIcdLayout', () => {
  it.each([
    [codesLine('A000', 'Cholera due to Vibrio cholerae 01, biovar cholerae'), 'codes'],
    [orderLine(1, 'A00', false, 'Cholera'), 'order'],
    ['HCPCS,MOD,DESCRIPTION', null],
    ['A00.0   Cholera', null],
  ])('%j → %s', (line, layout) => {
    expect(detectIcdLayout(line)).toBe(layout);
  });
});

describe('parseIcd10cmFile: the codes file', () => {
  it('reads every code, derives the headers and describes the release', () => {
    const { codeSet, warnings } = ok(ICD_CODES_TEXT);
    expect(warnings).toEqual([]);
    const billable = codeSet.entries.filter((e) => e.billable);
    expect(billable).toHaveLength(ICD_CODES_FIXTURE.length);
    expect(codeSet.entries.find((e) => e.code === 'R079')).toEqual({
      code: 'R079',
      display: 'R07.9',
      shortTitle: 'Chest pain, unspecified',
      longTitle: 'Chest pain, unspecified',
      billable: true,
      kind: 'code',
    });
    expect(codeSet.entries.filter((e) => !e.billable).map((e) => e.display)).toEqual([
      'A00',
      'E11',
      'E11.0',
      'E11.6',
      'I11',
      'M17',
      'M17.1',
      'N39',
      'R07',
      'R07.8',
      'S62',
      'S62.0',
      'S62.00',
      'S62.001',
      'S62.002',
      'S62.009',
      'T15',
      'T15.0',
      'T15.01',
      'W19',
    ]);
    expect(codeSet.release).toEqual({
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
      counts: { billable: 36, headers: 20, modifiers: 0, total: 56 },
      notes: [
        'The codes file lists billable codes only: category and subcategory headers were derived from them, and their titles are the words their codes share.',
        'Effective dates 2021-10-01 to 2022-09-30 read from the file name (fiscal year 2022); change them if they are wrong.',
      ],
    });
  });

  it('returns the entries sorted by code', () => {
    const codes = ok(ICD_CODES_TEXT).codeSet.entries.map((e) => e.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('takes the user label and dates over the file name', () => {
    const { codeSet } = ok(ICD_CODES_TEXT, { ...source, overrides: { label: 'FY2022 (our copy)', effectiveFrom: '2021-10-01', effectiveTo: '2022-12-31' } });
    expect([codeSet.release.label, codeSet.release.effectiveFrom, codeSet.release.effectiveTo]).toEqual(['FY2022 (our copy)', '2021-10-01', '2022-12-31']);
  });

  it('reads CRLF files and a byte-order mark', () => {
    expect(ok(`\ufeff${ICD_CODES_TEXT.replace(/\n/g, '\r\n')}`).codeSet.release.counts.billable).toBe(36);
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    parseIcd10cmFile(ICD_CODES_TEXT, source, { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0, 1]);
  });

  it('stops when cancelled', () => {
    expect(parseIcd10cmFile(ICD_CODES_TEXT, source, { isCancelled: () => true })).toEqual({
      ok: false,
      errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }],
    });
  });
});

describe('parseIcd10cmFile: the order file', () => {
  it('reads header flags, short and long titles', () => {
    const { codeSet } = ok(ICD_ORDER_TEXT, { fileName: 'icd10cm_order_2026.txt', importedAt: 't' });
    expect(codeSet.release).toMatchObject({ format: 'icd10cm-order', derivedHeaders: false, label: 'ICD-10-CM FY2026', counts: { billable: 9, headers: 3 } });
    expect(codeSet.entries.find((e) => e.code === 'R07')).toEqual({
      code: 'R07',
      display: 'R07',
      shortTitle: 'Pain in throat and chest',
      longTitle: 'Pain in throat and chest',
      billable: false,
      kind: 'code',
    });
    expect(codeSet.entries.find((e) => e.code === 'S62001A')).toMatchObject({
      display: 'S62.001A',
      shortTitle: 'Unsp fx right wrist, init for clos fx',
      longTitle: 'Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture',
      billable: true,
    });
  });
});

describe('parseIcd10cmFile: bad input', () => {
  it.each([
    ['', 'import.empty'],
    ['\n \n', 'import.empty'],
  ])('an empty file %j', (text, code) => {
    const r = parseIcd10cmFile(text, source);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          code,
          message: '"icd10cm_codes_2022.txt" is empty: expected the CMS ICD-10-CM codes file (lines like "A000    Cholera due to …") or order file.',
          severity: 'error',
        },
      ],
    });
  });

  it('a truncated file (last line cut)', () => {
    const text = `${codesLine('R0789', 'Other chest pain')}\n${codesLine('R079', 'Chest pa')}`;
    expect(parseIcd10cmFile(text, source)).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.truncated',
          message: "Line 2: the file ends in the middle of a line ('R079    Chest pa'): it looks cut off. Download or copy the file again.",
          severity: 'error',
          line: 2,
        },
      ],
    });
  });

  it('an Excel workbook renamed to .txt', () => {
    expect(messages('PK\u0003\u0004\u0014\u0000[Content_Types].xml xl/workbook.xml', { ...source, fileName: 'icd10cm_codes_2022.txt' })).toEqual([
      '"icd10cm_codes_2022.txt" is an Excel workbook (.xlsx), not a text file: open it in Excel, save it as tab-separated text (Text (Tab delimited) *.txt) and import that file.',
    ]);
  });

  it('the HCPCS file given to the ICD importer', () => {
    const hcpcs = ['***Disclaimers\t\t\t', '', hcpcsRecord({ code: 'A0021', recordId: '3', long: 'Ambulance service, outside state per mile, transport (medicaid only)' }), ''].join('\r\n');
    expect(messages(hcpcs)).toEqual([
      "Line 1: expected an ICD-10-CM code in columns 1–7 (like A000), found '***Disclaimers'. This looks like the CMS HCPCS Level II file; import it as HCPCS.",
    ]);
  });

  it('the fee-schedule CSV given to the ICD importer', () => {
    const pfs = ',,2025 National Physician Fee Schedule Relative Value File October Release,,,\r\nHCPCS,MOD,DESCRIPTION,CODE\r\n0001F,,,I\r\n';
    expect(messages(pfs)).toEqual([
      "Line 1: expected an ICD-10-CM code in columns 1–7 (like A000), found ',,2025 National Physician Fee…'. This looks like the CMS Physician Fee Schedule relative value (RVU) file, which has no code descriptions.",
    ]);
  });

  it('a bad line in the middle, located by line', () => {
    const text = [codesLine('R0789', 'Other chest pain'), 'R07.9   Chest pain', codesLine('I10', ''), ''].join('\n');
    expect(parseIcd10cmFile(text, source)).toEqual({
      ok: false,
      errors: [
        { code: 'import.icd.code', message: "Line 2: expected an ICD-10-CM code in columns 1–7 (like A000), found 'R07.9   Chest pain'.", severity: 'error', line: 2 },
        { code: 'import.icd.title', message: 'Line 3: expected the title of I10 from column 9, found nothing.', severity: 'error', line: 3 },
      ],
    });
  });

  it('a code listed twice', () => {
    const text = [codesLine('R079', 'Chest pain, unspecified'), codesLine('I10', 'Essential (primary) hypertension'), codesLine('R079', 'Chest pain, unspecified'), ''].join('\n');
    expect(messages(text)).toEqual(['Line 3: R07.9 appears twice (first on line 1).']);
  });

  it('order-file records with a bad header flag, order number or missing titles', () => {
    const good = orderLine(1, 'R07', false, 'Pain in throat and chest');
    const badFlag = `${orderLine(2, 'R070', true, 'Pain in throat').slice(0, 14)}X${orderLine(2, 'R070', true, 'Pain in throat').slice(15)}`;
    const badOrder = `0000A${good.slice(5)}`;
    const noTitle = orderLine(4, 'R071', true, '').slice(0, 17);
    expect(messages([good, badFlag, badOrder, noTitle, ''].join('\n'), { ...source, fileName: 'icd10cm_order_2026.txt' })).toEqual([
      "Line 2: expected the header flag 0 (header) or 1 (billable) in column 15, found 'X'.",
      "Line 3: expected a 5-digit order number in columns 1–5, found '0000A'.",
      "Line 4: expected the short title in columns 17–76 and the long title from column 78 for R07.1, found ''.",
    ]);
  });

  it('refuses bad user dates before reading', () => {
    expect(messages(ICD_CODES_TEXT, { ...source, overrides: { effectiveFrom: '2022-10-01', effectiveTo: '2022-09-30' } })).toEqual([
      'The effective end date 2022-09-30 is before the start date 2022-10-01.',
    ]);
  });

  it('lists 20 problems and counts the rest', () => {
    const text = Array.from({ length: 25 }, (_, i) => `bad line ${i}`).join('\n');
    const all = messages(`${codesLine('I10', 'Essential (primary) hypertension')}\n${text}\n`);
    expect(all).toHaveLength(21);
    expect(all[20]).toBe('…and 5 more problems of the same kinds.');
  });
});

describe('deriveIcdHeaders', () => {
  const entry = (code: string, longTitle: string): CodeEntry => ({ code, display: code, shortTitle: longTitle, longTitle, billable: true, kind: 'code' });

  it('makes every level above a code, but no placeholder X level', () => {
    expect(deriveIcdHeaders([entry('T1501XA', 'Foreign body in cornea, right eye, initial encounter')]).map((h) => h.code)).toEqual(['T15', 'T150', 'T1501']);
  });

  it('titles a header with the words its codes share, or marks it derived', () => {
    const headers = deriveIcdHeaders(ICD_CODES_FIXTURE.map(([c, t]) => entry(c, t)));
    const title = (code: string) => headers.find((h) => h.code === code)?.longTitle;
    expect(title('E11')).toBe('Type 2 diabetes mellitus');
    expect(title('E110')).toBe('Type 2 diabetes mellitus with hyperosmolarity');
    expect(title('M171')).toBe('Unilateral primary osteoarthritis');
    expect(title('S62001')).toBe('Unspecified fracture of navicular [scaphoid] bone of right wrist');
    expect(title('S620')).toBe('Unspecified fracture of navicular [scaphoid] bone');
    expect(title('R07')).toBe(DERIVED_HEADER_FALLBACK);
    expect(title('R078')).toBe(DERIVED_HEADER_FALLBACK);
    expect(headers.every((h) => h.derived === true && !h.billable)).toBe(true);
  });
});

describe('commonTitlePrefix', () => {
  it.each([
    [['Type 2 diabetes mellitus with ketoacidosis', 'Type 2 diabetes mellitus without complications'], 'Type 2 diabetes mellitus'],
    [['Fracture of right wrist, initial', 'Fracture of right wrist, sequela'], 'Fracture of right wrist'],
    [['Abc def', 'Abc def, ghi'], 'Abc def'],
    [['Essential (primary) hypertension', 'Essential (primary hypertension'], 'Essential'],
    [['Pain in throat', 'Chest pain'], ''],
    [[], ''],
  ])('%j → %j', (titles, prefix) => {
    expect(commonTitlePrefix(titles)).toBe(prefix);
  });
});
