export { AuditReportDialog } from './components/audit-report-dialog';
export { FindingsPanel, type FindingsPanelProps } from './components/findings-panel';
