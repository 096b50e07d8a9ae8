export { ExportDialog } from './components/export-dialog';
export { ImportDialog, type ImportedDocument } from './components/import-dialog';
