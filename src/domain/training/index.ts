/**
 * Training: scenario packs (schema and parser), the key written onto a case, and the scoring of
 * a learner's attempt. Pure: packs come in as values, scores go out as values.
 * See docs/adr/0070-training-scenarios-and-scoring.md.
 */
export * from './scenario.schema';
export { checkScenario, parseScenario, parseTrainingPack, parseTrainingPackText } from './parse-training-pack';
export { applyKey, fieldValue, isDrgLine, keyDocument, keyFromDocument, paymentOnClaim, startFromDocument } from './key-document';
export { POINTS, SCORE_PART_LABELS, scoreAttempt, type Attempt, type AttemptScore, type LostPoints, type ScoreOptions, type ScorePart, type ScorePartId } from './score-attempt';
export { toTrainingPackJson } from './to-training-pack-json';
export { toDrgPaymentInput } from './to-drg-payment-input';
