import { describe, expect, it } from 'vitest';
import {
  binaryFileIssue,
  checkImportSize,
  checkPlainText,
  classifyArchive,
  classifyFileSignature,
  detectCodeFileKind,
  pickArchiveEntry,
} from './file-checks';

describe('classifyFileSignature', () => {
  it.each([
    [[0x50, 0x4b, 3, 4], 'zip'],
    [[0xd0, 0xcf, 0x11, 0xe0], 'ole2'],
    [[0x25, 0x50, 0x44, 0x46], 'pdf'],
    [[0x1f, 0x8b, 8, 0], 'gzip'],
    [[0x41, 0x30, 0x30, 0x30], 'text'],
    [[], 'text'],
  ])('%j is %s', (bytes, kind) => {
    expect(classifyFileSignature(new Uint8Array(bytes))).toBe(kind);
  });
});

describe('binaryFileIssue', () => {
  it.each([
    ['ole2', 'import.excel', '"codes.txt" is an Excel workbook (.xls), not a text file: open it in Excel, save it as tab-separated text (Text (Tab delimited) *.txt) and import that file.'],
    ['pdf', 'import.binary', '"codes.txt" is a PDF document, not a text file: import the CMS text (.txt) or .zip file instead.'],
    ['gzip', 'import.binary', '"codes.txt" is a gzip archive: unpack it first and import the text file inside.'],
  ] as const)('%s', (signature, code, message) => {
    expect(binaryFileIssue(signature, 'codes.txt')).toEqual({ code, message, severity: 'error' });
  });
  it('lets text and zip through', () => {
    expect(binaryFileIssue('text', 'a')).toBeNull();
    expect(binaryFileIssue('zip', 'a')).toBeNull();
  });
});

describe('checkImportSize', () => {
  it('refuses a 200 MB file before reading it', () => {
    expect(checkImportSize(200 * 1024 * 1024, 'icd10cm_everything.txt')).toEqual({
      code: 'import.too-large',
      message:
        '"icd10cm_everything.txt" is 200.0 MB; the largest code file the workbench reads is 50.0 MB (the full CMS ICD-10-CM order file is about 20 MB). Check that this is the right file.',
      severity: 'error',
    });
  });
  it('refuses an empty file and accepts a normal one', () => {
    expect(checkImportSize(0, 'a.txt')?.message).toBe('"a.txt" is empty (0 bytes).');
    expect(checkImportSize(6_000_000, 'a.txt')).toBeNull();
  });
});

describe('archives', () => {
  it('tells a workbook from an archive', () => {
    expect(classifyArchive(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml'])).toBe('xlsx');
    expect(classifyArchive(['word/document.xml'])).toBe('docx');
    expect(classifyArchive(['icd10cm_codes_2022.txt'])).toBe('archive');
  });

  it('picks the ICD order file over the codes file, ignoring addenda', () => {
    const names = ['Code Descriptions/', 'Code Descriptions/icd10cm_codes_addenda_2022.txt', 'Code Descriptions/icd10cm_codes_2022.txt', 'Code Descriptions/icd10cm_order_2022.txt', 'icd10cm_order_2022.pdf'];
    expect(pickArchiveEntry('icd10cm', '2022-code-descriptions.zip', names)).toEqual({
      ok: true,
      value: {
        name: 'Code Descriptions/icd10cm_order_2022.txt',
        note: 'Read icd10cm_order_2022.txt from 2022-code-descriptions.zip: the order file (it carries the official header titles).',
      },
    });
    expect(pickArchiveEntry('icd10cm', 'x.zip', ['icd10cm-codes-2024.txt'])).toEqual({
      ok: true,
      value: { name: 'icd10cm-codes-2024.txt', note: 'Read icd10cm-codes-2024.txt from x.zip: the codes file.' },
    });
  });

  it('says what it found when the archive has no file it can use', () => {
    expect(pickArchiveEntry('icd10cm', 'tabular.zip', ['icd10cm_tabular_2022.xml', 'icd10cm_index_2022.xml'])).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.archive-entry',
          message:
            '"tabular.zip" holds no CMS ICD-10-CM order or codes file (icd10cm_order_YYYY.txt or icd10cm_codes_YYYY.txt); found icd10cm_tabular_2022.xml, icd10cm_index_2022.xml.',
          severity: 'error',
        },
      ],
    });
  });

  it('picks the HCPCS fixed-width file and the only CSV', () => {
    expect(pickArchiveEntry('hcpcs', '19anweb.zip', ['HCPC2019_README.txt', 'HCPC2019_CONTR_ANWEB.xlsx', 'HCPC2019_CONTR_ANWEB.txt'])).toMatchObject({
      ok: true,
      value: { name: 'HCPC2019_CONTR_ANWEB.txt' },
    });
    expect(pickArchiveEntry('local', 'codes.zip', ['readme.txt', 'service-codes.csv'])).toMatchObject({ ok: true, value: { name: 'service-codes.csv' } });
    expect(pickArchiveEntry('cpt', 'cpt.zip', ['a.txt', 'b.txt'])).toMatchObject({
      ok: false,
      errors: [{ message: '"cpt.zip" holds 2 text files (a.txt, b.txt); unpack it and import the one you mean.' }],
    });
  });
});

describe('checkPlainText', () => {
  it('recognises an Excel workbook that reached an importer as text', () => {
    expect(checkPlainText('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml…xl/workbook.xml', 'codes.txt')).toEqual({
      code: 'import.excel',
      message: '"codes.txt" is an Excel workbook (.xlsx), not a text file: open it in Excel, save it as tab-separated text (Text (Tab delimited) *.txt) and import that file.',
      severity: 'error',
    });
  });
  it('recognises other binary files', () => {
    expect(checkPlainText('PK\u0003\u0004abc.txt', 'a.txt')?.code).toBe('import.zip-as-text');
    expect(checkPlainText('\u00d0\u00cf\u0011\u00e0', 'a.txt')?.code).toBe('import.excel');
    expect(checkPlainText('abc\u0000def', 'a.txt')?.code).toBe('import.binary');
    expect(checkPlainText('A000    Cholera\n', 'a.txt')).toBeNull();
  });
});

describe('detectCodeFileKind', () => {
  const hcpcsRecord = '   A1001007Dressing for one wound'.padEnd(320);
  it.each([
    ['A000    Cholera due to Vibrio cholerae 01, biovar cholerae\n', 'icd10cm-codes'],
    ['00001 A00     0 Cholera                                                      Cholera\n', 'icd10cm-order'],
    [`CENTERS FOR MEDICARE\n\n${hcpcsRecord}\n`, 'hcpcs-fixed-width'],
    [',,2025 National Physician Fee Schedule\nHCPCS,MOD,DESCRIPTION,CODE\n0001F,,,I\n', 'cms-pfs-rvu'],
    ['<?xml version="1.0"?>\n<ICD10CM.tabular>\n', 'xml'],
    ['code,description\n99,Outlier\n', 'delimited'],
    ['\n\n', 'empty'],
    ['hello world\nthis is a letter\n', 'unknown'],
  ])('%#: %s', (text, kind) => {
    expect(detectCodeFileKind(text)).toBe(kind);
  });
});
