import type { EncounterDocument } from '@/domain/claim';
import { act, dx, sample } from './build';

/**
 * Synthetic encounters for "New from sample". Every patient, member, licence and
 * Emirates ID here is invented. CPT lines carry no AMA descriptor text.
 * IR-DRG codes other than the Appendix-A mental-health DRGs are illustrative
 * (the weights table is imported by the user).
 */
export type Sample = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly document: EncounterDocument;
};

const DOH_FACILITY = 'MF4821';
const DOH_PAYER = 'A001';
const DOH_DOCTOR = 'GD23817';

export const SAMPLES: readonly Sample[] = [
  {
    id: 'outpatient-chest-pain',
    title: 'Outpatient visit: precordial chest pain',
    description: 'DOH clinic visit, established patient, ECG in clinic. Type 1 encounter.',
    document: sample({
      profile: 'DOH',
      header: { senderId: DOH_FACILITY, receiverId: DOH_PAYER },
      claim: {
        id: 'MF4821-OP-000101',
        memberId: '1011-2233-4455',
        payerId: DOH_PAYER,
        providerId: DOH_FACILITY,
        emiratesIdNumber: '784-1979-4820153-6',
        gross: '500.00',
        patientShare: '50.00',
        net: '450.00',
      },
      encounter: { facilityId: DOH_FACILITY, type: '1', patientId: 'MRN-20417', start: '2025-10-05T09:00', end: '2025-10-05T09:40' },
      patient: { dateOfBirth: '1979-03-14', sex: 'M' },
      diagnoses: [dx('Principal', 'R07.2'), dx('Secondary', 'I10')],
      activities: [
        act('1', '2025-10-05T09:00', '3', '99214', { net: '300.00', diagnosisLinks: ['R07.2', 'I10'], clinician: DOH_DOCTOR, orderingClinician: DOH_DOCTOR }),
        act('2', '2025-10-05T09:20', '3', '93000', { net: '150.00', diagnosisLinks: ['R07.2'], clinician: DOH_DOCTOR, orderingClinician: DOH_DOCTOR }),
      ],
      note: [
        'Outpatient cardiology clinic, 05/10/2025.',
        '46-year-old man with two days of precordial chest pain, pressure-like, worse on exertion, no radiation. No shortness of breath.',
        'Known essential hypertension on amlodipine 5 mg daily.',
        'ECG (12-lead, interpreted in clinic): sinus rhythm 78/min, no acute ST changes.',
        'Assessment: precordial chest pain, likely musculoskeletal; essential hypertension, controlled.',
        'Plan: analgesia, review in two weeks, exercise test if pain recurs.',
      ].join('\n'),
    }),
  },
  {
    id: 'er-wrist-fracture',
    title: 'Emergency visit: scaphoid fracture after a fall',
    description: 'DHA emergency department, X-ray and splint, E/M with modifier 25. Type 2 encounter.',
    document: sample({
      profile: 'DHA',
      header: { senderId: 'DHA-F-0047712', receiverId: 'INS017' },
      claim: {
        id: 'ER-0047712-5521',
        memberId: 'NM-88421907',
        payerId: 'INS017',
        providerId: 'DHA-F-0047712',
        emiratesIdNumber: '784-1997-6631042-3',
        gross: '950.00',
        patientShare: '100.00',
        net: '850.00',
      },
      encounter: { facilityId: 'DHA-F-0047712', type: '2', patientId: 'ER-77310', start: '2025-11-12T18:45', end: '2025-11-12T21:10' },
      patient: { dateOfBirth: '1997-08-02', sex: 'F' },
      diagnoses: [dx('Principal', 'S62.024A'), dx('Secondary', 'W01.0XXA')],
      activities: [
        act('1', '2025-11-12T18:50', '3', '99283', { net: '400.00', modifiers: ['25'], diagnosisLinks: ['S62.024A'], clinician: 'DHA-P-0031187', orderingClinician: 'DHA-P-0031187' }),
        act('2', '2025-11-12T19:20', '3', '73110', { net: '250.00', modifiers: ['RT'], diagnosisLinks: ['S62.024A'], clinician: 'DHA-P-0031187', orderingClinician: 'DHA-P-0031187' }),
        act('3', '2025-11-12T20:15', '3', '29125', { net: '200.00', modifiers: ['RT'], diagnosisLinks: ['S62.024A'], clinician: 'DHA-P-0031187', orderingClinician: 'DHA-P-0031187' }),
      ],
      note: [
        'Emergency department, 12/11/2025 18:45.',
        '28-year-old woman slipped on a wet floor at home and fell on her outstretched right hand. Pain and swelling over the right anatomical snuffbox.',
        'Examination: tenderness of the right scaphoid, no neurovascular deficit. Full history and examination documented separately from the splinting.',
        'X-ray right wrist, three views: nondisplaced fracture of the waist (middle third) of the right scaphoid.',
        'Procedure: short arm thumb-spica splint applied to the right wrist.',
        'Diagnosis: closed nondisplaced fracture of the middle third of the right scaphoid, initial encounter. Fall from slipping on the same level.',
      ].join('\n'),
    }),
  },
  {
    id: 'daycase-knee-arthroscopy',
    title: 'Day case: right knee arthroscopic meniscectomy',
    description: 'DOH day-case bed, arthroscopic medial meniscectomy of the right knee (090-day global). Type 5 encounter.',
    document: sample({
      profile: 'DOH',
      header: { senderId: DOH_FACILITY, receiverId: DOH_PAYER },
      claim: {
        id: 'MF4821-DC-000377',
        memberId: '1011-7781-2290',
        payerId: DOH_PAYER,
        providerId: DOH_FACILITY,
        emiratesIdNumber: '784-1983-1109874-2',
        gross: '5200.00',
        patientShare: '200.00',
        net: '5000.00',
      },
      encounter: { facilityId: DOH_FACILITY, type: '5', patientId: 'MRN-31876', start: '2025-10-14T07:30', end: '2025-10-14T15:00' },
      patient: { dateOfBirth: '1983-11-21', sex: 'M' },
      diagnoses: [dx('Principal', 'M23.221'), dx('Secondary', 'M17.11')],
      activities: [
        act('1', '2025-10-14T09:10', '3', '29881', { net: '4500.00', modifiers: ['RT'], diagnosisLinks: ['M23.221', 'M17.11'], clinician: 'GD40215', orderingClinician: 'GD40215', priorAuthorizationId: 'PA-2025-118204' }),
        act('2', '2025-10-14T09:00', '3', '01400', { net: '500.00', diagnosisLinks: ['M23.221'], clinician: 'GD51290', orderingClinician: 'GD40215' }),
      ],
      note: [
        'Day surgery, 14/10/2025.',
        '41-year-old man with mechanical locking of the right knee for three months after a football injury last year. MRI: complex tear of the posterior horn of the medial meniscus, right knee; early medial compartment osteoarthritis.',
        'Procedure: right knee arthroscopy with partial medial meniscectomy (posterior horn). Chondral surfaces: grade II changes medial femoral condyle. Spinal anaesthesia.',
        'Diagnoses: old tear of the posterior horn of the medial meniscus, right knee; primary osteoarthritis, right knee.',
        'Discharged home the same day.',
      ].join('\n'),
    }),
  },
  {
    id: 'inpatient-pneumonia',
    title: 'Inpatient medical: community-acquired pneumonia',
    description: 'DOH inpatient via the emergency room, three nights, IR-DRG line priced; other lines at zero. Type 4 encounter.',
    document: sample({
      profile: 'DOH',
      header: { senderId: DOH_FACILITY, receiverId: DOH_PAYER },
      claim: {
        id: 'MF4821-IP-002210',
        memberId: '1011-5540-9183',
        payerId: DOH_PAYER,
        providerId: DOH_FACILITY,
        emiratesIdNumber: '784-1958-7720431-9',
        gross: '6647.00',
        patientShare: '0.00',
        net: '6647.00',
      },
      encounter: {
        facilityId: DOH_FACILITY,
        type: '4',
        patientId: 'MRN-11502',
        start: '2025-10-20T22:15',
        end: '2025-10-23T11:00',
        startType: '2',
        endType: '1',
      },
      patient: { dateOfBirth: '1958-01-09', sex: 'F' },
      diagnoses: [dx('Principal', 'J18.9', 'Y'), dx('Secondary', 'E11.9', 'Y'), dx('Secondary', 'I10', 'Y')],
      activities: [
        act('1', '2025-10-20T22:30', '3', '99223', { net: '0.00', diagnosisLinks: ['J18.9'], clinician: 'GD18820', orderingClinician: 'GD18820' }),
        act('2', '2025-10-20T23:00', '3', '71046', { net: '0.00', diagnosisLinks: ['J18.9'], clinician: 'GD18820', orderingClinician: 'GD18820' }),
        act('3', '2025-10-20T23:10', '3', '85025', { net: '0.00', diagnosisLinks: ['J18.9'], clinician: 'GD18820', orderingClinician: 'GD18820' }),
        act('4', '2025-10-21T08:00', '4', 'J0696', { quantity: '4', net: '0.00', diagnosisLinks: ['J18.9'], clinician: 'GD18820', orderingClinician: 'GD18820' }),
        act('5', '2025-10-23T11:00', '9', '044101', { net: '6647.00', clinician: 'GD18820', orderingClinician: 'GD18820' }),
      ],
      note: [
        'Admission via the emergency department, 20/10/2025 22:15.',
        '67-year-old woman with three days of fever, productive cough and right-sided pleuritic chest pain. Type 2 diabetes on metformin, essential hypertension.',
        'Chest X-ray (two views): right lower lobe consolidation. CBC: leukocytosis.',
        'Treated with IV ceftriaxone 1 g daily. Blood sugars controlled.',
        'Discharge diagnosis: community-acquired pneumonia, organism not identified; type 2 diabetes mellitus without complications; essential hypertension.',
        'Discharged home 23/10/2025 11:00 with approval.',
      ].join('\n'),
    }),
  },
  {
    id: 'inpatient-appendectomy',
    title: 'Inpatient surgical: laparoscopic appendectomy',
    description: 'DOH inpatient surgical stay, two nights; the policy ends during the stay (split-payer case). Type 3 encounter.',
    document: sample({
      profile: 'DOH',
      header: { senderId: DOH_FACILITY, receiverId: DOH_PAYER },
      claim: {
        id: 'MF4821-IP-002245',
        memberId: '1011-6620-0047',
        payerId: DOH_PAYER,
        providerId: DOH_FACILITY,
        emiratesIdNumber: '784-1990-3318270-4',
        gross: '12155.00',
        patientShare: '0.00',
        net: '12155.00',
      },
      encounter: {
        facilityId: DOH_FACILITY,
        type: '3',
        patientId: 'MRN-40931',
        start: '2025-12-30T16:00',
        end: '2026-01-02T10:00',
        startType: '1',
        endType: '1',
      },
      patient: { dateOfBirth: '1990-05-30', sex: 'M' },
      diagnoses: [dx('Principal', 'K35.80', 'Y')],
      activities: [
        act('1', '2025-12-30T16:30', '3', '99222', { net: '0.00', diagnosisLinks: ['K35.80'], clinician: 'GD27744', orderingClinician: 'GD27744' }),
        act('2', '2025-12-30T17:10', '3', '74177', { net: '0.00', diagnosisLinks: ['K35.80'], clinician: 'GD30012', orderingClinician: 'GD27744' }),
        act('3', '2026-01-01T09:00', '3', '44970', { net: '0.00', diagnosisLinks: ['K35.80'], clinician: 'GD27744', orderingClinician: 'GD27744', priorAuthorizationId: 'PA-2025-130377' }),
        act('4', '2026-01-02T10:00', '9', '061011', { net: '12155.00', clinician: 'GD27744', orderingClinician: 'GD27744' }),
      ],
      note: [
        'Admitted 30/12/2025 16:00 for observation of right iliac fossa pain, 35-year-old man.',
        'CT abdomen and pelvis with contrast: acute appendicitis without perforation or abscess.',
        'Laparoscopic appendectomy on 01/01/2026 09:00. Uneventful recovery.',
        'Insurance policy with payer 1 expired on 31/12/2025; renewed policy with payer 2 from 01/01/2026.',
        'Discharge diagnosis: acute appendicitis. Discharged home 02/01/2026 10:00.',
      ].join('\n'),
    }),
  },
  {
    id: 'inpatient-mental-health-adolescent',
    title: 'Inpatient mental health: 15-year-old, major depression',
    description: 'DOH mental-health admission beyond the high trim: base payment, LOS outlier (99-02) and CAHMS adjustor (99-03). Type 3 encounter.',
    document: sample({
      profile: 'DOH',
      header: { senderId: 'MF5093', receiverId: DOH_PAYER },
      claim: {
        id: 'MF5093-IP-000918',
        memberId: '1011-9902-3371',
        payerId: DOH_PAYER,
        providerId: 'MF5093',
        emiratesIdNumber: '784-2010-5571903-8',
        gross: '13900.00',
        patientShare: '0.00',
        net: '13900.00',
      },
      encounter: {
        facilityId: 'MF5093',
        type: '3',
        patientId: 'MRN-77215',
        start: '2025-10-01T08:00',
        end: '2025-11-02T10:00',
        startType: '1',
        endType: '1',
      },
      patient: { dateOfBirth: '2010-06-15', sex: 'F' },
      diagnoses: [dx('Principal', 'F32.2', 'Y'), dx('Secondary', 'F41.1', 'Y'), dx('Secondary', 'Z91.51', 'Y')],
      activities: [
        act('1', '2025-10-01T09:00', '3', '90792', { net: '0.00', diagnosisLinks: ['F32.2', 'F41.1'], clinician: 'GD60331', orderingClinician: 'GD60331' }),
        act('2', '2025-10-03T10:00', '3', '90837', { quantity: '8', net: '0.00', diagnosisLinks: ['F32.2'], clinician: 'GD60410', orderingClinician: 'GD60331' }),
        act('3', '2025-10-02T09:00', '3', '99233', { quantity: '20', net: '0.00', diagnosisLinks: ['F32.2'], clinician: 'GD60331', orderingClinician: 'GD60331' }),
        act('4', '2025-11-02T10:00', '9', '194111', { net: '13900.00', clinician: 'GD60331', orderingClinician: 'GD60331' }),
      ],
      note: [
        'Child and adolescent mental health unit. Admitted 01/10/2025 08:00, elective, from outpatient clinic.',
        '15-year-old girl with severe depressive episode: persistent low mood, anhedonia, insomnia and weight loss over two months; no psychotic features. Recent suicidal ideation with a history of a previous suicide attempt last year. Generalized anxiety disorder since age 13.',
        'Managed with psychotherapy (eight 60-minute sessions), SSRI titration and daily psychiatric review.',
        'Length of stay extended for safety planning; separate authorization obtained for the stay beyond the high trim.',
        'Discharge diagnosis: major depressive disorder, single episode, severe without psychotic features; generalized anxiety disorder; personal history of suicidal behaviour.',
        'Discharged home with approval 02/11/2025 10:00.',
      ].join('\n'),
    }),
  },
  {
    id: 'outpatient-cdi-follow-up',
    title: 'Outpatient follow-up: diabetes, knee pain, breathlessness (CDI review)',
    description: 'DOH internal-medicine follow-up for a CDI review: one diagnosis the note does not document, a condition documented but not coded, and a suspected diagnosis. Type 1 encounter.',
    document: sample({
      profile: 'DOH',
      header: { senderId: DOH_FACILITY, receiverId: DOH_PAYER },
      claim: {
        id: 'MF4821-OP-000188',
        memberId: '1011-4410-2765',
        payerId: DOH_PAYER,
        providerId: DOH_FACILITY,
        emiratesIdNumber: '784-1967-2290418-5',
        gross: '450.00',
        patientShare: '50.00',
        net: '400.00',
      },
      encounter: { facilityId: DOH_FACILITY, type: '1', patientId: 'MRN-52290', start: '2025-11-18T10:00', end: '2025-11-18T10:30' },
      patient: { dateOfBirth: '1967-04-22', sex: 'F' },
      diagnoses: [dx('Principal', 'E11.65'), dx('Secondary', 'M25.562'), dx('Secondary', 'R06.02'), dx('Secondary', 'K21.9')],
      activities: [
        act('1', '2025-11-18T10:00', '3', '99214', { net: '250.00', diagnosisLinks: ['E11.65', 'M25.562', 'R06.02', 'K21.9'], clinician: DOH_DOCTOR, orderingClinician: DOH_DOCTOR }),
        act('2', '2025-11-18T10:15', '3', '93000', { net: '150.00', diagnosisLinks: ['R06.02'], clinician: DOH_DOCTOR, orderingClinician: DOH_DOCTOR }),
      ],
      note: [
        'Internal medicine clinic follow-up, 18/11/2025.',
        '58-year-old woman with type 2 diabetes with hyperglycemia: HbA1c 9.1%, fasting glucose 14 mmol/L on metformin.',
        'Left knee pain for three weeks, worse on stairs; no swelling, no trauma.',
        'Denies chest pain but reports shortness of breath on climbing two flights of stairs.',
        'Known hypertension on amlodipine 5 mg daily; BP 150/95 today.',
        'Irregularly irregular pulse 96/min. ECG (12-lead, in clinic): suspected atrial fibrillation, Holter arranged.',
        'Assessment: type 2 diabetes mellitus with hyperglycemia; left knee pain, probable early osteoarthritis; exertional shortness of breath.',
        'Plan: add gliclazide, knee X-ray, Holter monitor, review in four weeks.',
      ].join('\n'),
    }),
  },
];

/** The sample with this ID, if any. */
export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
