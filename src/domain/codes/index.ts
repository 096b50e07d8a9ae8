export {
  CODE_SYSTEMS,
  CODE_SYSTEM_LABELS,
  countEntries,
  isCodeSystem,
  releaseId,
  type CodeEntry,
  type CodeRelease,
  type CodeSet,
  type CodeSystem,
  type ReleaseCounts,
  type ReleaseOrigin,
  type SourceFormat,
} from './code-types';
export {
  icdDisplay,
  isCptKey,
  isHcpcsKey,
  isIcdKey,
  isLocalKey,
  isModifierKey,
  normalizeIcdKey,
  parseCode,
  parseModifier,
  toDisplay,
  toLookupKey,
  type NormalizedCode,
} from './normalize-code';
export { createIcdClassifier, type IcdBlock, type IcdChapter, type IcdClassificationTables, type IcdClassifier } from './icd-classification';
export {
  applyReleaseOverrides,
  buildRelease,
  checkReleaseOverrides,
  cmsDateToIso,
  IMPORT_CHUNK_LINES,
  inferCptRelease,
  inferHcpcsRelease,
  inferIcdRelease,
  isIsoDate,
  looseDateToIso,
  MAX_IMPORT_BYTES,
  MAX_LISTED_ERRORS,
  splitLines,
  type ImportControl,
  type ImportOutcome,
  type ImportSource,
  type InferredRelease,
  type ReleaseOverrides,
} from './import-common';
export {
  binaryFileIssue,
  checkImportSize,
  checkPlainText,
  classifyArchive,
  classifyFileSignature,
  detectCodeFileKind,
  excelWorkbookIssue,
  FILE_KIND_DESCRIPTIONS,
  pickArchiveEntry,
  type ArchiveChoice,
  type ArchiveKind,
  type DetectedFileKind,
  type FileSignature,
} from './file-checks';
export { commonTitlePrefix, DERIVED_HEADER_FALLBACK, deriveIcdHeaders, detectIcdLayout, parseIcd10cmFile, type IcdLayout } from './import-icd10cm';
export { HCPCS_ACTION_CODES, HCPCS_LAYOUT, parseHcpcsFile } from './import-hcpcs';
export { DELIMITER_NAMES, DELIMITERS, guessDelimiter, readDelimited, type Delimiter, type DelimitedRow } from './delimited-text';
export { parseCptFile, sniffDelimitedFile, type CptColumnMapping, type DelimitedSniff, type SniffedColumn } from './import-cpt';
export { parseLocalCodesFile } from './import-local';
export { importCodeText, type ImportRequestText, type Importer } from './import-code-text';
export {
  extensionCharacter,
  extensionStem,
  unspecifiedBasis,
  unspecifiedCount,
  type SpecificityBasis,
  type SpecificityHint,
  type SpecificityLevel,
} from './specificity';
export {
  createCodeSetView,
  type CodeDetails,
  type CodeFamily,
  type CodeSetContext,
  type CodeSetView,
  type SeventhCharacterInfo,
  type Specificity,
} from './code-set-view';
export {
  CODE_CATALOG_TABLE,
  codeCatalogFromTables,
  createCodeCatalog,
  isCodeCatalog,
  pickRelease,
  releaseCovers,
  serviceDate,
  type CodeCatalog,
} from './code-catalog';
export {
  buildSearchIndex,
  searchCodes,
  STOP_WORDS,
  tokenize,
  type Abbreviation,
  type SearchHit,
  type SearchIndex,
  type SearchIndexOptions,
  type SearchOptions,
} from './search-index';
