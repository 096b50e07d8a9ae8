import { describe, expect, it } from 'vitest';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { drgClaimHits, drgDataOf } from './drg';

describe('DRG edit support', () => {
  it.each([
    ['absent', {}, false],
    ['not an object', { drg: 'tables' }, false],
    ['tables without lists', { drg: { tables: { weights: {}, tariffs: [], profiles: [] }, assumptions: {} } }, false],
    ['no assumptions', { drg: { tables: TEST_TABLES } }, false],
    ['tables and assumptions', { drg: { tables: TEST_TABLES, assumptions: {} } }, true],
  ] as const)('reads ctx.tables.drg only when it is shaped right: %s', (_name, tables, ok) => {
    expect(drgDataOf({ profile: 'DOH', tables }) !== null).toBe(ok);
  });

  it('runs checkDrgClaim once per document and data, for all the DRG edits of a run', () => {
    const doc = inpatientDocument([activity('1', '3', '99223', '0.00')]);
    const data = { tables: TEST_TABLES, assumptions: {} };
    const first = drgClaimHits(doc, data);
    expect(drgClaimHits(doc, data)).toBe(first);
    expect(drgClaimHits(doc, { ...data })).not.toBe(first);
    expect(first.map((h) => h.id)).toEqual(['DRG-LINE-COUNT']);
  });
});
