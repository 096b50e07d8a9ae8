import type { Claim, EncounterDocument, Header, PayerProfileId, Submission } from '../claim';
import type { EclaimFlavour } from './elements';

/**
 * The encounter document a coder works on, made from one claim of a parsed file.
 * The payer profile follows the file's flavour (a file of unknown flavour gets the
 * GENERIC profile, which the coder can change). Date of birth, sex and the note are
 * empty: the e-claim does not carry them.
 *
 * @param header - the file's header (shared by all its claims)
 * @param claim - one claim of the file
 * @param rootAttributes - the file's root attributes, so an export writes the same namespaces
 * @param flavour - from {@link parseSubmission}
 * @example documentFromClaim(header, claim, {}, 'DHA').payerProfile //=> 'DHA'
 */
export function documentFromClaim(
  header: Header,
  claim: Claim,
  rootAttributes: Readonly<Record<string, string>>,
  flavour: EclaimFlavour | 'unknown',
): EncounterDocument {
  const payerProfile: PayerProfileId = flavour === 'unknown' ? 'GENERIC' : flavour;
  return {
    payerProfile,
    header,
    claim,
    patient: { dateOfBirth: '', sex: '', motherMemberId: '' },
    note: '',
    rootAttributes: { ...rootAttributes },
    acknowledgements: [],
  };
}

/**
 * A one-claim submission from an encounter document, ready for {@link serializeSubmission}.
 * The domain has no clock: pass the export time as `now` (ISO `YYYY-MM-DDTHH:mm`); it is
 * used only when the document's header has no TransactionDate.
 *
 * @param doc - the encounter document
 * @param now - the transaction date to use when the header has none
 * @example submissionFromDocument(doc, '2025-10-05T14:30').header.transactionDate //=> '2025-10-05T14:30' (when it was empty)
 */
export function submissionFromDocument(doc: EncounterDocument, now = ''): Submission {
  const transactionDate = doc.header.transactionDate === '' ? now : doc.header.transactionDate;
  return { header: { ...doc.header, transactionDate }, claims: [doc.claim], rootAttributes: { ...doc.rootAttributes }, extensions: [] };
}

/**
 * The e-claim flavour to export a document in: DHA for the DHA profile, DOH otherwise
 * (Oman and the generic profile have no e-claim of their own).
 * @example flavourForProfile('DHA') //=> 'DHA'
 */
export function flavourForProfile(profile: PayerProfileId): EclaimFlavour {
  return profile === 'DHA' ? 'DHA' : 'DOH';
}
