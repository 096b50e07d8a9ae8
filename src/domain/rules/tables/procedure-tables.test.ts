import { describe, expect, it } from 'vitest';
import { TEST_FEE_PACK, TEST_LINKAGE_PACK, TEST_MUE_PACK, TEST_PTP_PACK } from '@/testing/procedure-fixtures';
import { feeScheduleFrom } from './fee-schedule';
import { linkageTableFrom } from './linkage';
import { mueLookupFrom } from './mue';
import { ptpLookupFrom } from './ncci-ptp';
import { buildProcedureTables, guessReferenceFile, importReferenceTable, type ReferenceTable } from './procedure-tables';

const IMPORTED_AT = '2025-10-05T09:00:00';

function imported(kind: 'ncci-ptp' | 'mue' | 'rvu', text: string, extra: { effectiveFrom?: string; enabled?: boolean } = {}): ReferenceTable {
  const r = importReferenceTable({ kind, setting: kind === 'rvu' ? '' : 'practitioner', parts: [{ name: `${kind}.txt`, text }], importedAt: IMPORTED_AT, effectiveFrom: extra.effectiveFrom ?? '' });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return { ...r.value, meta: { ...r.value.meta, enabled: extra.enabled ?? true } };
}

describe('buildProcedureTables', () => {
  const packs = [TEST_LINKAGE_PACK, TEST_PTP_PACK, TEST_MUE_PACK, TEST_FEE_PACK];

  it('gives one table per kind that has a source, and none for the others', () => {
    const all = buildProcedureTables({ packs });
    expect(Object.keys(all)).toEqual(['procedureLinkage', 'ncciPtp', 'mue', 'feeSchedule']);
    expect(Object.keys(buildProcedureTables({ packs: [TEST_MUE_PACK] }))).toEqual(['mue']);
    expect(buildProcedureTables({ packs, disabledPacks: new Set(['test-mue', 'test-linkage']) })).not.toHaveProperty('mue');
    expect(linkageTableFrom(buildProcedureTables({ packs }))?.packs.map((p) => p.id)).toEqual(['test-linkage']);
  });

  it('puts imported CMS tables before the packs; switched-off imports are left out', () => {
    const ptp = imported('ncci-ptp', '80053\t80048\t\t19960101\t*\t9\tDeleted\n');
    const mue = imported('mue', '93306,4,"3 Date of Service Edit: Clinical",x\n', { effectiveFrom: '2025-10-01' });
    const off = imported('mue', '93306,9,"3 Date of Service Edit: Clinical",x\n', { enabled: false });
    const tables = buildProcedureTables({ packs, imported: [off, mue, ptp] });
    expect(ptpLookupFrom(tables)?.sources.map((s) => s.origin)).toEqual(['imported', 'pack']);
    expect(ptpLookupFrom(tables)?.find('80053', '80048', '2025-10-05')).toBeUndefined();
    expect(mueLookupFrom(tables)?.find('93306', '2025-10-05')?.units).toBe(4);
    expect(mueLookupFrom(tables)?.find('93306', '2025-09-30')?.units).toBe(1);
    expect(mueLookupFrom(tables)?.sources.map((s) => s.id)).toEqual([mue.meta.id, 'test-mue']);
    expect(feeScheduleFrom(tables)?.sources.map((s) => s.id)).toEqual(['test-fee']);
  });
});

describe('importReferenceTable', () => {
  it('describes an imported PTP table for the list', () => {
    const t = imported('ncci-ptp', '80053\t80048\t\t19960101\t*\t0\tPanel\n45380\t45378\t\t20210101\t*\t1\tEndoscopy\n');
    expect(t.meta).toEqual({
      id: 'ncci-ptp-practitioner-20251005090000',
      kind: 'ncci-ptp',
      setting: 'practitioner',
      label: 'NCCI PTP practitioner (ncci-ptp.txt)',
      importedAt: IMPORTED_AT,
      fileNames: ['ncci-ptp.txt'],
      enabled: true,
      effectiveFrom: '',
      effectiveTo: '',
      rowCount: 2,
      details: { pairs: 2, codes: 4, 'indicator 0': 1, 'indicator 1': 1, 'indicator 9': 0, 'deleted rows': 0, 'edits effective': '1996-01-01 – 2021-01-01' },
    });
  });

  it.each([
    [{ effectiveFrom: '05/10/2025' }, ['Effective from "05/10/2025" is not a date as YYYY-MM-DD.']],
    [{ effectiveFrom: '2025-10-01', effectiveTo: '2025-09-30' }, ['Effective to is before effective from.']],
  ])('checks the dates it is given: %j', (dates, messages) => {
    const r = importReferenceTable({ kind: 'mue', setting: 'practitioner', parts: [{ name: 'm.csv', text: '93306,1,3 x,y' }], importedAt: IMPORTED_AT, ...dates });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(messages);
  });

  it('refuses several files for a one-file table, and no file at all', () => {
    const two = importReferenceTable({ kind: 'rvu', setting: '', parts: [{ name: 'a', text: '' }, { name: 'b', text: '' }], importedAt: IMPORTED_AT });
    expect(two.ok ? [] : two.errors.map((e) => e.message)).toEqual(['The RVU file is one file; 2 were chosen.']);
    const none = importReferenceTable({ kind: 'ncci-ptp', setting: 'hospital', parts: [], importedAt: IMPORTED_AT });
    expect(none.ok ? [] : none.errors.map((e) => e.message)).toEqual(['Choose a file to import.']);
  });

  const RVU_TOP = 'PPRRVU25_OCT,,,\nHCPCS,MOD,DESCRIPTION,CODE,PAYMENT,,\n0001F,,,I,,\n';
  const MUE_TOP = 'CPT codes copyright AMA\nHCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n93306,1,3 Date of Service Edit: Clinical,x\n';
  const PTP_TOP = 'Copyright line\n80053\t80048\t\t19960101\t*\t0\tPanel\n';
  it.each([
    ['the RVU column names', RVU_TOP, { kind: 'rvu', line: 2 }],
    ['an MUE header', MUE_TOP, { kind: 'mue', line: 2 }],
    ['an MUE row without a header', '93306\t1\t2 Date of Service Edit: Policy\tx\n', { kind: 'mue', line: 1 }],
    ['a PTP row', PTP_TOP, { kind: 'ncci-ptp', line: 2 }],
    ['none of them', 'a,b,c\n1,2,3\n', null],
  ])('tells which CMS file a text is from its first lines: %s', (_what, text, expected) => {
    const g = guessReferenceFile(text);
    expect(g && { kind: g.kind, line: g.line }).toEqual(expected);
  });

  it.each([
    ['rvu', 'mue-bad.csv', MUE_TOP, 'mue-bad.csv, line 2: this is an MUE table (code, MUE value, adjudication indicator such as "2 Date of Service Edit: Policy", rationale): the line reads "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indic…". Expected the PFS relative value file (PPRRVU…csv, with a column-name row starting "HCPCS,MOD,"). Choose the matching file type above, or another file; nothing was changed.'],
    ['mue', 'PPRRVU.csv', RVU_TOP, 'PPRRVU.csv, line 2: this is the PFS relative value file (PPRRVU…csv, with a column-name row starting "HCPCS,MOD,"): the line reads "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,,". Expected an MUE table (code, MUE value, adjudication indicator such as "2 Date of Service Edit: Policy", rationale). Choose the matching file type above, or another file; nothing was changed.'],
    ['ncci-ptp', 'mue.txt', '93306\t1\t2 Date of Service Edit: Policy\tx\n', 'mue.txt, line 1: this is an MUE table (code, MUE value, adjudication indicator such as "2 Date of Service Edit: Policy", rationale): the line reads "93306 ⇥ 1 ⇥ 2 Date of Service Edit: Policy ⇥ x". Expected an NCCI PTP table (tab-separated: column 1 code, column 2 code, prior-1996 flag, effective date, deletion date, modifier indicator, rationale). Choose the matching file type above, or another file; nothing was changed.'],
  ] as const)('refuses another CMS file than the one chosen (%s asked, %s given), saying what it found and where', (kind, name, text, message) => {
    const r = importReferenceTable({ kind, setting: kind === 'rvu' ? '' : 'practitioner', parts: [{ name, text }], importedAt: IMPORTED_AT });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([message]);
  });
});
