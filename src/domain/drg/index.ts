/**
 * IR-DRG payment calculator (DOH Claims & Adjudication Rules Addendum 05, §4.4 and Appendix A):
 * pure functions that return `{ result, steps }` with every number as a string, table parsers,
 * helpers that read and write the claim, and the DRG claim edits.
 * See docs/adr/0030-drg-rounding-policy.md, 0031-drg-open-assumptions.md, 0032-drg-claim-lines.md.
 */
export {
  DEFAULT_DRG_ASSUMPTIONS,
  DRG_ASSUMPTION_INFO,
  describeUse,
  drgAssumptionsSchema,
  parseDrgAssumptions,
  useOf,
  withDefaults,
  type AssumptionUse,
  type DrgAssumptionInfo,
  type DrgAssumptionKey,
  type DrgAssumptions,
  type PartialDrgAssumptions,
} from './assumptions';
export { calculateAge, type AgeInput } from './calculate-age';
export { calculateBasePayment, type BasePaymentInput, type BasePaymentResult } from './calculate-base-payment';
export { calculateCost, type DrgCostActivity, type DrgCostInput, type DrgCostLine, type DrgCostResult } from './calculate-cost';
export {
  ADDENDUM_05_EFFECTIVE,
  calculateDrgPayment,
  DRG_GUIDANCE,
  type DrgCaseType,
  type DrgManualEntry,
  type DrgOutlierSummary,
  type DrgPayerShare,
  type DrgPaymentInput,
  type DrgPaymentResult,
  type DrgSplitInput,
  type DrgSplitResult,
  type DrgUsed,
} from './calculate-drg-payment';
export { calculateLengthOfStay, type LengthOfStayInput, type LengthOfStayResult } from './calculate-length-of-stay';
export {
  CAHMS_AGE_LIMIT,
  CAHMS_PERCENT,
  calculateCahms,
  calculateCostOutlier,
  calculateMentalHealthOutlier,
  type CahmsInput,
  type CahmsResult,
  type CostOutlierInput,
  type MentalHealthOutlierInput,
  type OutlierResult,
} from './calculate-outliers';
export {
  calculateSplitDays,
  calculateSplitPayment,
  SPLIT_UNCOVERED_SHARE_PERCENT,
  type SplitDaysInput,
  type SplitDaysResult,
  type SplitPaymentInput,
  type SplitPaymentResult,
  type SplitRule,
} from './calculate-split-payment';
export { applyDrgResultToClaim, roleOfActivity, type DrgApplyOutcome, type DrgClaimChange, type DrgClaimTarget } from './apply-drg-result-to-claim';
export { checkDrgClaim, DRG_EDITS, type DrgClaimHit, type DrgEditId, type DrgEditInfo, type DrgHitSeverity } from './check-drg-claim';
export {
  allocateLines,
  DRG_ACTIVITY_TYPE,
  isDrgPaymentActivity,
  paymentServiceCodes,
  roleOfServiceCode,
  SERVICE_ACTIVITY_TYPE,
  SERVICE_CODES,
  type DrgClaimLine,
  type DrgLineRole,
} from './claim-lines';
export { caseTypeOf, drgInputsFromDocument, type DrgDocumentInputs, type DrgSurgeryCandidate } from './drg-inputs-from-document';
export {
  allProfiles,
  BASIC_PROFILE_ID,
  DOH_BASIC_PROFILE,
  parsePaymentProfile,
  paymentProfileSchema,
  profileIdForPayer,
  selectDrgParameters,
  type DrgParameterOverride,
  type ParameterVersion,
  type PaymentProfile,
  type SelectedParameters,
} from './parameters';
export { checkTableMeta, parseDrgWeightsCsv, parseTariffCsv, toActivityType, type ParsedTable, type TableMeta } from './parse-tables';
export {
  selectPrincipalProcedure,
  type PrincipalProcedureResult,
  type PrincipalProcedureRule,
  type ProcedureCandidate,
} from './select-principal-procedure';
export { money, NO_ROUNDING, roundTo, roundingLabel, showExact, SOURCE, type Calculation, type DrgStep } from './steps';
export { lineText, toDrgExplanationMarkdown, toDrgSummaryRows, type DrgSummaryRow } from './summary';
export {
  drgTablesSchema,
  drgWeightRowSchema,
  drgWeightsTableSchema,
  effectiveRange,
  findDrgRow,
  findTariffPrice,
  isInEffect,
  selectTariff,
  tablesInEffect,
  tariffKey,
  tariffRowSchema,
  tariffTableSchema,
  type DrgRowMatch,
  type DrgTables,
  type DrgWeightRow,
  type DrgWeightsTable,
  type TableOrigin,
  type TariffRow,
  type TariffTable,
} from './tables';
