import { err, type Result } from '../shared/result';
import type { CodeSystem } from './code-types';
import { fileError, type ImportControl, type ImportOutcome, type ImportSource } from './import-common';
import { parseCptFile, type CptColumnMapping } from './import-cpt';
import { parseHcpcsFile } from './import-hcpcs';
import { parseIcd10cmFile } from './import-icd10cm';
import { parseLocalCodesFile } from './import-local';

/** Which importer reads a file: one per code system. */
export type Importer = CodeSystem;

/** A decoded file and how to read it. */
export type ImportRequestText = {
  readonly importer: Importer;
  readonly text: string;
  readonly source: ImportSource;
  /** Required for the CPT importer (from the column-mapping step). */
  readonly cptMapping?: CptColumnMapping;
};

/**
 * Runs the importer the user chose on a decoded file.
 * @param request the importer, the text, the source description and (CPT) the column mapping
 * @param control progress callback and cancellation flag
 * @example importCodeText({ importer: 'icd10cm', text, source }).ok //=> true
 */
export function importCodeText(request: ImportRequestText, control: ImportControl = {}): Result<ImportOutcome> {
  const { importer, text, source } = request;
  switch (importer) {
    case 'icd10cm':
      return parseIcd10cmFile(text, source, control);
    case 'hcpcs':
      return parseHcpcsFile(text, source, control);
    case 'local':
      return parseLocalCodesFile(text, source, control);
    case 'cpt':
      if (!request.cptMapping) return err([fileError('import.mapping', 'Choose which columns hold the CPT code and its descriptions before importing.')]);
      return parseCptFile(text, request.cptMapping, source, control);
  }
}
