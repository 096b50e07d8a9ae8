import { err, ok, type Result } from '../shared/result';
import type { CodeEntry } from './code-types';
import { checkPlainText, detectCodeFileKind, FILE_KIND_DESCRIPTIONS, isHcpcsRecord } from './file-checks';
import {
  buildRelease,
  CANCELLED,
  checkReleaseOverrides,
  cmsDateToIso,
  createProgress,
  ErrorList,
  fileError,
  inferHcpcsRelease,
  lineError,
  sample,
  splitLines,
  type ImportControl,
  type ImportOutcome,
  type ImportSource,
} from './import-common';

/**
 * The CMS HCPCS Level II annual file: 320-character fixed-width records after a
 * few disclaimer lines. Positions (1-based, checked against the 2019 file):
 *
 * | columns | field |
 * |---|---|
 * | 1–5 | code; a modifier is 2 characters right-aligned in 4–5 |
 * | 6–10 | sequence number |
 * | 11 | record id: 3 procedure, 4 procedure continuation, 7 modifier, 8 modifier continuation |
 * | 12–91 | long description (continued on 4/8 records) |
 * | 92–119 | short description |
 * | 120–229 | pricing, coverage-manual, statute, lab-certification and cross-reference fields (not read) |
 * | 230 | coverage code |
 * | 257–259 | BETOS code (not read) |
 * | 269–276 | date the code was added (YYYYMMDD) |
 * | 277–284 | action effective date |
 * | 285–292 | termination date |
 * | 293 | action code |
 */
export const HCPCS_LAYOUT = {
  recordLength: 320,
  code: [0, 5],
  sequence: [5, 10],
  recordId: 10,
  longDescription: [11, 91],
  shortDescription: [91, 119],
  coverage: 229,
  addDate: [268, 276],
  actionEffectiveDate: [276, 284],
  terminationDate: [284, 292],
  actionCode: 292,
} as const;

/** HCPCS action codes, as the CMS record layout names them. */
export const HCPCS_ACTION_CODES = {
  A: 'Add procedure or modifier code',
  B: 'Change in both administrative data field and long description',
  C: 'Change in long description',
  D: 'Discontinue procedure or modifier code',
  F: 'Change in administrative data field',
  N: 'No maintenance for this code',
  P: 'Payment change',
  R: 'Re-activate discontinued or deleted code',
  S: 'Change in short description',
  T: 'Miscellaneous change',
} as const satisfies Record<string, string>;

/** How many lines may come before the first record (the 2019 file has 8 disclaimer lines). */
const MAX_PREAMBLE_LINES = 40;

type Pending = { entry: Mutable<CodeEntry>; line: number };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the CMS HCPCS Level II fixed-width file: procedure codes and modifiers,
 * long descriptions joined across continuation records, add / action-effective /
 * termination dates and the action code. Each code's own dates go on its entry
 * (`effectiveFrom` = add date, `effectiveTo` = termination date), so a code
 * discontinued during the year is known as such.
 *
 * @param text the decoded file
 * @param source file name, import time and the user's overrides
 * @param control progress callback and cancellation flag
 * @returns the code set, or the issues that stopped it
 * @example parseHcpcsFile(hcpcs2019Text, { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: '2025-10-01T09:00' })
 * //=> ok: 6,800 procedure codes and modifiers, label 'HCPCS Level II 2019'
 */
export function parseHcpcsFile(text: string, source: ImportSource, control: ImportControl = {}): Result<ImportOutcome> {
  const plain = checkPlainText(text, source.fileName);
  if (plain) return err([plain]);
  const overrideIssues = checkReleaseOverrides(source.overrides ?? {});
  if (overrideIssues.length > 0) return err(overrideIssues);

  const { lines, terminated } = splitLines(text);
  const firstNonEmpty = lines.findIndex((l) => l.trim() !== '');
  if (firstNonEmpty === -1) {
    return err([fileError('import.empty', `"${source.fileName}" is empty: expected the CMS HCPCS Level II fixed-width file (320-character records).`)]);
  }
  const start = lines.slice(0, MAX_PREAMBLE_LINES).findIndex(isHcpcsRecord);
  if (start === -1) {
    const kind = detectCodeFileKind(text);
    const tail = kind === 'unknown' || kind === 'delimited' ? '' : ` This looks like ${FILE_KIND_DESCRIPTIONS[kind]}.`;
    return err([
      lineError(
        'import.wrong-kind',
        firstNonEmpty + 1,
        `expected a HCPCS record (a code such as A0021 in columns 1–5, a sequence number in 6–10 and record id 3, 4, 7 or 8 in column 11), found '${sample(lines[firstNonEmpty]!)}'.${tail}`,
      ),
    ]);
  }
  const lastLine = lines[lines.length - 1]!;
  if (!terminated && lastLine.trim() !== '') {
    return err([
      lineError(
        'import.truncated',
        lines.length,
        `the file ends in the middle of a record (${lastLine.length} of ${HCPCS_LAYOUT.recordLength} characters, '${sample(lastLine, 40)}'): it looks cut off. Download the file again.`,
      ),
    ]);
  }

  const errors = new ErrorList();
  const entries: CodeEntry[] = [];
  const seen = new Map<string, number>();
  let pending: Pending | null = null;
  const flush = () => {
    if (!pending) return;
    const { entry, line } = pending;
    const before = seen.get(entry.code);
    if (before !== undefined) errors.add(lineError('import.duplicate', line, `${entry.code} appears twice (first on line ${before}).`));
    else {
      seen.set(entry.code, line);
      entries.push(entry);
    }
    pending = null;
  };
  const step = createProgress(lines.length - start, control);
  for (let i = start; i < lines.length; i++) {
    if (step(i - start)) return err([CANCELLED]);
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const n = i + 1;
    if (!isHcpcsRecord(line)) {
      errors.add(
        lineError(
          'import.hcpcs.record',
          n,
          `expected a HCPCS record (code in columns 1–5, sequence number in 6–10, record id 3, 4, 7 or 8 in column 11), found '${sample(line)}'.`,
        ),
      );
      continue;
    }
    const code = line.slice(0, 5).trim();
    const recordId = line[HCPCS_LAYOUT.recordId]!;
    const longPart = line.slice(11, 91).trim();
    if (recordId === '4' || recordId === '8') {
      const current: Pending | null = pending;
      if (!current || current.entry.code !== code) {
        errors.add(lineError('import.hcpcs.continuation', n, `a continuation record of ${code} (record id ${recordId}) does not follow its first record.`));
        continue;
      }
      if (longPart !== '') current.entry.longTitle = `${current.entry.longTitle} ${longPart}`;
      continue;
    }
    flush();
    const entry = readFirstRecord(line, n, code, recordId === '7', errors);
    if (entry) pending = { entry, line: n };
  }
  flush();
  if (errors.count > 0) return err(errors.toIssues());
  if (entries.length === 0) return err([fileError('import.empty', `"${source.fileName}" holds no HCPCS records.`)]);
  control.onProgress?.(1);

  const { release, warnings } = buildRelease(
    {
      system: 'hcpcs',
      format: 'hcpcs-fixed-width',
      source,
      inferred: inferHcpcsRelease(source.fileName),
      fallbackLabel: 'HCPCS Level II (imported)',
      derivedHeaders: false,
    },
    entries,
  );
  return ok({ codeSet: { release, entries }, warnings });
}

function readFirstRecord(line: string, n: number, code: string, modifier: boolean, errors: ErrorList): Mutable<CodeEntry> | null {
  const longTitle = line.slice(11, 91).trim();
  const shortTitle = line.slice(91, 119).trim();
  if (longTitle === '') {
    errors.add(lineError('import.hcpcs.description', n, `expected the long description of ${code} in columns 12–91, found nothing.`));
    return null;
  }
  const dates: Record<'added' | 'action' | 'terminated', string> = { added: '', action: '', terminated: '' };
  for (const [key, [from, to], column] of [
    ['added', HCPCS_LAYOUT.addDate, '269–276'],
    ['action', HCPCS_LAYOUT.actionEffectiveDate, '277–284'],
    ['terminated', HCPCS_LAYOUT.terminationDate, '285–292'],
  ] as const) {
    const raw = line.slice(from, to);
    const iso = cmsDateToIso(raw);
    if (iso === null) {
      errors.add(lineError('import.hcpcs.date', n, `expected a date (YYYYMMDD) or blanks in columns ${column} for ${code}, found '${raw.trim()}'.`));
      return null;
    }
    dates[key] = iso;
  }
  const actionCode = (line[HCPCS_LAYOUT.actionCode] ?? '').trim();
  const entry: Mutable<CodeEntry> = {
    code,
    display: code,
    shortTitle: shortTitle === '' ? longTitle : shortTitle,
    longTitle,
    billable: !modifier,
    kind: modifier ? 'modifier' : 'code',
  };
  if (dates.added !== '') entry.effectiveFrom = dates.added;
  if (dates.terminated !== '') entry.effectiveTo = dates.terminated;
  if (dates.action !== '') entry.actionEffectiveOn = dates.action;
  if (actionCode !== '') entry.actionCode = actionCode;
  return entry;
}
