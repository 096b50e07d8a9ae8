import type { RulePack } from '@/domain/rules';
import { EXCLUDES1_STARTER_PACK } from './excludes1-starter';
import { FIRST_LISTED_STARTER_PACK } from './first-listed-starter';
import { MCE_STARTER_PACK } from './mce-starter';
import { SYMPTOM_RELATIONS_STARTER_PACK } from './symptom-relations-starter';

export { EXCLUDES1_STARTER_PACK } from './excludes1-starter';
export { FIRST_LISTED_STARTER_PACK } from './first-listed-starter';
export { MCE_STARTER_PACK } from './mce-starter';
export { SYMPTOM_RELATIONS_STARTER_PACK } from './symptom-relations-starter';

/**
 * Starter rule packs written by the team, shipped with the app. Each names its
 * source; users can switch them off, export them, and import their own.
 */
export const STARTER_PACKS: readonly RulePack[] = [EXCLUDES1_STARTER_PACK, MCE_STARTER_PACK, FIRST_LISTED_STARTER_PACK, SYMPTOM_RELATIONS_STARTER_PACK];
