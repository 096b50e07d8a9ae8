import { z } from 'zod';

/**
 * The claim model, shaped on the DOH/DHA `Claim.Submission` e-claim
 * (see ../shared/docs/domain.md §1 and docs/adr/0004-claim-model.md).
 *
 * Conventions that every module relies on:
 * - Every scalar is a string, and `''` means "not given". Absent XML elements
 *   read as `''`, and `''` is never written back. The raw text is kept even when
 *   it is not valid (a date `31/02/2025`, a net `abc`), so nothing a coder typed
 *   or imported is lost; the edits say what is wrong with it.
 * - Dates inside the model are ISO: `YYYY-MM-DDTHH:mm` for timestamps and
 *   `YYYY-MM-DD` for dates of birth. `dd/MM/yyyy HH:mm` exists only in src/domain/eclaim.
 * - Money and quantities are decimal strings (`"850.00"`), never floats.
 * - Diagnosis links on an activity are ICD-10-CM codes of the claim's diagnoses.
 */

/** An XML element the model does not know, kept so it can be written back in place. */
export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated character data directly inside the element ('' when it only has children). */
  readonly text: string;
};
export const xmlElementSchema: z.ZodType<XmlElement> = z.lazy(() =>
  z.object({
    name: z.string().min(1),
    attributes: z.record(z.string(), z.string()),
    children: z.array(xmlElementSchema),
    text: z.string(),
  }),
);

/** An unknown element plus the known sibling it followed (`null` = first child), so it is written back where it was. */
export const extensionSchema = z.object({ after: z.string().nullable(), element: xmlElementSchema });
export type Extension = z.infer<typeof extensionSchema>;

const text = z.string();
const extensions = z.array(extensionSchema);

export const headerSchema = z.object({
  senderId: text,
  receiverId: text,
  /** ISO `YYYY-MM-DDTHH:mm` (or the raw text when unreadable). */
  transactionDate: text,
  /** `PRODUCTION` or `TEST`. */
  dispositionFlag: text,
  extensions,
});
export type Header = z.infer<typeof headerSchema>;

export const observationSchema = z.object({ type: text, code: text, value: text, valueType: text });
export type Observation = z.infer<typeof observationSchema>;

export const dxInfoSchema = z.object({ type: text, code: text });
export type DxInfo = z.infer<typeof dxInfoSchema>;

export const diagnosisSchema = z.object({
  /** Principal | Secondary | Admitting | ReasonForVisit */
  type: text,
  /** ICD-10-CM, conventionally with its dot (R07.2). */
  code: text,
  /** DxInfo pairs, e.g. { type: 'POA', code: 'Y' } or { type: 'Year of Onset', code: '2019' }. */
  dxInfo: z.array(dxInfoSchema),
  extensions,
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

export const activitySchema = z.object({
  id: text,
  /** ISO `YYYY-MM-DDTHH:mm`. */
  start: text,
  /** 3 CPT, 4 HCPCS, 5 drug, 6 dental, 8 service code, 9 IR-DRG, 10 generic drug. */
  type: text,
  code: text,
  quantity: text,
  net: text,
  orderingClinician: text,
  clinician: text,
  priorAuthorizationId: text,
  /** Up to four CPT/HCPCS modifiers, e.g. ['26', 'LT']. Travel in the XML as Observations. */
  modifiers: z.array(text).max(4),
  /** ICD-10-CM codes of the claim's diagnoses this activity is performed for (diagnosis pointers). */
  diagnosisLinks: z.array(text),
  /** Every other observation, kept in order. */
  observations: z.array(observationSchema),
  extensions,
});
export type Activity = z.infer<typeof activitySchema>;

export const encounterSchema = z.object({
  facilityId: text,
  type: text,
  patientId: text,
  start: text,
  end: text,
  startType: text,
  endType: text,
  transferSource: text,
  transferDestination: text,
  extensions,
});
export type Encounter = z.infer<typeof encounterSchema>;

export const resubmissionSchema = z.object({ type: text, comment: text, attachment: text, extensions });
export type Resubmission = z.infer<typeof resubmissionSchema>;

export const contractSchema = z.object({ packageName: text, extensions });
export type Contract = z.infer<typeof contractSchema>;

export const claimSchema = z.object({
  id: text,
  idPayer: text,
  memberId: text,
  payerId: text,
  providerId: text,
  emiratesIdNumber: text,
  gross: text,
  patientShare: text,
  net: text,
  encounter: encounterSchema,
  diagnoses: z.array(diagnosisSchema),
  activities: z.array(activitySchema),
  /** `null` when the claim is not a resubmission. */
  resubmission: resubmissionSchema.nullable(),
  /** `null` when no Contract element is sent. */
  contract: contractSchema.nullable(),
  extensions,
});
export type Claim = z.infer<typeof claimSchema>;

/** A whole `Claim.Submission` file: one header and 0..n claims. */
export const submissionSchema = z.object({
  header: headerSchema,
  claims: z.array(claimSchema),
  /** Attributes of the root element (namespaces, schema location), written back as read. */
  rootAttributes: z.record(z.string(), z.string()),
  /** Unknown children of the root after the claims. */
  extensions,
});
export type Submission = z.infer<typeof submissionSchema>;
