import { EXCLUDES1_KIND } from '../tables/excludes1';
import { FIRST_LISTED_KIND } from '../tables/first-listed';
import { MCE_KIND } from '../tables/mce';
import { SYMPTOM_RELATIONS_KIND } from '../tables/symptom-relations';
import { PROCEDURE_PACK_KINDS } from '../tables/procedure-tables';
import type { PackKind } from './pack';

/**
 * Every pack kind the workbench reads. Each table-driven edit family adds its kind
 * here (one line); import, export and the pack editor work from this list.
 */
export const PACK_KINDS: readonly PackKind<unknown>[] = [
  // ICD-10-CM conventions (src/domain/rules/tables)
  EXCLUDES1_KIND,
  MCE_KIND,
  FIRST_LISTED_KIND,
  SYMPTOM_RELATIONS_KIND,
  // CPT/HCPCS linkage, NCCI PTP pairs, MUE values, fee-schedule indicators (src/domain/rules/tables)
  ...PROCEDURE_PACK_KINDS,
] as readonly PackKind<unknown>[];
