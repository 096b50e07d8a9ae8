import type { Excludes1Entry, RulePack } from '@/domain/rules';

/**
 * Excludes1 notes of the ICD-10-CM Tabular List FY2026 (CMS/NCHS, public domain),
 * transcribed by the team note by note from the FY2026 tabular XML (October 2025 release),
 * with the note text as the tabular words it. A note at a category applies to every
 * code below it. Only notes read in the tabular are here: nothing from memory.
 *
 * Checked and deliberately absent: J44 and J45. Asthma with COPD is an Excludes2 at
 * J45 (both may be coded; J44 even says "code also type of asthma (J45.-)"), not an
 * Excludes1. O24 and E11: only gestational diabetes (O24.4-) is an Excludes1 of E11;
 * pre-existing type 2 diabetes in pregnancy (O24.1-) is coded with E11. R07.9 has no
 * note of its own; the category note at R07 (epidemic myalgia, B33.0) applies to it.
 */
const E13_NOTES = 'postpancreatectomy diabetes mellitus (E13.-); postprocedural diabetes mellitus (E13.-); secondary diabetes mellitus NEC (E13.-)';

const ROWS: readonly (readonly [code: string, excluded: string, note: string])[] = [
  // Chapter 4, diabetes mellitus (E08–E13)
  ['E10', 'E08.-', 'diabetes mellitus due to underlying condition (E08.-)'],
  ['E10', 'E09.-', 'drug or chemical induced diabetes mellitus (E09.-)'],
  ['E10', 'O24.4-', 'gestational diabetes (O24.4-)'],
  ['E10', 'R73.9', 'hyperglycemia NOS (R73.9)'],
  ['E10', 'P70.2', 'neonatal diabetes mellitus (P70.2)'],
  ['E10', 'E13.-', E13_NOTES],
  ['E10', 'E11.-', 'type 2 diabetes mellitus (E11.-)'],
  ['E11', 'E08.-', 'diabetes mellitus due to underlying condition (E08.-)'],
  ['E11', 'E09.-', 'drug or chemical induced diabetes mellitus (E09.-)'],
  ['E11', 'O24.4-', 'gestational diabetes (O24.4-)'],
  ['E11', 'P70.2', 'neonatal diabetes mellitus (P70.2)'],
  ['E11', 'E13.-', E13_NOTES],
  ['E11', 'E10.-', 'type 1 diabetes mellitus (E10.-)'],
  // Chapter 5, mental and behavioural disorders
  ['F14.1', 'F14.2-', 'cocaine dependence (F14.2-)'],
  ['F14.1', 'F14.9-', 'cocaine use, unspecified (F14.9-)'],
  ['F14.2', 'F14.9-', 'cocaine use, unspecified (F14.9-)'],
  ['F31', 'F30.-', 'bipolar disorder, single manic episode (F30.-)'],
  ['F31', 'F32.-', 'major depressive disorder, single episode (F32.-)'],
  ['F31', 'F33.-', 'major depressive disorder, recurrent (F33.-)'],
  ['F32', 'F31.-', 'bipolar disorder (F31.-)'],
  ['F32', 'F30.-', 'manic episode (F30.-)'],
  ['F32', 'F33.-', 'recurrent depressive disorder (F33.-)'],
  ['F32.81', 'N94.3', 'premenstrual tension syndrome (N94.3)'],
  ['F33', 'F31.-', 'bipolar disorder (F31.-)'],
  ['F33', 'F30.-', 'manic episode (F30.-)'],
  ['F45.4', 'R52', 'pain NOS (R52)'],
  ['F50', 'R63.0', 'anorexia NOS (R63.0)'],
  ['F50', 'R63.2', 'polyphagia (R63.2)'],
  ['F50.2', 'F50.02-', 'anorexia nervosa, binge eating/purging type (F50.02-)'],
  // Chapter 10, respiratory system
  ['J20', 'J40', 'bronchitis NOS (J40)'],
  ['J22', 'J06.9', 'upper respiratory infection (acute) (J06.9)'],
  ['J30', 'J45.909', 'allergic rhinitis with asthma (bronchial) (J45.909)'],
  ['J30', 'J31.0', 'rhinitis NOS (J31.0)'],
  ['J45', 'J69.8', 'detergent asthma (J69.8)'],
  ['J45', 'R06.2', 'wheezing NOS (R06.2)'],
  ['J47', 'Q33.4', 'congenital bronchiectasis (Q33.4)'],
  // Chapter 18, symptoms and signs
  ['R00.0', 'I47.-', 'paroxysmal tachycardia (I47.-)'],
  ['R03.1', 'I95.-', 'hypotension (I95.-)'],
  ['R05', 'A37.0-', 'paroxysmal cough due to Bordetella pertussis (A37.0-)'],
  ['R05', 'J41.0', "smoker's cough (J41.0)"],
  ['R06', 'J80', 'acute respiratory distress syndrome (J80)'],
  ['R06', 'J96.-', 'respiratory failure (J96.-)'],
  ['R06.2', 'J45.-', 'Asthma (J45.-)'],
  ['R06.81', 'G47.3-', 'sleep apnea (G47.3-)'],
  ['R07', 'B33.0', 'epidemic myalgia (B33.0)'],
  ['R07.0', 'J02.9', 'sore throat (acute) NOS (J02.9)'],
  ['R07.0', 'J31.2', 'chronic sore throat (J31.2)'],
  ['R09.1', 'J90', 'pleurisy with effusion (J90)'],
  ['R09.2', 'I46.-', 'cardiac arrest (I46.-)'],
  ['R10', 'N23', 'renal colic (N23)'],
  ['R10.13', 'K30', 'functional dyspepsia (K30)'],
  ['R19.5', 'K92.1', 'melena (K92.1)'],
  ['R19.7', 'K59.1', 'functional diarrhea (K59.1)'],
  ['R25.1', 'G25.0', 'essential tremor (G25.0)'],
];

export const EXCLUDES1_STARTER_PACK: RulePack<Excludes1Entry> = {
  id: 'excludes1-starter',
  name: 'Excludes1 pairs (starter)',
  kind: 'excludes1',
  version: 'FY2026.1',
  effectiveFrom: '2025-10-01',
  effectiveTo: '',
  source: {
    document: 'ICD-10-CM Tabular List of Diseases and Injuries FY2026 (CMS/NCHS)',
    section: 'Excludes1 notes at the categories and subcategories listed (Official Guidelines I.A.12.a)',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  },
  description:
    'Excludes1 notes transcribed from the FY2026 tabular: diabetes types (E10, E11), mood disorders (F31–F33), substance use, eating disorders, respiratory conditions and symptom codes whose condition is classified elsewhere. Review against each new fiscal year’s tabular.',
  entries: ROWS.map(([code, excluded, note]) => ({ code, excluded, note })),
};
