import type { RulePack, SymptomRelationEntry } from '@/domain/rules';

/**
 * Symptom codes and the definitive diagnoses that explain them, written by the team
 * for the symptom-as-principal edit (DX-SYMPTOM-PRINCIPAL). A row is listed only where
 * the symptom is an integral, routine feature of the condition (Official Guidelines
 * I.B.4–I.B.5), never because two codes share a body system: chest pain with essential
 * hypertension is not a relation. Several rows follow the tabular itself, where an
 * Excludes1 note sends the symptom to the condition (R07.0 → J02.9, J45 → R06.2, E10 → R73.9).
 */
const CHEST_PAIN_CAUSES = ['I20', 'I21', 'I22', 'I24'];
const ACS = 'Chest pain is an integral feature of angina pectoris and acute coronary syndromes (I20–I24).';

const ROWS: readonly SymptomRelationEntry[] = [
  { symptom: 'R07.1', definitive: CHEST_PAIN_CAUSES, basis: ACS },
  { symptom: 'R07.2', definitive: CHEST_PAIN_CAUSES, basis: ACS },
  { symptom: 'R07.8', definitive: CHEST_PAIN_CAUSES, basis: ACS },
  { symptom: 'R07.9', definitive: CHEST_PAIN_CAUSES, basis: ACS },
  { symptom: 'R07.0', definitive: ['J02', 'J03'], basis: 'Throat pain is the presenting feature of acute pharyngitis and tonsillitis (the tabular sends sore throat NOS from R07.0 to J02.9).' },
  { symptom: 'R05', definitive: ['J09', 'J10', 'J11', 'J12', 'J13', 'J14', 'J15', 'J16', 'J17', 'J18', 'J20', 'J21'], basis: 'Cough is a routine feature of influenza, pneumonia and acute bronchitis or bronchiolitis.' },
  { symptom: 'R06.0', definitive: ['I50', 'J44', 'J45'], basis: 'Breathlessness is a defining symptom of heart failure, chronic obstructive pulmonary disease and asthma.' },
  { symptom: 'R06.2', definitive: ['J44', 'J45'], basis: 'Wheezing is a defining sign of asthma and obstructive airway disease (the tabular excludes wheezing NOS at J45).' },
  { symptom: 'R50', definitive: ['J09', 'J10', 'J11'], basis: 'Fever is a defining feature of influenza.' },
  { symptom: 'R51', definitive: ['G43', 'G44'], basis: 'In migraine and the other headache syndromes the headache is the condition itself.' },
  { symptom: 'R10', definitive: ['K35', 'K36', 'K37', 'K80', 'K81', 'K85', 'N20', 'N23'], basis: 'Abdominal pain is the presenting feature of appendicitis, gallstone disease, cholecystitis, acute pancreatitis and urinary calculi.' },
  { symptom: 'R11', definitive: ['A08', 'A09'], basis: 'Nausea and vomiting are routine features of infectious gastroenteritis.' },
  { symptom: 'R19.7', definitive: ['A08', 'A09', 'K52'], basis: 'Diarrhea is the defining feature of gastroenteritis and colitis.' },
  { symptom: 'R30.0', definitive: ['N30', 'N39.0'], basis: 'Dysuria is a routine feature of cystitis and urinary tract infection.' },
  { symptom: 'R42', definitive: ['H81'], basis: 'Vertigo is the defining feature of the vestibular disorders.' },
  { symptom: 'R56.9', definitive: ['G40'], basis: 'In epilepsy the seizures are the condition itself.' },
  { symptom: 'R73', definitive: ['E08', 'E09', 'E10', 'E11', 'E13'], basis: 'Raised blood glucose is part of diabetes mellitus (the tabular excludes hyperglycemia NOS at E10).' },
];

export const SYMPTOM_RELATIONS_STARTER_PACK: RulePack<SymptomRelationEntry> = {
  id: 'symptom-definitive-starter',
  name: 'Symptoms and their definitive diagnoses (starter)',
  kind: 'symptom-definitive',
  version: '2025.1',
  effectiveFrom: '2015-10-01',
  effectiveTo: '',
  source: {
    document: 'ICD-10-CM Official Guidelines for Coding and Reporting',
    section: 'Section II.A and IV.D (symptoms are not principal when a related definitive diagnosis is established), I.B.4–I.B.5; relations written by the team',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  },
  description: 'Conservative relations between symptom codes and the conditions they are integral to, written by the team; each row says why.',
  entries: ROWS,
};
