import { err, ok, type Issue, type Result } from '../shared/result';
import type { CodeEntry } from './code-types';
import { guessDelimiter, readDelimited } from './delimited-text';
import { checkPlainText, detectCodeFileKind, FILE_KIND_DESCRIPTIONS } from './file-checks';
import {
  buildRelease,
  CANCELLED,
  checkReleaseOverrides,
  createProgress,
  ErrorList,
  fileError,
  lineError,
  looseDateToIso,
  sample,
  splitLines,
  type ImportControl,
  type ImportOutcome,
  type ImportSource,
} from './import-common';
import { isLocalKey } from './normalize-code';

/** Column positions of a local service-code file (0-based). */
type LocalColumns = { code: number; description: number; from?: number; to?: number };

function findColumns(header: readonly string[]): LocalColumns | null {
  const find = (re: RegExp, not?: number[]) => header.findIndex((h, i) => re.test(h.trim()) && !(not ?? []).includes(i));
  const code = find(/code/i);
  const description = find(/desc|title|name|service/i, [code]);
  if (code === -1 || description === -1) return null;
  const to = find(/(^|\b)(to|end|until|expir|termin)/i, [code, description]);
  const from = find(/(from|start|effective|begin)/i, [code, description, to]);
  return { code, description, ...(from !== -1 ? { from } : {}), ...(to !== -1 ? { to } : {}) };
}

/**
 * Reads a payer or local service-code list (DOH Activity type 8 codes such as
 * `99`, `99-02`): a comma- or tab-separated file with a code, a description and,
 * optionally, the dates the code is valid from and to (`2025-10-01` or `01/10/2025`).
 * Row 1 may name the columns (`code`, `description`, `effective from`, `effective to`,
 * in any order); otherwise the columns are taken in that order.
 *
 * @param text the decoded file
 * @param source file name, import time and the user's overrides
 * @param control progress callback and cancellation flag
 * @example parseLocalCodesFile('code,description\n99-02,Mental health LOS outlier\n', { fileName: 'doh-service-codes.csv', importedAt: '2025-10-01T09:00' })
 * //=> ok: 1 code, open-ended release "Local service codes (doh-service-codes.csv)"
 */
export function parseLocalCodesFile(text: string, source: ImportSource, control: ImportControl = {}): Result<ImportOutcome> {
  const plain = checkPlainText(text, source.fileName);
  if (plain) return err([plain]);
  const overrideIssues = checkReleaseOverrides(source.overrides ?? {});
  if (overrideIssues.length > 0) return err(overrideIssues);
  const lines = splitLines(text.slice(0, 50_000)).lines;
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  if (firstIndex === -1) return err([fileError('import.empty', `"${source.fileName}" is empty: expected a table of service codes and descriptions.`)]);
  const delimiter = guessDelimiter(text);
  const expected = 'a service-code table (code, description, optional effective from and to) separated by commas or tabs';
  const kind = detectCodeFileKind(text);
  const kindHint = kind === 'unknown' || kind === 'delimited' ? '' : ` This looks like ${FILE_KIND_DESCRIPTIONS[kind]}.`;
  if (delimiter === null) {
    return err([lineError('import.wrong-kind', firstIndex + 1, `expected ${expected}, found '${sample(lines[firstIndex]!)}'.${kindHint}`)]);
  }
  const read = readDelimited(text, delimiter);
  if (!read.ok) return read;
  const rows = read.value;
  const first = rows[0]!;
  // Row 1 is a header when it names a code column and a description column.
  const headerColumns = findColumns(first.cells);
  if (headerColumns === null && !isLocalKey((first.cells[0] ?? '').trim().toUpperCase())) {
    return err([lineError('import.wrong-kind', first.line, `expected ${expected}, found '${sample(first.cells.join(delimiter === '\t' ? ' ' : delimiter))}'.${kindHint}`)]);
  }
  const cols: LocalColumns = headerColumns ?? { code: 0, description: 1, from: 2, to: 3 };
  const data = headerColumns ? rows.slice(1) : rows;

  const errors = new ErrorList();
  const entries: CodeEntry[] = [];
  const seen = new Map<string, number>();
  const step = createProgress(data.length, control);
  for (let i = 0; i < data.length; i++) {
    if (step(i)) return err([CANCELLED]);
    const row = data[i]!;
    const raw = (row.cells[cols.code] ?? '').trim();
    const code = raw.toUpperCase();
    if (!isLocalKey(code)) {
      errors.add(lineError('import.local.code', row.line, `expected a service code such as 99 or 99-02 in column ${cols.code + 1}, found '${sample(raw)}'.`));
      continue;
    }
    const description = (row.cells[cols.description] ?? '').replace(/\s+/g, ' ').trim();
    if (description === '') {
      errors.add(lineError('import.local.description', row.line, `expected a description of ${code} in column ${cols.description + 1}, found nothing.`));
      continue;
    }
    const dates: { from: string; to: string } = { from: '', to: '' };
    let bad: Issue | null = null;
    for (const key of ['from', 'to'] as const) {
      const col = cols[key];
      if (col === undefined) continue;
      const value = (row.cells[col] ?? '').trim();
      const iso = looseDateToIso(value);
      if (iso === null) {
        bad = lineError('import.local.date', row.line, `expected a date like 2025-10-01 or 01/10/2025 (or nothing) in column ${col + 1} for ${code}, found '${sample(value)}'.`);
        break;
      }
      dates[key] = iso;
    }
    if (bad) {
      errors.add(bad);
      continue;
    }
    if (dates.from !== '' && dates.to !== '' && dates.to < dates.from) {
      errors.add(lineError('import.local.date-order', row.line, `${code} ends on ${dates.to}, before it starts on ${dates.from}.`));
      continue;
    }
    const before = seen.get(code);
    if (before !== undefined) {
      errors.add(lineError('import.duplicate', row.line, `${code} appears twice (first on line ${before}).`));
      continue;
    }
    seen.set(code, row.line);
    entries.push({
      code,
      display: code,
      shortTitle: description,
      longTitle: description,
      billable: true,
      kind: 'code',
      ...(dates.from !== '' ? { effectiveFrom: dates.from } : {}),
      ...(dates.to !== '' ? { effectiveTo: dates.to } : {}),
    });
  }
  if (errors.count > 0) return err(errors.toIssues());
  if (entries.length === 0) return err([fileError('import.empty', `"${source.fileName}" holds no service codes.`)]);
  control.onProgress?.(1);
  const name = source.fileName.split('›').pop()!.trim();
  const built = buildRelease(
    {
      system: 'local',
      format: 'local-csv',
      source,
      inferred: {
        label: `Local service codes (${name})`,
        effectiveFrom: null,
        effectiveTo: null,
        note: 'The list applies to every date of service; each code is valid between its own effective dates when the file gives them.',
      },
      fallbackLabel: 'Local service codes',
      derivedHeaders: false,
    },
    entries,
  );
  return ok({ codeSet: { release: built.release, entries }, warnings: built.warnings });
}
