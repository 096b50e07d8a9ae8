import { emptyActivity, emptyDocument, emptyDiagnosis, type Activity, type Diagnosis, type EncounterDocument, type PayerProfileId } from '@/domain/claim';

/**
 * Deterministic builders for encounter documents in tests. The default is a
 * complete, clean DOH outpatient claim (one diagnosis, one linked E/M line) that
 * passes every completeness edit; each test changes only what it is about.
 */
export class DocBuilder {
  private doc: EncounterDocument;

  constructor(profile: PayerProfileId = 'DOH') {
    const base = emptyDocument(profile);
    this.doc = {
      ...base,
      header: { senderId: 'MF1001', receiverId: 'A001', transactionDate: '', dispositionFlag: 'TEST', extensions: [] },
      claim: {
        ...base.claim,
        id: 'CLM-1',
        memberId: 'MEM-1',
        payerId: 'A001',
        providerId: 'MF1001',
        emiratesIdNumber: '784-1980-1234567-1',
        gross: '300.00',
        patientShare: '0.00',
        net: '300.00',
        encounter: { ...base.claim.encounter, facilityId: 'MF1001', type: '1', patientId: 'MRN-1', start: '2025-10-05T09:00', end: '2025-10-05T09:30' },
        diagnoses: [emptyDiagnosis('Principal', 'R07.2')],
        activities: [{ ...emptyActivity('1', '2025-10-05T09:00'), code: '99213', net: '300.00', clinician: 'GD1', orderingClinician: 'GD1', diagnosisLinks: ['R07.2'] }],
      },
      patient: { dateOfBirth: '1980-04-12', sex: 'M', motherMemberId: '' },
    };
  }

  /** Applies any change to the document. */
  with(change: (doc: EncounterDocument) => EncounterDocument): this {
    this.doc = change(this.doc);
    return this;
  }

  claim(fields: Partial<EncounterDocument['claim']>): this {
    return this.with((d) => ({ ...d, claim: { ...d.claim, ...fields } }));
  }

  encounter(fields: Partial<EncounterDocument['claim']['encounter']>): this {
    return this.with((d) => ({ ...d, claim: { ...d.claim, encounter: { ...d.claim.encounter, ...fields } } }));
  }

  patient(fields: Partial<EncounterDocument['patient']>): this {
    return this.with((d) => ({ ...d, patient: { ...d.patient, ...fields } }));
  }

  header(fields: Partial<EncounterDocument['header']>): this {
    return this.with((d) => ({ ...d, header: { ...d.header, ...fields } }));
  }

  /** Replaces the diagnoses: the first is Principal, the rest Secondary (or give full rows). */
  diagnoses(...rows: (string | Diagnosis)[]): this {
    const list = rows.map((r, i) => (typeof r === 'string' ? emptyDiagnosis(i === 0 ? 'Principal' : 'Secondary', r) : r));
    return this.with((d) => ({ ...d, claim: { ...d.claim, diagnoses: list } }));
  }

  /** Replaces the activities; each row starts from a clean CPT line (ID by position, start = encounter start). */
  activities(...rows: Partial<Activity>[]): this {
    return this.with((d) => ({
      ...d,
      claim: {
        ...d.claim,
        activities: rows.map((r, i) => ({ ...emptyActivity(String(i + 1), d.claim.encounter.start), clinician: 'GD1', orderingClinician: 'GD1', net: '0.00', ...r })),
      },
    }));
  }

  /** Changes one activity (0-based). */
  activity(index: number, fields: Partial<Activity>): this {
    return this.with((d) => ({ ...d, claim: { ...d.claim, activities: d.claim.activities.map((a, i) => (i === index ? { ...a, ...fields } : a)) } }));
  }

  /** Changes one diagnosis (0-based). */
  diagnosis(index: number, fields: Partial<Diagnosis>): this {
    return this.with((d) => ({ ...d, claim: { ...d.claim, diagnoses: d.claim.diagnoses.map((x, i) => (i === index ? { ...x, ...fields } : x)) } }));
  }

  note(text: string): this {
    return this.with((d) => ({ ...d, note: text }));
  }

  build(): EncounterDocument {
    return structuredClone(this.doc);
  }
}

/** A clean DOH outpatient document builder. */
export function aDoc(profile: PayerProfileId = 'DOH'): DocBuilder {
  return new DocBuilder(profile);
}

/** A clean DOH inpatient (type 3) document builder with POA on the diagnosis and a DRG line. */
export function anInpatientDoc(): DocBuilder {
  return aDoc()
    .encounter({ type: '3', start: '2025-10-01T08:00', end: '2025-10-04T10:00', startType: '1', endType: '1' })
    .diagnoses({ type: 'Principal', code: 'J18.9', dxInfo: [{ type: 'POA', code: 'Y' }], extensions: [] })
    .activities(
      { code: '99223', start: '2025-10-01T09:00', diagnosisLinks: ['J18.9'] },
      { type: '9', code: '044101', start: '2025-10-04T10:00', net: '6647.00' },
    )
    .claim({ gross: '6647.00', patientShare: '0.00', net: '6647.00' });
}
