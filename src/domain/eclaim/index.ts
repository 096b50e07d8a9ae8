export { parseSubmission, type ParseSubmissionOptions, type ParsedSubmission } from './parse-submission';
export { serializeSubmission, escapeText, escapeAttribute, type SerializeSubmissionOptions } from './serialize-submission';
export { documentFromClaim, submissionFromDocument, flavourForProfile } from './documents';
export {
  OBSERVATION_CONVENTIONS,
  readConventionObservation,
  conventionObservation,
  type ObservationConvention,
  type ObservationConventions,
  type ConventionReading,
} from './observation-conventions';
export {
  DEFAULT_ROOT_ATTRIBUTES,
  ELEMENT_ORDER,
  MAX_SUBMISSION_BYTES,
  SUBMISSION_ROOT,
  flavourOf,
  isKnownChild,
  type EclaimFlavour,
  type KnownParent,
} from './elements';
export { readEclaimDateTime, readEclaimDecimal, writeEclaimDateTime, type FieldReading } from './field-readers';
