import type { EncounterDocument, PayerProfileId } from '@/domain/claim';
import { D } from '@/domain/money';
import type { ScenarioInput } from '@/domain/training';
import { act, dx, sample } from '@/data/samples/build';
import { fromCoded, point, SRC } from './build';

/**
 * Outpatient and day-case scenarios: one per rejection cause of the Dhamani article, plus
 * Excludes1, age/sex, modifiers 25/57, 26/TC and sequencing. Every patient, member, licence and
 * Emirates ID is invented; CPT lines carry our own short descriptions only.
 */

type Visit = {
  readonly profile?: PayerProfileId;
  readonly claimId: string;
  readonly memberId: string;
  readonly emiratesId?: string;
  readonly mrn: string;
  readonly type?: string;
  readonly start: string;
  readonly end: string;
  readonly dob: string;
  readonly sex: 'F' | 'M';
  readonly diagnoses: ReturnType<typeof dx>[];
  readonly lines: readonly (readonly [code: string, net: string, options?: { type?: string; modifiers?: string[]; links?: string[]; quantity?: string; at?: string }])[];
  readonly note: readonly string[];
};

const FACILITY = { DOH: 'MF4821', DHA: 'DHA-F-0047712', OMAN: 'OM-HF-2231', GENERIC: 'FAC-001' } as const;
const PAYER = { DOH: 'A001', DHA: 'INS017', OMAN: 'OM-INS-04', GENERIC: 'PAYER-1' } as const;
const DOCTOR = { DOH: 'GD23817', DHA: 'DHA-P-0031187', OMAN: 'OM-MD-5512', GENERIC: 'DR-1' } as const;

/** A synthetic visit, coded as the key; nets add up to the claim's net. */
function visit(v: Visit): EncounterDocument {
  const profile = v.profile ?? 'DOH';
  const doctor = DOCTOR[profile];
  const activities = v.lines.map(([code, net, o = {}], i) =>
    act(String(i + 1), o.at ?? v.start, o.type ?? '3', code, {
      net,
      quantity: o.quantity ?? '1',
      modifiers: o.modifiers ?? [],
      diagnosisLinks: o.links ?? [],
      clinician: doctor,
      orderingClinician: doctor,
    }),
  );
  const total = v.lines.reduce((s, [, net]) => s.plus(D(net)), D('0')).toFixed(2);
  return sample({
    profile,
    header: { senderId: FACILITY[profile], receiverId: PAYER[profile] },
    claim: {
      id: v.claimId,
      memberId: v.memberId,
      payerId: PAYER[profile],
      providerId: FACILITY[profile],
      emiratesIdNumber: v.emiratesId ?? (profile === 'OMAN' ? '' : '784-1985-1111111-1'),
      gross: total,
      patientShare: '0.00',
      net: total,
    },
    encounter: { facilityId: FACILITY[profile], type: v.type ?? '1', patientId: v.mrn, start: v.start, end: v.end },
    patient: { dateOfBirth: v.dob, sex: v.sex },
    diagnoses: v.diagnoses,
    activities,
    note: v.note.join('\n'),
  });
}

export const CODING_SCENARIOS: readonly ScenarioInput[] = [
  fromCoded(
    {
      id: 'chest-pain-specificity',
      title: 'Chest pain: code what the note describes',
      summary: 'Dhamani rejection cause: a non-specific diagnosis (R07.9) when the note supports a specific one.',
      level: 'foundation',
      topics: ['non-specific-diagnosis', 'linkage'],
      questions: ['What kind of chest pain does the note describe?', 'Which diagnosis justifies the ECG?', 'Is the hypertension worth coding here?'],
      teachingPoints: [
        point('R07.9 (chest pain, unspecified) gives the insurer grounds to reject or query when the note says more: "precordial" pain is R07.2.', SRC.dhamani('Diagnosis specificity')),
        point('Code conditions that coexist and affect care: the controlled hypertension on amlodipine is I10.', SRC.icd('Section IV.J')),
        point('Link each procedure to the diagnosis that justifies it: the ECG is for the chest pain.', SRC.dhamani('CPT and diagnosis linkage')),
      ],
    },
    visit({
      profile: 'OMAN',
      claimId: 'OM-OP-3101',
      memberId: 'OM-55120987',
      mrn: 'MCT-40211',
      start: '2025-10-06T09:00',
      end: '2025-10-06T09:40',
      dob: '1978-05-02',
      sex: 'M',
      diagnoses: [dx('Principal', 'R07.2'), dx('Secondary', 'I10')],
      lines: [
        ['99213', '25.00', { links: ['R07.2', 'I10'] }],
        ['93000', '12.00', { links: ['R07.2'] }],
      ],
      note: [
        'Polyclinic, Muscat, 06/10/2025. 47-year-old man.',
        'Complaint: two days of pressure-like pain behind the lower sternum (precordial), worse on climbing stairs, no radiation.',
        'History: essential hypertension on amlodipine 5 mg, well controlled.',
        'ECG in clinic, interpreted by me: sinus rhythm, no ischaemic change.',
        'Assessment: precordial chest pain, probably musculoskeletal. Hypertension controlled.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'follow-up-z09-not-specific',
      title: 'A "follow-up" visit that is really ongoing GERD',
      summary: 'Dhamani rejection cause: Z09 coded where the documentation supports a specific condition.',
      level: 'foundation',
      topics: ['non-specific-diagnosis', 'documentation'],
      questions: ['Is the treatment completed?', 'What does the endoscopy report say about the oesophagus?'],
      teachingPoints: [
        point('Z09 is for follow-up after completed treatment with the condition gone. When the condition is still treated, code the condition itself.', SRC.dhamani('Diagnosis specificity (the Z09 example)')),
        point('Reflux with documented oesophagitis and no bleeding is K21.00, not K21.9 (which is without oesophagitis).', SRC.icdTabular('K21 Gastro-esophageal reflux disease')),
      ],
    },
    visit({
      profile: 'OMAN',
      claimId: 'OM-OP-3102',
      memberId: 'OM-55134410',
      mrn: 'MCT-40388',
      start: '2025-10-08T11:00',
      end: '2025-10-08T11:20',
      dob: '1969-11-23',
      sex: 'F',
      diagnoses: [dx('Principal', 'K21.00')],
      lines: [['99213', '25.00', { links: ['K21.00'] }]],
      note: [
        'Gastroenterology clinic, follow-up, 08/10/2025. 55-year-old woman.',
        'Endoscopy last month: reflux oesophagitis (LA grade B), no bleeding.',
        'Still heartburn most nights despite omeprazole 20 mg. No melaena, no haematemesis.',
        'Plan: increase omeprazole to 40 mg, review in 8 weeks.',
        'Assessment: gastro-oesophageal reflux disease with oesophagitis, not yet controlled.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'missing-diagnosis-hba1c',
      title: 'HbA1c with no diabetes on the claim',
      summary: 'Dhamani rejection cause: a missing diagnosis leaves a test without medical necessity.',
      level: 'foundation',
      topics: ['missing-diagnosis', 'linkage'],
      questions: ['Which tests were done and why?', 'Which diagnosis is missing from the encounter form?'],
      teachingPoints: [
        point('Missing ICD-10 codes are among the first causes of rejection: every condition the visit addressed must be on the claim.', SRC.dhamani('Opening example: missing ICD-10 diagnosis codes')),
        point('Type 2 diabetes with no documented complication is E11.9; the HbA1c is linked to it.', SRC.icd('I.C.4.a')),
        point('The lipid panel is justified by the hyperlipidaemia, not by the diabetes.', SRC.dhamani('CPT and diagnosis linkage')),
      ],
    },
    visit({
      profile: 'OMAN',
      claimId: 'OM-OP-3103',
      memberId: 'OM-55177702',
      mrn: 'MCT-41002',
      start: '2025-10-09T08:30',
      end: '2025-10-09T08:50',
      dob: '1966-02-14',
      sex: 'M',
      diagnoses: [dx('Principal', 'E11.9'), dx('Secondary', 'E78.5')],
      lines: [
        ['99213', '25.00', { links: ['E11.9', 'E78.5'] }],
        ['83036', '8.00', { links: ['E11.9'] }],
        ['80061', '10.00', { links: ['E78.5'] }],
      ],
      note: [
        'Family medicine, 09/10/2025. 59-year-old man, 3-monthly review.',
        'Type 2 diabetes on metformin; no eye, kidney or nerve problems found at the annual check.',
        'Hyperlipidaemia on atorvastatin.',
        'Tests today: HbA1c and lipid profile.',
        'Assessment: type 2 diabetes without complications; hyperlipidaemia.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'echo-linkage',
      title: 'Echocardiogram linked to a routine check',
      summary: 'Dhamani rejection cause: the procedure is linked to a diagnosis that does not justify it.',
      level: 'intermediate',
      topics: ['linkage', 'missing-diagnosis'],
      questions: ['Why was the echocardiogram ordered?', 'Which diagnoses does the note document?'],
      teachingPoints: [
        point('An echocardiogram billed against a routine check without cardiac symptoms fails the medical-necessity check: link it to the heart failure it assesses.', SRC.dhamani('CPT and diagnosis linkage')),
        point('Once a definitive diagnosis is made, do not also code its symptoms (shortness of breath is part of heart failure).', SRC.icd('I.B.5')),
      ],
    },
    visit({
      profile: 'OMAN',
      claimId: 'OM-OP-3104',
      memberId: 'OM-55190013',
      mrn: 'MCT-41877',
      start: '2025-10-12T10:00',
      end: '2025-10-12T11:00',
      dob: '1955-07-30',
      sex: 'F',
      diagnoses: [dx('Principal', 'I50.9'), dx('Secondary', 'I10')],
      lines: [
        ['99214', '35.00', { links: ['I50.9', 'I10'] }],
        ['93306', '60.00', { links: ['I50.9'] }],
      ],
      note: [
        'Cardiology clinic, 12/10/2025. 70-year-old woman referred by her GP for breathlessness.',
        'Exertional shortness of breath and ankle swelling for six weeks. Hypertension for 15 years.',
        'Transthoracic echo today: LVEF 35 %, dilated left ventricle.',
        'Assessment: heart failure (type not yet classified); hypertension. Start furosemide; review in 2 weeks.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'bilateral-knee-injection-50',
      title: 'Both knees injected: modifier 50',
      summary: 'Dhamani rejection cause: failing to apply modifier 50 for a bilateral procedure.',
      level: 'intermediate',
      topics: ['modifier-50', 'non-specific-diagnosis'],
      questions: ['How many joints were injected, and on which sides?', 'Which osteoarthritis code covers both knees?'],
      teachingPoints: [
        point('A procedure done on both sides in one session is reported once with modifier 50 (not twice, and not with RT and LT).', SRC.cpt('Modifier 50')),
        point('Failing to apply modifier 50 for a bilateral procedure is a common rejection cause.', SRC.dhamani('Modifier misuse')),
        point('Primary osteoarthritis of both knees has its own code, M17.0; M17.9 is unspecified.', SRC.icdTabular('M17 Osteoarthritis of knee')),
      ],
    },
    visit({
      profile: 'OMAN',
      claimId: 'OM-OP-3105',
      memberId: 'OM-55201144',
      mrn: 'MCT-42019',
      start: '2025-10-14T09:30',
      end: '2025-10-14T10:00',
      dob: '1959-03-12',
      sex: 'F',
      diagnoses: [dx('Principal', 'M17.0')],
      lines: [['20610', '40.00', { modifiers: ['50'], links: ['M17.0'] }]],
      note: [
        'Orthopaedic clinic, 14/10/2025. 66-year-old woman, known primary osteoarthritis of both knees.',
        'Procedure: intra-articular corticosteroid injection, right knee and left knee, same session, no imaging guidance.',
        'Visit today was for the planned injections only.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'colonoscopy-59-bypass',
      title: 'Modifier 59 to bill a bundled diagnostic colonoscopy',
      summary: 'Dhamani rejection cause: modifier 59 appended to bypass a bundling rule that applies.',
      level: 'intermediate',
      topics: ['modifier-59', 'sequencing'],
      questions: ['Was the diagnostic colonoscopy a separate procedure?', 'Why was the colonoscopy done?'],
      teachingPoints: [
        point('A diagnostic colonoscopy is included in a colonoscopy with biopsy in the same session: report 45380 alone. 59 is only for a truly distinct service (another site, session or lesion).', SRC.ncci('Chapter VI, endoscopic services; modifier 59')),
        point('Appending 59 to bypass a bundling rule that legitimately applies is one of the modifier errors insurers are configured to catch.', SRC.dhamani('Modifier misuse')),
        point('For a screening colonoscopy, the screening code is listed first and the finding second.', SRC.icd('I.C.21.c.5')),
      ],
    },
    visit({
      profile: 'OMAN',
      type: '5',
      claimId: 'OM-DC-3106',
      memberId: 'OM-55213370',
      mrn: 'MCT-42551',
      start: '2025-10-15T08:00',
      end: '2025-10-15T12:00',
      dob: '1972-09-18',
      sex: 'M',
      diagnoses: [dx('Principal', 'Z12.11'), dx('Secondary', 'K57.30')],
      lines: [['45380', '180.00', { links: ['Z12.11', 'K57.30'] }]],
      note: [
        'Endoscopy unit, day case, 15/10/2025. 53-year-old man, no symptoms, screening colonoscopy.',
        'Findings: scattered sigmoid diverticula without inflammation; a biopsy was taken of an area of abnormal-looking mucosa in the sigmoid.',
        'Diagnostic colonoscopy to the caecum, then cold biopsy. No complications.',
        'Impression: diverticulosis of the sigmoid colon; screening completed.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'member-id-and-dob-missing',
      title: 'Registration left the member ID and date of birth blank',
      summary: 'Dhamani rejection cause: incomplete patient data that stops the platform matching the policy.',
      level: 'foundation',
      topics: ['patient-data'],
      questions: ['Which claim fields are empty?', 'Where in the note are they?'],
      teachingPoints: [
        point('Errors in insurance ID numbers and missing fields produce administrative rejections that have nothing to do with clinical coding but still delay payment.', SRC.dhamani('Incomplete patient and encounter data')),
        point('Acute upper respiratory infection with no site documented is J06.9.', SRC.icdTabular('J06 Acute upper respiratory infections of multiple and unspecified sites')),
      ],
    },
    visit({
      profile: 'OMAN',
      claimId: 'OM-OP-3107',
      memberId: 'OM-55226781',
      mrn: 'MCT-43090',
      start: '2025-10-16T17:00',
      end: '2025-10-16T17:15',
      dob: '1991-06-04',
      sex: 'F',
      diagnoses: [dx('Principal', 'J06.9')],
      lines: [['99212', '18.00', { links: ['J06.9'] }]],
      note: [
        'Walk-in clinic, 16/10/2025. Patient: Ms S. (synthetic), date of birth 04/06/1991, insurance card OM-55226781.',
        'Two days of sore throat, runny nose and mild cough, no fever. Chest clear.',
        'Assessment: acute upper respiratory infection. Plan: fluids, paracetamol.',
      ],
    }),
    { fields: ['memberId', 'dateOfBirth'] },
  ),
  fromCoded(
    {
      id: 'er-visit-wrong-encounter-type',
      title: 'Emergency visit registered as a clinic visit',
      summary: 'Dhamani rejection cause: an encounter type that does not match the service billed.',
      level: 'foundation',
      topics: ['patient-data', 'modifier-25'],
      questions: ['Where was the patient seen?', 'Which encounter type goes with an emergency department visit code?'],
      teachingPoints: [
        point('Encounter types that do not align with the claimed service category produce administrative rejections.', SRC.dhamani('Incomplete patient and encounter data')),
        point('Emergency department visit codes (99281–99285) belong on an emergency encounter (type 2).', SRC.doh('Encounter types')),
      ],
    },
    visit({
      claimId: 'MF4821-ER-5501',
      memberId: '1011-7781-2290',
      mrn: 'ER-88012',
      type: '2',
      start: '2025-10-18T22:10',
      end: '2025-10-18T23:30',
      dob: '1988-12-01',
      sex: 'M',
      diagnoses: [dx('Principal', 'R10.0')],
      lines: [
        ['99284', '450.00', { links: ['R10.0'] }],
        ['74176', '900.00', { links: ['R10.0'], at: '2025-10-18T22:50' }],
      ],
      note: [
        'Emergency department, 18/10/2025 22:10. 36-year-old man with sudden severe abdominal pain, guarding.',
        'CT abdomen and pelvis without contrast: no free air, no obstruction, no stone.',
        'Assessment: acute abdomen, cause not found; pain settled with analgesia; discharged with surgical review tomorrow.',
      ],
    }),
    { fields: ['encounterType'], startEdits: (s) => ({ ...s, claim: { ...s.claim, encounter: { ...s.claim.encounter, type: '1' } } }) },
  ),
  fromCoded(
    {
      id: 'rule-out-pneumonia',
      title: '"Rule out pneumonia": the X-ray is clear',
      summary: 'Dhamani rejection cause: documentation that does not support the code.',
      level: 'foundation',
      topics: ['documentation'],
      questions: ['What did the X-ray show?', 'What is the final assessment?'],
      teachingPoints: [
        point('In outpatient coding, do not code a diagnosis documented as "rule out", "probable" or "suspected": code what is known at the end of the visit.', SRC.icd('Section IV.H')),
        point('The code has to reflect what the documentation says; a claim for pneumonia with a clear chest X-ray does not stand up to audit.', SRC.dhamani('Documentation that does not support the code')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5502',
      memberId: '1011-7790-4413',
      mrn: 'MRN-51230',
      start: '2025-10-20T10:15',
      end: '2025-10-20T10:45',
      dob: '1983-04-09',
      sex: 'F',
      diagnoses: [dx('Principal', 'J20.9')],
      lines: [
        ['99213', '250.00', { links: ['J20.9'] }],
        ['71046', '180.00', { links: ['J20.9'], at: '2025-10-20T10:30' }],
      ],
      note: [
        'Clinic, 20/10/2025. 42-year-old woman, five days of productive cough, low-grade fever yesterday.',
        'Chest X-ray (PA and lateral) to rule out pneumonia: lungs clear.',
        'Assessment: acute bronchitis. Pneumonia excluded.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'em-level-supported',
      title: 'Visit level: what the note supports',
      summary: 'Dhamani rejection cause: a CPT code that does not match the documented encounter.',
      level: 'intermediate',
      topics: ['documentation'],
      questions: ['How complex was the decision making?', 'Which test was done in the clinic?'],
      teachingPoints: [
        point('CPT codes that do not match the documented encounter are a rejection cause: a one-problem acute visit with a rapid test is low complexity (99213), not 99215.', SRC.dhamani('Opening example; documentation that does not support the code')),
        point('Pharyngitis with a negative rapid strep test is J02.9.', SRC.icdTabular('J02 Acute pharyngitis')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5503',
      memberId: '1011-7802-1187',
      mrn: 'MRN-51388',
      start: '2025-10-21T16:00',
      end: '2025-10-21T16:20',
      dob: '2001-01-17',
      sex: 'M',
      diagnoses: [dx('Principal', 'J02.9')],
      lines: [
        ['99213', '250.00', { links: ['J02.9'] }],
        ['87880', '60.00', { links: ['J02.9'] }],
      ],
      note: [
        'Clinic, 21/10/2025. 24-year-old man, sore throat for 3 days, fever 38.2.',
        'Rapid strep antigen test in clinic: negative.',
        'Assessment: acute pharyngitis, likely viral. Plan: symptomatic treatment. Low-complexity decision making.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'gestational-diabetes-excludes1',
      title: 'Gestational diabetes is not type 2 diabetes',
      summary: 'Excludes1: E11 and O24.4- are never coded together.',
      level: 'intermediate',
      topics: ['excludes1', 'age-sex'],
      questions: ['Did the diabetes start in pregnancy?', 'Which code gives the weeks of gestation?'],
      teachingPoints: [
        point('E11 has an Excludes1 note for gestational diabetes (O24.4-): the two are never coded together.', SRC.icdTabular('E11 Excludes1')),
        point('Chapter 15 codes come first in pregnancy, with a Z3A code for the weeks of gestation.', SRC.icd('I.C.15.a and I.C.15.d')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5504',
      memberId: '1011-7815-6620',
      mrn: 'MRN-51702',
      start: '2025-10-22T09:00',
      end: '2025-10-22T09:30',
      dob: '1994-08-21',
      sex: 'F',
      diagnoses: [dx('Principal', 'O24.410'), dx('Secondary', 'Z3A.32')],
      lines: [
        ['99213', '250.00', { links: ['O24.410', 'Z3A.32'] }],
        ['82947', '40.00', { links: ['O24.410'] }],
      ],
      note: [
        'Antenatal clinic, 22/10/2025. 31-year-old woman, 32 weeks pregnant.',
        'Gestational diabetes diagnosed at 28 weeks on glucose tolerance test; managed with diet alone.',
        'Fasting glucose today in clinic 5.1 mmol/L. No insulin needed.',
        'Assessment: gestational diabetes, diet controlled.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'asthma-with-allergic-rhinitis-excludes1',
      title: 'Asthma with allergic rhinitis',
      summary: 'Excludes1: J30 excludes the asthma code that already includes allergic rhinitis.',
      level: 'intermediate',
      topics: ['excludes1'],
      questions: ['Which conditions does the note document?', 'What does the Excludes1 note at J30 say?'],
      teachingPoints: [
        point('J30 (vasomotor and allergic rhinitis) has an Excludes1 note for allergic rhinitis with asthma (J45.909): code the asthma, not both.', SRC.icdTabular('J30 Excludes1')),
        point('An Excludes1 pair on one claim is rejected: the two conditions cannot be reported together.', SRC.icd('I.A.12.a')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5505',
      memberId: '1011-7829-3304',
      mrn: 'MRN-52014',
      start: '2025-10-23T11:00',
      end: '2025-10-23T11:30',
      dob: '1998-02-27',
      sex: 'F',
      diagnoses: [dx('Principal', 'J45.909')],
      lines: [
        ['99213', '250.00', { links: ['J45.909'] }],
        ['94060', '200.00', { links: ['J45.909'] }],
      ],
      note: [
        'Chest clinic, 23/10/2025. 27-year-old woman with asthma and seasonal allergic rhinitis.',
        'Spirometry before and after bronchodilator: reversible obstruction.',
        'Assessment: asthma with allergic rhinitis, uncomplicated, no exacerbation.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'bph-male-patient',
      title: 'Prostate code on a male patient',
      summary: 'Age/sex edits: a male-only code needs the patient recorded as male.',
      level: 'foundation',
      topics: ['age-sex', 'patient-data'],
      questions: ['What does the registration say about the patient?', 'Which BPH code fits "with urinary symptoms"?'],
      teachingPoints: [
        point('Codes for male-only conditions (N40) are rejected when the patient is recorded as female: check the registration first.', SRC.mce('Male diagnosis list')),
        point('BPH with lower urinary tract symptoms is N40.1; N40.0 is without symptoms.', SRC.icdTabular('N40 Benign prostatic hyperplasia')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5506',
      memberId: '1011-7833-0918',
      mrn: 'MRN-52260',
      start: '2025-10-24T08:40',
      end: '2025-10-24T09:10',
      dob: '1961-10-05',
      sex: 'M',
      diagnoses: [dx('Principal', 'N40.1')],
      lines: [
        ['99213', '250.00', { links: ['N40.1'] }],
        ['84153', '90.00', { links: ['N40.1'] }],
        ['76770', '350.00', { links: ['N40.1'] }],
      ],
      note: [
        'Urology clinic, 24/10/2025. 64-year-old man with frequency, nocturia and weak stream.',
        'PSA taken; renal tract ultrasound: enlarged prostate, no hydronephrosis.',
        'Assessment: benign prostatic hyperplasia with lower urinary tract symptoms.',
      ],
    }),
    { fields: ['sex'] },
  ),
  fromCoded(
    {
      id: 'newborn-exam-age',
      title: 'Newborn check on day 5',
      summary: 'Age edits: newborn codes need a date of birth that makes the patient a newborn.',
      level: 'foundation',
      topics: ['age-sex'],
      questions: ['How old is the baby on the date of service?', 'Which newborn examination code fits that age?'],
      teachingPoints: [
        point('Z00.110 is for a newborn under 8 days old and Z00.111 for 8 to 28 days: the age on the date of service decides.', SRC.icdTabular('Z00.11 Health examination for newborn')),
        point('Newborn-only codes on a patient who is not a newborn are rejected by the age edit.', SRC.mce('Newborn diagnosis list')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5507',
      memberId: '1011-7840-5532',
      mrn: 'MRN-52501',
      start: '2025-10-25T10:00',
      end: '2025-10-25T10:30',
      dob: '2025-10-20',
      sex: 'F',
      diagnoses: [dx('Principal', 'Z00.110')],
      lines: [['99213', '250.00', { links: ['Z00.110'] }]],
      note: [
        'Paediatric clinic, 25/10/2025. Baby girl born 20/10/2025 at term, first check after discharge.',
        'Feeding well, weight regained to birth weight, no jaundice. Examination normal.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'knee-injection-25',
      title: 'Knee injection and a separate problem on the same day: modifier 25',
      summary: 'Modifier 25: a significant, separately identifiable E/M on the day of a procedure.',
      level: 'intermediate',
      topics: ['modifier-25', 'non-specific-diagnosis', 'linkage'],
      questions: ['Was the visit only about the injection?', 'Which knee, and which code says so?'],
      teachingPoints: [
        point('An E/M on the day of a minor procedure is paid only when it is significant and separately identifiable (here, the blood pressure review): it carries modifier 25.', SRC.cpt('Modifier 25')),
        point('The E/M is linked to the problem it addressed; the injection to the knee osteoarthritis.', SRC.dhamani('CPT and diagnosis linkage')),
        point('Laterality: primary osteoarthritis of the right knee is M17.11, not M17.9.', SRC.icd('I.B.13')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5508',
      memberId: '1011-7852-1044',
      mrn: 'MRN-52777',
      start: '2025-10-27T09:00',
      end: '2025-10-27T09:40',
      dob: '1957-06-16',
      sex: 'M',
      diagnoses: [dx('Principal', 'M17.11'), dx('Secondary', 'I10')],
      lines: [
        ['99213', '250.00', { modifiers: ['25'], links: ['I10'] }],
        ['20610', '400.00', { modifiers: ['RT'], links: ['M17.11'] }],
      ],
      note: [
        'Clinic, 27/10/2025. 68-year-old man booked for a right knee steroid injection (primary osteoarthritis, right knee).',
        'Also: home blood pressure readings high for 3 weeks; reviewed, amlodipine increased to 10 mg, labs next month. Essential hypertension.',
        'Procedure: right knee intra-articular injection, no imaging guidance.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'abscess-drainage-25',
      title: 'Emergency visit, then an abscess drained: modifier 25',
      summary: 'Modifier 25 on the ED visit that was more than the check before a minor procedure; laterality in the diagnosis.',
      level: 'intermediate',
      topics: ['modifier-25', 'non-specific-diagnosis'],
      questions: ['What did the doctor evaluate before deciding to drain?', 'Which leg, and which code says so?'],
      teachingPoints: [
        point('The ED visit that evaluated fever and possible sepsis before the drainage is significant and separately identifiable: it carries modifier 25. The short check every procedure includes does not.', SRC.cpt('Modifier 25')),
        point('Cellulitis of the right lower limb is L03.115: the site and the side are in the code.', SRC.icdTabular('L03.11 Cellulitis of other parts of limb')),
      ],
    },
    visit({
      profile: 'DHA',
      claimId: 'ER-0047712-5522',
      memberId: 'NM-88421908',
      emiratesId: '784-1997-6631043-1',
      mrn: 'ER-77320',
      type: '2',
      start: '2025-11-12T18:45',
      end: '2025-11-12T21:10',
      dob: '1997-08-02',
      sex: 'F',
      diagnoses: [dx('Principal', 'L03.115')],
      lines: [
        ['99283', '400.00', { modifiers: ['25'], links: ['L03.115'] }],
        ['10060', '350.00', { links: ['L03.115'], at: '2025-11-12T20:15' }],
      ],
      note: [
        'Emergency department, 12/11/2025 18:45. 28-year-old woman with 3 days of spreading redness of the right lower leg and fever 38.6.',
        'Assessed for sepsis: pulse 104, BP normal, lactate normal; bloods taken. Cellulitis of the right lower leg with a 2 cm fluctuant collection.',
        'Procedure: incision and drainage of the abscess, simple, under local anaesthetic.',
        'Oral antibiotics; review in 48 hours.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'hernia-decision-57',
      title: 'The visit that decided on surgery: modifier 57',
      summary: 'Modifier 57: the E/M that led to the decision for major surgery.',
      level: 'advanced',
      topics: ['modifier-57', 'modifier-25'],
      questions: ['What was decided at this visit?', 'Is the planned operation minor or major?'],
      teachingPoints: [
        point('An E/M on the day before or the day of a major operation, at which the decision to operate was made, carries modifier 57 (not 25, which is for minor procedures).', SRC.cpt('Modifier 57')),
        point('Unilateral inguinal hernia without obstruction or gangrene is K40.90.', SRC.icdTabular('K40.9 Unilateral inguinal hernia')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5509',
      memberId: '1011-7866-2208',
      mrn: 'MRN-53004',
      start: '2025-10-28T14:00',
      end: '2025-10-28T14:45',
      dob: '1979-01-30',
      sex: 'M',
      diagnoses: [dx('Principal', 'K40.90')],
      lines: [['99204', '400.00', { modifiers: ['57'], links: ['K40.90'] }]],
      note: [
        'General surgery clinic, new patient, 28/10/2025. 46-year-old man with a reducible right groin swelling for 4 months.',
        'Examination: reducible right inguinal hernia, no obstruction, no gangrene.',
        'Decision: open repair of the right inguinal hernia, booked for tomorrow morning (day surgery). Consent taken.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'chest-xray-read-26',
      title: 'Radiologist reads the hospital\'s chest X-ray: modifier 26',
      summary: 'Modifier 26: the professional component only.',
      level: 'intermediate',
      topics: ['modifier-26-tc'],
      questions: ['Who owns the equipment that took the image?', 'What did the radiologist do?'],
      teachingPoints: [
        point('When one provider takes the image and another interprets it, the interpreting physician bills the professional component with modifier 26.', SRC.cpt('Modifier 26')),
        point('Billing the global service when only the reading was done overstates the claim.', SRC.dhamani('Modifier misuse')),
      ],
    },
    visit({
      claimId: 'RAD-2207-0091',
      memberId: '1011-7870-9921',
      mrn: 'MRN-53310',
      start: '2025-10-29T15:00',
      end: '2025-10-29T15:10',
      dob: '1950-12-11',
      sex: 'M',
      diagnoses: [dx('Principal', 'R05.9')],
      lines: [['71046', '60.00', { modifiers: ['26'], links: ['R05.9'] }]],
      note: [
        'Teleradiology group, 29/10/2025. Chest X-ray, PA and lateral, taken at the hospital (hospital equipment and staff) for cough.',
        'Report by our radiologist: no consolidation, no effusion, heart size normal.',
        'Our group bills only the interpretation; the hospital bills the image.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'ct-technical-tc',
      title: 'Imaging centre takes the CT, an outside radiologist reads it: TC',
      summary: 'Modifier TC: the technical component only.',
      level: 'intermediate',
      topics: ['modifier-26-tc'],
      questions: ['Who reads the scan?', 'What does the centre bill?'],
      teachingPoints: [
        point('The provider that owns the equipment and performs the scan without interpreting it bills the technical component with TC.', SRC.cpt('HCPCS modifier TC')),
        point('26 and TC split one service; the two together equal the global service, and never both on one line.', SRC.cpt('Modifiers 26 and TC')),
      ],
    },
    visit({
      claimId: 'IMG-3301-0412',
      memberId: '1011-7884-0045',
      mrn: 'IMG-22014',
      start: '2025-10-30T08:15',
      end: '2025-10-30T08:45',
      dob: '1975-05-19',
      sex: 'F',
      diagnoses: [dx('Principal', 'N20.0')],
      lines: [['74176', '700.00', { modifiers: ['TC'], links: ['N20.0'] }]],
      note: [
        'Imaging centre, 30/10/2025. CT abdomen and pelvis without contrast, referred for a known kidney stone.',
        'The scan is performed by our technologists on our scanner; the images go to the referring hospital\'s radiologist, who reports.',
        'Referral diagnosis: calculus of kidney.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'alzheimer-dementia-sequencing',
      title: 'Dementia in Alzheimer\'s disease: etiology first',
      summary: 'Sequencing: a manifestation code is never principal.',
      level: 'intermediate',
      topics: ['sequencing', 'documentation'],
      questions: ['What is the underlying disease?', 'Which of the two codes may be listed first?'],
      teachingPoints: [
        point('"Code first the underlying condition": G30.9 is listed before F02.80, which is a manifestation code and never principal.', SRC.icd('I.A.13 Etiology/manifestation convention')),
        point('No behavioural disturbance is documented, so F02.80 (without behavioural disturbance).', SRC.icdTabular('F02.8 Dementia in other diseases classified elsewhere')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5510',
      memberId: '1011-7891-6613',
      mrn: 'MRN-53620',
      start: '2025-10-31T10:00',
      end: '2025-10-31T10:45',
      dob: '1944-04-08',
      sex: 'F',
      diagnoses: [dx('Principal', 'G30.9'), dx('Secondary', 'F02.80')],
      lines: [['99214', '320.00', { links: ['G30.9', 'F02.80'] }]],
      note: [
        'Memory clinic, 31/10/2025. 81-year-old woman, Alzheimer\'s disease diagnosed last year.',
        'Progressive memory loss; calm, no agitation or wandering.',
        'Assessment: dementia due to Alzheimer\'s disease, without behavioural disturbance. Continue donepezil.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'diabetic-ckd-combination',
      title: 'Diabetes, kidney disease and hypertension',
      summary: 'Missing diagnoses and combination codes: the links between conditions are assumed.',
      level: 'advanced',
      topics: ['missing-diagnosis', 'non-specific-diagnosis', 'sequencing'],
      questions: ['Which conditions are documented?', 'What does ICD-10-CM assume about diabetes with CKD, and hypertension with CKD?'],
      teachingPoints: [
        point('"With" links diabetes and CKD: E11.22, plus N18.- for the stage. E11.9 leaves out a documented complication.', SRC.icd('I.A.15 "With"; I.C.4.a')),
        point('Hypertension with CKD is I12.-, not I10; use I12.9 for stages 1–4.', SRC.icd('I.C.9.a.2')),
        point('The stage must be coded as documented: stage 3a is N18.31.', SRC.icdTabular('N18 Chronic kidney disease')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5511',
      memberId: '1011-7903-2271',
      mrn: 'MRN-53902',
      start: '2025-11-03T09:20',
      end: '2025-11-03T09:50',
      dob: '1960-09-09',
      sex: 'M',
      diagnoses: [dx('Principal', 'E11.22'), dx('Secondary', 'I12.9'), dx('Secondary', 'N18.31')],
      lines: [
        ['99214', '320.00', { links: ['E11.22', 'I12.9', 'N18.31'] }],
        ['80048', '70.00', { links: ['N18.31'] }],
      ],
      note: [
        'Nephrology clinic, 03/11/2025. 65-year-old man with type 2 diabetes and hypertension.',
        'eGFR 52 for over a year: chronic kidney disease stage 3a, attributed to diabetes.',
        'Basic metabolic panel today.',
        'Assessment: diabetic CKD stage 3a; hypertensive CKD; continue ACE inhibitor.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'cellulitis-debridement-units',
      title: 'Debridement of a larger wound: add-on units',
      summary: 'Procedures and units as documented; an add-on code with its base code.',
      level: 'advanced',
      topics: ['documentation', 'non-specific-diagnosis'],
      questions: ['How large was the debrided area?', 'How is the area beyond the first 20 sq cm reported?'],
      teachingPoints: [
        point('Debridement of subcutaneous tissue is 11042 for the first 20 sq cm and 11045 for each extra 20 sq cm or part: 50 sq cm is 11042 + 11045 × 2.', SRC.cpt('Debridement guidelines')),
        point('Cellulitis of the right lower limb is L03.115: the site and side are in the code.', SRC.icdTabular('L03.11 Cellulitis of other parts of limb')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5512',
      memberId: '1011-7915-0082',
      mrn: 'MRN-54215',
      start: '2025-11-04T11:00',
      end: '2025-11-04T12:00',
      dob: '1970-03-03',
      sex: 'F',
      diagnoses: [dx('Principal', 'L03.115')],
      lines: [
        ['11042', '600.00', { links: ['L03.115'] }],
        ['11045', '400.00', { links: ['L03.115'], quantity: '2' }],
      ],
      note: [
        'Wound clinic, 04/11/2025. 55-year-old woman with cellulitis of the right lower leg and a necrotic area.',
        'Excisional debridement of skin and subcutaneous tissue, total area 50 sq cm (10 × 5 cm). No muscle involved.',
      ],
    }),
  ),
  fromCoded(
    {
      id: 'screening-mammogram-first-listed',
      title: 'Screening mammogram: the reason for the encounter comes first',
      summary: 'Sequencing: a screening Z code that must be first-listed.',
      level: 'foundation',
      topics: ['sequencing', 'linkage'],
      questions: ['Why did the patient come?', 'Is anything found?'],
      teachingPoints: [
        point('For a screening encounter the screening Z code is the first-listed diagnosis.', SRC.icd('I.C.21.c.5')),
        point('Screening mammography is linked to Z12.31.', SRC.dhamani('CPT and diagnosis linkage')),
      ],
    },
    visit({
      claimId: 'MF4821-OP-5513',
      memberId: '1011-7920-3316',
      mrn: 'MRN-54477',
      start: '2025-11-05T08:00',
      end: '2025-11-05T08:30',
      dob: '1973-07-07',
      sex: 'F',
      diagnoses: [dx('Principal', 'Z12.31')],
      lines: [['77067', '300.00', { links: ['Z12.31'] }]],
      note: ['Breast imaging, 05/11/2025. 52-year-old woman, routine screening mammogram, both breasts. No symptoms.', 'Result: no suspicious findings (BI-RADS 1).'],
    }),
  ),
];
