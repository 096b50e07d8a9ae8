import type { DenialCode, RuleSource } from './types';

/**
 * The documents our edits cite. Keep wording exact: coders look these up.
 * Background and confidence marks: ../shared/docs/domain.md.
 */
export const SOURCES = {
  eclaim: (section: string): RuleSource => ({
    document: 'DOH Shafafiya / DHA eClaimLink e-claim data dictionary (Claim.Submission)',
    section,
    url: 'https://shafafiyaportal.doh.gov.ae/dictionary/CommonTypes_xsd.html',
  }),
  eclaimEmiratesId: {
    document: 'DHA eClaimLink data dictionary',
    section: 'Person.EmiratesIDNumber',
    url: 'https://eclaimlink.ae/dhd/personemiratesidnumber.html',
  } satisfies RuleSource,
  encounterType: {
    document: 'DHA eClaimLink data dictionary',
    section: 'EncounterType',
    url: 'https://eclaimlink.ae/dhd/encountertype.html',
  } satisfies RuleSource,
  dohAddendum05: (section: string): RuleSource => ({ document: 'DOH Claims & Adjudication Rules, Addendum 05 (V2025)', section }),
  dhamani: (section: string): RuleSource => ({ document: "Dhamani coding article: What providers must get right on coding and claims", section }),
  icdGuidelines: (section: string): RuleSource => ({
    document: 'ICD-10-CM Official Guidelines for Coding and Reporting',
    section,
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  }),
  cptEm: (section: string): RuleSource => ({ document: 'CPT Evaluation and Management guidelines (AMA)', section }),
  icdTabular: (section: string): RuleSource => ({
    document: 'ICD-10-CM Tabular List of Diseases and Injuries',
    section,
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  }),
  icdCodeFiles: (section: string): RuleSource => ({
    document: 'ICD-10-CM code files of the fiscal year in force on the date of service (CMS/NCHS)',
    section,
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  }),
  mce: (section: string): RuleSource => ({ document: 'Medicare Code Editor (MCE), Definitions of Medicare Code Edits (CMS)', section }),
  ncciPolicyManual: (section: string): RuleSource => ({
    document: 'CMS National Correct Coding Initiative Policy Manual for Medicare Services',
    section,
    url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits',
  }),
  ncciPtp: (section: string): RuleSource => ({
    document: 'CMS NCCI procedure-to-procedure (PTP) edits, practitioner and outpatient hospital tables',
    section,
    url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits',
  }),
  ncciMue: (section: string): RuleSource => ({
    document: 'CMS NCCI Medically Unlikely Edits (MUE)',
    section,
    url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits',
  }),
  modifier59: (section: string): RuleSource => ({ document: 'CMS MLN fact sheet "Proper Use of Modifier 59" and MLN Matters MM8863 (X{EPSU} modifiers)', section }),
  pfsIndicators: (section: string): RuleSource => ({ document: 'CMS Physician Fee Schedule relative value file (PPRRVU), indicator definitions', section }),
  globalSurgery: (section: string): RuleSource => ({ document: 'CMS Medicare Claims Processing Manual, chapter 12', section }),
} as const;

/**
 * Denial codes our findings predict. Only codes whose meaning domain.md marks
 * H (confirmed) or M (likely) are used, and the confidence travels with the code.
 */
export const DENIALS = {
  'CLAI-009': { code: 'CLAI-009', meaning: 'Date of birth after the date of service', confidence: 'H' },
  'CODE-014': { code: 'CODE-014', meaning: 'Activity/diagnosis inconsistent with patient age/gender', confidence: 'H' },
  'CODE-012': { code: 'CODE-012', meaning: 'Encounter type inconsistent with services/diagnosis', confidence: 'M' },
  'CODE-013': { code: 'CODE-013', meaning: 'Principal diagnosis not acceptable as principal', confidence: 'M' },
  'CODE-011': { code: 'CODE-011', meaning: 'Incorrect DRG calculated', confidence: 'M' },
  'PRCE-001': { code: 'PRCE-001', meaning: 'Price/calculation discrepancy', confidence: 'M' },
  'MNEC-004': { code: 'MNEC-004', meaning: 'Not clinically indicated without additional supporting diagnoses/activities', confidence: 'M' },
  'MNEC-003': { code: 'MNEC-003', meaning: 'Service not clinically indicated based on good clinical practice', confidence: 'H' },
  'MNEC-005': { code: 'MNEC-005', meaning: 'Appropriate but too frequent', confidence: 'H' },
  'PRCE-002': { code: 'PRCE-002', meaning: 'Payment included in the allowance for another service (bundling)', confidence: 'M' },
  'PRCE-008': { code: 'PRCE-008', meaning: 'Multiple-procedure rules misapplied', confidence: 'M' },
  'PRCE-010': { code: 'PRCE-010', meaning: 'Use bundled code (unbundling)', confidence: 'M' },
  'CLAI-015': { code: 'CLAI-015', meaning: 'Missing service codes in a DRG claim', confidence: 'M' },
} as const satisfies Record<string, DenialCode>;
