import { err, ok, type Result } from '../shared/result';
import { lineError } from './import-common';

/**
 * A small, correct reader for comma-, tab-, semicolon- or pipe-separated text
 * (RFC 4180 quoting: a quoted field may hold the delimiter, doubled quotes `""` and
 * line breaks). Every row keeps the line it started on, for messages.
 */

export const DELIMITERS = ['\t', ',', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** How each delimiter is named to a user. */
export const DELIMITER_NAMES = { '\t': 'tab', ',': 'comma', ';': 'semicolon', '|': 'pipe' } as const satisfies Record<Delimiter, string>;

/** One row and the 1-based line it starts on. */
export type DelimitedRow = { readonly line: number; readonly cells: readonly string[] };

/**
 * Splits delimited text into rows of cells. Blank lines are skipped. A quote that
 * is never closed (a truncated file) is an error located where the field started.
 *
 * @param text the decoded file
 * @param delimiter the field separator
 * @param maxRows stop after this many rows (for sniffing)
 * @example readDelimited('code,title\n"99213","Visit, est."\n', ',') //=> ok([{ line: 1, cells: ['code', 'title'] }, { line: 2, cells: ['99213', 'Visit, est.'] }])
 */
export function readDelimited(text: string, delimiter: Delimiter, maxRows = Infinity): Result<DelimitedRow[]> {
  const rows: DelimitedRow[] = [];
  const d = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n && rows.length < maxRows) {
    const rowLine = line;
    const cells: string[] = [];
    let blank = true;
    for (;;) {
      // One field.
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        const openedOn = line;
        i++;
        let closed = false;
        let chunkStart = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(chunkStart, i + 1);
              i += 2;
              chunkStart = i;
              continue;
            }
            value += text.slice(chunkStart, i);
            i++;
            closed = true;
            break;
          }
          if (c === LF) line++;
          i++;
        }
        if (!closed) {
          return err([lineError('import.csv.unclosed-quote', openedOn, 'a quoted field opens here and is never closed: the file looks cut off.')]);
        }
        // Text after the closing quote (not valid CSV, but Excel never writes it) is kept.
        const rest = i;
        while (i < n && text.charCodeAt(i) !== d && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        value += text.slice(rest, i);
        blank = false;
      } else {
        const start = i;
        while (i < n && text.charCodeAt(i) !== d && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        value = text.slice(start, i);
        if (value !== '') blank = false;
      }
      cells.push(value);
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        blank = false;
        continue;
      }
      break;
    }
    if (i < n && text.charCodeAt(i) === CR) i++;
    if (i < n && text.charCodeAt(i) === LF) i++;
    line++;
    if (!blank) rows.push({ line: rowLine, cells });
  }
  return ok(rows);
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}

/**
 * Guesses the delimiter from the first lines: the one that splits most lines into
 * the same number of fields (tab wins ties). `null` when no delimiter splits anything.
 * @example guessDelimiter('99213\tOffice visit\n99214\tOffice visit\n') //=> '\t'
 */
export function guessDelimiter(text: string): Delimiter | null {
  const lines = text
    .slice(0, 50_000)
    .split('\n')
    .slice(0, 30)
    .filter((l) => l.trim() !== '');
  let best: Delimiter | null = null;
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let score = 0;
    for (const v of freq.values()) score = Math.max(score, v);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
