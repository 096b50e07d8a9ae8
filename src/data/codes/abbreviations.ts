import type { Abbreviation } from '../../domain/codes';

/**
 * Clinical abbreviations coders type into the code search, written by the team
 * from common clinical usage. Each stands for one or more phrases; a title matches
 * a phrase when it has every word of it (as the start of a word, so "vein" matches
 * "veins"). Phrases use ICD-10-CM wording ("acute kidney failure", not "acute
 * kidney injury"), so the index finds the codes.
 *
 * `prefer` lists the ICD-10-CM codes (canonical keys, no dot) a coder usually
 * means when typing the abbreviation alone; they rank first among the matches.
 * Keep it to the code the abbreviation names without qualifiers (HTN → I10).
 */
export const CODING_ABBREVIATIONS: readonly Abbreviation[] = [
  { abbr: 'htn', phrases: ['hypertension', 'hypertensive'], prefer: ['I10'] },
  { abbr: 'hbp', phrases: ['hypertension'], prefer: ['I10'] },
  { abbr: 'dm', phrases: ['diabetes mellitus'] },
  { abbr: 'dm1', phrases: ['type 1 diabetes mellitus'], prefer: ['E109'] },
  { abbr: 't1dm', phrases: ['type 1 diabetes mellitus'], prefer: ['E109'] },
  { abbr: 'iddm', phrases: ['type 1 diabetes mellitus'], prefer: ['E109'] },
  { abbr: 'dm2', phrases: ['type 2 diabetes mellitus'], prefer: ['E119'] },
  { abbr: 't2dm', phrases: ['type 2 diabetes mellitus'], prefer: ['E119'] },
  { abbr: 'niddm', phrases: ['type 2 diabetes mellitus'], prefer: ['E119'] },
  { abbr: 'gdm', phrases: ['gestational diabetes mellitus'] },
  { abbr: 'chf', phrases: ['heart failure'], prefer: ['I509'] },
  { abbr: 'hf', phrases: ['heart failure'], prefer: ['I509'] },
  { abbr: 'copd', phrases: ['chronic obstructive pulmonary disease'], prefer: ['J449'] },
  { abbr: 'gerd', phrases: ['gastro esophageal reflux disease'], prefer: ['K219'] },
  { abbr: 'uti', phrases: ['urinary tract infection'], prefer: ['N390'] },
  { abbr: 'uri', phrases: ['upper respiratory infection'], prefer: ['J069'] },
  { abbr: 'urti', phrases: ['upper respiratory infection'], prefer: ['J069'] },
  { abbr: 'lrti', phrases: ['lower respiratory infection'], prefer: ['J22'] },
  { abbr: 'mi', phrases: ['myocardial infarction'], prefer: ['I219'] },
  { abbr: 'ami', phrases: ['acute myocardial infarction'], prefer: ['I219'] },
  { abbr: 'cad', phrases: ['atherosclerotic heart disease', 'coronary artery disease'], prefer: ['I2510'] },
  { abbr: 'ihd', phrases: ['ischemic heart disease', 'atherosclerotic heart disease'], prefer: ['I259'] },
  { abbr: 'ckd', phrases: ['chronic kidney disease'], prefer: ['N189'] },
  { abbr: 'esrd', phrases: ['end stage renal disease'], prefer: ['N186'] },
  { abbr: 'aki', phrases: ['acute kidney failure', 'acute kidney injury'], prefer: ['N179'] },
  { abbr: 'arf', phrases: ['acute kidney failure', 'acute respiratory failure'] },
  { abbr: 'oa', phrases: ['osteoarthritis'], prefer: ['M1990'] },
  { abbr: 'ra', phrases: ['rheumatoid arthritis'], prefer: ['M069'] },
  { abbr: 'bph', phrases: ['benign prostatic hyperplasia'], prefer: ['N400'] },
  { abbr: 'dvt', phrases: ['thrombosis deep vein', 'embolism thrombosis deep veins'], prefer: ['I82409'] },
  { abbr: 'pe', phrases: ['pulmonary embolism'], prefer: ['I2699'] },
  { abbr: 'af', phrases: ['atrial fibrillation'], prefer: ['I4891'] },
  { abbr: 'afib', phrases: ['atrial fibrillation'], prefer: ['I4891'] },
  { abbr: 'cva', phrases: ['cerebral infarction'], prefer: ['I639'] },
  { abbr: 'tia', phrases: ['transient cerebral ischemic attack'], prefer: ['G459'] },
  { abbr: 'sob', phrases: ['shortness breath'], prefer: ['R0602'] },
  { abbr: 'cp', phrases: ['chest pain'], prefer: ['R079'] },
  { abbr: 'lbp', phrases: ['low back pain'], prefer: ['M5450'] },
  { abbr: 'ha', phrases: ['headache'], prefer: ['R519'] },
  { abbr: 'n/v', phrases: ['nausea vomiting'], prefer: ['R112'] },
  { abbr: 'hld', phrases: ['hyperlipidemia'], prefer: ['E785'] },
  { abbr: 'osa', phrases: ['obstructive sleep apnea'], prefer: ['G4733'] },
  { abbr: 'pna', phrases: ['pneumonia'], prefer: ['J189'] },
  { abbr: 'cap', phrases: ['pneumonia'], prefer: ['J189'] },
  { abbr: 'mdd', phrases: ['major depressive disorder'], prefer: ['F329'] },
  { abbr: 'gad', phrases: ['generalized anxiety disorder'], prefer: ['F411'] },
  { abbr: 'adhd', phrases: ['attention deficit hyperactivity disorder'], prefer: ['F909'] },
  { abbr: 'ocd', phrases: ['obsessive compulsive disorder'], prefer: ['F429'] },
  { abbr: 'ptsd', phrases: ['post traumatic stress disorder'], prefer: ['F4310'] },
  { abbr: 'ibs', phrases: ['irritable bowel syndrome'], prefer: ['K589'] },
  { abbr: 'ibd', phrases: ['crohns disease', 'ulcerative colitis'] },
  { abbr: 'uc', phrases: ['ulcerative colitis'], prefer: ['K5190'] },
  { abbr: 'hypo', phrases: ['hypoglycemia'] },
  { abbr: 'dka', phrases: ['diabetes mellitus ketoacidosis'] },
  { abbr: 'hhs', phrases: ['diabetes mellitus hyperosmolarity'] },
  { abbr: 'fx', phrases: ['fracture'] },
  { abbr: 'lac', phrases: ['laceration'] },
  { abbr: 'fb', phrases: ['foreign body'] },
  { abbr: 'h/o', phrases: ['personal history'] },
  { abbr: 'hx', phrases: ['history'] },
  { abbr: 's/p', phrases: ['status', 'aftercare'] },
  { abbr: 'fh', phrases: ['family history'] },
  { abbr: 'ugib', phrases: ['gastrointestinal hemorrhage'], prefer: ['K922'] },
  { abbr: 'gib', phrases: ['gastrointestinal hemorrhage'], prefer: ['K922'] },
  { abbr: 'ams', phrases: ['altered mental status'], prefer: ['R4182'] },
  { abbr: 'loc', phrases: ['loss consciousness'] },
  { abbr: 'sah', phrases: ['subarachnoid hemorrhage'] },
  { abbr: 'ich', phrases: ['intracerebral hemorrhage'] },
  { abbr: 'hiv', phrases: ['human immunodeficiency virus'], prefer: ['B20'] },
  { abbr: 'tb', phrases: ['tuberculosis'] },
  { abbr: 'ms', phrases: ['multiple sclerosis'], prefer: ['G35'] },
  { abbr: 'pcos', phrases: ['polycystic ovarian syndrome'], prefer: ['E282'] },
  { abbr: 'pud', phrases: ['peptic ulcer'] },
  { abbr: 'bmi', phrases: ['body mass index'] },
  { abbr: 'iud', phrases: ['intrauterine contraceptive device'] },
  { abbr: 'svd', phrases: ['delivery'], prefer: ['O80'] },
  { abbr: 'nsvd', phrases: ['delivery'], prefer: ['O80'] },
  { abbr: 'lscs', phrases: ['cesarean'] },
  { abbr: 'c/s', phrases: ['cesarean'] },
  { abbr: 'aom', phrases: ['acute otitis media'] },
  { abbr: 'om', phrases: ['otitis media'] },
  { abbr: 'ards', phrases: ['acute respiratory distress syndrome'], prefer: ['J80'] },
  { abbr: 'vte', phrases: ['venous embolism thrombosis'] },
  { abbr: 'pvd', phrases: ['peripheral vascular disease'], prefer: ['I739'] },
  { abbr: 'pad', phrases: ['peripheral vascular disease', 'atherosclerosis native arteries extremities'], prefer: ['I739'] },
];

/**
 * Main terms coders type in plain words, with the code the ICD-10-CM Alphabetic
 * Index (public domain) gives for the term without further words ("Hypertension" →
 * I10, "Pneumonia" → J18.9, "Fall" → W19), and lay words that ICD titles do not use
 * ("stone" is "calculus", "leg" is "lower limb", "cancer" is "malignant neoplasm").
 * Written by the team from the FY2022 index; same shape and use as the abbreviations.
 */
export const MAIN_TERM_DEFAULTS: readonly Abbreviation[] = [
  { abbr: 'hypertension', phrases: ['hypertension', 'hypertensive'], prefer: ['I10'] },
  { abbr: 'pneumonia', phrases: ['pneumonia'], prefer: ['J189'] },
  { abbr: 'fall', phrases: ['fall'], prefer: ['W19XXXA'] },
  { abbr: 'sepsis', phrases: ['sepsis'], prefer: ['A419'] },
  { abbr: 'migraine', phrases: ['migraine'], prefer: ['G43909'] },
  { abbr: 'depression', phrases: ['depression', 'depressive'], prefer: ['F32A'] },
  { abbr: 'stroke', phrases: ['cerebral infarction', 'stroke'], prefer: ['I639'] },
  { abbr: 'anemia', phrases: ['anemia'], prefer: ['D649'] },
  { abbr: 'diabetes', phrases: ['diabetes'], prefer: ['E119'] },
  { abbr: 'asthma', phrases: ['asthma'], prefer: ['J45909'] },
  { abbr: 'gastroenteritis', phrases: ['gastroenteritis'], prefer: ['K529'] },
  { abbr: 'stone', phrases: ['calculus', 'stone'] },
  { abbr: 'stones', phrases: ['calculus', 'stone'] },
  { abbr: 'leg', phrases: ['leg', 'lower limb', 'lower extremity'] },
  { abbr: 'arm', phrases: ['arm', 'upper limb', 'upper extremity'] },
  { abbr: 'cancer', phrases: ['malignant neoplasm', 'cancer', 'carcinoma'] },
  { abbr: 'tumor', phrases: ['neoplasm', 'tumor'] },
  { abbr: 'heartburn', phrases: ['gastro esophageal reflux', 'heartburn'] },
];
