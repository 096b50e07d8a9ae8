import type { Activity, Claim, Diagnosis, Header, Submission } from '../../domain/claim';
import { emptyActivity, emptyClaim, emptyDiagnosis, emptyEncounter, emptyHeader } from '../../domain/claim';
import { DEFAULT_ROOT_ATTRIBUTES } from '../../domain/eclaim';

/**
 * Deterministic builders for e-claim tests: a small, valid DOH outpatient claim
 * (the domain.md §1.9 skeleton) that a test changes with overrides.
 */

export function aHeader(overrides: Partial<Header> = {}): Header {
  return { ...emptyHeader(), senderId: 'MF1234', receiverId: 'A001', transactionDate: '2025-10-05T14:30', dispositionFlag: 'TEST', ...overrides };
}

export function aDiagnosis(code: string, type = 'Secondary', overrides: Partial<Diagnosis> = {}): Diagnosis {
  return { ...emptyDiagnosis(type, code), ...overrides };
}

export function anActivity(id: string, code: string, overrides: Partial<Activity> = {}): Activity {
  return { ...emptyActivity(id, '2025-10-05T09:00'), code, net: '300.00', orderingClinician: 'GD12345', clinician: 'GD12345', ...overrides };
}

export function aClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    ...emptyClaim(),
    id: 'MF1234-000123',
    memberId: '1234567890',
    payerId: 'A001',
    providerId: 'MF1234',
    emiratesIdNumber: '784-1985-1234567-1',
    gross: '850.00',
    patientShare: '85.00',
    net: '765.00',
    encounter: { ...emptyEncounter(), facilityId: 'MF1234', type: '1', patientId: 'MRN001', start: '2025-10-05T09:00', end: '2025-10-05T09:40' },
    diagnoses: [aDiagnosis('R07.2', 'Principal')],
    activities: [anActivity('1', '99213'), anActivity('2', '93000', { start: '2025-10-05T09:20', net: '465.00' })],
    ...overrides,
  };
}

export function aSubmission(overrides: Partial<Submission> = {}): Submission {
  return { header: aHeader(), claims: [aClaim()], rootAttributes: { ...DEFAULT_ROOT_ATTRIBUTES.DOH }, extensions: [], ...overrides };
}

/** The root start tag the DOH builders write (one line). */
export const DOH_ROOT =
  '<Claim.Submission xmlns:tns="http://www.haad.ae/DataDictionary/CommonTypes" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.haad.ae/DataDictionary/CommonTypes/ClaimSubmission.xsd">';

/**
 * A DOH file around the given claim bodies, one element per line, so tests can name
 * exact lines: line 1 the XML declaration, 2 the root, 3–9 the header (RecordCount on
 * line 7), then each claim as `<Claim>` on its own line, its body lines, `</Claim>`.
 */
export function submissionXml(claimBodies: readonly (readonly string[])[], options: { recordCount?: string; header?: readonly string[] } = {}): string {
  const header = options.header ?? [
    '<SenderID>MF1234</SenderID>',
    '<ReceiverID>A001</ReceiverID>',
    '<TransactionDate>05/10/2025 14:30</TransactionDate>',
    `<RecordCount>${options.recordCount ?? String(claimBodies.length)}</RecordCount>`,
    '<DispositionFlag>TEST</DispositionFlag>',
  ];
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', DOH_ROOT, '<Header>', ...header, '</Header>'];
  for (const body of claimBodies) lines.push('<Claim>', ...body, '</Claim>');
  lines.push('</Claim.Submission>');
  return `${lines.join('\n')}\n`;
}

/** The body lines of the builders' valid claim in e-claim form: lines 11–49 of a one-claim {@link submissionXml} (ID on 11, Encounter 19–25, Diagnosis 26–29, Activities 30–39 and 40–49). */
export const CLAIM_BODY: readonly string[] = [
  '<ID>MF1234-000123</ID>',
  '<MemberID>1234567890</MemberID>',
  '<PayerID>A001</PayerID>',
  '<ProviderID>MF1234</ProviderID>',
  '<EmiratesIDNumber>784-1985-1234567-1</EmiratesIDNumber>',
  '<Gross>850.00</Gross>',
  '<PatientShare>85.00</PatientShare>',
  '<Net>765.00</Net>',
  '<Encounter>',
  '<FacilityID>MF1234</FacilityID>',
  '<Type>1</Type>',
  '<PatientID>MRN001</PatientID>',
  '<Start>05/10/2025 09:00</Start>',
  '<End>05/10/2025 09:40</End>',
  '</Encounter>',
  '<Diagnosis>',
  '<Type>Principal</Type>',
  '<Code>R07.2</Code>',
  '</Diagnosis>',
  '<Activity>',
  '<ID>1</ID>',
  '<Start>05/10/2025 09:00</Start>',
  '<Type>3</Type>',
  '<Code>99213</Code>',
  '<Quantity>1</Quantity>',
  '<Net>300.00</Net>',
  '<OrderingClinician>GD12345</OrderingClinician>',
  '<Clinician>GD12345</Clinician>',
  '</Activity>',
  '<Activity>',
  '<ID>2</ID>',
  '<Start>05/10/2025 09:20</Start>',
  '<Type>3</Type>',
  '<Code>93000</Code>',
  '<Quantity>1</Quantity>',
  '<Net>465.00</Net>',
  '<OrderingClinician>GD12345</OrderingClinician>',
  '<Clinician>GD12345</Clinician>',
  '</Activity>',
];

/** {@link CLAIM_BODY} with one line replaced (by its exact text) or removed (replacement `null`). */
export function claimBodyWith(line: string, replacement: string | readonly string[] | null): string[] {
  const i = CLAIM_BODY.indexOf(line);
  if (i === -1) throw new Error(`no line ${line} in CLAIM_BODY`);
  const rep = replacement === null ? [] : typeof replacement === 'string' ? [replacement] : [...replacement];
  return [...CLAIM_BODY.slice(0, i), ...rep, ...CLAIM_BODY.slice(i + 1)];
}
