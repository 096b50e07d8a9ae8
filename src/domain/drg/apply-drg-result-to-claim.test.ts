import { describe, expect, it } from 'vitest';
import { applyDrgResultToClaim, roleOfActivity } from './apply-drg-result-to-claim';
import { calculateDrgPayment, type DrgPaymentInput } from './calculate-drg-payment';
import type { PartialDrgAssumptions } from './assumptions';
import { activity, drgInput, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import type { Activity } from '../claim';

const result = (overrides: Partial<DrgPaymentInput>, a: PartialDrgAssumptions = {}) => calculateDrgPayment(drgInput(overrides), TEST_TABLES, a).result;
const rows = (acts: readonly Activity[]) => acts.map((a) => [a.id, a.type, a.code, a.net]);

describe('applyDrgResultToClaim (§4.4.1)', () => {
  const stay = [
    activity('1', '3', '99223', '500.00'),
    activity('2', '3', '27447', '30000.00'),
    activity('3', '9', '111101', '', '2025-10-11T10:00'),
    activity('4', '8', '99-03', '100.00'),
  ];

  it('writes the DRG and outlier lines, zeroes the rest, removes stale lines and updates the totals', () => {
    const claim = { ...inpatientDocument(stay).claim, patientShare: '250.00' };
    const out = applyDrgResultToClaim(claim, result({ cost: { kind: 'manual', amount: '60000' } }));
    expect(out.applied).toBe(true);
    expect(rows(out.claim.activities)).toEqual([
      ['1', '3', '99223', '0.00'],
      ['2', '3', '27447', '0.00'],
      ['3', '9', '111101', '12750.00'],
      ['5', '8', '99', '13350.00'],
    ]);
    expect(out.claim.activities[3]?.start).toBe('2025-10-11T10:00');
    expect([out.claim.net, out.claim.patientShare, out.claim.gross]).toEqual(['26100.00', '250.00', '26350.00']);
    expect(out.changes.map((c) => c.message)).toEqual([
      'IR-DRG 111101: Net (empty) → 12750.00.',
      'Service code 99 (cost outlier) added with Net 13350.00.',
      'Service code 99-03 removed: the calculation gives no CAHMS adjustor.',
      '2 other activities set to Net 0.00 (§4.4.1: only the IR-DRG and outlier lines carry a Net).',
      'Claim Net (empty) → 26100.00; Gross (empty) → 26350.00 (PatientShare 250.00 kept).',
    ]);
    expect(claim.activities[0]?.net).toBe('500.00'); // the input claim is not changed
  });

  it('adds a missing IR-DRG line dated at discharge and updates existing service lines, dropping duplicates', () => {
    const claim = inpatientDocument([
      activity('1', '3', '99223', '0'),
      activity('7', '8', '99-02', '1.00'),
      activity('8', '8', '99-02', '2.00'),
      activity('9', '8', '99-03', '3.00'),
    ]).claim;
    const r = result({ drgCode: '194101', caseType: 'medical', admission: '2025-10-01T10:00', discharge: '2025-11-05T16:00', dateOfBirth: '2010-03-14' });
    const out = applyDrgResultToClaim({ ...claim, encounter: { ...claim.encounter, end: '2025-11-05T16:00' } }, r);
    expect(rows(out.claim.activities)).toEqual([
      ['1', '3', '99223', '0'],
      ['7', '8', '99-02', '6048.61'],
      ['9', '8', '99-03', '10427.81'],
      ['10', '9', '194101', '14807.00'],
    ]);
    expect(out.claim.activities[3]).toMatchObject({ start: '2025-11-05T16:00', quantity: '1', clinician: '' });
    expect(out.claim.net).toBe('31283.42');
    expect(out.changes.map((c) => c.kind)).toEqual(['added', 'updated', 'removed', 'updated', 'totals']);
    expect(out.changes[0]?.message).toBe('IR-DRG line 194101 added with Net 14807.00, dated at discharge; set its Clinician (attending consultant at discharge).');
    expect(out.changes[2]?.message).toBe('A duplicate service code 99-02 line was removed.');
  });

  it('zeroes a second IR-DRG line and sets an empty PatientShare to 0.00', () => {
    const claim = { ...inpatientDocument([activity('1', '9', '111101', '12750.00'), activity('2', '9', '111102', '21378.00')]).claim, patientShare: '' };
    const out = applyDrgResultToClaim(claim, result({ cost: { kind: 'manual', amount: '0' } }));
    expect(rows(out.claim.activities)).toEqual([
      ['1', '9', '111101', '12750.00'],
      ['2', '9', '111102', '0.00'],
    ]);
    expect([out.claim.net, out.claim.patientShare, out.claim.gross]).toEqual(['12750.00', '0.00', '12750.00']);
    expect(out.changes.map((c) => c.kind)).toEqual(['zeroed', 'totals', 'totals']);
  });

  it('keeps an unreadable PatientShare and leaves Gross alone', () => {
    const claim = { ...inpatientDocument([activity('1', '9', '111101', '')]).claim, patientShare: 'ten', gross: '99.00' };
    const out = applyDrgResultToClaim(claim, result({ cost: { kind: 'manual', amount: '0' } }));
    expect([out.claim.net, out.claim.patientShare, out.claim.gross]).toEqual(['12750.00', 'ten', '99.00']);
    expect(out.changes.map((c) => c.message)).toContain('PatientShare "ten" is not a number: Gross was not updated.');
  });

  it('writes the add-on on a 98 line only when told to, and treats 98 as an ordinary line otherwise', () => {
    const claim = inpatientDocument([activity('1', '9', '111101', ''), activity('2', '8', '98', '3500.00')]).claim;
    const input = { addOn: '3500', cost: { kind: 'manual', amount: '0' } } as const;
    const separate = applyDrgResultToClaim(claim, result(input, { addOnReporting: 'service-code-98' }));
    expect(rows(separate.claim.activities)).toEqual([
      ['1', '9', '111101', '12750.00'],
      ['2', '8', '98', '3500.00'],
    ]);
    const inLine = applyDrgResultToClaim(claim, result(input));
    expect(rows(inLine.claim.activities)).toEqual([
      ['1', '9', '111101', '16250.00'],
      ['2', '8', '98', '0.00'],
    ]);
    expect(inLine.claim.net).toBe('16250.00');
  });

  it("writes one payer's share of a split stay", () => {
    const claim = inpatientDocument([activity('1', '9', '111101', '')]).claim;
    const r = result({ cost: { kind: 'manual', amount: '66500' }, split: { payer1LastCoveredDate: '2025-10-04', leadingSurgeryStart: '2025-10-06T09:00' } });
    const p1 = applyDrgResultToClaim(claim, r, 'payer-1');
    expect(rows(p1.claim.activities)).toEqual([
      ['1', '9', '111101', '7395.00'],
      ['2', '8', '99', '10005.00'],
    ]);
    expect(p1.claim.net).toBe('17400.00');
    const p2 = applyDrgResultToClaim(claim, r, 'payer-2');
    expect(p2.claim.net).toBe('12600.00');
  });

  it('writes nothing for an incomplete result or a missing share', () => {
    const claim = inpatientDocument([activity('1', '9', '111101', '1.00')]).claim;
    const incomplete = applyDrgResultToClaim(claim, result({ drgCode: '999999' }));
    expect(incomplete).toEqual({ claim, applied: false, changes: [{ kind: 'note', message: 'The DRG calculation is incomplete: nothing was written to the claim.' }] });
    const noSplit = applyDrgResultToClaim(claim, result({ cost: { kind: 'manual', amount: '0' } }), 'payer-2');
    expect(noSplit.applied).toBe(false);
    expect(noSplit.changes[0]?.message).toBe('The result has no payer-2 share: the split was not worked out.');
  });

  it.each([
    ['9', '111101', 'drg'],
    ['8', '99', 'cost-outlier'],
    ['8', '99-02', 'mh-outlier'],
    ['8', '99-03', 'cahms'],
    ['8', '98', 'add-on'],
    ['8', 'RB-01', null],
    ['3', '99', null],
  ])('activity type %s code %s plays the role %s', (type, code, role) => {
    expect(roleOfActivity({ type, code })).toBe(role);
  });
});
