import { describe, expect, it } from 'vitest';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { applyFix } from '../apply-fix';
import { drgClaimHits, drgDataOf, writeCalculationFix } from './drg';

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

  it('runs checkDrgClaim once for all the DRG edits, and again only when what it reads changes', () => {
    const doc = inpatientDocument([activity('1', '3', '99223', '0.00')]);
    const data = { tables: TEST_TABLES, assumptions: {} };
    const first = drgClaimHits(doc, data);
    expect(first.map((h) => h.id)).toEqual(['DRG-LINE-COUNT']);
    expect(drgClaimHits(doc, data)).toBe(first);
    expect(drgClaimHits({ ...doc, claim: { ...doc.claim, memberId: 'M-2' }, note: 'typed' }, data)).toBe(first);
    expect(drgClaimHits({ ...doc, patient: { ...doc.patient, dateOfBirth: '2010-01-01' } }, data)).not.toBe(first);
    expect(drgClaimHits(doc, { ...data })).not.toBe(first);
  });

  it('writes the calculation with patches that leave the rest of the claim alone', () => {
    const doc = inpatientDocument([activity('1', '3', '99223', '500.00'), activity('2', '9', '111101', '1.00')]);
    const fix = writeCalculationFix(doc, { tables: TEST_TABLES, assumptions: {} });
    expect(fix?.label).toBe('Write the DRG calculation into the claim (total 12750.00)');
    expect(fix?.patches.map((p) => [p.op, p.path.join('.')])).toEqual([
      ['set', 'claim.activities'],
      ['set', 'claim.net'],
      ['set', 'claim.gross'],
      ['set', 'claim.patientShare'],
    ]);
    const fixed = applyFix({ ...doc, claim: { ...doc.claim, memberId: 'typed since' } }, fix!);
    expect([fixed.claim.memberId, fixed.claim.net, fixed.claim.activities.map((a) => a.net)]).toEqual(['typed since', '12750.00', ['0.00', '12750.00']]);
  });
});
