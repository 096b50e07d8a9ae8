export {
  CUE_KIND_LABELS,
  CUE_KINDS,
  cuePackSchema,
  parseCuePack,
  parseQueryPack,
  queryPackSchema,
  type CodeFamily,
  type Cue,
  type CueKind,
  type CuePack,
  type CueRef,
  type QueryPack,
  type QueryTemplate,
  type SpecificForm,
} from './cue-pack';
export { scanNote, type Assertion, type Mention, type NoteScan, type NoteSentence } from './scan-note';
export {
  checkDocumentation,
  quoteAll,
  uniqueTexts,
  UNCERTAIN_RULES,
  type CdiAnalysis,
  type CodeKind,
  type CodeLookup,
  type CodeSupport,
  type DocumentationPrompt,
  type SpecificityGap,
  type SupportStatus,
} from './check-support';
export { lookupFromCatalog } from './code-lookup';
export { draftQuery, FORBIDDEN_QUERY_WORDS, forbiddenWordsIn, queryOptions, REQUIRED_CHOICES, type QueryDraftInput } from './query';
export { buildCdiReport, cdiReportText, decisionFor, renderCdiReportHtml, STATUS_LABELS, type CdiReport, type ReportRow } from './report';
