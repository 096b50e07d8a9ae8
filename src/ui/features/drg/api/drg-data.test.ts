import { describe, expect, it } from 'vitest';
import { checkDrgClaim } from '@/domain/drg';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { manualDrgsTable } from './drg-data';

describe('DRGs entered by hand, for the claim edits', () => {
  const table = manualDrgsTable([{ code: '061011', description: 'IP APPENDECTOMY', relativeWeight: '1.2345', alos: '2.50', lowTrim: '', highTrim: '6', savedAt: '2026-01-05T10:00:00' }]);

  it('become one open-dated weights table, ranked after every other', () => {
    expect(table).toMatchObject({ id: 'manual-drgs', label: 'DRGs entered by hand', effectiveFrom: '', effectiveTo: '', origin: 'built-in' });
    expect(table.rows).toEqual([{ code: '061011', description: 'IP APPENDECTOMY', relativeWeight: '1.2345', alos: '2.50', lowTrim: '0', highTrim: '6', mentalHealth: false, cahms: false }]);
  });

  it('let the claim check verify a DRG no imported table lists (8,500 × 1.2345 = 10,493)', () => {
    const tables = { ...TEST_TABLES, weights: [...TEST_TABLES.weights, table] };
    expect(checkDrgClaim(inpatientDocument([activity('1', '9', '061011', '10493.00')]), tables)).toEqual([]);
    expect(checkDrgClaim(inpatientDocument([activity('1', '9', '061011', '10000.00')]), tables).map((h) => [h.id, h.severity])).toEqual([['DRG-PAYMENT-MISMATCH', 'warn']]);
  });
});
