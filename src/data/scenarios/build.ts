import type { EncounterDocument } from '@/domain/claim';
import { fieldValue, keyFromDocument, startFromDocument, type ExpectedFinding, type KeyDrg, type KeyField, type ScenarioInput, type TeachingPoint } from '@/domain/training';

/** Sources the teaching points cite, named the same way everywhere. */
export const SRC = {
  dhamani: (section: string): TeachingPoint['source'] => ({ document: "Oman's Dhamani platform: what providers must get right on coding and claims (article)", section, url: '' }),
  icd: (section: string): TeachingPoint['source'] => ({ document: 'ICD-10-CM Official Guidelines for Coding and Reporting FY2022', section, url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/' }),
  icdTabular: (section: string): TeachingPoint['source'] => ({ document: 'ICD-10-CM Tabular List FY2022', section, url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/' }),
  cpt: (section: string): TeachingPoint['source'] => ({ document: 'CPT coding guidelines (modifiers appendix)', section, url: '' }),
  ncci: (section: string): TeachingPoint['source'] => ({ document: 'CMS NCCI Policy Manual', section, url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits' }),
  doh: (section: string): TeachingPoint['source'] => ({ document: 'DOH Claims & Adjudication Rules Addendum 05 (V2025)', section, url: '' }),
  mce: (section: string): TeachingPoint['source'] => ({ document: 'CMS Medicare Code Editor (MCE) v37', section, url: '' }),
} as const;

/** Shorthand for a teaching point. */
export function point(text: string, source: TeachingPoint['source']): TeachingPoint {
  return { text, source };
}

type Meta = {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly level: 'foundation' | 'intermediate' | 'advanced';
  readonly topics: readonly string[];
  readonly questions: readonly string[];
  readonly teachingPoints: readonly TeachingPoint[];
  readonly expectedFindings?: readonly ExpectedFinding[];
};

type Options = {
  /** The IR-DRG exercise: the calculator input and the payment it gives (checked by a unit test). */
  readonly drg?: KeyDrg;
  /** Fields the learner must complete from the note: they are blank in the start document. */
  readonly fields?: readonly KeyField[];
  /** What the learner starts from instead of the coded encounter (e.g. a wrong encounter type). */
  readonly startEdits?: (start: EncounterDocument) => EncounterDocument;
};

const CLEARED: Record<KeyField, (d: EncounterDocument) => EncounterDocument> = {
  memberId: (d) => ({ ...d, claim: { ...d.claim, memberId: '' } }),
  payerId: (d) => ({ ...d, claim: { ...d.claim, payerId: '' } }),
  emiratesIdNumber: (d) => ({ ...d, claim: { ...d.claim, emiratesIdNumber: '' } }),
  dateOfBirth: (d) => ({ ...d, patient: { ...d.patient, dateOfBirth: '' } }),
  sex: (d) => ({ ...d, patient: { ...d.patient, sex: '' } }),
  encounterType: (d) => ({ ...d, claim: { ...d.claim, encounter: { ...d.claim.encounter, type: '' } } }),
  encounterStart: (d) => ({ ...d, claim: { ...d.claim, encounter: { ...d.claim.encounter, start: '' } } }),
  encounterEnd: (d) => ({ ...d, claim: { ...d.claim, encounter: { ...d.claim.encounter, end: '' } } }),
};

/**
 * A scenario from the encounter coded as the key: the key is read from it, and the learner's
 * start is the same encounter with the codes taken out (and the fields to complete blanked).
 */
export function fromCoded(meta: Meta, coded: EncounterDocument, options: Options = {}): ScenarioInput {
  const fields = options.fields ?? [];
  const key = { ...keyFromDocument(coded), drg: options.drg ?? null, fields: fields.map((field) => ({ field, value: fieldValue(coded, field) })) };
  let start = startFromDocument(coded);
  for (const f of fields) start = CLEARED[f](start);
  if (options.startEdits) start = options.startEdits(start);
  return {
    id: meta.id,
    title: meta.title,
    summary: meta.summary,
    level: meta.level,
    topics: [...meta.topics],
    start,
    questions: [...meta.questions],
    key,
    teachingPoints: meta.teachingPoints.map((t) => ({ text: t.text, source: { ...t.source } })),
    expectedFindings: [...(meta.expectedFindings ?? [])],
  };
}
