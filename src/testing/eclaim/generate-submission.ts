import type { Activity, Claim, Diagnosis, Observation, Submission } from '../../domain/claim';
import { DEFAULT_ROOT_ATTRIBUTES, serializeSubmission } from '../../domain/eclaim';

/**
 * A deterministic generator of realistic synthetic e-claim submissions, for the
 * benchmark and the big-file tests. Same options, same submission, byte for byte.
 * Every patient, member, licence and Emirates ID is invented.
 */
export type GenerateOptions = {
  readonly claims: number;
  /** Seed of the pseudo-random sequence; default 20251005. */
  readonly seed?: number;
};

/** mulberry32: a tiny seeded PRNG, good enough to vary test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Codes only (no descriptors): common outpatient and inpatient diagnoses and services.
const ICD = ['R07.2', 'I10', 'E11.9', 'J18.9', 'K21.9', 'M54.5', 'N39.0', 'R51.9', 'J06.9', 'E78.5', 'I25.10', 'Z00.00', 'K35.80', 'S52.501A', 'O80', 'F41.1'];
const CPT = ['99213', '99214', '99203', '93000', '93306', '71046', '80053', '85025', '36415', '20610', '29125', '12002', '76700', '81001', '44950', '59400'];
const HCPCS = ['J1100', 'J7030', 'A4550', 'J2405', 'G0008'];
const DRUGS = ['B46-4387-00778-01', 'A12-3456-00123-02', 'C77-1234-00055-01'];
const SERVICES = ['17-01', '17-02', '99-01', '98-11'];
const MODIFIERS = ['25', '26', '59', 'LT', 'RT', '50', 'TC', '76', 'XS'];
const CLINICIANS = ['GD12345', 'GD23456', 'GP34567', 'GN45678'];
const PAYERS = ['A001', 'A002', 'C005', 'D004'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * Generates a `Claim.Submission` model with `claims` claims: 3–10 diagnoses and 5–25
 * activities each (CPT mostly, some HCPCS, drugs and service codes; a DRG line on
 * inpatient claims), modifiers on about a quarter of the procedures, diagnosis links,
 * POA on inpatient diagnoses, LOINC and text observations, some resubmissions.
 *
 * @example generateSubmission({ claims: 2 }).claims.length //=> 2
 */
export function generateSubmission(options: GenerateOptions): Submission {
  const rnd = prng(options.seed ?? 20251005);
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const money = (min: number, max: number): string => `${int(min, max)}.${pad(int(0, 99))}`;

  const claims: Claim[] = [];
  for (let c = 0; c < options.claims; c++) {
    const inpatient = rnd() < 0.12;
    const day = int(1, 28);
    const month = int(1, 12);
    const date = `2025-${pad(month)}-${pad(day)}`;
    const startHour = int(7, 17);
    const start = `${date}T${pad(startHour)}:${pad(int(0, 59))}`;
    const end = inpatient ? `2025-${pad(month)}-${pad(Math.min(28, day + int(1, 6)))}T${pad(int(8, 18))}:00` : `${date}T${pad(startHour + 1)}:${pad(int(0, 59))}`;
    const dxCount = int(3, 10);
    const diagnoses: Diagnosis[] = [];
    const used = new Set<string>();
    while (diagnoses.length < dxCount) {
      const code = pick(ICD);
      if (used.has(code)) continue;
      used.add(code);
      diagnoses.push({
        type: diagnoses.length === 0 ? 'Principal' : 'Secondary',
        code,
        dxInfo: inpatient ? [{ type: 'POA', code: pick(['Y', 'Y', 'Y', 'N', 'U']) }] : diagnoses.length === 0 && rnd() < 0.3 ? [{ type: 'Year of Onset', code: String(int(2005, 2025)) }] : [],
        extensions: [],
      });
    }
    const clinician = pick(CLINICIANS);
    const activities: Activity[] = [];
    const actCount = int(5, 25);
    for (let a = 0; a < actCount; a++) {
      const roll = rnd();
      const type = roll < 0.7 ? '3' : roll < 0.8 ? '4' : roll < 0.9 ? '5' : '8';
      const code = type === '3' ? pick(CPT) : type === '4' ? pick(HCPCS) : type === '5' ? pick(DRUGS) : pick(SERVICES);
      const modifiers: string[] = [];
      if ((type === '3' || type === '4') && rnd() < 0.25) {
        modifiers.push(pick(MODIFIERS));
        if (rnd() < 0.3) modifiers.push(pick(MODIFIERS));
      }
      const links: string[] = [];
      if (type === '3' || type === '4') {
        const n = int(1, Math.min(2, diagnoses.length)); // one or two diagnosis pointers per procedure line
        for (let k = 0; k < n; k++) {
          const link = diagnoses[int(0, diagnoses.length - 1)]!.code;
          if (!links.includes(link)) links.push(link);
        }
      }
      const observations: Observation[] = [];
      if (rnd() < 0.1) observations.push({ type: 'LOINC', code: '2345-7', value: String(int(70, 180)), valueType: 'mg/dL' });
      if (a === 0 && rnd() < 0.3) observations.push({ type: 'Text', code: 'Presenting-Complaint', value: 'Chest discomfort on exertion for 2 days', valueType: 'Text' });
      activities.push({
        id: String(a + 1),
        start: inpatient ? `${start.slice(0, 11)}${pad(Math.min(23, startHour + Math.floor(a / 4)))}:${pad((a * 7) % 60)}` : start,
        type,
        code,
        quantity: type === '5' ? String(int(1, 30)) : '1',
        net: inpatient ? '0' : money(20, 900),
        orderingClinician: clinician,
        clinician,
        priorAuthorizationId: rnd() < 0.2 ? `PA-${int(100000, 999999)}` : '',
        modifiers,
        diagnosisLinks: links,
        observations,
        extensions: [],
      });
    }
    if (inpatient) {
      activities.push({
        id: String(activities.length + 1),
        start: end,
        type: '9',
        code: String(int(110000, 239999)),
        quantity: '1',
        net: money(8000, 60000),
        orderingClinician: clinician,
        clinician,
        priorAuthorizationId: `PA-${int(100000, 999999)}`,
        modifiers: [],
        diagnosisLinks: [],
        observations: [],
        extensions: [],
      });
    }
    const provider = `MF${1000 + (c % 7)}`;
    const gross = money(100, 20000);
    claims.push({
      id: `${provider}-${pad(c + 1, 6)}`,
      idPayer: '',
      memberId: `M${int(10000000, 99999999)}`,
      payerId: pick(PAYERS),
      providerId: provider,
      emiratesIdNumber: `784-${int(1950, 2020)}-${int(1000000, 9999999)}-${int(0, 9)}`,
      gross,
      patientShare: '0.00',
      net: gross,
      encounter: {
        facilityId: provider,
        type: inpatient ? pick(['3', '4']) : pick(['1', '1', '1', '2']),
        patientId: `MRN${pad(int(1, 999999), 6)}`,
        start,
        end,
        startType: inpatient ? pick(['1', '2']) : '',
        endType: inpatient ? '1' : '',
        transferSource: '',
        transferDestination: '',
        extensions: [],
      },
      diagnoses,
      activities,
      resubmission: rnd() < 0.05 ? { type: 'correction', comment: 'Corrected modifier on the echo line', attachment: '', extensions: [] } : null,
      contract: null,
      extensions: [],
    });
  }
  return {
    header: { senderId: 'MF1000', receiverId: 'A001', transactionDate: '2025-10-31T14:30', dispositionFlag: 'TEST', extensions: [] },
    claims,
    rootAttributes: { ...DEFAULT_ROOT_ATTRIBUTES.DOH },
    extensions: [],
  };
}

/** The XML of {@link generateSubmission}. @example generateSubmissionXml({ claims: 1 }).startsWith('<?xml') //=> true */
export function generateSubmissionXml(options: GenerateOptions): string {
  return serializeSubmission(generateSubmission(options));
}
