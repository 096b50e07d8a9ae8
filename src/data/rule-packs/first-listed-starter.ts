import type { FirstListedEntry, RulePack } from '@/domain/rules';

/**
 * ICD-10-CM Official Guidelines I.C.21.c.16: Z codes that may only be reported as the
 * principal/first-listed diagnosis, except when there are multiple encounters on the
 * same day and the medical records for the encounters are combined. Confidence as
 * ../shared/docs/domain.md §5.9 marks it: H = confirmed in two sources (Z00, Z01, Z02,
 * Z04, Z31.81, Z31.83, Z31.84, Z33.2), M = from the FY2024–26 guideline list, one source.
 */
const G = 'Official Guidelines I.C.21.c.16';
const ROWS: readonly FirstListedEntry[] = [
  { code: 'Z00', except: ['Z00.6'], confidence: 'H', note: `Encounter for general examination without complaint, suspected or reported diagnosis; Z00.6 (examination for normal comparison and control in clinical research program) is the exception (${G}).` },
  { code: 'Z01', except: [], confidence: 'H', note: `Encounter for other special examination without complaint, suspected or reported diagnosis (${G}).` },
  { code: 'Z02', except: [], confidence: 'H', note: `Encounter for administrative examination (${G}).` },
  { code: 'Z04', except: [], confidence: 'H', note: `Encounter for examination and observation for other reasons (${G}).` },
  { code: 'Z31.81', except: [], confidence: 'H', note: `Encounter for male factor infertility in female patient (${G}).` },
  { code: 'Z31.83', except: [], confidence: 'H', note: `Encounter for assisted reproductive fertility procedure cycle (${G}).` },
  { code: 'Z31.84', except: [], confidence: 'H', note: `Encounter for fertility preservation procedure (${G}).` },
  { code: 'Z33.2', except: [], confidence: 'H', note: `Encounter for elective termination of pregnancy (${G}).` },
  { code: 'Z34', except: [], confidence: 'M', note: `Encounter for supervision of normal pregnancy (${G}).` },
  { code: 'Z38', except: [], confidence: 'M', note: `Liveborn infants according to place of birth and type of delivery: first-listed on the newborn's birth record (${G}).` },
  { code: 'Z39', except: [], confidence: 'M', note: `Encounter for maternal postpartum care and examination (${G}).` },
  { code: 'Z40', except: [], confidence: 'M', note: `Encounter for prophylactic surgery (${G}).` },
  { code: 'Z42', except: [], confidence: 'M', note: `Encounter for plastic and reconstructive surgery following medical procedure or healed injury (${G}).` },
  { code: 'Z51.0', except: [], confidence: 'M', note: `Encounter for antineoplastic radiation therapy (${G}).` },
  { code: 'Z51.1', except: [], confidence: 'M', note: `Encounter for antineoplastic chemotherapy and immunotherapy (${G}).` },
  { code: 'Z52', except: [], confidence: 'M', note: `Donors of organs and tissues (${G}).` },
  { code: 'Z76.1', except: [], confidence: 'M', note: `Encounter for health supervision and care of foundling (${G}).` },
  { code: 'Z76.2', except: [], confidence: 'M', note: `Encounter for health supervision and care of other healthy infant and child (${G}).` },
  { code: 'Z99.12', except: [], confidence: 'M', note: `Encounter for respirator [ventilator] dependence during power failure (${G}).` },
];

export const FIRST_LISTED_STARTER_PACK: RulePack<FirstListedEntry> = {
  id: 'first-listed-starter',
  name: 'Z codes reported first-listed only (starter)',
  kind: 'first-listed-only',
  version: 'FY2026.1',
  effectiveFrom: '2015-10-01',
  effectiveTo: '',
  source: {
    document: 'ICD-10-CM Official Guidelines for Coding and Reporting',
    section: 'I.C.21.c.16 (Z codes that may only be principal/first-listed diagnosis)',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  },
  description: 'The guideline list of Z codes that may only be first-listed, with how firmly each entry is sourced (H confirmed in two sources, M likely).',
  entries: ROWS,
};
