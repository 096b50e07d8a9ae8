import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../claim';
import { aClaim, aHeader } from '../../testing/eclaim/builders';
import { documentFromClaim, flavourForProfile, submissionFromDocument } from './documents';
import { DEFAULT_ROOT_ATTRIBUTES } from './elements';

describe('documentFromClaim', () => {
  it.each([
    ['DOH', 'DOH'],
    ['DHA', 'DHA'],
    ['unknown', 'GENERIC'],
  ] as const)('a %s claim opens with the %s profile, and no patient data or note', (flavour, payerProfile) => {
    expect(documentFromClaim(aHeader(), aClaim(), DEFAULT_ROOT_ATTRIBUTES.DOH, flavour)).toEqual({
      payerProfile,
      header: aHeader(),
      claim: aClaim(),
      patient: { dateOfBirth: '', sex: '', motherMemberId: '' },
      note: '',
      rootAttributes: DEFAULT_ROOT_ATTRIBUTES.DOH,
      acknowledgements: [],
    });
  });
});

describe('submissionFromDocument', () => {
  const doc = { ...emptyDocument('DHA'), header: aHeader(), claim: aClaim(), rootAttributes: { 'xmlns:tns': 'urn:x' } };

  it('makes a one-claim submission with the document’s header and root attributes', () => {
    expect(submissionFromDocument(doc, '2025-11-01T08:00')).toEqual({ header: aHeader(), claims: [aClaim()], rootAttributes: { 'xmlns:tns': 'urn:x' }, extensions: [] });
  });

  it.each([
    ['', '2025-11-01T08:00', '2025-11-01T08:00'],
    ['', '', ''],
    ['2025-10-05T14:30', '2025-11-01T08:00', '2025-10-05T14:30'],
  ])('TransactionDate %j with now %j → %j', (transactionDate, now, expected) => {
    expect(submissionFromDocument({ ...doc, header: aHeader({ transactionDate }) }, now).header.transactionDate).toBe(expected);
  });
});

describe('flavourForProfile', () => {
  it.each([
    ['DOH', 'DOH'],
    ['DHA', 'DHA'],
    ['OMAN', 'DOH'],
    ['GENERIC', 'DOH'],
  ] as const)('%s → %s', (profile, flavour) => expect(flavourForProfile(profile)).toBe(flavour));
});
