import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeCodeFile, decodeText } from './code-file';

const ICD = 'R079    Chest pain, unspecified\n';

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(strToU8('Ménière’s disease'))).toEqual({ text: 'Ménière’s disease', note: null });
  });
  it('falls back to Windows-1252 with a note', () => {
    // "Ménière’s" in Windows-1252: é = E9, è = E8, ’ = 92.
    const bytes = new Uint8Array([0x4d, 0xe9, 0x6e, 0x69, 0xe8, 0x72, 0x65, 0x92, 0x73]);
    expect(decodeText(bytes)).toEqual({
      text: 'Ménière’s',
      note: 'The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check accented characters in titles.',
    });
  });
});

describe('decodeCodeFile', () => {
  it('passes plain text through', () => {
    expect(decodeCodeFile(strToU8(ICD), 'icd10cm_codes_2022.txt', 'icd10cm')).toEqual({ ok: true, value: { text: ICD, fileName: 'icd10cm_codes_2022.txt', notes: [] } });
  });

  it('unpacks the CMS zip and says which file it read', () => {
    const zip = zipSync({
      'Code Descriptions/icd10cm_codes_2022.txt': strToU8(ICD),
      'Code Descriptions/icd10cm_order_2022.txt': strToU8('00001 R07     0 Pain in throat and chest\n'),
      'Code Descriptions/icd10cm_codes_addenda_2022.txt': strToU8('Add: R0789\n'),
    });
    expect(decodeCodeFile(zip, '2022-code-descriptions-tabular-order.zip', 'icd10cm')).toEqual({
      ok: true,
      value: {
        text: '00001 R07     0 Pain in throat and chest\n',
        fileName: '2022-code-descriptions-tabular-order.zip › icd10cm_order_2022.txt',
        notes: ['Read icd10cm_order_2022.txt from 2022-code-descriptions-tabular-order.zip: the order file (it carries the official header titles).'],
      },
    });
  });

  it('recognises an Excel workbook renamed to .txt', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(decodeCodeFile(xlsx, 'cpt-2025.txt', 'cpt')).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.excel',
          message: '"cpt-2025.txt" is an Excel workbook (.xlsx), not a text file: open it in Excel, save it as tab-separated text (Text (Tab delimited) *.txt) and import that file.',
          severity: 'error',
        },
      ],
    });
  });

  it('refuses an archive without a usable file, a damaged zip, a PDF and an empty file', () => {
    const zip = zipSync({ 'readme.pdf': strToU8('%PDF') });
    expect(decodeCodeFile(zip, 'x.zip', 'icd10cm')).toMatchObject({ ok: false, errors: [{ code: 'import.archive-entry' }] });
    expect(decodeCodeFile(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'x.zip', 'icd10cm')).toMatchObject({
      ok: false,
      errors: [{ code: 'import.zip', message: '"x.zip" looks like a zip archive but cannot be opened: it may be damaged or cut off.' }],
    });
    expect(decodeCodeFile(strToU8('%PDF-1.7'), 'codes.pdf', 'icd10cm')).toMatchObject({ ok: false, errors: [{ code: 'import.binary' }] });
    expect(decodeCodeFile(new Uint8Array(0), 'empty.txt', 'icd10cm')).toMatchObject({ ok: false, errors: [{ message: '"empty.txt" is empty (0 bytes).' }] });
  });
});
