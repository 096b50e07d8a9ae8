import { z } from 'zod';
import { encounterDocumentSchema } from '../claim';

/**
 * The training scenario format (docs/adr/0070-training-scenarios-and-scoring.md): a case as
 * the learner receives it (`start`: an encounter document with the note, patient and encounter
 * facts, codes left out), the answer key, and the teaching points with their sources.
 * Packs travel as JSON; every value is a string like the claim model ('' = not given).
 */

/** The pack format name written into every exported file. */
export const TRAINING_PACK_FORMAT = 'coding-workbench.training-pack';
/** The version of this schema (not of a pack's content). */
export const TRAINING_PACK_SCHEMA_VERSION = 1;

const code = z.string().trim().min(1, 'a code is required');

/** Where a teaching point comes from, precise enough to look it up. */
export const teachingSourceSchema = z.object({
  document: z.string().trim().min(1, 'name the source document'),
  section: z.string().default(''),
  url: z.string().default(''),
});
export type TeachingSource = z.infer<typeof teachingSourceSchema>;

export const teachingPointSchema = z.object({
  text: z.string().trim().min(1, 'a teaching point needs its text'),
  source: teachingSourceSchema,
});
export type TeachingPoint = z.infer<typeof teachingPointSchema>;

/** One diagnosis of the key; the order of the list is the sequence (the principal first). */
export const keyDiagnosisSchema = z.object({
  code,
  /** Principal | Secondary (as on the claim). */
  type: z.enum(['Principal', 'Secondary']),
  /** POA indicator for inpatient stays ('' when not applicable). */
  poa: z.string().default(''),
});
export type KeyDiagnosis = z.infer<typeof keyDiagnosisSchema>;

/** One procedure or service line of the key. */
export const keyProcedureSchema = z.object({
  code,
  /** Activity type: 3 CPT, 4 HCPCS, 8 service code. */
  type: z.string().default('3'),
  quantity: z.string().default('1'),
  modifiers: z.array(z.string().trim().min(1)).max(4).default([]),
  /** ICD-10-CM codes of key diagnoses this line is performed for (diagnosis pointers). */
  links: z.array(z.string().trim().min(1)).default([]),
});
export type KeyProcedure = z.infer<typeof keyProcedureSchema>;

/** The calculator input of a DRG pricing exercise (see `DrgPaymentInput` in src/domain/drg). */
export const drgCalculationSchema = z.object({
  drgCode: z.string(),
  admission: z.string(),
  discharge: z.string(),
  caseType: z.enum(['medical', 'surgical', 'unknown']),
  losDays: z.string().optional(),
  dateOfBirth: z.string().optional(),
  ageYears: z.string().optional(),
  addOn: z.string().optional(),
  cost: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('manual'), amount: z.string(), note: z.string().optional() }),
      z.object({
        kind: z.literal('activities'),
        activities: z.array(z.object({ activityId: z.string(), type: z.string(), code: z.string(), quantity: z.string(), invoiceCost: z.string().optional() })),
      }),
    ])
    .optional(),
  manualDrg: z
    .object({ description: z.string().optional(), relativeWeight: z.string(), alos: z.string().optional(), lowTrim: z.string().optional(), highTrim: z.string().optional() })
    .optional(),
  split: z
    .object({
      payer1LastCoveredDate: z.string(),
      leadingSurgeryStart: z.string().optional(),
      laterSurgeryStarts: z.array(z.string()).optional(),
      coveredDays: z.string().optional(),
      totalDays: z.string().optional(),
    })
    .optional(),
});
export type DrgCalculation = z.infer<typeof drgCalculationSchema>;

/** The IR-DRG and payment of an inpatient key. */
export const keyDrgSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'an IR-DRG code has six digits'),
  /** Total payment in AED, 2 places, as the calculator gives it for `calculation`. */
  payment: z.string().regex(/^\d+\.\d{2}$/, 'the payment is an amount with 2 decimals, e.g. 14807.00'),
  /** What the calculator is given to reproduce `payment` (a unit test checks it). */
  calculation: drgCalculationSchema,
});
export type KeyDrg = z.infer<typeof keyDrgSchema>;

/** Claim and patient fields a scenario can ask the learner to complete. */
export const KEY_FIELDS = {
  memberId: 'Member ID',
  payerId: 'Payer ID',
  emiratesIdNumber: 'Emirates ID',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  encounterType: 'Encounter type',
  encounterStart: 'Encounter start',
  encounterEnd: 'Encounter end',
} as const;
export type KeyField = keyof typeof KEY_FIELDS;

export const keyFieldSchema = z.object({
  field: z.enum(Object.keys(KEY_FIELDS) as [KeyField, ...KeyField[]]),
  value: z.string(),
});

export const scenarioKeySchema = z.object({
  diagnoses: z.array(keyDiagnosisSchema).min(1, 'the key needs at least the principal diagnosis'),
  procedures: z.array(keyProcedureSchema).default([]),
  drg: keyDrgSchema.nullable().default(null),
  /** Patient and encounter data the learner must complete from the note (incomplete-data cases). */
  fields: z.array(keyFieldSchema).default([]),
});
export type ScenarioKey = z.infer<typeof scenarioKeySchema>;

/** A finding the key is known to raise, and why the scenario keeps it. */
export const expectedFindingSchema = z.object({ editId: z.string().trim().min(1), why: z.string().trim().min(1, 'say why the key keeps this finding') });
export type ExpectedFinding = z.infer<typeof expectedFindingSchema>;

export const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a scenario id is lower-case letters, digits and dashes'),
  title: z.string().trim().min(1, 'a scenario needs a title'),
  summary: z.string().default(''),
  level: z.enum(['foundation', 'intermediate', 'advanced']).default('foundation'),
  /** Topic tags, e.g. `non-specific-diagnosis`, `modifier-50`, `drg-cost-outlier` (see TOPICS). */
  topics: z.array(z.string().trim().min(1)).default([]),
  /** The case as the learner receives it: note, patient, encounter facts and charge lines, codes left out. */
  start: encounterDocumentSchema,
  /** Questions the instructor asks the class (the presentation view shows them one by one). */
  questions: z.array(z.string().trim().min(1)).default([]),
  key: scenarioKeySchema,
  teachingPoints: z.array(teachingPointSchema).min(1, 'a scenario needs at least one teaching point'),
  /** Reject findings the key raises on purpose (none for most scenarios). */
  expectedFindings: z.array(expectedFindingSchema).default([]),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

export const trainingPackSchema = z.object({
  format: z.literal(TRAINING_PACK_FORMAT, { error: `the file's "format" must be "${TRAINING_PACK_FORMAT}"` }),
  schemaVersion: z.literal(TRAINING_PACK_SCHEMA_VERSION, { error: `this workbench reads training packs of schemaVersion ${TRAINING_PACK_SCHEMA_VERSION}` }),
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a pack id is lower-case letters, digits, dots and dashes'),
  name: z.string().trim().min(1, 'a pack needs a name'),
  /** The content version, e.g. `2025.1`; bump it when any scenario changes. */
  version: z.string().trim().min(1, 'a pack needs a version'),
  /** Who wrote it and from what. */
  source: z.string().trim().min(1, 'say where the pack comes from'),
  scenarios: z.array(scenarioSchema),
});
export type TrainingPack = z.infer<typeof trainingPackSchema>;
export type TrainingPackInput = z.input<typeof trainingPackSchema>;

/** Topic tags with the labels lists and filters show. */
export const TOPICS: Readonly<Record<string, string>> = {
  'missing-diagnosis': 'Missing diagnosis',
  'non-specific-diagnosis': 'Non-specific diagnosis',
  linkage: 'CPT–diagnosis linkage',
  'modifier-50': 'Modifier 50 (bilateral)',
  'modifier-59': 'Modifier 59 (distinct service)',
  'patient-data': 'Incomplete patient or encounter data',
  documentation: 'Documentation does not support the code',
  excludes1: 'Excludes1',
  'age-sex': 'Age and sex conflicts',
  'modifier-25': 'Modifier 25',
  'modifier-57': 'Modifier 57',
  'modifier-26-tc': 'Modifiers 26 and TC',
  sequencing: 'Sequencing',
  'drg-cost-outlier': 'DRG: cost outlier',
  'drg-mental-health-outlier': 'DRG: mental-health LOS outlier',
  'drg-cahms': 'DRG: CAHMS adjustor',
  'drg-split-payer': 'DRG: split payer',
  'drg-rounding': 'DRG: rounding',
};
