import type { EncounterDocument } from '@/domain/claim';
import type { DrgCalculation, ScenarioInput } from '@/domain/training';
import { act, dx, sample } from '@/data/samples/build';
import { fromCoded, point, SRC } from './build';

/**
 * IR-DRG pricing exercises (DOH Addendum 05 §4.4): cost outlier, mental-health LOS outlier, CAHMS,
 * split payer and rounding. Each `payment` is what src/domain/drg's calculator gives for the
 * `calculation` beside it with the built-in tables (Appendix A) and the default assumptions;
 * scenarios.test.ts recomputes every one. DRGs outside Appendix A are typed in by hand
 * (`manualDrg`, numbers marked illustrative) because the full weights table is not shipped.
 */

const FACILITY = 'MF5093';
const PAYER = 'A001';
const DOCTOR = 'GD60331';

type Stay = {
  readonly claimId: string;
  readonly memberId: string;
  readonly emiratesId: string;
  readonly mrn: string;
  readonly start: string;
  readonly end: string;
  readonly dob: string;
  readonly sex: 'F' | 'M';
  readonly diagnoses: ReturnType<typeof dx>[];
  readonly lines: readonly (readonly [at: string, code: string, options?: { modifiers?: string[]; links?: string[]; quantity?: string; priorAuthorizationId?: string }])[];
  readonly drgCode: string;
  readonly payment: string;
  readonly note: readonly string[];
};

/** An inpatient stay (type 3) coded as the key: CPT lines at Net 0.00 and the IR-DRG line with the payment. */
function stay(s: Stay): EncounterDocument {
  const activities = s.lines.map(([at, code, o = {}], i) =>
    act(String(i + 1), at, '3', code, {
      net: '0.00',
      quantity: o.quantity ?? '1',
      modifiers: o.modifiers ?? [],
      diagnosisLinks: o.links ?? [],
      clinician: DOCTOR,
      orderingClinician: DOCTOR,
      ...(o.priorAuthorizationId ? { priorAuthorizationId: o.priorAuthorizationId } : {}),
    }),
  );
  activities.push(act(String(activities.length + 1), s.end, '9', s.drgCode, { net: s.payment, clinician: DOCTOR, orderingClinician: DOCTOR }));
  return sample({
    profile: 'DOH',
    header: { senderId: FACILITY, receiverId: PAYER },
    claim: { id: s.claimId, memberId: s.memberId, payerId: PAYER, providerId: FACILITY, emiratesIdNumber: s.emiratesId, gross: s.payment, patientShare: '0.00', net: s.payment },
    encounter: { facilityId: FACILITY, type: '3', patientId: s.mrn, start: s.start, end: s.end, startType: '1', endType: '1' },
    patient: { dateOfBirth: s.dob, sex: s.sex },
    diagnoses: s.diagnoses,
    activities,
    note: s.note.join('\n'),
  });
}

function drgKey(code: string, payment: string, calculation: DrgCalculation) {
  return { code, payment, calculation };
}

const DRG_POINT = {
  base: point('Base payment = Base rate × relative weight, rounded to whole AED; the payer-1 Basic product has base rate 8,500.', SRC.doh('§4.4.2.1')),
  rounding: point('Round only at the named steps: a figure rounded early (or twice) drifts by a dirham and the payer rejects the line.', SRC.doh('§4.4.2 (rounding); docs/adr/0030-drg-rounding-policy.md')),
};

const COST_OUTLIER: DrgCalculation = {
  drgCode: '081101',
  admission: '2025-10-06T07:00',
  discharge: '2025-10-14T12:00',
  caseType: 'surgical',
  dateOfBirth: '1956-02-10',
  cost: { kind: 'manual', amount: '80000.00', note: 'Cost of the stay from the hospital costing report.' },
  manualDrg: { description: 'IP MAJOR JOINT REPLACEMENT (illustrative)', relativeWeight: '2.5150', alos: '5.00', lowTrim: '2', highTrim: '15' },
};

const MH_OUTLIER: DrgCalculation = { drgCode: '194111', admission: '2025-10-01T09:00', discharge: '2025-11-05T11:00', caseType: 'medical', dateOfBirth: '1984-03-22' };

const CAHMS: DrgCalculation = { drgCode: '194111', admission: '2025-10-02T10:00', discharge: '2025-10-20T10:00', caseType: 'medical', dateOfBirth: '2010-09-14' };

const SPLIT: DrgCalculation = {
  drgCode: '061011',
  admission: '2025-12-30T16:00',
  discharge: '2026-01-02T10:00',
  caseType: 'surgical',
  dateOfBirth: '1992-04-11',
  cost: { kind: 'manual', amount: '9000.00', note: 'Cost of the stay from the hospital costing report.' },
  manualDrg: { description: 'IP APPENDECTOMY (illustrative)', relativeWeight: '1.4300', alos: '3.00', lowTrim: '1', highTrim: '8' },
  split: { payer1LastCoveredDate: '2025-12-31', leadingSurgeryStart: '2026-01-01T09:00' },
};

const ROUNDING: DrgCalculation = { drgCode: '194103', admission: '2025-10-03T14:00', discharge: '2025-10-24T10:00', caseType: 'medical', dateOfBirth: '1979-12-01' };

export const DRG_SCENARIOS: readonly ScenarioInput[] = [
  fromCoded(
    {
      id: 'drg-cost-outlier-knee',
      title: 'DRG: knee replacement with a cost outlier',
      summary: 'A surgical IR-DRG whose cost passes the outlier threshold (service code 99).',
      level: 'advanced',
      topics: ['drg-cost-outlier', 'drg-rounding', 'modifier-50'],
      questions: ['What is the base payment?', 'What is the outlier threshold?', 'How much is the cost outlier, and on which line?'],
      teachingPoints: [
        DRG_POINT.base,
        point('Cost outlier = (cost − (base payment + gap)) × marginal %; Basic product: gap 25,000, marginal 60 %. It goes on service code 99.', SRC.doh('§4.4.2.2')),
        point('On a DRG claim every other activity is reported with Net 0.00; the payment is on the DRG and outlier lines.', SRC.doh('§4.4.1')),
      ],
    },
    stay({
      claimId: 'MF5093-IP-001201',
      memberId: '1011-9910-4402',
      emiratesId: '784-1956-3301227-5',
      mrn: 'MRN-78001',
      start: COST_OUTLIER.admission,
      end: COST_OUTLIER.discharge,
      dob: '1956-02-10',
      sex: 'F',
      diagnoses: [dx('Principal', 'M17.11', 'Y'), dx('Secondary', 'I10', 'Y')],
      lines: [
        ['2025-10-06T07:30', '99222', { links: ['M17.11', 'I10'] }],
        ['2025-10-06T10:00', '27447', { modifiers: ['RT'], links: ['M17.11'], priorAuthorizationId: 'PA-2025-118802' }],
      ],
      drgCode: '081101',
      payment: '41551.20',
      note: [
        'Orthopaedic ward. Admitted 06/10/2025 07:00, elective. 69-year-old woman with primary osteoarthritis of the right knee; essential hypertension.',
        'Right total knee arthroplasty 06/10/2025. Wound infection scare and slow mobilisation: stay extended.',
        'Discharged home 14/10/2025 12:00.',
        'Pricing facts: IR-DRG 081101 IP MAJOR JOINT REPLACEMENT (illustrative row from the imported weights table: RW 2.5150, ALOS 5.00, trims 2–15). Cost of the stay from the costing report: AED 80,000.00. DOH Basic product.',
      ],
    }),
    { drg: drgKey('081101', '41551.20', COST_OUTLIER) },
  ),
  fromCoded(
    {
      id: 'drg-mental-health-los-outlier',
      title: 'DRG: recurrent depression beyond the high trim',
      summary: 'A mental-health IR-DRG (Appendix A) paid with a length-of-stay outlier (99-02).',
      level: 'advanced',
      topics: ['drg-mental-health-outlier', 'excludes1'],
      questions: ['How long was the stay, and what is the high trim?', 'How is the LOS outlier worked out?', 'Single or recurrent episode?'],
      teachingPoints: [
        DRG_POINT.base,
        point('Mental-health DRGs in Appendix A get a length-of-stay outlier instead of the cost outlier: days beyond the high trim × (base payment ÷ ALOS) × the outlier percentage, on service code 99-02.', SRC.doh('§4.4.2.2 and Appendix A')),
        point('A recurrent episode is F33.-; F32.- (single episode) has an Excludes1 note for it.', SRC.icdTabular('F32 Excludes1')),
      ],
    },
    stay({
      claimId: 'MF5093-IP-001202',
      memberId: '1011-9911-7735',
      emiratesId: '784-1984-4410982-2',
      mrn: 'MRN-78002',
      start: MH_OUTLIER.admission,
      end: MH_OUTLIER.discharge,
      dob: '1984-03-22',
      sex: 'M',
      diagnoses: [dx('Principal', 'F33.2', 'Y')],
      lines: [['2025-10-01T10:00', '90792', { links: ['F33.2'] }]],
      drgCode: '194111',
      payment: '21836.48',
      note: [
        'Adult psychiatric unit. Admitted 01/10/2025 09:00. 41-year-old man, third severe depressive episode (previous episodes 2019 and 2022), no psychotic features.',
        'Psychiatric diagnostic evaluation with medical services on admission. Slow response to treatment; authorization obtained for the stay beyond the high trim.',
        'Discharged 05/11/2025 11:00. Discharge diagnosis: major depressive disorder, recurrent, severe without psychotic features.',
        'Pricing facts: IR-DRG 194111 IM MAJOR DEPRESSION (Appendix A). DOH Basic product.',
      ],
    }),
    { drg: drgKey('194111', '21836.48', MH_OUTLIER) },
  ),
  fromCoded(
    {
      id: 'drg-cahms-adolescent',
      title: 'DRG: adolescent admission with the CAHMS adjustor',
      summary: 'A mental-health IR-DRG for a patient under 18: the CAHMS adjustor (99-03).',
      level: 'advanced',
      topics: ['drg-cahms', 'sequencing'],
      questions: ['How old is the patient on admission?', 'Is the stay within the trims?', 'What is the CAHMS adjustor?'],
      teachingPoints: [
        point('CAHMS: for patients under 18 on an Appendix A DRG, an adjustor of 50 % of the DRG payment is added on service code 99-03.', SRC.doh('§4.4.2.3')),
        DRG_POINT.base,
        point('A personal history of suicidal behaviour (Z91.51) is coded when documented: it affects care.', SRC.icd('I.C.21.c.4')),
      ],
    },
    stay({
      claimId: 'MF5093-IP-001203',
      memberId: '1011-9912-0087',
      emiratesId: '784-2010-6620914-3',
      mrn: 'MRN-78003',
      start: CAHMS.admission,
      end: CAHMS.discharge,
      dob: '2010-09-14',
      sex: 'F',
      diagnoses: [dx('Principal', 'F32.2', 'Y'), dx('Secondary', 'Z91.51', 'Y')],
      lines: [
        ['2025-10-02T11:00', '90792', { links: ['F32.2', 'Z91.51'] }],
        ['2025-10-04T10:00', '90837', { links: ['F32.2'], quantity: '6' }],
      ],
      drgCode: '194111',
      payment: '20850.00',
      note: [
        'Child and adolescent mental health unit. Admitted 02/10/2025 10:00. 15-year-old girl, first severe depressive episode without psychotic features; suicide attempt last year.',
        'Diagnostic evaluation on admission; six 60-minute psychotherapy sessions.',
        'Discharged 20/10/2025 10:00.',
        'Pricing facts: IR-DRG 194111 IM MAJOR DEPRESSION (Appendix A). DOH Basic product.',
      ],
    }),
    { drg: drgKey('194111', '20850.00', CAHMS) },
  ),
  fromCoded(
    {
      id: 'drg-split-payer-appendectomy',
      title: 'DRG: the policy ends during the stay',
      summary: 'Split payment: a surgical stay where payer 1 covers the days before the surgery date.',
      level: 'advanced',
      topics: ['drg-split-payer', 'drg-cost-outlier'],
      questions: ['When did payer 1\'s policy end?', 'When was the surgery that led to the DRG?', 'Which split rule applies, and who pays what?'],
      teachingPoints: [
        point('When the policy expires during the stay, §4.4.2.4 decides: medical cases are paid by payer 1; surgical cases depend on whether the surgery that led to the DRG was before or after the expiry.', SRC.doh('§4.4.2.4')),
        point('The total of the stay is worked out once (base payment + outlier) and then shared.', SRC.doh('§4.4.2.4')),
        DRG_POINT.base,
      ],
    },
    stay({
      claimId: 'MF5093-IP-001204',
      memberId: '1011-9913-5516',
      emiratesId: '784-1992-7731045-6',
      mrn: 'MRN-78004',
      start: SPLIT.admission,
      end: SPLIT.discharge,
      dob: '1992-04-11',
      sex: 'M',
      diagnoses: [dx('Principal', 'K35.80', 'Y')],
      lines: [
        ['2025-12-30T16:30', '99222', { links: ['K35.80'] }],
        ['2026-01-01T09:00', '44970', { links: ['K35.80'], priorAuthorizationId: 'PA-2025-131050' }],
      ],
      drgCode: '061011',
      payment: '12155.00',
      note: [
        'Surgical ward. Admitted 30/12/2025 16:00 with right iliac fossa pain; observed overnight.',
        'Laparoscopic appendectomy 01/01/2026 09:00: acute appendicitis, no perforation, no abscess.',
        'Discharged 02/01/2026 10:00.',
        'Insurance: payer 1\'s policy covers up to and including 31/12/2025; payer 2 from 01/01/2026.',
        'Pricing facts: IR-DRG 061011 IP APPENDECTOMY (illustrative row: RW 1.4300, ALOS 3.00, trims 1–8). Cost of the stay AED 9,000.00. DOH Basic product.',
      ],
    }),
    { drg: drgKey('061011', '12155.00', SPLIT) },
  ),
  fromCoded(
    {
      id: 'drg-rounding-schizophrenia-mcc',
      title: 'DRG: a base payment that tempts you to round twice',
      summary: 'Rounding: Base rate × RW gives x.45, which rounds down to whole AED.',
      level: 'intermediate',
      topics: ['drg-rounding', 'sequencing'],
      questions: ['What is 8,500 × 4.6857 exactly?', 'Rounded to whole AED, once?'],
      teachingPoints: [
        point('8,500 × 4.6857 = 39,828.45, which rounds to 39,828 — not 39,829 (rounding .45 to .5 first and then up is double rounding).', SRC.doh('§4.4.2.1')),
        DRG_POINT.rounding,
        point('Code the conditions that make the DRG "with MCC" only when the note documents them (here acute respiratory failure with hypoxia).', SRC.icd('Section III (additional diagnoses)')),
      ],
    },
    stay({
      claimId: 'MF5093-IP-001205',
      memberId: '1011-9914-2208',
      emiratesId: '784-1979-8840116-0',
      mrn: 'MRN-78005',
      start: ROUNDING.admission,
      end: ROUNDING.discharge,
      dob: '1979-12-01',
      sex: 'M',
      diagnoses: [dx('Principal', 'F20.0', 'Y'), dx('Secondary', 'J18.9', 'N'), dx('Secondary', 'J96.01', 'N')],
      lines: [['2025-10-03T15:00', '90792', { links: ['F20.0'] }]],
      drgCode: '194103',
      payment: '39828.00',
      note: [
        'Psychiatric unit. Admitted 03/10/2025 14:00. 45-year-old man, paranoid schizophrenia, acute relapse.',
        'Day 6: pneumonia with acute hypoxic respiratory failure, treated on the unit with oxygen and antibiotics (not present on admission).',
        'Discharged 24/10/2025 10:00.',
        'Pricing facts: IR-DRG 194103 IM SCHIZOPHRENIA W/MCC (Appendix A). DOH Basic product.',
      ],
    }),
    { drg: drgKey('194103', '39828.00', ROUNDING) },
  ),
];
