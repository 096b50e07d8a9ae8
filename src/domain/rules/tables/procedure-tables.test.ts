import { describe, expect, it } from 'vitest';
import { TEST_FEE_PACK, TEST_LINKAGE_PACK, TEST_MUE_PACK, TEST_PTP_PACK } from '@/testing/procedure-fixtures';
import { feeScheduleFrom } from './fee-schedule';
import { linkageTableFrom } from './linkage';
import { mueLookupFrom } from './mue';
import { ptpLookupFrom } from './ncci-ptp';
import { buildProcedureTables, importReferenceTable, type ReferenceTable } from './procedure-tables';

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
});
