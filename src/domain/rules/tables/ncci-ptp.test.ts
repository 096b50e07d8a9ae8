import { describe, expect, it } from 'vitest';
import { TEST_PTP_PACK } from '@/testing/procedure-fixtures';
import { isoToDays } from '../support/procedure';
import { createPtpLookup, createPtpTableBuilder, findPtpRow, ptpRows, ptpTableFromPack, type PtpSource } from './ncci-ptp';

const day = (iso: string) => isoToDays(iso)!;

describe('compact PTP table', () => {
  const b = createPtpTableBuilder(2); // grows past its capacity hint
  b.add('80053', '80048', day('2020-01-01'), 0, '0', true, 'Panel');
  b.add('45380', '45378', day('2015-01-01'), day('2021-01-01'), '0', false, 'Old version');
  b.add('45380', '45378', day('2021-01-01'), 0, '1', false, 'Current version');
  b.add('93000', '93010', day('2010-01-01'), 0, '9', false, 'Deleted retroactively');
  const table = b.build();

  it('interns codes and rationales and keeps every row', () => {
    expect(table.rowCount).toBe(4);
    expect(table.codes).toEqual(['80053', '80048', '45380', '45378', '93000', '93010']);
    expect(table.rationales).toHaveLength(4);
    expect(table.slots.length).toBe(16);
    expect(ptpRows(table)[0]).toEqual({ column1: '80053', column2: '80048', effectiveFrom: '2020-01-01', deletedOn: '', modifierIndicator: '0', prior1996: true, rationale: 'Panel' });
  });

  it('finds the row in force on a day: effective on or before it, deleted after it', () => {
    expect(findPtpRow(table, '45380', '45378', day('2020-06-30'))?.rationale).toBe('Old version');
    expect(findPtpRow(table, '45380', '45378', day('2021-01-01'))?.rationale).toBe('Current version');
    expect(findPtpRow(table, '45380', '45378', day('2014-12-31'))).toBeUndefined();
    expect(findPtpRow(table, '80053', '80048', day('2019-12-31'))).toBeUndefined();
  });

  it('is directional and ignores unknown codes', () => {
    expect(findPtpRow(table, '80048', '80053', day('2025-10-05'))).toBeUndefined();
    expect(findPtpRow(table, '99999', '80048', day('2025-10-05'))).toBeUndefined();
  });

  it('holds many pairs in a half-full hash table, each found again', () => {
    const big = createPtpTableBuilder();
    for (let i = 0; i < 5000; i++) big.add(`A${String(i % 97).padStart(4, '0')}`, `B${String(i).padStart(4, '0')}`, day('2020-01-01'), 0, i % 2 === 0 ? '0' : '1', false, '');
    const t = big.build();
    expect(t.slots.length).toBe(16384);
    expect(findPtpRow(t, 'A0042', 'B4989', day('2025-01-01'))?.modifierIndicator).toBe('1');
    expect(findPtpRow(t, 'A0042', 'B4990', day('2025-01-01'))).toBeUndefined();
  });
});

describe('PTP lookup over sources', () => {
  const pack = ptpTableFromPack(TEST_PTP_PACK);
  const source = (id: string, table = pack, extra: Partial<PtpSource> = {}): PtpSource => ({ id, label: id, origin: 'pack', effectiveFrom: '', effectiveTo: '', table, ...extra });

  it('returns the edit with its source; indicator 9 means no edit', () => {
    const lookup = createPtpLookup([source('starter')]);
    expect(lookup.find('80053', '80048', '2025-10-05')).toMatchObject({ modifierIndicator: '0', rationale: 'Panel', source: { id: 'starter' } });
    expect(lookup.find('93000', '93010', '2025-10-05')).toBeUndefined();
    expect(lookup.find('80053', '80048', 'not a date')).toBeUndefined();
  });

  it('asks the first source covering the date that has the pair: an imported 9 overrides a pack’s 0', () => {
    const b = createPtpTableBuilder();
    b.add('80053', '80048', day('2020-01-01'), 0, '9', false, 'CMS deleted it');
    const imported = source('cms', b.build(), { origin: 'imported' });
    expect(createPtpLookup([imported, source('starter')]).find('80053', '80048', '2025-10-05')).toBeUndefined();
    expect(createPtpLookup([imported, source('starter')]).find('45380', '45378', '2025-10-05')?.source.id).toBe('starter');
    const later = createPtpLookup([{ ...imported, effectiveFrom: '2026-01-01' }, source('starter')]);
    expect(later.find('80053', '80048', '2025-10-05')?.source.id).toBe('starter');
    expect(later.inForceOn('2025-10-05')).toBe(true);
    expect(createPtpLookup([{ ...imported, effectiveFrom: '2026-01-01' }]).inForceOn('2025-10-05')).toBe(false);
  });

  it('converts a pack once (cached by pack)', () => {
    expect(ptpTableFromPack(TEST_PTP_PACK)).toBe(pack);
    expect(pack.rowCount).toBe(TEST_PTP_PACK.entries.length);
  });
});
