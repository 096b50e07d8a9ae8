import { emptyActivity, emptyClaim, emptyDiagnosis, emptyEncounter, emptyHeader, type Activity, type Diagnosis, type EncounterDocument, type PayerProfileId } from '@/domain/claim';

/** A diagnosis row, with POA when given (inpatient). */
export function dx(type: string, code: string, poa?: string): Diagnosis {
  const d = emptyDiagnosis(type, code);
  return poa ? { ...d, dxInfo: [{ type: 'POA', code: poa }] } : d;
}

type ActivityOptions = Partial<Pick<Activity, 'quantity' | 'net' | 'modifiers' | 'diagnosisLinks' | 'clinician' | 'orderingClinician' | 'priorAuthorizationId'>>;

/** An activity row (type 3 CPT, 4 HCPCS, 8 service code, 9 IR-DRG …). */
export function act(id: string, start: string, type: string, code: string, options: ActivityOptions = {}): Activity {
  return { ...emptyActivity(id, start), type, code, ...options };
}

type SampleParts = {
  profile: PayerProfileId;
  header: { senderId: string; receiverId: string };
  claim: { id: string; memberId: string; payerId: string; providerId: string; emiratesIdNumber: string; gross: string; patientShare: string; net: string };
  encounter: Partial<ReturnType<typeof emptyEncounter>>;
  patient: { dateOfBirth: string; sex: string };
  diagnoses: Diagnosis[];
  activities: Activity[];
  note: string;
};

/** Assembles a synthetic encounter document. */
export function sample(parts: SampleParts): EncounterDocument {
  return {
    payerProfile: parts.profile,
    header: { ...emptyHeader(), ...parts.header, dispositionFlag: 'TEST' },
    claim: {
      ...emptyClaim(),
      ...parts.claim,
      encounter: { ...emptyEncounter(), ...parts.encounter },
      diagnoses: parts.diagnoses,
      activities: parts.activities,
    },
    patient: { ...parts.patient, motherMemberId: '' },
    note: parts.note,
    rootAttributes: {},
    acknowledgements: [],
  };
}
