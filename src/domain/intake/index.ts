export { detectIntakeKind, type IntakeKind } from './detect-intake-kind';
export { parseQuickText, QUICK_TEXT_KEYWORDS, type IntakeOptions, type ParsedIntake } from './quick-text';
export { parseTableText, COLUMN_SYNONYMS, type TableColumn } from './table-text';
export { appendLines } from './append-lines';
export { parseIntake, type IntakeParsed } from './parse-intake';
