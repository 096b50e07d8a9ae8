import type { Activity, Claim, Diagnosis, Encounter, Header } from './claim.schema';
import type { EncounterDocument } from './draft.schema';
import type { PayerProfileId } from './code-lists';

/** An encounter with every field empty. */
export function emptyEncounter(): Encounter {
  return {
    facilityId: '',
    type: '',
    patientId: '',
    start: '',
    end: '',
    startType: '',
    endType: '',
    transferSource: '',
    transferDestination: '',
    extensions: [],
  };
}

/** A header with every field empty. */
export function emptyHeader(): Header {
  return { senderId: '', receiverId: '', transactionDate: '', dispositionFlag: '', extensions: [] };
}

/**
 * A diagnosis row.
 * @example emptyDiagnosis('Principal') //=> { type: 'Principal', code: '', dxInfo: [], extensions: [] }
 */
export function emptyDiagnosis(type: string, code = ''): Diagnosis {
  return { type, code, dxInfo: [], extensions: [] };
}

/**
 * An activity row with the given ID and start (ISO), type CPT and quantity 1.
 * @example emptyActivity('2', '2025-10-05T09:00').quantity //=> '1'
 */
export function emptyActivity(id: string, start: string): Activity {
  return {
    id,
    start,
    type: '3',
    code: '',
    quantity: '1',
    net: '',
    orderingClinician: '',
    clinician: '',
    priorAuthorizationId: '',
    modifiers: [],
    diagnosisLinks: [],
    observations: [],
    extensions: [],
  };
}

/** A claim with every field empty and no lines. */
export function emptyClaim(): Claim {
  return {
    id: '',
    idPayer: '',
    memberId: '',
    payerId: '',
    providerId: '',
    emiratesIdNumber: '',
    gross: '',
    patientShare: '',
    net: '',
    encounter: emptyEncounter(),
    diagnoses: [],
    activities: [],
    resubmission: null,
    contract: null,
    extensions: [],
  };
}

/** A blank encounter document for the given payer profile, with one empty principal diagnosis. */
export function emptyDocument(payerProfile: PayerProfileId = 'DOH'): EncounterDocument {
  const claim = emptyClaim();
  return {
    payerProfile,
    header: emptyHeader(),
    claim: { ...claim, diagnoses: [emptyDiagnosis('Principal')] },
    patient: { dateOfBirth: '', sex: '', motherMemberId: '' },
    note: '',
    rootAttributes: {},
    acknowledgements: [],
  };
}

/**
 * The next free activity ID: one more than the largest numeric ID, else the count + 1.
 * @example nextActivityId([{ id: '1' }, { id: '7' }]) //=> '8'
 */
export function nextActivityId(activities: readonly Pick<Activity, 'id'>[]): string {
  let max = 0;
  for (const a of activities) {
    const n = /^\d+$/.test(a.id) ? Number(a.id) : 0;
    if (n > max) max = n;
  }
  return String(Math.max(max, activities.length) + 1);
}
