import { describe, expect, it } from 'vitest';
import type { Activity } from '../claim';
import { checkDrgClaim, DRG_EDITS, type DrgClaimHit } from './check-drg-claim';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';

const brief = (hits: readonly DrgClaimHit[]) => hits.map((h) => [h.id, h.severity, h.path.join('.')]);
const check = (acts: readonly Activity[], o: Parameters<typeof inpatientDocument>[1] = {}, tables = TEST_TABLES) => checkDrgClaim(inpatientDocument(acts, o), tables);

/** A correct DRG claim for a 15-year-old on 194101 with a LOS outlier (payer A001 has a saved profile, but Basic-equal amounts are checked against Basic here). */
const mentalHealthStay = (dob = '2010-03-14') => {
  const doc = inpatientDocument(
    [
      activity('1', '3', '99223', '0.00'),
      activity('2', '9', '194101', '14807.00', '2025-11-05T16:00'),
      activity('3', '8', '99-02', '6048.61'),
      activity('4', '8', '99-03', '10427.81'),
    ],
    { dateOfBirth: dob, end: '2025-11-05T16:00' },
  );
  return doc;
};

describe('checkDrgClaim', () => {
  it('passes a correct mental-health claim with LOS outlier and CAHMS', () => {
    expect(checkDrgClaim(mentalHealthStay(), TEST_TABLES)).toEqual([]);
  });

  it('DRG-LINE-COUNT: an inpatient claim without an IR-DRG line, or with two', () => {
    expect(brief(check([activity('1', '3', '99223', '0')]))).toEqual([['DRG-LINE-COUNT', 'reject', 'claim.activities']]);
    const two = check([activity('1', '9', '111101', '12750.00'), activity('2', '9', '111102', '0')]);
    expect(brief(two)).toEqual([['DRG-LINE-COUNT', 'reject', 'claim.activities.1.type']]);
    expect(two[0]?.message).toBe('The claim has 2 IR-DRG activities; an inpatient claim carries exactly one: remove activity 2 (111102).');
    expect(two[0]?.params).toEqual({ count: 2, activityId: '2', predicts: 'CODE-011' });
  });

  it('DRG-NET-NOT-ZERO: a Net on any activity other than the IR-DRG and outlier lines', () => {
    const hits = check([activity('1', '3', '27447', '30000.00'), activity('2', '9', '111101', '12750.00'), activity('3', '8', 'RB-01', '0.00')]);
    expect(brief(hits)).toEqual([['DRG-NET-NOT-ZERO', 'reject', 'claim.activities.0.net']]);
    expect(hits[0]?.message).toBe('Activity 1 (27447) has Net 30000.00; on an IR-DRG claim only the IR-DRG line and service codes 99, 99-02, 99-03 carry a Net: set it to 0.00.');
  });

  it('DRG-NOT-INPATIENT: an IR-DRG line on an outpatient encounter, and nothing else is checked', () => {
    const hits = check([activity('1', '3', '99213', '300.00'), activity('2', '9', '111101', '12750.00')], { encounterType: '1' });
    expect(brief(hits)).toEqual([['DRG-NOT-INPATIENT', 'reject', 'claim.activities.1.type']]);
    expect(hits[0]?.params.predicts).toBe('CODE-012');
    expect(check([activity('1', '3', '99213', '300.00')], { encounterType: '1' })).toEqual([]);
  });

  it('DRG-CAHMS-AGE: a CAHMS line for a patient aged 18 or over', () => {
    const hits = checkDrgClaim(mentalHealthStay('2007-10-01'), TEST_TABLES);
    expect(brief(hits)).toEqual([['DRG-CAHMS-AGE', 'reject', 'claim.activities.3.code']]);
    expect(hits[0]?.message).toBe('Activity 4 claims the CAHMS adjustor (99-03) but the patient was 18 on admission; it is only for patients under 18: remove the line.');
  });

  it('DRG-PAYMENT-MISMATCH: wrong amounts, a missing line and a line with nothing to pay (against Basic: warn)', () => {
    const doc = inpatientDocument(
      [activity('2', '9', '194101', '14000.00', '2025-11-05T16:00'), activity('3', '8', '99', '100.00'), activity('4', '8', '99-03', '1.00')],
      { dateOfBirth: '2010-03-14', end: '2025-11-05T16:00' },
    );
    const hits = checkDrgClaim(doc, TEST_TABLES);
    expect(brief(hits)).toEqual([
      ['DRG-PAYMENT-MISMATCH', 'reject', 'claim.activities'],
      ['DRG-PAYMENT-MISMATCH', 'warn', 'claim.activities.0.net'],
      ['DRG-PAYMENT-MISMATCH', 'reject', 'claim.activities.1.code'],
      ['DRG-PAYMENT-MISMATCH', 'warn', 'claim.activities.2.net'],
    ]);
    expect(hits.map((h) => h.message)).toEqual([
      'The calculation gives a mental-health LOS outlier of 6048.61 but the claim has no service code 99-02 line: add it.',
      'IR-DRG 194101 carries Net 14000.00 but the base payment is 14807.00 (compared with the DOH Basic product: no payment profile is saved for this payer).',
      'Service code 99 is the cost outlier, which does not apply to mental-health DRG 194101 (Appendix A uses the LOS outlier 99-02): remove it.',
      'Service code 99-03 carries Net 1.00 but the CAHMS adjustor is 10427.81 (compared with the DOH Basic product: no payment profile is saved for this payer).',
    ]);
    expect(hits[1]?.params).toEqual({ activityId: '2', code: '194101', expected: '14807.00', found: '14000.00', predicts: 'CODE-011, PRCE-001, CLAI-015' });
    expect(hits[0]?.discriminator).toBe('99-02');
  });

  it('rejects a 99-02 line on a DRG that is not in Appendix A, and a 99 line with no outlier to pay (against Basic: warn)', () => {
    const hits = check([activity('1', '9', '111101', '12750.00'), activity('2', '8', '99-02', '10.00')]);
    expect(brief(hits)).toEqual([['DRG-PAYMENT-MISMATCH', 'reject', 'claim.activities.1.code']]);
    expect(hits[0]?.message).toBe('Service code 99-02 is the mental-health LOS outlier, but DRG 111101 is not in Appendix A: remove it.');
    const priced = [activity('1', '3', '99223', '0'), activity('5', '9', '111101', '12750.00'), activity('6', '8', '99', '10.00')];
    const noOutlier = check(priced);
    expect(brief(noOutlier)).toEqual([['DRG-PAYMENT-MISMATCH', 'warn', 'claim.activities.2.code']]);
    expect(noOutlier[0]?.message).toBe(
      'Service code 99 (Net 10.00) is on the claim but the calculation gives no cost outlier (compared with the DOH Basic product: no payment profile is saved for this payer): remove it.',
    );
  });

  it('rejects amount differences when the payer has a saved profile', () => {
    const hits = check([activity('1', '9', '111101', '12750.00')], { payerId: 'A001' });
    // Enhanced profile: 9,000 × 1.5 = 13,500.
    expect(brief(hits)).toEqual([['DRG-PAYMENT-MISMATCH', 'reject', 'claim.activities.0.net']]);
  });

  it('accepts a cost outlier it can verify, and only informs when the cost is incomplete', () => {
    const priced = [activity('1', '3', '27447', '0'), activity('2', '8', 'RB-01', '0', '2025-10-01T10:00', '10'), activity('5', '9', '111101', '12750.00')];
    // Cost 50,000: (50,000 − 37,750) × 60 % = 7,350.
    expect(check([...priced, activity('6', '8', '99', '7350.00')])).toEqual([]);
    const incomplete = check([...priced, activity('3', '3', '99999', '0'), activity('6', '8', '99', '9000.00')]);
    expect(brief(incomplete)).toEqual([['DRG-NOT-VERIFIED', 'info', 'claim.activities.4.net']]);
    expect(incomplete[0]?.message).toBe('Service code 99 carries 9000.00; with the activities that have a tariff price the cost outlier is at least 7350.00.');
    const noCostKnown = check([activity('3', '3', '99999', '0'), activity('5', '9', '111101', '12750.00'), activity('6', '8', '99', '9000.00')], {}, { ...TEST_TABLES, tariffs: [] });
    expect(brief(noCostKnown)).toEqual([['DRG-NOT-VERIFIED', 'info', 'claim.activities.2.code']]);
    expect(noCostKnown[0]?.message).toBe('Service code 99 (Net 9000.00) could not be checked: some activities have no tariff price, so the cost outlier is not known.');
  });

  it('informs when the DRG amounts cannot be checked at all', () => {
    const hits = check([activity('1', '9', '999999', '10000.00')]);
    expect(brief(hits)).toEqual([['DRG-NOT-VERIFIED', 'info', 'claim.activities.0.net']]);
    expect(hits[0]?.message).toMatch(/^The DRG amounts were not checked: DRG 999999 is not in any weights table/);
    expect(hits[0]?.params.reason).toMatch(/^DRG 999999 is not in any weights table/);
  });

  it('registers every edit with a title, a source and its usual severity', () => {
    expect(Object.values(DRG_EDITS).map((e) => [e.id, e.severity])).toEqual([
      ['DRG-LINE-COUNT', 'reject'],
      ['DRG-NET-NOT-ZERO', 'reject'],
      ['DRG-PAYMENT-MISMATCH', 'reject'],
      ['DRG-CAHMS-AGE', 'reject'],
      ['DRG-NOT-INPATIENT', 'reject'],
      ['DRG-NOT-VERIFIED', 'info'],
    ]);
    expect(DRG_EDITS['DRG-PAYMENT-MISMATCH'].source).toBe('DOH Addendum 05 §4.4.2.1–§4.4.2.3');
  });
});
