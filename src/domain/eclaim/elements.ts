/**
 * The shape of `Claim.Submission` as the codec knows it: the child elements of
 * every element, in the order the DOH/DHA schemas document (domain.md §1.2–1.6).
 * Parsing accepts known children in any order; serializing writes this order.
 * Any other child is an "extension": kept, and written back after the known
 * sibling it followed.
 */

/** The root element of an e-claim submission. */
export const SUBMISSION_ROOT = 'Claim.Submission';

/** Largest file {@link parseSubmission} reads unless told otherwise: 25 MB. */
export const MAX_SUBMISSION_BYTES = 25 * 1024 * 1024;

/** Which e-claim dialect a file is written in: Abu Dhabi DOH (Shafafiya) or Dubai DHA (eClaimLink). */
export type EclaimFlavour = 'DOH' | 'DHA';

/** Known children of each element, in schema order. */
export const ELEMENT_ORDER = {
  'Claim.Submission': ['Header', 'Claim'],
  Header: ['SenderID', 'ReceiverID', 'TransactionDate', 'RecordCount', 'DispositionFlag'],
  Claim: [
    'ID',
    'IDPayer',
    'MemberID',
    'PayerID',
    'ProviderID',
    'EmiratesIDNumber',
    'Gross',
    'PatientShare',
    'Net',
    'Encounter',
    'Diagnosis',
    'Activity',
    'Resubmission',
    'Contract',
  ],
  Encounter: ['FacilityID', 'Type', 'PatientID', 'Start', 'End', 'StartType', 'EndType', 'TransferSource', 'TransferDestination'],
  Diagnosis: ['Type', 'Code', 'DxInfo'],
  DxInfo: ['Type', 'Code'],
  Activity: ['ID', 'Start', 'Type', 'Code', 'Quantity', 'Net', 'OrderingClinician', 'Clinician', 'PriorAuthorizationID', 'Observation'],
  Observation: ['Type', 'Code', 'Value', 'ValueType'],
  Resubmission: ['Type', 'Comment', 'Attachment'],
  Contract: ['PackageName'],
} as const satisfies Record<string, readonly string[]>;

/** An element that has known children. */
export type KnownParent = keyof typeof ELEMENT_ORDER;

const KNOWN_CHILDREN = new Map<string, ReadonlySet<string>>(Object.entries(ELEMENT_ORDER).map(([parent, children]) => [parent, new Set<string>(children)]));

/** Whether `name` is a known child of `parent`. @example isKnownChild('Claim', 'Gross') //=> true */
export function isKnownChild(parent: KnownParent, name: string): boolean {
  return KNOWN_CHILDREN.get(parent)?.has(name) ?? false;
}

/** Root attributes written when a submission has none of its own (domain.md §1.1). */
export const DEFAULT_ROOT_ATTRIBUTES: Readonly<Record<EclaimFlavour, Readonly<Record<string, string>>>> = {
  DOH: {
    'xmlns:tns': 'http://www.haad.ae/DataDictionary/CommonTypes',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:noNamespaceSchemaLocation': 'http://www.haad.ae/DataDictionary/CommonTypes/ClaimSubmission.xsd',
  },
  DHA: {
    'xmlns:tns': 'http://www.eclaimlink.ae/DHD/ValidationSchema',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:noNamespaceSchemaLocation': 'http://www.eclaimlink.ae/DHD/ValidationSchema/ClaimSubmission.xsd',
  },
};

/** Sibling transactions that share the header; named in the wrong-root message. */
export const OTHER_TRANSACTIONS: Readonly<Record<string, string>> = {
  'Remittance.Advice': "a remittance advice (the payer's reply), not a claim submission",
  'Prior.Request': 'a prior-authorization request, not a claim submission',
  'Prior.Authorization': 'a prior-authorization reply, not a claim submission',
  'Person.Register': 'a person register file, not a claim submission',
};

/**
 * The flavour a file's root attributes point to: DOH when a namespace or schema
 * location is on haad.ae or doh.gov.ae, DHA when it is on eclaimlink.ae.
 * @example flavourOf({ 'xmlns:tns': 'http://www.eclaimlink.ae/DHD/ValidationSchema' }) //=> 'DHA'
 */
export function flavourOf(rootAttributes: Readonly<Record<string, string>>): EclaimFlavour | 'unknown' {
  const values = Object.values(rootAttributes).join(' ').toLowerCase();
  if (values.includes('eclaimlink.ae')) return 'DHA';
  if (values.includes('haad.ae') || values.includes('doh.gov.ae')) return 'DOH';
  return 'unknown';
}
