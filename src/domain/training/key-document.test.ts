import { describe, expect, it } from 'vitest';
import { emptyActivity, emptyDiagnosis, emptyDocument, type Activity, type EncounterDocument } from '../claim';
import { applyKey, isDrgLine, keyFromDocument, paymentOnClaim, startFromDocument } from './key-document';

function line(id: string, type: string, code: string, net: string, extra: Partial<Activity> = {}): Activity {
  return { ...emptyActivity(id, '2025-10-01T10:00'), type, code, net, ...extra };
}

const base = emptyDocument('DOH');
const inpatient: EncounterDocument = {
  ...base,
  patient: { ...base.patient, dateOfBirth: '1984-03-22' },
  claim: {
    ...base.claim,
    gross: '21836.48',
    net: '21836.48',
    encounter: { ...base.claim.encounter, type: '3', start: '2025-10-01T09:00', end: '2025-11-05T11:00' },
    diagnoses: [{ ...emptyDiagnosis('Principal', 'F33.2'), dxInfo: [{ type: 'POA', code: 'Y' }] }, emptyDiagnosis('Admitting', 'R45.851')],
    activities: [line('1', '3', '90792', '0.00', { diagnosisLinks: ['F33.2', 'R45.851'] }), line('2', '9', '194111', '13900.00'), line('3', '8', '99-02', '7936.48')],
  },
};

describe('key and start from an encounter', () => {
  it.each<[Pick<Activity, 'type' | 'code'>, boolean]>([
    [{ type: '9', code: '194111' }, true],
    [{ type: '8', code: '99-02' }, true],
    [{ type: '8', code: '98' }, true],
    [{ type: '8', code: 'RB-01' }, false],
    [{ type: '3', code: '99' }, false],
  ])('isDrgLine(%j) is %s', (a, expected) => {
    expect(isDrgLine(a)).toBe(expected);
  });

  it('reads the key: Principal and Secondary only, links to key diagnoses only, the DRG with the payment its lines carry', () => {
    expect(paymentOnClaim(inpatient)).toBe('21836.48');
    expect(keyFromDocument(inpatient)).toEqual({
      diagnoses: [{ code: 'F33.2', type: 'Principal', poa: 'Y' }],
      procedures: [{ code: '90792', type: '3', quantity: '1', modifiers: [], links: ['F33.2'] }],
      drg: { code: '194111', payment: '21836.48', calculation: { drgCode: '194111', admission: '2025-10-01T09:00', discharge: '2025-11-05T11:00', caseType: 'unknown', dateOfBirth: '1984-03-22' } },
      fields: [],
    });
  });

  it('gives the learner the case without codes, DRG payment lines or totals', () => {
    const start = startFromDocument(inpatient);
    expect(start.claim.diagnoses).toEqual([emptyDiagnosis('Principal')]);
    expect(start.claim.activities.map((a) => [a.type, a.code, a.net, a.diagnosisLinks])).toEqual([
      ['3', '', '0.00', []],
      ['9', '', '', []],
    ]);
    expect([start.claim.gross, start.claim.net]).toEqual(['', '']);
    expect(paymentOnClaim(start)).toBe('');
  });

  it('writes the key back onto the case', () => {
    const key = keyFromDocument(inpatient);
    const doc = applyKey(startFromDocument(inpatient), key);
    expect(doc.claim.diagnoses.map((d) => [d.type, d.code, d.dxInfo])).toEqual([['Principal', 'F33.2', [{ type: 'POA', code: 'Y' }]]]);
    expect(doc.claim.activities.map((a) => [a.id, a.type, a.code, a.net])).toEqual([
      ['1', '3', '90792', '0.00'],
      ['2', '9', '194111', '21836.48'],
    ]);
    expect(keyFromDocument(doc)).toEqual(key);
  });
});
