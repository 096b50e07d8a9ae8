import fc from 'fast-check';
import type { Activity, Claim, Contract, Diagnosis, DxInfo, Encounter, Extension, Header, Observation, Resubmission, Submission, XmlElement } from '../../domain/claim';
import { DEFAULT_ROOT_ATTRIBUTES, ELEMENT_ORDER, readConventionObservation, type KnownParent } from '../../domain/eclaim';

/**
 * fast-check arbitraries for `Submission` models in canonical form: the form the
 * parser produces, so `parseSubmission(serializeSubmission(m))` must give back `m`.
 * Canonical means: trimmed text without characters XML cannot hold, ISO timestamps,
 * plain decimals, non-empty root attributes, observations that are not modifiers or
 * diagnosis links, and extensions whose `after` names a sibling that is actually written.
 */

// Letters, digits, punctuation that needs escaping, Arabic, an emoji, and inner whitespace.
const CHARS = [...'abcXYZ019 -_./#:;,&<>"\'', 'ع', 'ر', 'ب', 'ي', '😀', '\n', '\t', '\r'];

/** Trimmed text, possibly empty. */
export const textArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 12 })
  .map((cs) => cs.join('').trim());

/** Non-empty trimmed text. */
export const someTextArb: fc.Arbitrary<string> = textArb.filter((s) => s !== '');

/** Attribute values are not trimmed by the parser. */
const attributeValueArb: fc.Arbitrary<string> = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join(''));

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO `YYYY-MM-DDTHH:mm` timestamp on a real day. */
export const isoDateTimeArb: fc.Arbitrary<string> = fc
  .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }) })
  .map(({ y, m, d, h, mi }) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}`);

/** A plain decimal as the parser keeps it (`850.00`, `-3.5`, `12`). */
export const decimalArb: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 999999 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }))
  .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac === undefined ? '' : `.${pad(frac)}`}`);

const orEmpty = (a: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: a });

const NAME_POOL = ['EligibilityIDPayer', 'Note', 'x:Extra', 'Remark', 'Source', 'ID2', 'tns:Custom', 'Code', 'Type', 'Value'];

const attributesArb: fc.Arbitrary<Record<string, string>> = fc.dictionary(fc.constantFrom('a', 'b', 'x:y', 'lang'), attributeValueArb, { maxKeys: 2 });

/** An unknown element (up to two levels of children). */
const xmlElementArb = (names: readonly string[]): fc.Arbitrary<XmlElement> =>
  fc.letrec<{ el: XmlElement }>((tie) => ({
    el: fc.record({
      name: fc.constantFrom(...names),
      attributes: attributesArb,
      children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([]), fc.array(tie('el'), { maxLength: 2 })),
      text: textArb,
    }),
  })).el;

/** Extensions for `parent`: names that are not its known children; `after` any known child or null. */
function extensionsArb(parent: KnownParent): fc.Arbitrary<Extension[]> {
  const known: readonly string[] = ELEMENT_ORDER[parent];
  const names = NAME_POOL.filter((n) => !known.includes(n));
  return fc.array(fc.record({ after: fc.constantFrom<string | null>(null, ...known), element: xmlElementArb(names) }), { maxLength: 2 });
}

const observationArb: fc.Arbitrary<Observation> = fc
  .record({ type: orEmpty(someTextArb), code: orEmpty(someTextArb), value: orEmpty(someTextArb), valueType: orEmpty(someTextArb) })
  .filter((o) => readConventionObservation(o) === null);

const dxInfoArb: fc.Arbitrary<DxInfo> = fc.record({ type: textArb, code: textArb });

const diagnosisArb: fc.Arbitrary<Diagnosis> = fc.record({
  type: orEmpty(fc.constantFrom('Principal', 'Secondary', 'Admitting', 'ReasonForVisit')),
  code: orEmpty(fc.constantFrom('R07.2', 'I10', 'J18.9', 'E11.9')),
  dxInfo: fc.array(dxInfoArb, { maxLength: 2 }),
  extensions: extensionsArb('Diagnosis'),
});

const activityArb: fc.Arbitrary<Activity> = fc.record({
  id: textArb,
  start: orEmpty(isoDateTimeArb),
  type: orEmpty(fc.constantFrom('3', '4', '5', '6', '8', '9', '10')),
  code: textArb,
  quantity: orEmpty(decimalArb),
  net: orEmpty(decimalArb),
  orderingClinician: textArb,
  clinician: textArb,
  priorAuthorizationId: textArb,
  modifiers: fc.array(someTextArb, { maxLength: 4 }),
  diagnosisLinks: fc.array(someTextArb, { maxLength: 3 }),
  observations: fc.array(observationArb, { maxLength: 2 }),
  extensions: extensionsArb('Activity'),
});

const encounterArb: fc.Arbitrary<Encounter> = fc.record({
  facilityId: textArb,
  type: textArb,
  patientId: textArb,
  start: orEmpty(isoDateTimeArb),
  end: orEmpty(isoDateTimeArb),
  startType: textArb,
  endType: textArb,
  transferSource: textArb,
  transferDestination: textArb,
  extensions: extensionsArb('Encounter'),
});

const resubmissionArb: fc.Arbitrary<Resubmission> = fc.record({ type: textArb, comment: textArb, attachment: textArb, extensions: extensionsArb('Resubmission') });
const contractArb: fc.Arbitrary<Contract> = fc.record({ packageName: textArb, extensions: extensionsArb('Contract') });

const claimArb: fc.Arbitrary<Claim> = fc.record({
  id: textArb,
  idPayer: textArb,
  memberId: textArb,
  payerId: textArb,
  providerId: textArb,
  emiratesIdNumber: textArb,
  gross: orEmpty(decimalArb),
  patientShare: orEmpty(decimalArb),
  net: orEmpty(decimalArb),
  encounter: encounterArb,
  diagnoses: fc.array(diagnosisArb, { maxLength: 3 }),
  activities: fc.array(activityArb, { maxLength: 3 }),
  resubmission: fc.option(resubmissionArb, { nil: null }),
  contract: fc.option(contractArb, { nil: null }),
  extensions: extensionsArb('Claim'),
});

const headerArb: fc.Arbitrary<Header> = fc.record({
  senderId: textArb,
  receiverId: textArb,
  transactionDate: orEmpty(isoDateTimeArb),
  dispositionFlag: orEmpty(fc.constantFrom('PRODUCTION', 'TEST')),
  extensions: extensionsArb('Header'),
});

const rootAttributesArb: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.constant({ ...DEFAULT_ROOT_ATTRIBUTES.DOH }),
  fc.constant({ ...DEFAULT_ROOT_ATTRIBUTES.DHA }),
  fc.dictionary(fc.constantFrom('xmlns:tns', 'xmlns:xsi', 'version', 'lang'), attributeValueArb, { minKeys: 1, maxKeys: 3 }),
);

/** Canonical submissions (see the module comment). */
export const submissionArb: fc.Arbitrary<Submission> = fc
  .record({ header: headerArb, claims: fc.array(claimArb, { maxLength: 3 }), rootAttributes: rootAttributesArb, extensions: extensionsArb('Claim.Submission') })
  .map(canonicalSubmission);

/**
 * Puts extensions where a re-read finds them: an extension written after a sibling that
 * is not written (empty) is read back as following the nearest earlier sibling that is,
 * and extensions come back in document order.
 */
export function canonicalExtensions(parent: KnownParent, extensions: readonly Extension[], present: (name: string) => boolean): Extension[] {
  const order: readonly string[] = ELEMENT_ORDER[parent];
  const slot = (after: string | null): number => (after === null ? -1 : order.indexOf(after));
  return [...extensions]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => slot(a.e.after) - slot(b.e.after) || a.i - b.i)
    .map(({ e }) => {
      for (let k = slot(e.after); k >= 0; k--) {
        const name = order[k]!;
        if (present(name)) return { after: name, element: e.element };
      }
      return { after: null, element: e.element };
    });
}

function canonicalSubmission(s: Submission): Submission {
  const h = s.header;
  const header: Header = {
    ...h,
    extensions: canonicalExtensions('Header', h.extensions, (n) => n === 'RecordCount' || { SenderID: h.senderId, ReceiverID: h.receiverId, TransactionDate: h.transactionDate, DispositionFlag: h.dispositionFlag }[n] !== ''),
  };
  return {
    header,
    claims: s.claims.map(canonicalClaim),
    rootAttributes: s.rootAttributes,
    extensions: canonicalExtensions('Claim.Submission', s.extensions, (n) => n === 'Header' || (n === 'Claim' && s.claims.length > 0)),
  };
}

function hasEncounter(e: Encounter): boolean {
  return e.extensions.length > 0 || [e.facilityId, e.type, e.patientId, e.start, e.end, e.startType, e.endType, e.transferSource, e.transferDestination].some((v) => v !== '');
}

function canonicalClaim(c: Claim): Claim {
  const leaves: Record<string, string> = { ID: c.id, IDPayer: c.idPayer, MemberID: c.memberId, PayerID: c.payerId, ProviderID: c.providerId, EmiratesIDNumber: c.emiratesIdNumber, Gross: c.gross, PatientShare: c.patientShare, Net: c.net };
  const encounter = canonicalEncounter(c.encounter);
  const present = (n: string): boolean => {
    switch (n) {
      case 'Encounter':
        return hasEncounter(encounter);
      case 'Diagnosis':
        return c.diagnoses.length > 0;
      case 'Activity':
        return c.activities.length > 0;
      case 'Resubmission':
        return c.resubmission !== null;
      case 'Contract':
        return c.contract !== null;
      default:
        return (leaves[n] ?? '') !== '';
    }
  };
  return {
    ...c,
    encounter,
    diagnoses: c.diagnoses.map((d) => ({ ...d, extensions: canonicalExtensions('Diagnosis', d.extensions, (n) => (n === 'DxInfo' ? d.dxInfo.length > 0 : ({ Type: d.type, Code: d.code }[n] ?? '') !== '')) })),
    activities: c.activities.map(canonicalActivity),
    resubmission: c.resubmission && {
      ...c.resubmission,
      extensions: canonicalExtensions('Resubmission', c.resubmission.extensions, (n) => (({ Type: c.resubmission?.type, Comment: c.resubmission?.comment, Attachment: c.resubmission?.attachment })[n] ?? '') !== ''),
    },
    contract: c.contract && { ...c.contract, extensions: canonicalExtensions('Contract', c.contract.extensions, () => c.contract?.packageName !== '') },
    extensions: canonicalExtensions('Claim', c.extensions, present),
  };
}

function canonicalEncounter(e: Encounter): Encounter {
  const leaves: Record<string, string> = {
    FacilityID: e.facilityId,
    Type: e.type,
    PatientID: e.patientId,
    Start: e.start,
    End: e.end,
    StartType: e.startType,
    EndType: e.endType,
    TransferSource: e.transferSource,
    TransferDestination: e.transferDestination,
  };
  return { ...e, extensions: canonicalExtensions('Encounter', e.extensions, (n) => (leaves[n] ?? '') !== '') };
}

function canonicalActivity(a: Activity): Activity {
  const leaves: Record<string, string> = {
    ID: a.id,
    Start: a.start,
    Type: a.type,
    Code: a.code,
    Quantity: a.quantity,
    Net: a.net,
    OrderingClinician: a.orderingClinician,
    Clinician: a.clinician,
    PriorAuthorizationID: a.priorAuthorizationId,
  };
  const hasObservations = a.modifiers.length + a.diagnosisLinks.length + a.observations.length > 0;
  return { ...a, extensions: canonicalExtensions('Activity', a.extensions, (n) => (n === 'Observation' ? hasObservations : (leaves[n] ?? '') !== '')) };
}
