import { describe, expect, it } from 'vitest';
import { caseTypeOf, drgInputsFromDocument } from './drg-inputs-from-document';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';

describe('caseTypeOf', () => {
  it.each([
    ['IM SCHIZOPHRENIA', 'medical'],
    ['ip major joint procedure', 'surgical'],
    ['  IP X', 'surgical'],
    ['IMPLANT REVISION', 'unknown'],
    ['NEONATE, BIRTHWT >2499G', 'unknown'],
    ['', 'unknown'],
  ])('%j → %s', (description, type) => {
    expect(caseTypeOf(description)).toBe(type);
  });
});

describe('drgInputsFromDocument', () => {
  const surgicalStay = [
    activity('1', '3', '99223', '500.00', '2025-10-01T11:00'),
    activity('2', '3', '27447', '30000.00', '2025-10-02T09:00'),
    activity('3', '8', 'RB-01', '20000.00', '2025-10-01T10:00', '10'),
    activity('4', '4', 'L8699', '4000.00', '2025-10-02T09:30'),
    activity('5', '9', '111101', '12750.00', '2025-10-11T10:00'),
    activity('6', '8', '99', '1000.00', '2025-10-11T10:00'),
  ];

  it('reads the DRG, dates, age, case type, profile and cost from the claim', () => {
    const r = drgInputsFromDocument(inpatientDocument(surgicalStay, { payerId: 'A001' }), TEST_TABLES);
    expect(r.input).toEqual({
      drgCode: '111101',
      admission: '2025-10-01T10:00',
      discharge: '2025-10-11T10:00',
      caseType: 'surgical',
      dateOfBirth: '1980-05-20',
      profileId: 'enhanced-a001',
      cost: {
        kind: 'activities',
        activities: [
          { activityId: '1', type: '3', code: '99223', quantity: '1' },
          { activityId: '2', type: '3', code: '27447', quantity: '1' },
          { activityId: '3', type: '8', code: 'RB-01', quantity: '10' },
          { activityId: '4', type: '4', code: 'L8699', quantity: '1' },
        ],
      },
    });
    expect(r).toMatchObject({ drgActivityIndex: 4, caseTypeSource: 'description', ageYears: 45, lengthOfStay: '10.00', stayOpen: false, issues: [] });
    expect(r.cost).toMatchObject({ amount: '50500.00', complete: false });
    expect(r.cost?.notPriced.map((l) => l.code)).toEqual(['L8699']);
    expect(r.surgeries).toEqual([{ activityIndex: 1, activityId: '2', code: '27447', start: '2025-10-02T09:00' }]);
  });

  it('counts an open stay up to today and says so', () => {
    const r = drgInputsFromDocument(inpatientDocument([activity('1', '9', '194101', '0')], { end: '' }), TEST_TABLES, '2025-10-20T10:00');
    expect(r).toMatchObject({ stayOpen: true, lengthOfStay: '19.00', caseTypeSource: 'description', input: { discharge: '2025-10-20T10:00', caseType: 'medical' } });
    expect(r.issues.map((i) => i.code)).toEqual(['drg.stay.open']);
    expect(drgInputsFromDocument(inpatientDocument([], { end: '' }), TEST_TABLES, '2025-10-20').input.discharge).toBe('2025-10-20T00:00');
  });

  it('reports a missing or doubled IR-DRG line, an unknown case type and a non-inpatient encounter', () => {
    expect(drgInputsFromDocument(inpatientDocument([]), TEST_TABLES).issues.map((i) => i.code)).toEqual(['drg.line.missing']);
    const two = drgInputsFromDocument(inpatientDocument([activity('1', '9', '151101', '0'), activity('2', '9', '111101', '0')]), TEST_TABLES);
    expect(two.issues.map((i) => i.message)).toEqual([
      'The claim has 2 IR-DRG activities; the first (ID 1) is used.',
      "Medical (IM) or surgical (IP) cannot be read from DRG 151101's description: choose it.",
    ]);
    expect(two).toMatchObject({ caseTypeSource: 'unknown', input: { drgCode: '151101', caseType: 'unknown' } });
    const outpatient = drgInputsFromDocument(inpatientDocument([activity('1', '9', '111101', '0')], { encounterType: '1' }), TEST_TABLES);
    expect(outpatient.issues.map((i) => i.code)).toEqual(['drg.encounter.not-inpatient']);
  });

  it('leaves the age and LOS empty when dates are missing or wrong', () => {
    const doc = inpatientDocument([activity('1', '9', '111101', '0')], { dateOfBirth: '2026-01-01', end: '' });
    const r = drgInputsFromDocument(doc, TEST_TABLES);
    expect(r).toMatchObject({ ageYears: null, lengthOfStay: null, stayOpen: false });
    expect(r.cost).toMatchObject({ amount: '0.00', complete: true });
  });
});
