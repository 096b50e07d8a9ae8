import { describe, expect, it } from 'vitest';
import { drgTablesSchema, effectiveRange, findDrgRow, findTariffPrice, isInEffect, selectTariff, tablesInEffect, tariffKey, type TariffTable } from './tables';
import { TEST_APPENDIX, TEST_TABLES, TEST_TARIFF, TEST_WEIGHTS } from '@/testing/drg-fixtures';

describe('tables', () => {
  it.each([
    ['', '', '2000-01-01', true],
    ['2025-10-01', '', '2025-09-30', false],
    ['2025-10-01', '', '2025-10-01', true],
    ['', '2025-12-31', '2025-12-31', true],
    ['', '2025-12-31', '2026-01-01', false],
  ])('from %j to %j is in effect on %s: %s', (effectiveFrom, effectiveTo, date, expected) => {
    expect(isInEffect({ effectiveFrom, effectiveTo }, date)).toBe(expected);
  });

  it('orders tables in effect: newest start, imported before built-in, then input order', () => {
    const t = (id: string, effectiveFrom: string, origin: 'built-in' | 'imported') => ({ id, effectiveFrom, effectiveTo: '', origin });
    const order = tablesInEffect([t('a', '2025-01-01', 'built-in'), t('b', '2025-10-01', 'built-in'), t('c', '2025-10-01', 'imported'), t('d', '2026-01-01', 'imported'), t('e', '2025-01-01', 'built-in')], '2025-11-01');
    expect(order.map((x) => x.id)).toEqual(['c', 'b', 'a', 'e']);
    expect(effectiveRange(t('x', '2025-10-01', 'imported'))).toBe('2025-10-01 – open');
  });

  it('finds a DRG with its eligibility from every table in effect', () => {
    const m = findDrgRow(TEST_TABLES, ' 194101 ', '2025-10-08');
    expect(m && [m.table.id, m.alsoIn.map((x) => x.table.id), m.mentalHealthIn, m.cahmsIn]).toEqual([
      TEST_APPENDIX.id,
      [TEST_WEIGHTS.id],
      ['Appendix A (test copy)'],
      ['Appendix A (test copy)'],
    ]);
    expect(findDrgRow(TEST_TABLES, '194101', '2025-10-08', 'nope')).toBeNull();
    expect(findDrgRow(TEST_TABLES, '111101', '2024-12-31')).toBeNull();
  });

  it('finds prices by Activity.Type and code, and picks the tariff by date or id', () => {
    expect(tariffKey(' 4 ', ' c1776 ')).toBe('4|C1776');
    expect(findTariffPrice(TEST_TARIFF, '4', 'c1776')?.price).toBe('9500.00');
    expect(findTariffPrice(TEST_TARIFF, '3', 'C1776')).toBeNull();
    const older: TariffTable = { ...TEST_TARIFF, id: 'old', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31', rows: [] };
    const tables = { ...TEST_TABLES, tariffs: [older, TEST_TARIFF] };
    expect(selectTariff(tables, '2024-06-01')?.id).toBe('old');
    expect(selectTariff(tables, '2025-06-01')?.id).toBe(TEST_TARIFF.id);
    expect(selectTariff(tables, '2025-06-01', 'old')?.id).toBe('old');
    expect(selectTariff(tables, '2023-06-01')).toBeNull();
    expect(selectTariff(tables, '2025-06-01', 'gone')).toBeNull();
  });

  it('validates stored tables with the zod schema', () => {
    expect(drgTablesSchema.safeParse(TEST_TABLES).success).toBe(true);
    const bad = { ...TEST_TABLES, tariffs: [{ ...TEST_TARIFF, effectiveFrom: '01/01/2025' }] };
    expect(drgTablesSchema.safeParse(bad).success).toBe(false);
  });
});
