import { err, ok, type Issue, type Result } from '../shared/result';
import type { CodeEntry } from './code-types';
import { DELIMITER_NAMES, guessDelimiter, readDelimited, type Delimiter, type DelimitedRow } from './delimited-text';
import { checkPlainText, detectCodeFileKind, FILE_KIND_DESCRIPTIONS, isPfsHeaderLine } from './file-checks';
import {
  buildRelease,
  CANCELLED,
  checkReleaseOverrides,
  createProgress,
  ErrorList,
  fileError,
  inferCptRelease,
  lineError,
  sample,
  splitLines,
  warning,
  type ImportControl,
  type ImportOutcome,
  type ImportSource,
} from './import-common';
import { isCptKey, isHcpcsKey } from './normalize-code';

/**
 * The organisation's licensed CPT file: a tab- or comma-separated table with a code
 * column and one or two descriptor columns, read in two steps: {@link sniffDelimitedFile}
 * shows the columns, the user maps them, {@link parseCptFile} reads the file with that mapping.
 * The descriptors are the organisation's licensed copy: they stay on the user's machine.
 */

/** One column as the sniffer saw it. */
export type SniffedColumn = {
  readonly index: number;
  /** The header cell when the file has a header row, else `Column N`. */
  readonly name: string;
  /** Up to five values from the first data rows. */
  readonly samples: readonly string[];
};

/** What a delimited file looks like, for the column-mapping step. */
export type DelimitedSniff = {
  readonly delimiter: Delimiter;
  /** The first row, when it looks like column names. */
  readonly headerRow?: readonly string[];
  readonly columns: readonly SniffedColumn[];
  /** Data rows (without the header row). */
  readonly rowCount: number;
  /** A mapping guessed from the values and column names; the user confirms or changes it. */
  readonly suggested: CptColumnMapping;
};

/** Which columns hold the code and the descriptors (0-based), and whether row 1 is column names. */
export type CptColumnMapping = {
  readonly codeColumn: number;
  readonly shortColumn?: number;
  readonly longColumn?: number;
  readonly hasHeader: boolean;
  /** Defaults to the sniffed delimiter. */
  readonly delimiter?: Delimiter;
};

const CODE_LIKE = /^[0-9A-Z]{5}$/;

function looksLikeCode(v: string): boolean {
  const s = v.trim().toUpperCase();
  return isCptKey(s) || isHcpcsKey(s) || CODE_LIKE.test(s);
}

function pfsLine(text: string): number | null {
  const lines = splitLines(text.slice(0, 20_000)).lines.slice(0, 40);
  const i = lines.findIndex(isPfsHeaderLine);
  return i === -1 ? null : i + 1;
}

function pfsIssue(line: number): Issue {
  return lineError(
    'import.wrong-kind',
    line,
    "this is the CMS Physician Fee Schedule relative value (RVU) file ('HCPCS,MOD,DESCRIPTION,…'): it holds payment data and no CPT descriptors. Import your licensed CPT file (a code column and one or two descriptor columns) instead.",
  );
}

function notATableIssue(text: string, firstLine: string, lineNo: number): Issue {
  const kind = detectCodeFileKind(text);
  const tail = kind === 'unknown' || kind === 'delimited' ? '' : ` This looks like ${FILE_KIND_DESCRIPTIONS[kind]}.`;
  return lineError('import.wrong-kind', lineNo, `expected a table of codes and descriptions separated by tabs or commas, found '${sample(firstLine)}'.${tail}`);
}

/**
 * Looks at a delimited file for the column-mapping step: the delimiter, whether
 * row 1 holds column names, and sample values of each column, plus a suggested mapping.
 *
 * @param text the decoded file
 * @returns the sniffed layout, or an issue when the file is empty, binary or not a table
 * @example sniffDelimitedFile('Code\tShort\tLong\n99213\tEst visit\tEstablished patient visit\n')
 * //=> ok: delimiter '\t', headerRow ['Code','Short','Long'], suggested { codeColumn: 0, shortColumn: 1, longColumn: 2, hasHeader: true }
 */
export function sniffDelimitedFile(text: string, fileName = 'the file'): Result<DelimitedSniff> {
  const plain = checkPlainText(text, fileName);
  if (plain) return err([plain]);
  const lines = splitLines(text.slice(0, 50_000)).lines;
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  if (firstIndex === -1) return err([fileError('import.empty', `"${fileName}" is empty: expected a table with a code column and a description column.`)]);
  const pfs = pfsLine(text);
  if (pfs !== null) return err([pfsIssue(pfs)]);
  const delimiter = guessDelimiter(text);
  if (delimiter === null) return err([notATableIssue(text, lines[firstIndex]!, firstIndex + 1)]);
  const read = readDelimited(text, delimiter);
  if (!read.ok) return read;
  const rows = read.value.slice(0, 200);
  const width = Math.max(...rows.map((r) => r.cells.length));
  const first = rows[0]!;
  const body = rows.slice(1);
  const codeShare = (col: number, rs: readonly DelimitedRow[]) => (rs.length === 0 ? 0 : rs.filter((r) => looksLikeCode(r.cells[col] ?? '')).length / rs.length);
  let codeColumn = 0;
  let bestShare = -1;
  for (let c = 0; c < width; c++) {
    const share = codeShare(c, body.length > 0 ? body : rows);
    if (share > bestShare) {
      bestShare = share;
      codeColumn = c;
    }
  }
  const hasHeader = body.length > 0 && !looksLikeCode(first.cells[codeColumn] ?? '') && codeShare(codeColumn, body) >= 0.5;
  const data = hasHeader ? body : rows;
  const names = Array.from({ length: width }, (_, c) => (hasHeader ? (first.cells[c] ?? '').trim() || `Column ${c + 1}` : `Column ${c + 1}`));
  const columns = names.map((name, index) => ({
    index,
    name,
    samples: data.slice(0, 5).map((r) => (r.cells[index] ?? '').trim()),
  }));
  const textColumns = columns
    .filter((c) => c.index !== codeColumn)
    .map((c) => {
      const values = data.slice(0, 50).map((r) => (r.cells[c.index] ?? '').trim());
      const wordy = values.filter((v) => /[a-z]{3}/i.test(v)).length;
      const avg = values.reduce((s, v) => s + v.length, 0) / Math.max(values.length, 1);
      return { index: c.index, name: c.name, wordy, avg };
    })
    .filter((c) => c.wordy > 0);
  const byName = (re: RegExp) => textColumns.find((c) => re.test(c.name))?.index;
  let shortColumn = hasHeader ? byName(/short|abbrev/i) : undefined;
  let longColumn = hasHeader ? byName(/long|full|descriptor|description|title/i) : undefined;
  if (longColumn === shortColumn) longColumn = undefined;
  const rest = textColumns.filter((c) => c.index !== shortColumn && c.index !== longColumn).sort((a, b) => b.avg - a.avg || a.index - b.index);
  if (longColumn === undefined && rest[0] && (shortColumn === undefined || rest[0].avg > (textColumns.find((c) => c.index === shortColumn)?.avg ?? 0))) {
    longColumn = rest.shift()!.index;
  }
  if (shortColumn === undefined && rest[0] && longColumn !== undefined) shortColumn = rest.shift()!.index;
  const suggested: CptColumnMapping = {
    codeColumn,
    hasHeader,
    delimiter,
    ...(shortColumn !== undefined ? { shortColumn } : {}),
    ...(longColumn !== undefined ? { longColumn } : {}),
  };
  const rowCount = read.value.length - (hasHeader ? 1 : 0);
  return ok({ delimiter, ...(hasHeader ? { headerRow: first.cells.map((c) => c.trim()) } : {}), columns, rowCount, suggested });
}

function checkMapping(mapping: CptColumnMapping): Issue[] {
  const issues: Issue[] = [];
  const cols = [mapping.codeColumn, mapping.shortColumn, mapping.longColumn].filter((c): c is number => c !== undefined);
  if (cols.some((c) => !Number.isInteger(c) || c < 0)) issues.push(fileError('import.mapping', 'Column numbers must be whole numbers from 1 up.'));
  if (mapping.shortColumn === undefined && mapping.longColumn === undefined) {
    issues.push(fileError('import.mapping', 'Choose the column that holds the descriptions (short, long or both).'));
  }
  if (new Set(cols).size !== cols.length) issues.push(fileError('import.mapping', 'The code and description columns must be different columns.'));
  return issues;
}

function columnLabel(index: number, header: readonly string[] | undefined): string {
  const name = header?.[index]?.trim();
  return name ? `column ${index + 1} ("${name}")` : `column ${index + 1}`;
}

/**
 * Reads the organisation's CPT file with a column mapping. Every row is checked
 * before anything is returned: a code that is not a CPT code, a missing description,
 * a row without enough columns, conflicting duplicates.
 *
 * @param text the decoded file
 * @param mapping which columns hold the code and descriptors, and whether row 1 is a header
 * @param source file name, import time and the user's overrides
 * @param control progress callback and cancellation flag
 * @example parseCptFile('99213\tEstablished patient office visit\n', { codeColumn: 0, longColumn: 1, hasHeader: false }, { fileName: 'cpt2025.txt', importedAt: '2025-01-02T08:00' })
 * //=> ok: 1 code, label 'CPT 2025'
 */
export function parseCptFile(text: string, mapping: CptColumnMapping, source: ImportSource, control: ImportControl = {}): Result<ImportOutcome> {
  const plain = checkPlainText(text, source.fileName);
  if (plain) return err([plain]);
  const setup = [...checkReleaseOverrides(source.overrides ?? {}), ...checkMapping(mapping)];
  if (setup.length > 0) return err(setup);
  const pfs = pfsLine(text);
  if (pfs !== null) return err([pfsIssue(pfs)]);
  const lines = splitLines(text.slice(0, 50_000)).lines;
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  if (firstIndex === -1) return err([fileError('import.empty', `"${source.fileName}" is empty: expected a table with a CPT code column and a description column.`)]);
  const delimiter = mapping.delimiter ?? guessDelimiter(text);
  if (delimiter === null) return err([notATableIssue(text, lines[firstIndex]!, firstIndex + 1)]);
  const read = readDelimited(text, delimiter);
  if (!read.ok) return read;
  const rows = read.value;
  const header = mapping.hasHeader ? rows[0]?.cells : undefined;
  const data = mapping.hasHeader ? rows.slice(1) : rows;
  const needed = Math.max(mapping.codeColumn, mapping.shortColumn ?? 0, mapping.longColumn ?? 0) + 1;

  const kind = detectCodeFileKind(text);
  const kindHint = kind === 'unknown' || kind === 'delimited' ? '' : ` This looks like ${FILE_KIND_DESCRIPTIONS[kind]}.`;
  const errors = new ErrorList();
  const warnings: Issue[] = [];
  const entries: CodeEntry[] = [];
  const seen = new Map<string, { line: number; entry: CodeEntry }>();
  let sameDuplicates = 0;
  const step = createProgress(data.length, control);
  for (let i = 0; i < data.length; i++) {
    if (step(i)) return err([CANCELLED]);
    const row = data[i]!;
    if (row.cells.length < needed) {
      errors.add(
        lineError(
          'import.cpt.columns',
          row.line,
          `expected at least ${needed} ${DELIMITER_NAMES[delimiter]}-separated columns, found ${row.cells.length} ('${sample(row.cells.join(delimiter === '\t' ? ' ' : delimiter))}').`,
        ),
      );
      continue;
    }
    const raw = row.cells[mapping.codeColumn]!.trim();
    const code = raw.toUpperCase();
    if (!isCptKey(code)) {
      const hint = isHcpcsKey(code) ? ' HCPCS Level II codes belong in the HCPCS import.' : errors.count === 0 && i === 0 ? kindHint : '';
      errors.add(
        lineError(
          'import.cpt.code',
          row.line,
          `expected a CPT code in ${columnLabel(mapping.codeColumn, header)} (5 characters like 99213 or 0001F), found '${sample(raw)}'.${hint}`,
        ),
      );
      continue;
    }
    const clean = (c: number | undefined) => (c === undefined ? '' : row.cells[c]!.replace(/\s+/g, ' ').trim());
    const short = clean(mapping.shortColumn);
    const long = clean(mapping.longColumn);
    if (short === '' && long === '') {
      const cols = [mapping.shortColumn, mapping.longColumn].filter((c): c is number => c !== undefined).map((c) => columnLabel(c, header));
      errors.add(lineError('import.cpt.description', row.line, `expected a description of ${code} in ${cols.join(' or ')}, found nothing.`));
      continue;
    }
    const entry: CodeEntry = { code, display: code, shortTitle: short || long, longTitle: long || short, billable: true, kind: 'code' };
    const before = seen.get(code);
    if (before) {
      if (before.entry.shortTitle === entry.shortTitle && before.entry.longTitle === entry.longTitle) sameDuplicates += 1;
      else errors.add(lineError('import.duplicate', row.line, `${code} appears twice with different descriptions (first on line ${before.line}).`));
      continue;
    }
    seen.set(code, { line: row.line, entry });
    entries.push(entry);
  }
  if (errors.count > 0) return err(errors.toIssues());
  if (entries.length === 0) return err([fileError('import.empty', `"${source.fileName}" holds no CPT codes below its header row.`)]);
  if (sameDuplicates > 0) warnings.push(warning('import.duplicate-same', `${sameDuplicates} repeated ${sameDuplicates === 1 ? 'row was' : 'rows were'} read once.`));
  control.onProgress?.(1);
  const built = buildRelease(
    { system: 'cpt', format: 'cpt-delimited', source, inferred: inferCptRelease(source.fileName), fallbackLabel: 'CPT (imported)', derivedHeaders: false },
    entries,
  );
  return ok({ codeSet: { release: built.release, entries }, warnings: [...warnings, ...built.warnings] });
}
