import { z } from 'zod';
import { claimSchema, headerSchema } from './claim.schema';

/**
 * What a coder works on: one claim plus what the e-claim XML does not carry but
 * coding needs (patient date of birth and sex, the clinical note, the payer
 * profile). Saved locally as a draft; exported as `Claim.Submission` XML.
 *
 * New sections get a `.default(...)` so drafts saved by older versions still load.
 */

export const patientSchema = z.object({
  /** ISO `YYYY-MM-DD`. */
  dateOfBirth: z.string(),
  /** F | M | U | '' */
  sex: z.string(),
  /** For a newborn billed on the mother's policy (DOH §4.4.2.4(2)): the mother's member ID. */
  motherMemberId: z.string().default(''),
});
export type Patient = z.infer<typeof patientSchema>;

/** A warning the coder decided to keep, with the reason (listed in the claim's audit report). */
export const acknowledgementSchema = z.object({
  /** The finding's stable key (edit id + location). */
  findingKey: z.string(),
  editId: z.string(),
  reason: z.string(),
  by: z.string(),
  /** ISO timestamp. */
  at: z.string(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const draftSourceSchema = z.object({
  kind: z.enum(['new', 'sample', 'xml', 'quick-text', 'table', 'duplicate', 'scenario']),
  /** e.g. the file name or the sample's name. */
  label: z.string(),
});
export type DraftSource = z.infer<typeof draftSourceSchema>;

/** A CDI reviewer's view of one code: agree or disagree with it, and why. */
export const cdiDecisionSchema = z.object({
  /** `dx` diagnosis or `act` activity, with the code as it stood when decided. */
  kind: z.enum(['dx', 'act']),
  code: z.string(),
  /** '' = not decided yet. */
  verdict: z.enum(['', 'agree', 'disagree']).default(''),
  comment: z.string().default(''),
});
export type CdiDecision = z.infer<typeof cdiDecisionSchema>;

/** A physician query drafted by the CDI reviewer (text as edited; never sent anywhere by the app). */
export const cdiQuerySchema = z.object({
  id: z.string().min(1),
  templateId: z.string(),
  title: z.string(),
  /** The code or condition it is about, e.g. `K21.9` or `Hypertension`. */
  about: z.string().default(''),
  text: z.string(),
  status: z.enum(['open', 'answered', 'withdrawn']).default('open'),
  /** ISO timestamp, set by the caller. */
  createdAt: z.string().default(''),
});
export type CdiQuery = z.infer<typeof cdiQuerySchema>;

/** The CDI review kept with the draft (absent in drafts saved before CDI review existed). */
export const cdiReviewSchema = z.object({
  reviewer: z.string().default(''),
  decisions: z.array(cdiDecisionSchema).default([]),
  queries: z.array(cdiQuerySchema).default([]),
  /** Overall comment for the report. */
  summary: z.string().default(''),
});
export type CdiReview = z.infer<typeof cdiReviewSchema>;

/** The part of a draft the encounter editor edits. */
export const encounterDocumentSchema = z.object({
  payerProfile: z.enum(['DOH', 'DHA', 'OMAN', 'GENERIC']),
  header: headerSchema,
  claim: claimSchema,
  patient: patientSchema,
  note: z.string(),
  /** Root attributes of the XML it came from (namespaces), written back on export; {} = the profile's defaults. */
  rootAttributes: z.record(z.string(), z.string()).default({}),
  acknowledgements: z.array(acknowledgementSchema).default([]),
  /** Optional so documents built before CDI review (and by other screens) need not carry it. */
  cdiReview: cdiReviewSchema.optional(),
});
export type EncounterDocument = z.infer<typeof encounterDocumentSchema>;

export const DRAFT_SCHEMA_VERSION = 1;

export const draftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  id: z.string().min(1),
  /** ISO timestamps, set by the caller (the domain has no clock). */
  createdAt: z.string(),
  updatedAt: z.string(),
  source: draftSourceSchema,
  document: encounterDocumentSchema,
});
export type Draft = z.infer<typeof draftSchema>;
