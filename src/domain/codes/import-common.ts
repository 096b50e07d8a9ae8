import { err, ok, type Issue, type Result } from '../shared/result';
import { countEntries, releaseId, type CodeEntry, type CodeRelease, type CodeSet, type CodeSystem, type SourceFormat } from './code-types';

/**
 * Shared pieces of the importers: how a file is described, progress and
 * cancellation, line splitting, issue wording and the release metadata.
 */

/** What the caller knows about the file being imported. */
export type ImportSource = {
  /** The file name the user picked; for a zip, `archive.zip › inner.txt`. Used to infer the release year. */
  readonly fileName: string;
  /** ISO timestamp of the import, passed in (the domain has no clock). */
  readonly importedAt: string;
  /** Notes from the file layer (decoding used, entry picked from an archive), kept on the release. */
  readonly notes?: readonly string[];
  /** The user's label and effective dates, when given; otherwise they are inferred from the file name. */
  readonly overrides?: ReleaseOverrides;
};

/** Release fields the user may set. Dates are ISO `YYYY-MM-DD`; `null` means open. */
export type ReleaseOverrides = {
  readonly label?: string;
  readonly effectiveFrom?: string | null;
  readonly effectiveTo?: string | null;
};

/**
 * Progress and cancellation for a long import. The importers call `onProgress`
 * with a fraction in [0, 1] between chunks of lines and stop with
 * `import.cancelled` when `isCancelled` says so. (In the browser the UI cancels by
 * terminating the worker; the flag serves callers that run in one thread.)
 */
export type ImportControl = {
  readonly onProgress?: (fraction: number) => void;
  readonly isCancelled?: () => boolean;
};

/** A successful import: the code set to store and what the user should read first. */
export type ImportOutcome = {
  readonly codeSet: CodeSet;
  readonly warnings: readonly Issue[];
};

/** How many lines are read between progress reports and cancellation checks. */
export const IMPORT_CHUNK_LINES = 4000;

/** After this many errors an importer stops listing them and says how many more there are. */
export const MAX_LISTED_ERRORS = 20;

/** The largest file the importers accept (the full CMS ICD-10-CM order file is about 20 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The lines of a text and whether its last line was terminated. */
export type SplitText = {
  readonly lines: readonly string[];
  /** `false` when the text does not end with a line break (a cut-off download, or an editor that leaves none). */
  readonly terminated: boolean;
};

/**
 * Splits text into lines (LF or CRLF), without the terminators and without a leading byte-order mark.
 * @example splitLines('a\r\nb\n') //=> { lines: ['a', 'b'], terminated: true }
 * @example splitLines('a\nb') //=> { lines: ['a', 'b'], terminated: false }
 */
export function splitLines(text: string): SplitText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body === '') return { lines: [], terminated: true };
  const terminated = body.endsWith('\n');
  const parts = body.split('\n');
  if (terminated) parts.pop();
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.endsWith('\r')) parts[i] = p.slice(0, -1);
  }
  return { lines: parts, terminated };
}

/**
 * A short, quoted-safe sample of what was found, for messages.
 * @example sample('HCPCS,MOD,DESCRIPTION,CODE,PAYMENT') //=> 'HCPCS,MOD,DESCRIPTION,CODE,PAY…'
 */
export function sample(text: string, max = 30): string {
  const oneLine = text.replace(/\t/g, ' ').trimEnd();
  return oneLine.length > max ? `${oneLine.slice(0, max).trimEnd()}…` : oneLine;
}

/**
 * An error issue located on a line.
 * @example lineError('import.icd.code', 3, 'expected …').message //=> 'Line 3: expected …'
 */
export function lineError(code: string, line: number, message: string): Issue {
  return { code, message: `Line ${line}: ${message}`, severity: 'error', line };
}

/**
 * A file-level error issue.
 * @example fileError('import.empty', '"a.txt" is empty.') //=> { code: 'import.empty', message: '"a.txt" is empty.', severity: 'error' }
 */
export function fileError(code: string, message: string): Issue {
  return { code, message, severity: 'error' };
}

/**
 * A warning that does not stop the import.
 * @example warning('release.dates-unknown', '…').severity //=> 'warning'
 */
export function warning(code: string, message: string, line?: number): Issue {
  return line === undefined ? { code, message, severity: 'warning' } : { code, message: `Line ${line}: ${message}`, severity: 'warning', line };
}

/**
 * Reports progress every {@link IMPORT_CHUNK_LINES} lines and tells the caller when to stop.
 * @example const step = createProgress(lines.length, control); for (…) if (step(i)) return err([CANCELLED]);
 */
export function createProgress(total: number, control: ImportControl): (index: number) => boolean {
  const { onProgress, isCancelled } = control;
  return (index) => {
    if (index % IMPORT_CHUNK_LINES !== 0) return false;
    if (isCancelled?.()) return true;
    onProgress?.(total === 0 ? 1 : Math.min(1, index / total));
    return false;
  };
}

/** The issue returned when the caller cancelled. */
export const CANCELLED: Issue = fileError('import.cancelled', 'The import was cancelled; nothing was changed.');

/**
 * Collects errors up to {@link MAX_LISTED_ERRORS}, counting the rest.
 * @example const list = new ErrorList(); list.add(issue); list.toIssues() //=> [issue]
 */
export class ErrorList {
  readonly items: Issue[] = [];
  private more = 0;
  add(issue: Issue): void {
    if (this.items.length < MAX_LISTED_ERRORS) this.items.push(issue);
    else this.more += 1;
  }
  get count(): number {
    return this.items.length + this.more;
  }
  /** The listed errors plus one line saying how many were not listed. */
  toIssues(): Issue[] {
    if (this.more === 0) return [...this.items];
    return [...this.items, fileError('import.more-errors', `…and ${this.more} more ${this.more === 1 ? 'problem' : 'problems'} of the same kinds.`)];
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date in ISO form.
 * @example isIsoDate('2022-09-30') //=> true
 * @example isIsoDate('2022-02-30') //=> false
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

/**
 * A CMS `YYYYMMDD` date as ISO, `''` for blanks, `null` when it is not a date.
 * @example cmsDateToIso('20190101') //=> '2019-01-01'
 * @example cmsDateToIso('        ') //=> ''
 */
export function cmsDateToIso(raw: string): string | null {
  const s = raw.trim();
  if (s === '') return '';
  if (!/^\d{8}$/.test(s)) return null;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A date typed in a CSV (`2025-10-01`, `01/10/2025` day first, `20251001`) as ISO; `''` for blanks, `null` when unreadable.
 * @example looseDateToIso('01/10/2025') //=> '2025-10-01'
 */
export function looseDateToIso(raw: string): string | null {
  const s = raw.trim();
  if (s === '') return '';
  if (isIsoDate(s)) return s;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) {
    const iso = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : null;
  }
  return cmsDateToIso(s);
}

/** Release label and dates inferred from a file name, with the note that says so. */
export type InferredRelease = {
  readonly label: string;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  readonly note: string;
};

function lastPart(fileName: string): string[] {
  // `archive.zip › inner.txt`: look at the inner name first, then the archive.
  return fileName
    .split('›')
    .map((s) => s.trim())
    .reverse();
}

function yearIn(name: string): number | null {
  const m = /(?:^|[^0-9])(20\d{2})(?![0-9])/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * The fiscal year of a CMS ICD-10-CM file from its name. FY runs 1 October to 30 September:
 * `icd10cm_codes_2022.txt` is FY2022, 2021-10-01..2022-09-30. An April update
 * (`icd10cm-codes-April-2024.txt`) applies from 1 April to 30 September.
 * @example inferIcdRelease('icd10cm_codes_2022.txt')?.effectiveFrom //=> '2021-10-01'
 */
export function inferIcdRelease(fileName: string): InferredRelease | null {
  for (const name of lastPart(fileName)) {
    const year = yearIn(name);
    if (year === null) continue;
    if (/apr(il)?/i.test(name)) {
      return {
        label: `ICD-10-CM FY${year} April update`,
        effectiveFrom: `${year}-04-01`,
        effectiveTo: `${year}-09-30`,
        note: `Effective dates ${year}-04-01 to ${year}-09-30 read from the file name (FY${year} April update); change them if they are wrong.`,
      };
    }
    return {
      label: `ICD-10-CM FY${year}`,
      effectiveFrom: `${year - 1}-10-01`,
      effectiveTo: `${year}-09-30`,
      note: `Effective dates ${year - 1}-10-01 to ${year}-09-30 read from the file name (fiscal year ${year}); change them if they are wrong.`,
    };
  }
  return null;
}

const QUARTER_START: Readonly<Record<string, string>> = { jan: '01', apr: '04', jul: '07', oct: '10' };

/**
 * The year (and quarter) of a CMS HCPCS file from its name: `HCPC2019_CONTR_ANWEB.txt`
 * applies 2019-01-01..2019-12-31; `HCPC2019_APR_ANWEB.txt` from 2019-04-01.
 * @example inferHcpcsRelease('HCPC2019_CONTR_ANWEB.txt')?.label //=> 'HCPCS Level II 2019'
 */
export function inferHcpcsRelease(fileName: string): InferredRelease | null {
  for (const name of lastPart(fileName)) {
    const year = yearIn(name);
    if (year === null) continue;
    const q = /(?:^|[^a-z])(jan|apr|jul|oct)/i.exec(name)?.[1]?.toLowerCase();
    const month = q ? QUARTER_START[q]! : '01';
    const from = `${year}-${month}-01`;
    const label = month === '01' ? `HCPCS Level II ${year}` : `HCPCS Level II ${year} (${q!.toUpperCase()} update)`;
    return { label, effectiveFrom: from, effectiveTo: `${year}-12-31`, note: `Effective dates ${from} to ${year}-12-31 read from the file name; change them if they are wrong.` };
  }
  return null;
}

/**
 * The year of a CPT file from its name (CPT is released each 1 January).
 * @example inferCptRelease('cpt-2025-descriptors.txt')?.effectiveTo //=> '2025-12-31'
 */
export function inferCptRelease(fileName: string): InferredRelease | null {
  for (const name of lastPart(fileName)) {
    const year = yearIn(name);
    if (year === null) continue;
    return {
      label: `CPT ${year}`,
      effectiveFrom: `${year}-01-01`,
      effectiveTo: `${year}-12-31`,
      note: `Effective dates ${year}-01-01 to ${year}-12-31 read from the file name; change them if they are wrong.`,
    };
  }
  return null;
}

/**
 * Checks user-given release dates and label; returns issues for what is wrong.
 * @example checkReleaseOverrides({ effectiveFrom: '2022-10-01', effectiveTo: '2022-09-30' })[0]?.code //=> 'release.date-order'
 */
export function checkReleaseOverrides(overrides: ReleaseOverrides): Issue[] {
  const issues: Issue[] = [];
  const { label, effectiveFrom, effectiveTo } = overrides;
  if (label !== undefined && label.trim() === '') issues.push(fileError('release.label', 'The release needs a label, such as "ICD-10-CM FY2022".'));
  for (const [name, value] of [
    ['start', effectiveFrom],
    ['end', effectiveTo],
  ] as const) {
    if (value !== undefined && value !== null && !isIsoDate(value)) {
      issues.push(fileError('release.date', `The effective ${name} date must be a date like 2021-10-01, found "${value}".`));
    }
  }
  if (typeof effectiveFrom === 'string' && typeof effectiveTo === 'string' && isIsoDate(effectiveFrom) && isIsoDate(effectiveTo) && effectiveTo < effectiveFrom) {
    issues.push(fileError('release.date-order', `The effective end date ${effectiveTo} is before the start date ${effectiveFrom}.`));
  }
  return issues;
}

/** Everything needed to describe an imported release. */
export type ReleaseDraft = {
  readonly system: CodeSystem;
  readonly format: SourceFormat;
  readonly source: ImportSource;
  readonly inferred: InferredRelease | null;
  readonly fallbackLabel: string;
  readonly derivedHeaders: boolean;
  readonly notes?: readonly string[];
};

/**
 * Builds the release of an import: the user's overrides win, then what the file
 * name says, then an open-ended range with a warning.
 * @example buildRelease({ system: 'icd10cm', source: { fileName: 'icd10cm_codes_2022.txt', importedAt }, inferred: inferIcdRelease('icd10cm_codes_2022.txt'), … }, entries).release.label //=> 'ICD-10-CM FY2022'
 */
export function buildRelease(draft: ReleaseDraft, entries: readonly CodeEntry[]): { release: CodeRelease; warnings: Issue[] } {
  const { source, inferred } = draft;
  const o = source.overrides ?? {};
  const warnings: Issue[] = [];
  const notes = [...(source.notes ?? []), ...(draft.notes ?? [])];
  const label = o.label?.trim() || inferred?.label || draft.fallbackLabel;
  let effectiveFrom = o.effectiveFrom !== undefined ? o.effectiveFrom : (inferred?.effectiveFrom ?? null);
  let effectiveTo = o.effectiveTo !== undefined ? o.effectiveTo : (inferred?.effectiveTo ?? null);
  if (o.effectiveFrom === undefined && o.effectiveTo === undefined) {
    if (inferred) notes.push(inferred.note);
    else {
      effectiveFrom = null;
      effectiveTo = null;
      warnings.push(
        warning(
          'release.dates-unknown',
          `The file name "${source.fileName}" does not say which year it is for, so the release applies to every date of service until you set its effective dates.`,
        ),
      );
    }
  }
  const release: CodeRelease = {
    id: releaseId(draft.system, label, source.importedAt),
    system: draft.system,
    label,
    origin: 'imported',
    format: draft.format,
    effectiveFrom,
    effectiveTo,
    sourceFileName: source.fileName,
    importedAt: source.importedAt,
    derivedHeaders: draft.derivedHeaders,
    counts: countEntries(entries),
    notes,
  };
  return { release, warnings };
}

/**
 * Applies the user's edits (label, effective dates) to a stored release, after
 * checking them; the id, entries and counts stay as imported.
 * @param release the release as stored
 * @param overrides the fields the user changed; `null` opens a date
 * @example applyReleaseOverrides(fy2022, { effectiveTo: '2022-12-31' }) //=> ok: FY2022 now ends on 2022-12-31
 */
export function applyReleaseOverrides(release: CodeRelease, overrides: ReleaseOverrides): Result<CodeRelease> {
  const next = {
    ...release,
    ...(overrides.label !== undefined ? { label: overrides.label.trim() } : {}),
    ...(overrides.effectiveFrom !== undefined ? { effectiveFrom: overrides.effectiveFrom } : {}),
    ...(overrides.effectiveTo !== undefined ? { effectiveTo: overrides.effectiveTo } : {}),
  };
  const issues = checkReleaseOverrides({ label: next.label, effectiveFrom: next.effectiveFrom, effectiveTo: next.effectiveTo });
  return issues.length > 0 ? err(issues) : ok(next);
}
