import type { Issue, Result } from '../../shared/result';
import { daysFromCivil, daysToIso } from '../support/procedure';
import { createPtpTableBuilder, type PtpTableData } from './ncci-ptp';

/**
 * The importer of the CMS NCCI PTP tables (practitioner and outpatient hospital),
 * tab-separated text as CMS publishes it (usually several files per quarter):
 *
 *     Column 1 ⇥ Column 2 ⇥ * = in existence prior to 1996 ⇥ Effective Date (YYYYMMDD) ⇥
 *     Deletion Date (YYYYMMDD, * = none) ⇥ Modifier indicator 0/1/9 ⇥ PTP Edit Rationale
 *
 * Title, copyright and column-name lines before the first row are skipped. Every row
 * is checked; nothing is returned unless the whole file reads. Written for speed (one
 * pass over the text with indexOf, no per-line split): 1.5 million rows in about a
 * second or two on one core (bench/procedure-edits.bench.ts).
 */

/** Progress and cancellation of a long import (the worker passes them in). */
export type ImportControl = {
  readonly onProgress?: (fraction: number) => void;
  readonly isCancelled?: () => boolean;
};

/** One text file of a PTP table. */
export type PtpTextPart = { readonly name: string; readonly text: string };

/** What the import found, for the list of loaded tables. */
export type PtpImportSummary = {
  readonly rows: number;
  readonly pairs: number;
  readonly codes: number;
  readonly byIndicator: { readonly '0': number; readonly '1': number; readonly '9': number };
  readonly deletedRows: number;
  /** `YYYY-MM-DD`, '' when there are no rows. */
  readonly earliestEffective: string;
  readonly latestEffective: string;
  readonly skippedLines: number;
};

export type PtpImportOutcome = { readonly table: PtpTableData; readonly summary: PtpImportSummary; readonly warnings: readonly Issue[] };

const MAX_ERRORS = 20;

function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A 5-character code at [start, end) (letters and digits only). */
function isCodeAt(text: string, start: number, end: number): boolean {
  if (end - start !== 5) return false;
  for (let i = start; i < end; i++) if (!isCodeChar(text.charCodeAt(i))) return false;
  return true;
}

/** YYYYMMDD at [start, end) as a day number, or -1. */
function dayAt(text: string, start: number, end: number): number {
  if (end - start !== 8) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (y < 1970 || y > 2149 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
  const days = daysFromCivil(y, m, d);
  // Reject 20250231 and the like: the day must map back to the same date.
  if (daysToIso(days) !== `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) return -1;
  return days;
}

/**
 * Reads the CMS PTP text files into one compact table.
 *
 * @param parts the text of each file (the parts of one quarterly table)
 * @param control progress (0..1 over all parts) and cancellation, checked every 32 768 lines
 * @returns the table and a summary, or the problems (the first 20 with file and line, then a count)
 * @example parseNcciPtpText([{ name: 'ptp.txt', text: '80053\t80048\t\t20250101\t*\t0\tPanel\n' }]).ok //=> true
 */
export function parseNcciPtpText(parts: readonly PtpTextPart[], control: ImportControl = {}): Result<PtpImportOutcome> {
  const totalLength = parts.reduce((n, p) => n + p.text.length, 0);
  const builder = createPtpTableBuilder(Math.max(1024, Math.floor(totalLength / 45)));
  const errors: Issue[] = [];
  let errorCount = 0;
  const byIndicator = { '0': 0, '1': 0, '9': 0 };
  let deletedRows = 0;
  let earliest = 0xffff;
  let latest = 0;
  let skipped = 0;
  let done = 0;

  const fail = (part: PtpTextPart, line: number, message: string) => {
    errorCount += 1;
    if (errors.length < MAX_ERRORS) errors.push({ code: 'ptp.row', message: `${part.name}, line ${line}: ${message}`, severity: 'error', line, where: part.name });
  };

  for (const part of parts) {
    const text = part.text;
    const n = text.length;
    let pos = 0;
    let lineNo = 0;
    let sawData = false;
    while (pos < n) {
      let end = text.indexOf('\n', pos);
      if (end === -1) end = n;
      let lineEnd = end;
      if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd -= 1;
      lineNo += 1;
      if ((lineNo & 0x7fff) === 0) {
        if (control.isCancelled?.()) return { ok: false, errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }] };
        control.onProgress?.((done + pos) / Math.max(1, totalLength));
      }
      const start = pos;
      pos = end + 1;
      if (lineEnd === start || text.slice(start, lineEnd).trim() === '') continue;

      const t1 = text.indexOf('\t', start);
      const c1End = t1 === -1 || t1 > lineEnd ? lineEnd : t1;
      if (!isCodeAt(text, start, c1End)) {
        if (!sawData) {
          skipped += 1;
          continue;
        }
        fail(part, lineNo, `expected a 5-character code in column 1, found "${text.slice(start, Math.min(c1End, start + 20))}"`);
        continue;
      }
      if (t1 === -1 || t1 > lineEnd) {
        fail(part, lineNo, 'expected 6 or 7 tab-separated columns (column 1, column 2, prior-1996 flag, effective date, deletion date, modifier indicator, rationale); found no tab');
        continue;
      }
      sawData = true;
      const t2 = text.indexOf('\t', t1 + 1);
      const t3 = t2 === -1 ? -1 : text.indexOf('\t', t2 + 1);
      const t4 = t3 === -1 ? -1 : text.indexOf('\t', t3 + 1);
      const t5 = t4 === -1 ? -1 : text.indexOf('\t', t4 + 1);
      if (t5 === -1 || t5 >= lineEnd) {
        fail(part, lineNo, 'expected 6 or 7 tab-separated columns (column 1, column 2, prior-1996 flag, effective date, deletion date, modifier indicator, rationale)');
        continue;
      }
      let t6 = text.indexOf('\t', t5 + 1);
      if (t6 === -1 || t6 > lineEnd) t6 = lineEnd;
      if (!isCodeAt(text, t1 + 1, t2)) {
        fail(part, lineNo, `expected a 5-character code in column 2, found "${text.slice(t1 + 1, Math.min(t2, t1 + 21))}"`);
        continue;
      }
      const prior = text.slice(t2 + 1, t3).trim();
      if (prior !== '' && prior !== '*') {
        fail(part, lineNo, `the "in existence prior to 1996" column holds "${prior.slice(0, 20)}"; expected * or nothing`);
        continue;
      }
      const eff = dayAt(text, t3 + 1, t4);
      if (eff < 0) {
        fail(part, lineNo, `the effective date "${text.slice(t3 + 1, Math.min(t4, t3 + 21))}" is not a date as YYYYMMDD`);
        continue;
      }
      let del = 0;
      const delText = t5 - t4 === 2 && text.charCodeAt(t4 + 1) === 42 ? '*' : text.slice(t4 + 1, t5).trim();
      if (delText !== '*' && delText !== '') {
        del = dayAt(text, t4 + 1, t5);
        if (del < 0) {
          fail(part, lineNo, `the deletion date "${delText.slice(0, 20)}" is not a date as YYYYMMDD or *`);
          continue;
        }
        if (del <= eff) {
          fail(part, lineNo, `the edit is deleted (${delText}) on or before it takes effect`);
          continue;
        }
      }
      const ind = t6 - t5 === 2 ? text.charAt(t5 + 1) : text.slice(t5 + 1, t6).trim();
      if (ind !== '0' && ind !== '1' && ind !== '9') {
        fail(part, lineNo, `the modifier indicator is "${ind.slice(0, 20)}"; expected 0, 1 or 9`);
        continue;
      }
      const rationale = t6 < lineEnd ? text.slice(t6 + 1, lineEnd).trim() : '';
      const c1 = text.slice(start, t1).toUpperCase();
      const c2 = text.slice(t1 + 1, t2).toUpperCase();
      builder.add(c1, c2, eff, del, ind, prior === '*', rationale);
      byIndicator[ind] += 1;
      if (del !== 0) deletedRows += 1;
      if (eff < earliest) earliest = eff;
      if (eff > latest) latest = eff;
    }
    done += n;
  }

  if (errorCount > 0) {
    const more = errorCount > errors.length ? [{ code: 'ptp.more', message: `… and ${errorCount - errors.length} more problem rows.`, severity: 'error' as const }] : [];
    return { ok: false, errors: [...errors, ...more] };
  }
  if (builder.rowCount === 0) {
    return {
      ok: false,
      errors: [
        {
          code: 'ptp.empty',
          message: `No PTP rows were found in ${parts.map((p) => p.name).join(', ') || 'the file'}. Expected tab-separated lines: column 1 code, column 2 code, prior-1996 flag, effective date YYYYMMDD, deletion date or *, modifier indicator 0/1/9, rationale.`,
          severity: 'error',
        },
      ],
    };
  }
  control.onProgress?.(1);
  const table = builder.build();
  let pairs = 0;
  for (let i = 0; i < table.slots.length; i++) if (table.slots[i] !== 0) pairs += 1;
  return {
    ok: true,
    value: {
      table,
      summary: {
        rows: table.rowCount,
        pairs,
        codes: table.codes.length,
        byIndicator,
        deletedRows,
        earliestEffective: daysToIso(earliest),
        latestEffective: daysToIso(latest),
        skippedLines: skipped,
      },
      warnings: [],
    },
  };
}
