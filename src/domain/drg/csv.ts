import type { Issue, Result } from '../shared/result';

/** One non-empty line of a delimited text, split into trimmed fields, with its 1-based line number. */
export type CsvRecord = { readonly line: number; readonly fields: readonly string[] };

/** The delimiters an imported table may use; tab covers tables copied out of a PDF or spreadsheet. */
const DELIMITERS = ['\t', ',', ';'] as const;

/**
 * Picks the delimiter of a header line: the first of tab, comma, semicolon that it contains.
 * @example detectDelimiter('code\tdescription') //=> '\t'
 */
export function detectDelimiter(header: string): string {
  return DELIMITERS.find((d) => header.includes(d)) ?? ',';
}

/**
 * Splits a delimited text into records (RFC 4180 quoting within a line: `"a, b"` and `""`).
 * Empty lines and lines starting with `#` are skipped; a byte-order mark is dropped.
 * @param text - the file content
 * @returns the records, or the line of an unclosed quote
 * @example splitDelimited('a,b\n"x, y",2') //=> ok([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x, y', '2'] }])
 */
export function splitDelimited(text: string): Result<{ delimiter: string; records: CsvRecord[] }> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const firstContent = lines.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  const delimiter = detectDelimiter(firstContent);
  const records: CsvRecord[] = [];
  const errors: Issue[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields: string[] = [];
    let cur = '';
    let quoted = false;
    for (let k = 0; k < raw.length; k++) {
      const ch = raw.charAt(k);
      if (quoted) {
        if (ch === '"' && raw.charAt(k + 1) === '"') {
          cur += '"';
          k++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"' && cur.trim() === '') {
        quoted = true;
        cur = '';
      } else if (ch === delimiter) {
        fields.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    if (quoted) {
      errors.push({ code: 'csv.quote', message: `Line ${i + 1}: a quoted field is not closed.`, severity: 'error', line: i + 1 });
      return;
    }
    fields.push(cur.trim());
    records.push({ line: i + 1, fields });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { delimiter, records } };
}

/**
 * A header name reduced for matching: lower case, letters and digits only.
 * @example normalizeHeader('Relative Weight') //=> 'relativeweight'
 */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The index of the first header cell matching one of the accepted names (`-1` when none does).
 * @example columnIndex(['DRG Code', 'RW'], ['rw', 'relativeweight']) //=> 1
 */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  return header.map(normalizeHeader).findIndex((h) => names.includes(h));
}
