import { describe, expect, it } from 'vitest';
import { MCE_FILE_COLUMNS, mceVersionStart, parseMceFile } from './mce-import';

const header = MCE_FILE_COLUMNS.join('\t');
const row = (...cols: string[]) => cols.join('\t');
const FILE = [
  header,
  row('37', '10', '4', 'A', 'Newborn_Only', 'D', 'Z00110', 'Health examination for newborn under 8 days old'),
  row('37', '10', '4', 'C', 'Maternity_Only', 'D', 'O80', 'Encounter for full-term uncomplicated delivery'),
  row('37', '10', '5', 'A', 'Female_Only', 'D', 'O80', 'Encounter for full-term uncomplicated delivery'),
  row('37', '10', '5', 'A', 'Female_Only', 'D', 'O80', 'Encounter for full-term uncomplicated delivery'),
  row('37', '10', '5', 'B', 'Female_Only', 'P', '0U5B0ZZ', 'Destruction of cervix, open approach'),
  row('37', '10', '6', '_', 'Principal_Manifestation', 'D', 'G63', 'Polyneuropathy in diseases classified elsewhere'),
  row('37', '10', '18', '_', 'Wrong_Performed', 'D', 'Y6551', 'Performance of wrong procedure (operation) on correct patient'),
  '',
].join('\r\n');

describe('parseMceFile', () => {
  it('reads the diagnosis rows of the lists the workbench checks into an mce pack', () => {
    const r = parseMceFile(FILE, { fileName: 'mce.txt' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.pack).toEqual({
      id: 'mce-v37',
      name: 'MCE v37 diagnosis lists',
      kind: 'mce',
      version: '37',
      effectiveFrom: '2019-10-01',
      effectiveTo: '',
      source: {
        document: 'Medicare Code Editor (MCE) v37 code lists (CMS)',
        section: 'Definitions of Medicare Code Edits: age (4A–4D), sex (5A, 5C), manifestation (6), questionable admission (8A), unacceptable principal (9)',
      },
      description: 'Imported from mce.txt: newborn 1, maternity 1, female-only 1, manifestation (not principal) 1. 1 procedure rows skipped.',
      entries: [
        { list: 'newborn', code: 'Z00.110', title: 'Health examination for newborn under 8 days old' },
        { list: 'maternity', code: 'O80', title: 'Encounter for full-term uncomplicated delivery' },
        { list: 'female', code: 'O80', title: 'Encounter for full-term uncomplicated delivery' },
        { list: 'manifestation', code: 'G63', title: 'Polyneuropathy in diseases classified elsewhere' },
      ],
    });
    expect(r.value.skipped).toEqual({ procedureRows: 1, otherLists: 1, duplicates: 1 });
    expect(r.value.warnings.map((w) => w.message)).toEqual(['Line 8: diagnosis list "Wrong_Performed" is not one the workbench checks; its rows are skipped.']);
  });

  it('takes effective dates when given', () => {
    const r = parseMceFile(FILE, { fileName: 'mce.txt', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' });
    expect(r.ok && [r.value.pack.effectiveFrom, r.value.pack.effectiveTo]).toEqual(['2025-01-01', '2025-12-31']);
  });

  it.each([
    ['not the MCE layout', 'code,title\nO80,Delivery\n', ['Line 1: expected the MCE list header "MCE_Version ICD_Version MCE_Section MCE_Subsection MCE_Edit_Type ICD_Code_Type ICD_Code ICD_Desc" (tab-separated), found "code,title".']],
    [
      'every bad line, with its number',
      [
        header,
        row('37', '10', '4', 'C', 'Maternity_Only', 'D', 'O80', 'x'),
        row('37', '10', '4', 'C', 'Maternity_Only', 'D'),
        row('38', '10', '4', 'C', 'Maternity_Only', 'D', 'O82', 'x'),
        row('37', '9', '4', 'C', 'Maternity_Only', 'D', '650', 'x'),
        row('37', '10', '4', 'C', 'Maternity_Only', 'X', 'O80', 'x'),
        row('37', '10', '4', 'C', 'Maternity_Only', 'D', 'O8.0', 'x'),
        row('v37', '10', '4', 'C', 'Maternity_Only', 'D', 'O80', 'x'),
      ].join('\n'),
      [
        'Line 3: expected 8 tab-separated columns, found 6.',
        'Line 4: MCE version 38 differs from version 37 on line 2; import one version at a time.',
        'Line 5: expected ICD version 10, found "9".',
        'Line 6: expected ICD_Code_Type D (diagnosis) or P (procedure), found "X".',
        'Line 7: expected an ICD-10-CM code such as O80 or Z34.00, found "O8.0".',
        'Line 8: expected an MCE version such as 37, found "v37".',
      ],
    ],
    ['no diagnosis rows', [header, row('37', '10', '5', 'B', 'Female_Only', 'P', '0U5B0ZZ', 'x')].join('\n'), ['mce.txt holds no diagnosis rows of the MCE lists the workbench checks.']],
    ['an end date before the start', FILE, ['Effective to: expected a date as YYYY-MM-DD on or after 2019-10-01, found "2019-01-01".'], '2019-01-01'],
  ])('rejects %s', (_name, text, messages, effectiveTo?: string) => {
    const r = parseMceFile(text, { fileName: 'mce.txt', ...(effectiveTo ? { effectiveTo } : {}) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(messages);
  });

  it('lists the first 20 problems and counts the rest', () => {
    const lines = [header, ...Array.from({ length: 25 }, () => row('37', '10', '4', 'C', 'Maternity_Only', 'D', '??', 'x'))].join('\n');
    const r = parseMceFile(lines, { fileName: 'mce.txt' });
    expect(!r.ok && r.errors.length).toBe(21);
    expect(!r.ok && r.errors[20]!.message).toBe('…and 5 more problems.');
  });

  it.each([
    ['33', '2015-10-01'],
    ['37', '2019-10-01'],
    ['42', '2024-10-01'],
  ])('MCE v%s starts on %s', (v, date) => {
    expect(mceVersionStart(v)).toBe(date);
  });
});
