import { describe, expect, it } from 'vitest';
import { parseHcpcsFile } from './import-hcpcs';
import { codesLine, hcpcsRecord } from './testing/fixtures';

const source = { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: '2025-10-01T09:00' };
const preamble = ['***Disclaimers\t\t\t', '*Inclusion or exclusion of a procedure does not imply coverage.', '', ''];
const records = [
  hcpcsRecord({ code: 'A0080', recordId: '3', long: 'Non-emergency transportation, per mile - vehicle provided by volunteer', short: 'Noninterest escort in non er', added: '19820101', actionEffective: '20030101', action: 'N' }),
  hcpcsRecord({ code: 'A0080', seq: '00200', recordId: '4', long: '(individual or organization), with no vested interest' }),
  hcpcsRecord({ code: 'J9035', recordId: '3', long: 'Injection, bevacizumab, 10 mg', short: 'Bevacizumab injection', added: '20050101', actionEffective: '20050101', action: 'N' }),
  hcpcsRecord({ code: 'LT', recordId: '7', long: 'Left side (used to identify procedures performed on the left side of the body)', short: 'Left side', added: '19920101', actionEffective: '19920101', action: 'N' }),
  hcpcsRecord({ code: 'CP', recordId: '7', long: 'Adjunctive service related to a procedure assigned to a comprehensive', short: 'C-apc adjunctive service', added: '20160101', actionEffective: '20180101', terminated: '20171231', action: 'N' }),
  hcpcsRecord({ code: 'CP', seq: '00200', recordId: '8', long: 'ambulatory payment classification (c-apc) procedure' }),
];
const text = [...preamble, ...records, ''].join('\r\n');

function ok(t: string) {
  const r = parseHcpcsFile(t, source);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value.codeSet;
}
function messages(t: string): string[] {
  const r = parseHcpcsFile(t, source);
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors.map((e) => e.message);
}

describe('parseHcpcsFile', () => {
  it('joins continuation records and reads the dates and action code', () => {
    const set = ok(text);
    expect(set.entries).toEqual([
      {
        code: 'A0080',
        display: 'A0080',
        shortTitle: 'Noninterest escort in non er',
        longTitle: 'Non-emergency transportation, per mile - vehicle provided by volunteer (individual or organization), with no vested interest',
        billable: true,
        kind: 'code',
        effectiveFrom: '1982-01-01',
        actionEffectiveOn: '2003-01-01',
        actionCode: 'N',
      },
      {
        code: 'J9035',
        display: 'J9035',
        shortTitle: 'Bevacizumab injection',
        longTitle: 'Injection, bevacizumab, 10 mg',
        billable: true,
        kind: 'code',
        effectiveFrom: '2005-01-01',
        actionEffectiveOn: '2005-01-01',
        actionCode: 'N',
      },
      {
        code: 'LT',
        display: 'LT',
        shortTitle: 'Left side',
        longTitle: 'Left side (used to identify procedures performed on the left side of the body)',
        billable: false,
        kind: 'modifier',
        effectiveFrom: '1992-01-01',
        actionEffectiveOn: '1992-01-01',
        actionCode: 'N',
      },
      {
        code: 'CP',
        display: 'CP',
        shortTitle: 'C-apc adjunctive service',
        longTitle: 'Adjunctive service related to a procedure assigned to a comprehensive ambulatory payment classification (c-apc) procedure',
        billable: false,
        kind: 'modifier',
        effectiveFrom: '2016-01-01',
        effectiveTo: '2017-12-31',
        actionEffectiveOn: '2018-01-01',
        actionCode: 'N',
      },
    ]);
    expect(set.release).toMatchObject({
      label: 'HCPCS Level II 2019',
      effectiveFrom: '2019-01-01',
      effectiveTo: '2019-12-31',
      format: 'hcpcs-fixed-width',
      counts: { billable: 2, headers: 0, modifiers: 2, total: 4 },
    });
  });

  it('reads LF files and records whose trailing blanks were trimmed', () => {
    const trimmed = [...preamble, ...records.map((r) => r.trimEnd()), ''].join('\n');
    expect(ok(trimmed).entries.map((e) => e.code)).toEqual(['A0080', 'J9035', 'LT', 'CP']);
  });

  it('an empty file', () => {
    expect(messages('')).toEqual(['"HCPC2019_CONTR_ANWEB.txt" is empty: expected the CMS HCPCS Level II fixed-width file (320-character records).']);
  });

  it('a truncated file (last record cut)', () => {
    const cut = [...preamble, records[0], records[2]!.slice(0, 57)].join('\r\n');
    expect(parseHcpcsFile(cut, source)).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.truncated',
          message: "Line 6: the file ends in the middle of a record (57 of 320 characters, 'J9035001003Injection, bevacizumab, 10 mg'): it looks cut off. Download the file again.",
          severity: 'error',
          line: 6,
        },
      ],
    });
  });

  it('the ICD-10-CM codes file given to the HCPCS importer', () => {
    expect(messages(`${codesLine('A000', 'Cholera due to Vibrio cholerae 01, biovar cholerae')}\n`)).toEqual([
      "Line 1: expected a HCPCS record (a code such as A0021 in columns 1–5, a sequence number in 6–10 and record id 3, 4, 7 or 8 in column 11), found 'A000    Cholera due to Vibrio…'. This looks like the CMS ICD-10-CM codes file; import it as ICD-10-CM.",
    ]);
  });

  it('an Excel workbook renamed to .txt', () => {
    expect(messages('PK\u0003\u0004 [Content_Types].xml xl/worksheets/sheet1.xml')[0]).toBe(
      '"HCPC2019_CONTR_ANWEB.txt" is an Excel workbook (.xlsx), not a text file: open it in Excel, save it as tab-separated text (Text (Tab delimited) *.txt) and import that file.',
    );
  });

  it('bad records: a stray line, an orphan continuation, a bad date, a duplicate', () => {
    const bad = [
      ...preamble,
      records[2],
      'this is not a record',
      hcpcsRecord({ code: 'J1100', seq: '00200', recordId: '4', long: 'orphan continuation' }),
      hcpcsRecord({ code: 'J1885', recordId: '3', long: 'Injection, ketorolac tromethamine, per 15 mg', added: '19931399' }),
      records[2],
      '',
    ].join('\r\n');
    expect(messages(bad)).toEqual([
      "Line 6: expected a HCPCS record (code in columns 1–5, sequence number in 6–10, record id 3, 4, 7 or 8 in column 11), found 'this is not a record'.",
      'Line 7: a continuation record of J1100 (record id 4) does not follow its first record.',
      "Line 8: expected a date (YYYYMMDD) or blanks in columns 269–276 for J1885, found '19931399'.",
      'Line 9: J9035 appears twice (first on line 5).',
    ]);
  });

  it('a record without a long description', () => {
    expect(messages([...preamble, hcpcsRecord({ code: 'J1100', recordId: '3', long: '' }), ''].join('\r\n'))).toEqual([
      'Line 5: expected the long description of J1100 in columns 12–91, found nothing.',
    ]);
  });

  it('stops when cancelled', () => {
    expect(parseHcpcsFile(text, source, { isCancelled: () => true })).toMatchObject({ ok: false, errors: [{ code: 'import.cancelled' }] });
  });
});
