import type { RulePack } from '@/domain/rules';
import type { LinkageEntry } from '@/domain/rules';

/**
 * CPT–diagnosis linkage starter pack, written by the team from public coverage
 * policies. Each row names the policy it was read from: CMS National Coverage
 * Determinations (NCDs) by number and title, or "team-written from …" where no single
 * public policy lists the codes. The diagnosis lists are the team's reading, kept
 * deliberately short and conservative; payers' own lists replace them by import.
 * Not legal or clinical advice; review before production use.
 */
const ENTRIES: readonly LinkageEntry[] = [
  {
    title: 'Transthoracic echocardiography',
    procedures: ['93306-93308'],
    supports: ['I05-I09', 'I11', 'I13', 'I20-I25', 'I26-I28', 'I30-I52', 'I63', 'Q20-Q28', 'R00', 'R01', 'R06.0', 'R07', 'R55', 'R60', 'R94.3', 'Z95', 'T82'],
    notSupporting: ['Z00.0', 'Z00.1', 'Z09', 'Z13.6'],
    denial: 'MNEC-004',
    source: 'Team-written from the ACCF/ASE/AHA/ASNC/HFSA/HRS/SCAI/SCCM/SCCT/SCMR 2011 Appropriate Use Criteria for Echocardiography (routine screening, and routine surveillance without a change in clinical status, rated inappropriate)',
    note: 'Link the documented symptom or cardiac condition (e.g. chest pain R07.x, murmur R01.x, dyspnoea R06.0x, syncope R55). A routine check-up (Z00.0x) or a follow-up examination (Z09) does not justify an echocardiogram.',
  },
  {
    title: 'Electrocardiogram (12-lead)',
    procedures: ['93000-93010'],
    supports: ['I05-I52', 'R00', 'R01', 'R06.0', 'R07', 'R42', 'R55', 'E87', 'T46', 'Z01.81', 'Z79', 'Z95'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'CMS NCD 20.15 Electrocardiographic Services (team reading: covered for signs, symptoms and conditions of heart disease; not as part of a routine examination)',
  },
  {
    title: 'Chest X-ray',
    procedures: ['71045-71048'],
    supports: ['J00-J99', 'R05', 'R06', 'R07', 'R09', 'R50', 'I50', 'C34', 'C78', 'S20-S29', 'T17', 'Z01.811', 'Z01.818'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-003',
    source: 'Team-written from the ACR Appropriateness Criteria, Routine Chest Radiography (routine chest radiographs in asymptomatic outpatients are not indicated)',
  },
  {
    title: 'Haemoglobin A1c',
    procedures: ['83036'],
    supports: ['E08-E13', 'O24', 'R73', 'Z79.4', 'Z79.84'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'CMS NCD 190.21 Glycated Hemoglobin/Glycated Protein (team reading: management of known diabetes; not routine screening)',
  },
  {
    title: 'Vitamin D, 25-hydroxy',
    procedures: ['82306'],
    supports: ['E55', 'E83.5', 'E20-E21', 'M80-M81', 'M83', 'N18', 'K90', 'Z79.52'],
    notSupporting: ['Z00.0', 'Z13.21'],
    denial: 'MNEC-004',
    source: 'Team-written from the USPSTF 2021 recommendation on screening for vitamin D deficiency in adults (insufficient evidence for screening asymptomatic adults) and MAC vitamin D assay policies',
  },
  {
    title: 'Lipid panel',
    procedures: ['80061'],
    supports: ['E78', 'E08-E13', 'E03', 'I20-I25', 'I63', 'I65-I66', 'I70', 'N04', 'N18', 'Z79.899'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'CMS NCD 190.23 Lipid Testing (team reading: dyslipidaemia, atherosclerotic disease and conditions associated with it, and monitoring of therapy)',
  },
  {
    title: 'TSH',
    procedures: ['84443'],
    supports: ['E00-E07', 'E89.0', 'R00', 'R53', 'R61', 'R63.4', 'R63.5', 'I48', 'F32', 'F41', 'N91-N97', 'Z79.899'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'CMS NCD 190.22 Thyroid Testing (team reading: thyroid disease, its signs and symptoms, and monitoring of therapy)',
  },
  {
    title: 'Complete blood count',
    procedures: ['85025-85027'],
    supports: [],
    notSupporting: ['Z00.00', 'Z00.01'],
    denial: 'MNEC-004',
    source: 'CMS NCD 190.15 Blood Counts (team reading: covered for a wide range of signs, symptoms and conditions; not as a routine screen without them)',
  },
  {
    title: 'Prothrombin time (PT/INR)',
    procedures: ['85610'],
    supports: ['Z79.01', 'D65-D69', 'I26', 'I48', 'I80-I82', 'K70-K77', 'R58', 'R23.3', 'Z01.810', 'Z01.818'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'CMS NCD 190.17 Prothrombin Time (PT) (team reading: anticoagulant therapy, bleeding and clotting disorders, liver disease)',
  },
  {
    title: 'Urine culture',
    procedures: ['87086'],
    supports: ['N10', 'N30', 'N34', 'N39.0', 'O23', 'R30', 'R31', 'R35', 'R39.1', 'R50', 'R82'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'CMS NCD 190.12 Urine Culture, Bacterial (team reading: signs and symptoms of urinary tract infection)',
  },
  {
    title: 'Physical therapy treatment',
    procedures: ['97110', '97112', '97116', '97140', '97530'],
    supports: ['M00-M99', 'S00-T14', 'G35', 'G81-G83', 'I69', 'R26', 'R29.6', 'Z47', 'Z96.6'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'Team-written from the CMS Medicare Benefit Policy Manual, chapter 15, §220–230 (outpatient therapy treats a documented condition that limits function)',
  },
  {
    title: 'Knee arthroscopy with meniscectomy',
    procedures: ['29880-29881'],
    supports: ['M23.0', 'M23.2', 'M23.3', 'M23.4', 'S83.2'],
    notSupporting: ['M17'],
    denial: 'MNEC-003',
    source: 'CMS NCD 150.9 Arthroscopic Lavage and Arthroscopic Debridement for the Osteoarthritic Knee (team reading: osteoarthritis of the knee alone is not an indication)',
    note: 'Link the meniscal tear or derangement the operative note documents (M23.2-, S83.2-); knee osteoarthritis (M17.-) may be linked beside it but not alone.',
  },
  {
    title: 'Removal of impacted ear wax',
    procedures: ['69210'],
    supports: ['H61.2'],
    notSupporting: [],
    denial: 'MNEC-004',
    source: 'Team-written from the code’s own definition (impacted cerumen removed with instruments) and the AAO-HNSF Clinical Practice Guideline (Update): Earwax (Cerumen Impaction), 2017',
  },
  {
    title: 'Large joint or bursa injection or aspiration',
    procedures: ['20610'],
    supports: ['M00-M25', 'M65-M77', 'M79.6', 'S83', 'S43'],
    notSupporting: [],
    denial: 'MNEC-004',
    source: 'Team-written from the code’s definition (arthrocentesis, aspiration or injection of a major joint or bursa) and general orthopaedic indications',
  },
  {
    title: 'Bone density (DXA)',
    procedures: ['77080', '77081'],
    supports: ['M80-M81', 'M85.8', 'E21', 'E28.3', 'Z78.0', 'Z79.52', 'Z79.811', 'Z87.310'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'CMS NCD 150.3 Bone (Mineral) Density Studies (team reading: estrogen deficiency, vertebral abnormalities, long-term glucocorticoids, hyperparathyroidism, monitoring of osteoporosis therapy)',
  },
  {
    title: 'Screening mammography',
    procedures: ['77067'],
    supports: ['Z12.31', 'Z80.3'],
    notSupporting: [],
    denial: 'MNEC-004',
    source: 'CMS NCD 220.4 Mammograms (screening mammography with the screening encounter code)',
  },
  {
    title: 'Diagnostic mammography',
    procedures: ['77065-77066'],
    supports: ['C50', 'D05', 'N60-N65', 'R92', 'Z85.3', 'Z90.1'],
    notSupporting: ['Z12.31'],
    denial: 'MNEC-004',
    source: 'CMS NCD 220.4 Mammograms (diagnostic mammography for signs, symptoms or a history of breast disease; screening is a different code)',
    note: 'A screening encounter (Z12.31) is billed with the screening code 77067, not a diagnostic mammogram.',
  },
  {
    title: 'Spirometry',
    procedures: ['94010', '94060'],
    supports: ['J40-J47', 'J84', 'R05', 'R06', 'Z01.811', 'Z87.891'],
    notSupporting: ['Z00.0'],
    denial: 'MNEC-004',
    source: 'Team-written from the ATS/ERS Standardization of Spirometry 2019 Update (indications: symptoms, known lung disease, pre-operative risk)',
  },
];

export const LINKAGE_STARTER_PACK: RulePack<LinkageEntry> = {
  id: 'linkage-starter',
  name: 'CPT–diagnosis linkage (starter)',
  kind: 'procedure-linkage',
  version: '2025.1',
  effectiveFrom: '2024-01-01',
  effectiveTo: '',
  source: { document: 'Written by the team from public coverage policies; each row names its source', section: 'CMS NCDs 20.15, 150.3, 150.9, 190.12, 190.15, 190.17, 190.21–190.23, 220.4; appropriate-use criteria and guidelines named per row' },
  description: 'Which diagnoses support 18 common procedure families (echocardiography, ECG, chest X-ray, HbA1c, vitamin D, lipids, TSH, CBC, PT/INR, urine culture, physical therapy, knee arthroscopy, ear wax removal, joint injection, DXA, mammography, spirometry).',
  entries: ENTRIES,
};
