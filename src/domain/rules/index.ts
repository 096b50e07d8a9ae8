export { applyFix } from './apply-fix';
export { defineEdit, isNotChecked } from './define-edit';
export { countFindings, DEFAULT_SETTINGS, runEdits, sortFindings, type FindingCounts, type RuleSettings } from './engine';
export { lineLabel, lineOf, toFieldPath, type LineRef } from './paths';
export { EDITS } from './registry';
export { DENIALS, SOURCES } from './sources';
export type * from './types';
export { auditReportText, buildAuditReport, type AuditReport, type AuditRow } from './audit-report';
