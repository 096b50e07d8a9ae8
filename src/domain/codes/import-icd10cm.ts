import { err, ok, type Issue, type Result } from '../shared/result';
import type { CodeEntry } from './code-types';
import { checkPlainText, detectCodeFileKind, FILE_KIND_DESCRIPTIONS, isIcdCodesLine, isIcdOrderLine } from './file-checks';
import {
  buildRelease,
  CANCELLED,
  checkReleaseOverrides,
  createProgress,
  ErrorList,
  fileError,
  inferIcdRelease,
  lineError,
  sample,
  splitLines,
  type ImportControl,
  type ImportOutcome,
  type ImportSource,
} from './import-common';
import { icdDisplay, isIcdKey } from './normalize-code';

/** The two CMS ICD-10-CM text layouts. */
export type IcdLayout = 'codes' | 'order';

/**
 * Which CMS layout a line is in, or `null`.
 * - codes file: code left-justified in columns 1–7, a space, the long title.
 * - order file: 1–5 order number, 7–13 code, 15 header flag (0 header, 1 billable), 17–76 short title, 78– long title.
 * @example detectIcdLayout('00001 A00     0 Cholera …') //=> 'order'
 */
export function detectIcdLayout(line: string): IcdLayout | null {
  if (isIcdOrderLine(line)) return 'order';
  if (isIcdCodesLine(line)) return 'codes';
  return null;
}

/** The title given to a derived header when its codes share no words. */
export const DERIVED_HEADER_FALLBACK = '(derived header: the codes file has no title for it)';

const TRAILING_CONNECTORS = new Set(['with', 'without', 'of', 'and', 'or', 'in', 'due', 'to', 'for', 'on', 'at', 'by', 'from', 'the', 'a', 'an', 'other', 'w', 'w/o', 'not']);

/**
 * The words every title starts with, cut back to a readable phrase: no trailing
 * connector (`with`, `of`, …), comma or unclosed bracket.
 * @example commonTitlePrefix(['Type 2 diabetes mellitus with ketoacidosis', 'Type 2 diabetes mellitus without complications']) //=> 'Type 2 diabetes mellitus'
 */
export function commonTitlePrefix(titles: readonly string[]): string {
  const first = titles[0];
  if (first === undefined) return '';
  let len = first.length;
  for (let t = 1; t < titles.length && len > 0; t++) {
    const other = titles[t]!;
    const max = Math.min(len, other.length);
    let i = 0;
    while (i < max && first.charCodeAt(i) === other.charCodeAt(i)) i++;
    len = i;
  }
  // Keep whole words only: the shared text must end where every title has a word boundary.
  const atBoundary = titles.every((t) => t.length <= len || ' ,;'.includes(t[len]!));
  let prefix = first.slice(0, len);
  if (!atBoundary) prefix = prefix.slice(0, Math.max(prefix.lastIndexOf(' '), 0));
  return tidyPrefix(prefix);
}

function tidyPrefix(input: string): string {
  let text = input.trimEnd();
  for (;;) {
    const stripped = text.replace(/[\s,;:]+$/, '');
    if (stripped !== text) {
      text = stripped;
      continue;
    }
    if (text === '') return '';
    const space = text.lastIndexOf(' ');
    const last = text.slice(space + 1);
    if (TRAILING_CONNECTORS.has(last.toLowerCase())) {
      text = space === -1 ? '' : text.slice(0, space);
      continue;
    }
    const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('['));
    if (open !== -1 && open > Math.max(text.lastIndexOf(')'), text.lastIndexOf(']'))) {
      text = text.slice(0, open);
      continue;
    }
    return text;
  }
}

/**
 * Makes the headers a CMS codes file leaves out: every category and subcategory
 * above a billable code (a placeholder `X` is not a level, so T15.01XA hangs
 * under T15.01). A header's title is the words all its codes' titles start with
 * ("Type 2 diabetes mellitus" for E11), or {@link DERIVED_HEADER_FALLBACK}; either
 * way the entry is marked `derived`.
 *
 * @param billable billable entries, any order
 * @returns header entries, sorted by code
 * @example deriveIcdHeaders([{ code: 'R079', … }]).map((h) => h.code) //=> ['R07']
 */
export function deriveIcdHeaders(billable: readonly CodeEntry[]): CodeEntry[] {
  const sorted = isSortedByCode(billable) ? billable : [...billable].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  // Walk the codes in order, keeping the entries above the current code open (the
  // headers being derived, and billable codes, which are never headers). The codes of
  // a header are contiguous, so the text all its titles share is the minimum of the
  // text shared by consecutive titles: one comparison per code, whatever the depth.
  type Open = { code: string; ref: string; len: number; cut: boolean; billable: boolean };
  const open: Open[] = [];
  const headers: CodeEntry[] = [];
  const boundary = (t: string, i: number) => i >= t.length || t.charCodeAt(i) === 32 || t.charCodeAt(i) === 44 || t.charCodeAt(i) === 59;
  const close = (h: Open) => {
    if (h.billable) return;
    let prefix = h.ref.slice(0, h.len);
    if (h.cut) prefix = prefix.slice(0, Math.max(prefix.lastIndexOf(' '), 0));
    const tidy = tidyPrefix(prefix);
    const title = tidy === '' ? DERIVED_HEADER_FALLBACK : tidy;
    headers.push({ code: h.code, display: icdDisplay(h.code), shortTitle: title, longTitle: title, billable: false, kind: 'code', derived: true });
  };
  let prev = '';
  for (const e of sorted) {
    const code = e.code;
    const title = e.longTitle;
    while (open.length > 0 && !code.startsWith(open[open.length - 1]!.code)) close(open.pop()!);
    let lcp = 0;
    const max = Math.min(prev.length, title.length);
    while (lcp < max && prev.charCodeAt(lcp) === title.charCodeAt(lcp)) lcp++;
    for (const h of open) {
      if (lcp < h.len) {
        h.len = lcp;
        h.cut = !boundary(prev, lcp) || !boundary(title, lcp);
      } else if (lcp === h.len && !boundary(title, lcp)) h.cut = true;
    }
    const deepest = open.length > 0 ? open[open.length - 1]!.code.length : 0;
    for (let k = Math.max(3, deepest + 1); k < code.length; k++) {
      if (k >= 4 && code.charCodeAt(k - 1) === 88 /* placeholder X */) continue;
      open.push({ code: code.slice(0, k), ref: title, len: title.length, cut: false, billable: false });
    }
    open.push({ code, ref: title, len: 0, cut: false, billable: true });
    prev = title;
  }
  while (open.length > 0) close(open.pop()!);
  return headers.reverse().sort((a, b) => (a.code < b.code ? -1 : 1));
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mergeSorted(a: readonly CodeEntry[], b: readonly CodeEntry[]): CodeEntry[] {
  const out: CodeEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.code < b[j]!.code)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

function isSortedByCode(entries: readonly CodeEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (entries[i - 1]!.code > entries[i]!.code) return false;
  return true;
}

function wrongFileMessage(text: string, firstLine: string, lineNo: number, layoutHint: string): Issue {
  const kind = detectCodeFileKind(text);
  const tail = kind === 'unknown' || kind === 'empty' ? '' : ` This looks like ${FILE_KIND_DESCRIPTIONS[kind]}.`;
  return lineError('import.wrong-kind', lineNo, `expected ${layoutHint}, found '${sample(firstLine)}'.${tail}`);
}

/**
 * Reads a CMS ICD-10-CM codes file or order file (the layout is detected from the
 * first line). Everything is validated before anything is returned: a wrong or
 * damaged file gives issues that say what was expected, what was found and where.
 * With the codes file alone, headers are derived and the release says `derivedHeaders: true`.
 *
 * @param text the decoded file
 * @param source file name, import time and the user's overrides
 * @param control progress callback and cancellation flag
 * @returns the code set with its release, or the issues that stopped it
 * @example parseIcd10cmFile('A000    Cholera due to Vibrio cholerae 01, biovar cholerae\n', { fileName: 'icd10cm_codes_2022.txt', importedAt: '2025-10-01T09:00' })
 * //=> ok: 1 billable code + 1 derived header (A00), label 'ICD-10-CM FY2022', 2021-10-01..2022-09-30
 */
export function parseIcd10cmFile(text: string, source: ImportSource, control: ImportControl = {}): Result<ImportOutcome> {
  const plain = checkPlainText(text, source.fileName);
  if (plain) return err([plain]);
  const overrideIssues = checkReleaseOverrides(source.overrides ?? {});
  if (overrideIssues.length > 0) return err(overrideIssues);

  const { lines, terminated } = splitLines(text);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  if (firstIndex === -1) {
    return err([fileError('import.empty', `"${source.fileName}" is empty: expected the CMS ICD-10-CM codes file (lines like "A000    Cholera due to …") or order file.`)]);
  }
  const firstLine = lines[firstIndex]!;
  const layout = detectIcdLayout(firstLine);
  if (layout === null) {
    return err([wrongFileMessage(text, firstLine, firstIndex + 1, 'an ICD-10-CM code in columns 1–7 (like A000)')]);
  }
  const lastLine = lines[lines.length - 1]!;
  if (!terminated && lastLine.trim() !== '') {
    return err([
      lineError(
        'import.truncated',
        lines.length,
        `the file ends in the middle of a line ('${sample(lastLine, 40)}'): it looks cut off. Download or copy the file again.`,
      ),
    ]);
  }

  const errors = new ErrorList();
  const entries: CodeEntry[] = [];
  const lineOf: number[] = [];
  const step = createProgress(lines.length, control);
  for (let i = 0; i < lines.length; i++) {
    if (step(i)) return err([CANCELLED]);
    const line = lines[i]!;
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '')) continue;
    const entry = layout === 'order' ? readOrderLine(line, i + 1, errors) : readCodesLine(line, i + 1, errors);
    if (!entry) continue;
    entries.push(entry);
    lineOf.push(i + 1);
  }
  // Sorting once finds duplicates (they end up side by side) and gives the views sorted input.
  const order = entries.map((_, i) => i).sort((a, b) => compareCodes(entries[a]!.code, entries[b]!.code) || lineOf[a]! - lineOf[b]!);
  const sorted: CodeEntry[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const prevIndex = k > 0 ? order[k - 1]! : -1;
    if (prevIndex !== -1 && entries[prevIndex]!.code === entries[i]!.code) {
      errors.add(lineError('import.duplicate', lineOf[i]!, `${entries[i]!.display} appears twice (first on line ${lineOf[prevIndex]!}).`));
      continue;
    }
    sorted.push(entries[i]!);
  }
  if (errors.count > 0) return err(errors.toIssues());
  control.onProgress?.(1);

  const all = layout === 'codes' ? mergeSorted(sorted, deriveIcdHeaders(sorted)) : sorted;
  const { release, warnings } = buildRelease(
    {
      system: 'icd10cm',
      format: layout === 'codes' ? 'icd10cm-codes' : 'icd10cm-order',
      source,
      inferred: inferIcdRelease(source.fileName),
      fallbackLabel: 'ICD-10-CM (imported)',
      derivedHeaders: layout === 'codes',
      notes:
        layout === 'codes'
          ? ['The codes file lists billable codes only: category and subcategory headers were derived from them, and their titles are the words their codes share.']
          : [],
    },
    all,
  );
  return ok({ codeSet: { release, entries: all }, warnings });
}

function readCodesLine(line: string, n: number, errors: ErrorList): CodeEntry | null {
  const space = line.indexOf(' ');
  const code = space === -1 || space > 7 ? line.slice(0, 7).trimEnd() : line.slice(0, space);
  if (!isIcdKey(code) || (line.length > 7 && line.charCodeAt(7) !== 32) || (space !== -1 && space < 7 && line.slice(space, 7).trim() !== '')) {
    errors.add(lineError('import.icd.code', n, `expected an ICD-10-CM code in columns 1–7 (like A000), found '${sample(line)}'.`));
    return null;
  }
  const raw = line.slice(8);
  const title = raw.charCodeAt(0) === 32 || raw.charCodeAt(raw.length - 1) === 32 ? raw.trim() : raw;
  if (title === '') {
    errors.add(lineError('import.icd.title', n, `expected the title of ${icdDisplay(code)} from column 9, found nothing.`));
    return null;
  }
  return { code, display: icdDisplay(code), shortTitle: title, longTitle: title, billable: true, kind: 'code' };
}

function readOrderLine(line: string, n: number, errors: ErrorList): CodeEntry | null {
  if (!/^\d{5}$/.test(line.slice(0, 5))) {
    errors.add(lineError('import.icd.order-number', n, `expected a 5-digit order number in columns 1–5, found '${sample(line.slice(0, 5))}'.`));
    return null;
  }
  const code = line.slice(6, 13).trimEnd();
  if (line[5] !== ' ' || !isIcdKey(code) || line[13] !== ' ') {
    errors.add(lineError('import.icd.code', n, `expected an ICD-10-CM code in columns 7–13 (like A000), found '${sample(line.slice(5, 14).trim())}'.`));
    return null;
  }
  const flag = line[14];
  if (flag !== '0' && flag !== '1') {
    errors.add(lineError('import.icd.header-flag', n, `expected the header flag 0 (header) or 1 (billable) in column 15, found '${flag ?? ''}'.`));
    return null;
  }
  const shortTitle = line.slice(16, 76).trim();
  const longTitle = line.slice(77).trim();
  if (shortTitle === '' || longTitle === '') {
    errors.add(
      lineError(
        'import.icd.title',
        n,
        `expected the short title in columns 17–76 and the long title from column 78 for ${icdDisplay(code)}, found '${sample(line.slice(16), 40)}'.`,
      ),
    );
    return null;
  }
  return { code, display: icdDisplay(code), shortTitle, longTitle, billable: flag === '1', kind: 'code' };
}
