// Writes the ICD-10-CM and HCPCS Level II rows of the starter code set:
//   src/data/codes/starter-icd10cm.ts and src/data/codes/starter-hcpcs.ts
// from the public CMS files in ../shared/data (read with the app's own importers).
// Billable titles come from the files; header titles are written below by the team
// (the CMS codes file has none). Run: npx tsx scripts/generate-starter-codes.ts
// Set SHARED_DATA_DIR when the shared data is not at ../shared/data.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHcpcsFile, parseIcd10cmFile, type CodeEntry } from '../src/domain/codes/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
if (!sharedData) throw new Error('Shared data not found: set SHARED_DATA_DIR.');

/** Whole families: every billable code under these prefixes (canonical keys). */
const ICD_FAMILIES = ['R07', 'E11', 'I10', 'I11', 'I12', 'I13', 'I15', 'I16', 'M17', 'S6200', 'S62024', 'S6210', 'T150', 'Z00', 'Z01', 'F32', 'F33', 'N18', 'N40', 'K21', 'Z3A3'];

/** Single codes used by samples, scenarios and edits. */
const ICD_CODES = `
J029 J0390 J069 J101 J111 J129 J159 J189 J209 J22 J300 J309 J440 J441 J449 J4520 J4521 J4522 J45901 J45902 J45909 J9600 J9601 J984
K2970 K30 K3580 K37 K4090 K529 K5730 K589 K5900 K8020 K922 K259 K7460 K760 K8000
N179 N200 N3000 N3090 N390 N760 N920 N946 N951
M1990 M5450 M542 M25561 M25562
Z021 Z0289 Z08 Z09 Z113 Z114 Z1211 Z1231 Z124 Z131 Z13220 Z136 Z1389
F200 F209 F250 F259 F29 F3110 F319 F341 F39 F419 F411 F0280 F0281 G309 G63
O80 O82 O24410 O24414 O24419 O200 O210 O34211 O364XX0 O480 O700 O701 O1493 O1403 O99210
Z3400 Z3480 Z331 Z370 Z392
W19XXXA W010XXA W109XXA V4352XA X58XXXA Y92009 Y9301 Y990 W57XXXA
I209 I214 I219 I2510 I4891 I509 I639 I2699 I82409 G459 G4733 R051 R059 R0602 R109 R100 R112 R509 R519 R42 R5383
E785 E669 E039 E559 D649 D509 A09 A419 B349 L03115 L309 H6690 G4489 Z23 Z794 Z7982 Z87891 Z8673
M23221 Z9151
`
  .trim()
  .split(/\s+/);

/** Official titles of the headers above the selected codes (ICD-10-CM tabular list FY2022, public domain). */
const ICD_HEADER_TITLES: Record<string, string> = {
  A41: 'Other sepsis',
  B34: 'Viral infection of unspecified site',
  D50: 'Iron deficiency anemia',
  D64: 'Other anemias',
  E03: 'Other hypothyroidism',
  E11: 'Type 2 diabetes mellitus',
  E110: 'Type 2 diabetes mellitus with hyperosmolarity',
  E111: 'Type 2 diabetes mellitus with ketoacidosis',
  E112: 'Type 2 diabetes mellitus with kidney complications',
  E113: 'Type 2 diabetes mellitus with ophthalmic complications',
  E1131: 'Type 2 diabetes mellitus with unspecified diabetic retinopathy',
  E1132: 'Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy',
  E11321: 'Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy with macular edema',
  E11329: 'Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema',
  E1133: 'Type 2 diabetes mellitus with moderate nonproliferative diabetic retinopathy',
  E11331: 'Type 2 diabetes mellitus with moderate nonproliferative diabetic retinopathy with macular edema',
  E11339: 'Type 2 diabetes mellitus with moderate nonproliferative diabetic retinopathy without macular edema',
  E1134: 'Type 2 diabetes mellitus with severe nonproliferative diabetic retinopathy',
  E11341: 'Type 2 diabetes mellitus with severe nonproliferative diabetic retinopathy with macular edema',
  E11349: 'Type 2 diabetes mellitus with severe nonproliferative diabetic retinopathy without macular edema',
  E1135: 'Type 2 diabetes mellitus with proliferative diabetic retinopathy',
  E11351: 'Type 2 diabetes mellitus with proliferative diabetic retinopathy with macular edema',
  E11352: 'Type 2 diabetes mellitus with proliferative diabetic retinopathy with traction retinal detachment involving the macula',
  E11353: 'Type 2 diabetes mellitus with proliferative diabetic retinopathy with traction retinal detachment not involving the macula',
  E11354: 'Type 2 diabetes mellitus with proliferative diabetic retinopathy with combined traction retinal detachment and rhegmatogenous retinal detachment',
  E11355: 'Type 2 diabetes mellitus with stable proliferative diabetic retinopathy',
  E11359: 'Type 2 diabetes mellitus with proliferative diabetic retinopathy without macular edema',
  E1137: 'Type 2 diabetes mellitus with diabetic macular edema, resolved following treatment',
  E114: 'Type 2 diabetes mellitus with neurological complications',
  E115: 'Type 2 diabetes mellitus with circulatory complications',
  E116: 'Type 2 diabetes mellitus with other specified complications',
  E1161: 'Type 2 diabetes mellitus with diabetic arthropathy',
  E1162: 'Type 2 diabetes mellitus with skin complications',
  E1163: 'Type 2 diabetes mellitus with oral complications',
  E1164: 'Type 2 diabetes mellitus with hypoglycemia',
  E55: 'Vitamin D deficiency',
  E66: 'Overweight and obesity',
  E78: 'Disorders of lipoprotein metabolism and other lipidemias',
  F02: 'Dementia in other diseases classified elsewhere',
  F028: 'Dementia in other diseases classified elsewhere',
  F20: 'Schizophrenia',
  F25: 'Schizoaffective disorders',
  F31: 'Bipolar disorder',
  F311: 'Bipolar disorder, current episode manic without psychotic features',
  F32: 'Major depressive disorder, single episode',
  F328: 'Other depressive episodes',
  F33: 'Major depressive disorder, recurrent',
  F334: 'Major depressive disorder, recurrent, in remission',
  F34: 'Persistent mood [affective] disorders',
  F41: 'Other anxiety disorders',
  G30: "Alzheimer's disease",
  G44: 'Other headache syndromes',
  G448: 'Other specified headache syndromes',
  G45: 'Transient cerebral ischemic attacks and related syndromes',
  G47: 'Sleep disorders',
  G473: 'Sleep apnea',
  H66: 'Suppurative and unspecified otitis media',
  H669: 'Otitis media, unspecified',
  I11: 'Hypertensive heart disease',
  I12: 'Hypertensive chronic kidney disease',
  I13: 'Hypertensive heart and chronic kidney disease',
  I131: 'Hypertensive heart and chronic kidney disease without heart failure',
  I15: 'Secondary hypertension',
  I16: 'Hypertensive crisis',
  I20: 'Angina pectoris',
  I21: 'Acute myocardial infarction',
  I25: 'Chronic ischemic heart disease',
  I251: 'Atherosclerotic heart disease of native coronary artery',
  I26: 'Pulmonary embolism',
  I269: 'Pulmonary embolism without acute cor pulmonale',
  I48: 'Atrial fibrillation and flutter',
  I489: 'Unspecified atrial fibrillation and atrial flutter',
  I50: 'Heart failure',
  I63: 'Cerebral infarction',
  I82: 'Other venous embolism and thrombosis',
  I824: 'Acute embolism and thrombosis of deep veins of lower extremity',
  I8240: 'Acute embolism and thrombosis of unspecified deep veins of lower extremity',
  J02: 'Acute pharyngitis',
  J03: 'Acute tonsillitis',
  J039: 'Acute tonsillitis, unspecified',
  J06: 'Acute upper respiratory infections of multiple and unspecified sites',
  J10: 'Influenza due to other identified influenza virus',
  J11: 'Influenza due to unidentified influenza virus',
  J12: 'Viral pneumonia, not elsewhere classified',
  J15: 'Bacterial pneumonia, not elsewhere classified',
  J18: 'Pneumonia, unspecified organism',
  J20: 'Acute bronchitis',
  J30: 'Vasomotor and allergic rhinitis',
  J44: 'Other chronic obstructive pulmonary disease',
  J45: 'Asthma',
  J452: 'Mild intermittent asthma',
  J459: 'Other and unspecified asthma',
  J4590: 'Unspecified asthma',
  J96: 'Respiratory failure, not elsewhere classified',
  J960: 'Acute respiratory failure',
  J98: 'Other respiratory disorders',
  K21: 'Gastro-esophageal reflux disease',
  K210: 'Gastro-esophageal reflux disease with esophagitis',
  K25: 'Gastric ulcer',
  K29: 'Gastritis and duodenitis',
  K297: 'Gastritis, unspecified',
  K35: 'Acute appendicitis',
  K358: 'Other and unspecified acute appendicitis',
  K40: 'Inguinal hernia',
  K409: 'Unilateral inguinal hernia, without obstruction or gangrene',
  K52: 'Other and unspecified noninfective gastroenteritis and colitis',
  K57: 'Diverticular disease of intestine',
  K573: 'Diverticular disease of large intestine without perforation or abscess',
  K58: 'Irritable bowel syndrome',
  K59: 'Other functional intestinal disorders',
  K590: 'Constipation',
  K74: 'Fibrosis and cirrhosis of liver',
  K746: 'Other and unspecified cirrhosis of liver',
  K76: 'Other diseases of liver',
  K80: 'Cholelithiasis',
  K800: 'Calculus of gallbladder with acute cholecystitis',
  K802: 'Calculus of gallbladder without cholecystitis',
  K92: 'Other diseases of digestive system',
  L03: 'Cellulitis and acute lymphangitis',
  L031: 'Cellulitis and acute lymphangitis of other parts of limb',
  L0311: 'Cellulitis of other parts of limb',
  L30: 'Other and unspecified dermatitis',
  M17: 'Osteoarthritis of knee',
  M171: 'Unilateral primary osteoarthritis of knee',
  M173: 'Unilateral post-traumatic osteoarthritis of knee',
  M19: 'Other and unspecified osteoarthritis',
  M23: 'Internal derangement of knee',
  M232: 'Derangement of meniscus due to old tear or injury',
  M2322: 'Derangement of posterior horn of medial meniscus due to old tear or injury',
  M199: 'Osteoarthritis, unspecified site',
  M25: 'Other joint disorder, not elsewhere classified',
  M255: 'Pain in joint',
  M2556: 'Pain in knee',
  M54: 'Dorsalgia',
  M545: 'Low back pain',
  N17: 'Acute kidney failure',
  N18: 'Chronic kidney disease (CKD)',
  N183: 'Chronic kidney disease, stage 3 (moderate)',
  N20: 'Calculus of kidney and ureter',
  N30: 'Cystitis',
  N300: 'Acute cystitis',
  N309: 'Cystitis, unspecified',
  N39: 'Other disorders of urinary system',
  N40: 'Benign prostatic hyperplasia',
  N76: 'Other inflammation of vagina and vulva',
  N92: 'Excessive, frequent and irregular menstruation',
  N94: 'Pain and other conditions associated with female genital organs and menstrual cycle',
  N95: 'Menopausal and other perimenopausal disorders',
  O14: 'Pre-eclampsia',
  O140: 'Mild to moderate pre-eclampsia',
  O149: 'Unspecified pre-eclampsia',
  O20: 'Hemorrhage in early pregnancy',
  O21: 'Excessive vomiting in pregnancy',
  O24: 'Diabetes mellitus in pregnancy, childbirth, and the puerperium',
  O244: 'Gestational diabetes mellitus',
  O2441: 'Gestational diabetes mellitus in pregnancy',
  O34: 'Maternal care for abnormality of pelvic organs',
  O342: 'Maternal care due to uterine scar from previous surgery',
  O3421: 'Maternal care for scar from previous cesarean delivery',
  O36: 'Maternal care for other fetal problems',
  O364: 'Maternal care for intrauterine death',
  O48: 'Late pregnancy',
  O70: 'Perineal laceration during delivery',
  O99: 'Other maternal diseases classifiable elsewhere but complicating pregnancy, childbirth and the puerperium',
  O992: 'Endocrine, nutritional and metabolic diseases complicating pregnancy, childbirth and the puerperium',
  O9921: 'Obesity complicating pregnancy, childbirth, and the puerperium',
  R05: 'Cough',
  R06: 'Abnormalities of breathing',
  R060: 'Dyspnea',
  R07: 'Pain in throat and chest',
  R078: 'Other chest pain',
  R10: 'Abdominal and pelvic pain',
  R11: 'Nausea and vomiting',
  R50: 'Fever of other and unknown origin',
  R51: 'Headache',
  R53: 'Malaise and fatigue',
  R538: 'Other malaise and fatigue',
  S62: 'Fracture at wrist and hand level',
  S620: 'Fracture of navicular [scaphoid] bone of wrist',
  S6200: 'Unspecified fracture of navicular [scaphoid] bone of wrist',
  S6202: 'Fracture of middle third of navicular [scaphoid] bone of wrist',
  S62024: 'Nondisplaced fracture of middle third of navicular [scaphoid] bone of right wrist',
  S62001: 'Unspecified fracture of navicular [scaphoid] bone of right wrist',
  S62002: 'Unspecified fracture of navicular [scaphoid] bone of left wrist',
  S62009: 'Unspecified fracture of navicular [scaphoid] bone of unspecified wrist',
  S621: 'Fracture of other and unspecified carpal bone(s)',
  S6210: 'Fracture of unspecified carpal bone',
  S62101: 'Fracture of unspecified carpal bone, right wrist',
  S62102: 'Fracture of unspecified carpal bone, left wrist',
  S62109: 'Fracture of unspecified carpal bone, unspecified wrist',
  T15: 'Foreign body on external eye',
  T150: 'Foreign body in cornea',
  T1500: 'Foreign body in cornea, unspecified eye',
  T1501: 'Foreign body in cornea, right eye',
  T1502: 'Foreign body in cornea, left eye',
  V43: 'Car occupant injured in collision with car, pick-up truck or van',
  V435: 'Car driver injured in collision with car, pick-up truck or van in traffic accident',
  V4352: 'Car driver injured in collision with other type car in traffic accident',
  W01: 'Fall on same level from slipping, tripping and stumbling',
  W010: 'Fall on same level from slipping, tripping and stumbling without subsequent striking against object',
  W10: 'Fall on and from stairs and steps',
  W109: 'Fall (on) (from) unspecified stairs and steps',
  W19: 'Unspecified fall',
  W57: 'Bitten or stung by nonvenomous insect and other nonvenomous arthropods',
  X58: 'Exposure to other specified factors',
  Y92: 'Place of occurrence of the external cause',
  Y920: 'Non-institutional (private) residence as the place of occurrence of the external cause',
  Y9200: 'Unspecified non-institutional (private) residence as the place of occurrence of the external cause',
  Y93: 'Activity codes',
  Y930: 'Activities involving walking and running',
  Y99: 'External cause status',
  Z00: 'Encounter for general examination without complaint, suspected or reported diagnosis',
  Z000: 'Encounter for general adult medical examination',
  Z001: 'Encounter for newborn, infant and child health examinations',
  Z0011: 'Newborn health examination',
  Z0012: 'Encounter for routine child health examination',
  Z007: 'Encounter for examination for period of delayed growth in childhood',
  Z01: 'Encounter for other special examination without complaint, suspected or reported diagnosis',
  Z010: 'Encounter for examination of eyes and vision',
  Z0102: 'Encounter for examination of eyes and vision following failed vision screening',
  Z011: 'Encounter for examination of ears and hearing',
  Z0111: 'Encounter for examination of ears and hearing following failed hearing screening',
  Z012: 'Encounter for dental examination and cleaning',
  Z013: 'Encounter for examination of blood pressure',
  Z014: 'Encounter for gynecological examination',
  Z0141: 'Encounter for routine gynecological examination',
  Z018: 'Encounter for other specified special examinations',
  Z0181: 'Encounter for preprocedural examinations',
  Z02: 'Encounter for administrative examination',
  Z028: 'Encounter for other administrative examinations',
  Z11: 'Encounter for screening for infectious and parasitic diseases',
  Z12: 'Encounter for screening for malignant neoplasms',
  Z121: 'Encounter for screening for malignant neoplasm of intestinal tract',
  Z123: 'Encounter for screening for malignant neoplasm of breast',
  Z13: 'Encounter for screening for other diseases and disorders',
  Z132: 'Encounter for screening for nutritional, metabolic and other endocrine disorders',
  Z1322: 'Encounter for screening for metabolic disorder',
  Z138: 'Encounter for screening for other specified diseases and disorders',
  Z33: 'Pregnant state',
  Z34: 'Encounter for supervision of normal pregnancy',
  Z340: 'Encounter for supervision of normal first pregnancy',
  Z348: 'Encounter for supervision of other normal pregnancy',
  Z37: 'Outcome of delivery',
  Z39: 'Encounter for maternal postpartum care and examination',
  Z3A: 'Weeks of gestation',
  Z3A3: 'Weeks of gestation of pregnancy, weeks 30-39',
  Z79: 'Long term (current) drug therapy',
  Z798: 'Other long term (current) drug therapy',
  Z86: 'Personal history of certain other diseases',
  Z867: 'Personal history of diseases of the circulatory system',
  Z87: 'Personal history of other diseases and conditions',
  Z878: 'Personal history of other specified conditions',
  Z8789: 'Personal history of other specified conditions',
  Z91: 'Personal risk factors, not elsewhere classified',
  Z915: 'Personal history of self-harm',
};

/** HCPCS Level II codes of the starter set (titles from the CMS file). */
const HCPCS_CODES = `
J1100 J0696 J1885 J2550 J3301 J7030 J7050 J0171 J1040 J1030 J2001 J2270 J2405 J3420 J7613 J9035 J9045 J9267 J0690 J1200 J1644 J2795 J3490
A4206 A4215 A4253 A4259 A4550 A4649 A6402 A0427 A0429 A0425 A4217 A9270
E0100 E0110 E0114 E0143 E0163 E0260 E0601 E1130 E0570
G0008 G0009 G0101 G0103 G0121 G0283 G0402 G0438 G0439 G0444 G0463 G0105
L1810 L3908 L0650 Q4001 V2020 V2100 Q0091 S0630 S9083
`
  .trim()
  .split(/\s+/);

function read(path: string, encoding: 'utf-8' | 'windows-1252'): string {
  return new TextDecoder(encoding).decode(readFileSync(join(sharedData!, path)));
}

const icd = parseIcd10cmFile(read('icd10cm/icd10cm_codes_2022.txt', 'utf-8'), { fileName: 'icd10cm_codes_2022.txt', importedAt: '' });
if (!icd.ok) throw new Error(icd.errors.map((e) => e.message).join('\n'));
const billable = new Map(icd.value.codeSet.entries.filter((e) => e.billable).map((e) => [e.code, e]));
const selected = new Map<string, CodeEntry>();
for (const prefix of ICD_FAMILIES) for (const [code, e] of billable) if (code.startsWith(prefix)) selected.set(code, e);
for (const code of ICD_CODES) {
  const e = billable.get(code);
  if (!e) throw new Error(`${code} is not a billable FY2022 code.`);
  selected.set(code, e);
}
const headers = new Set<string>();
for (const code of selected.keys()) {
  for (let k = 3; k < code.length; k++) {
    const p = code.slice(0, k);
    if (k >= 4 && p.endsWith('X')) continue;
    if (!billable.has(p)) headers.add(p);
  }
}
const missing = [...headers].filter((h) => !(h in ICD_HEADER_TITLES));
if (missing.length > 0) throw new Error(`Write titles for these headers: ${missing.sort().join(', ')}`);
const unused = Object.keys(ICD_HEADER_TITLES).filter((h) => !headers.has(h));
if (unused.length > 0) throw new Error(`Titles for headers not in the set: ${unused.join(', ')}`);

type Row = readonly [code: string, title: string, billable: 0 | 1];
const rows: Row[] = [
  ...[...selected.values()].map((e): Row => [e.code, e.longTitle, 1]),
  ...[...headers].map((h): Row => [h, ICD_HEADER_TITLES[h]!, 0]),
].sort((a, b) => (a[0] < b[0] ? -1 : 1));

const q = (s: string) => JSON.stringify(s);
const icdOut = `// Generated by scripts/generate-starter-codes.ts: edit the script, not this file.
// ICD-10-CM FY2022 (CDC/NCHS, public domain). Billable titles from the CMS codes file
// icd10cm_codes_2022.txt; header titles written by the team from the tabular list.
// ${selected.size} billable codes and ${headers.size} headers.

/** [canonical code, long title, 1 = billable / 0 = header] */
export const STARTER_ICD10CM_ROWS: readonly (readonly [code: string, title: string, billable: 0 | 1])[] = [
${rows.map(([c, t, b]) => `  [${q(c)}, ${q(t)}, ${b}],`).join('\n')}
];
`;
writeFileSync(join(root, 'src/data/codes/starter-icd10cm.ts'), icdOut);

const hcpcs = parseHcpcsFile(read('hcpcs/HCPC2019_CONTR_ANWEB.txt', 'windows-1252'), { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: '' });
if (!hcpcs.ok) throw new Error(hcpcs.errors.map((e) => e.message).join('\n'));
const hcpcsByCode = new Map(hcpcs.value.codeSet.entries.map((e) => [e.code, e]));
const hcpcsRows = HCPCS_CODES.map((code) => {
  const e = hcpcsByCode.get(code);
  if (!e || e.effectiveTo !== undefined) throw new Error(`${code} is not an active code in the 2019 HCPCS file.`);
  return [e.code, e.shortTitle, e.longTitle] as const;
}).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const hcpcsOut = `// Generated by scripts/generate-starter-codes.ts: edit the script, not this file.
// HCPCS Level II (CMS, public domain): short and long descriptions from the CMS
// annual file HCPC2019_CONTR_ANWEB.txt. ${hcpcsRows.length} codes.

/** [code, short description, long description] */
export const STARTER_HCPCS_ROWS: readonly (readonly [code: string, shortTitle: string, longTitle: string])[] = [
${hcpcsRows.map(([c, s, l]) => `  [${q(c)}, ${q(s)}, ${q(l)}],`).join('\n')}
];
`;
writeFileSync(join(root, 'src/data/codes/starter-hcpcs.ts'), hcpcsOut);
console.log(`starter-icd10cm.ts: ${selected.size} codes, ${headers.size} headers; starter-hcpcs.ts: ${hcpcsRows.length} codes.`);
