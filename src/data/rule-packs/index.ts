import type { RulePack } from '@/domain/rules';
import { EXCLUDES1_STARTER_PACK } from './excludes1-starter';
import { FIRST_LISTED_STARTER_PACK } from './first-listed-starter';
import { MCE_STARTER_PACK } from './mce-starter';
import { SYMPTOM_RELATIONS_STARTER_PACK } from './symptom-relations-starter';

export { EXCLUDES1_STARTER_PACK } from './excludes1-starter';
export { FIRST_LISTED_STARTER_PACK } from './first-listed-starter';
export { MCE_STARTER_PACK } from './mce-starter';
export { SYMPTOM_RELATIONS_STARTER_PACK } from './symptom-relations-starter';

import { FEE_INDICATORS_STARTER_PACK } from './fee-indicators-starter';
import { LINKAGE_STARTER_PACK } from './linkage-starter';
import { MUE_STARTER_PACK } from './mue-starter';
import { NCCI_PTP_STARTER_PACK } from './ncci-ptp-starter';

export { FEE_INDICATORS_STARTER_PACK } from './fee-indicators-starter';
export { LINKAGE_STARTER_PACK } from './linkage-starter';
export { MUE_STARTER_PACK } from './mue-starter';
export { NCCI_PTP_STARTER_PACK } from './ncci-ptp-starter';

/**
 * Starter rule packs written by the team, shipped with the app. Each names its
 * source; users can switch them off, export them, and import their own.
 */
export const STARTER_PACKS: readonly RulePack[] = [
  // Diagnosis side: ICD-10-CM conventions
  EXCLUDES1_STARTER_PACK,
  MCE_STARTER_PACK,
  FIRST_LISTED_STARTER_PACK,
  SYMPTOM_RELATIONS_STARTER_PACK,
  // Procedure side: linkage, NCCI PTP pairs, units per day, fee-schedule indicators
  LINKAGE_STARTER_PACK,
  NCCI_PTP_STARTER_PACK,
  MUE_STARTER_PACK,
  FEE_INDICATORS_STARTER_PACK,
];
