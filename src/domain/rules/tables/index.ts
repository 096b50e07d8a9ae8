export { hasTableKind, icdPrefixes, icdRefSchema, packRef, refDisplay, refKey, type PackRef } from './code-ref';
export {
  buildExcludes1Index,
  EXCLUDES1_KIND,
  EXCLUDES1_TABLE,
  excludes1FromTables,
  matchExcludes1,
  type Excludes1Entry,
  type Excludes1Index,
  type Excludes1Match,
  type Excludes1Rule,
} from './excludes1';
export {
  buildMceIndex,
  MCE_AGE_LISTS,
  MCE_KIND,
  MCE_LIST_INFO,
  MCE_LISTS,
  MCE_TABLE,
  mceFromTables,
  mceListsOf,
  type AgeRange,
  type MceEntry,
  type MceIndex,
  type MceList,
} from './mce';
export { MCE_FILE_COLUMNS, mceVersionStart, parseMceFile, type MceImport, type MceImportOptions } from './mce-import';
export {
  buildFirstListedIndex,
  FIRST_LISTED_KIND,
  FIRST_LISTED_TABLE,
  firstListedFromTables,
  firstListedRuleFor,
  type FirstListedEntry,
  type FirstListedIndex,
  type FirstListedRule,
} from './first-listed';
export {
  buildSymptomRelationIndex,
  findDefinitive,
  SYMPTOM_RELATIONS_KIND,
  SYMPTOM_RELATIONS_TABLE,
  symptomRelationsFromTables,
  type SymptomMatch,
  type SymptomRelation,
  type SymptomRelationEntry,
  type SymptomRelationIndex,
} from './symptom-relations';
export { buildRuleTables, RULE_TABLE_KEYS } from './rule-tables';
// Procedure-side reference tables: linkage packs, NCCI PTP, MUE, fee-schedule indicators
export * from './procedure-tables';
export * from './linkage';
export * from './ncci-ptp';
export * from './ncci-ptp-import';
export * from './mue';
export * from './fee-schedule';
