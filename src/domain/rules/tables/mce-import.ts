import { icdDisplay, isIsoDate, MAX_LISTED_ERRORS, normalizeIcdKey, splitLines } from '../../codes';
import type { Issue, Result } from '../../shared/result';
import type { RulePack } from '../packs/pack';
import { MCE_LIST_INFO, MCE_LISTS, type MceEntry, type MceList } from './mce';

/** The header of the MCE list file (tab-separated), in order. */
export const MCE_FILE_COLUMNS = ['MCE_Version', 'ICD_Version', 'MCE_Section', 'MCE_Subsection', 'MCE_Edit_Type', 'ICD_Code_Type', 'ICD_Code', 'ICD_Desc'] as const;

export type MceImportOptions = {
  readonly fileName: string;
  /** Overrides the start inferred from the MCE version (v37 → FY2020 → 2019-10-01). */
  readonly effectiveFrom?: string;
  /** '' (default) = in force until a newer MCE pack replaces it. */
  readonly effectiveTo?: string;
};

export type MceImport = {
  readonly pack: RulePack<MceEntry>;
  readonly version: string;
  readonly counts: Readonly<Record<MceList, number>>;
  /** Rows read but not kept: procedure (ICD-10-PCS) rows, diagnosis lists the workbench does not use, repeated rows. */
  readonly skipped: { readonly procedureRows: number; readonly otherLists: number; readonly duplicates: number };
  readonly warnings: readonly Issue[];
};

const LIST_BY_EDIT_TYPE = new Map<string, MceList>(MCE_LISTS.map((l) => [MCE_LIST_INFO[l].editType, l]));

/**
 * The first day of the fiscal year an MCE version is for (v33 was FY2016, the first
 * ICD-10 version; one version a year since).
 * @example mceVersionStart('37') //=> '2019-10-01'
 */
export function mceVersionStart(version: string): string {
  const v = Number(version);
  return `${v + 1982}-10-01`;
}

function issue(line: number, code: string, message: string, severity: Issue['severity'] = 'error'): Issue {
  return { code, message: `Line ${line}: ${message}`, severity, line };
}

/**
 * Reads the Medicare Code Editor list file (one tab-separated table with the header
 * `MCE_Version ICD_Version MCE_Section MCE_Subsection MCE_Edit_Type ICD_Code_Type ICD_Code ICD_Desc`)
 * into an `mce` rule pack. Diagnosis rows (`D`) of the lists the workbench uses are kept;
 * procedure rows (`P`, ICD-10-PCS) are counted and skipped. Nothing is returned unless
 * every line reads; errors name the line, what was expected and what was found (the first 20, then a count).
 *
 * @param text the decoded file
 * @param options the file name and, optionally, the effective dates
 * @example parseMceFile(text, { fileName: 'MCE_Simple_Code_Edits_v37.txt' }) //=> ok({ pack: { id: 'mce-v37', … }, counts: { newborn: 41, … } })
 */
export function parseMceFile(text: string, options: MceImportOptions): Result<MceImport> {
  const { lines } = splitLines(text);
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  let errorCount = 0;
  const fail = (i: Issue) => {
    errorCount += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(i);
  };
  const header = (lines[0] ?? '').split('\t').map((c) => c.trim());
  if (header.join('\t') !== MCE_FILE_COLUMNS.join('\t')) {
    return {
      ok: false,
      errors: [issue(1, 'mce.header', `expected the MCE list header "${MCE_FILE_COLUMNS.join(' ')}" (tab-separated), found "${(lines[0] ?? '').slice(0, 120)}".`)],
    };
  }
  const entries: MceEntry[] = [];
  const seen = new Set<string>();
  const counts = Object.fromEntries(MCE_LISTS.map((l) => [l, 0])) as Record<MceList, number>;
  let version = '';
  let versionLine = 0;
  let procedureRows = 0;
  let otherLists = 0;
  let duplicates = 0;
  const unknownTypes = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const cols = raw.split('\t');
    if (cols.length !== MCE_FILE_COLUMNS.length) {
      fail(issue(n, 'mce.columns', `expected ${MCE_FILE_COLUMNS.length} tab-separated columns, found ${cols.length}.`));
      continue;
    }
    const [mceVersion, icdVersion, , , editType, codeType, code, desc] = cols.map((c) => c.trim()) as [string, string, string, string, string, string, string, string];
    if (!/^\d{2}$/.test(mceVersion)) {
      fail(issue(n, 'mce.version', `expected an MCE version such as 37, found "${mceVersion}".`));
      continue;
    }
    if (version === '') {
      version = mceVersion;
      versionLine = n;
    } else if (mceVersion !== version) {
      fail(issue(n, 'mce.version', `MCE version ${mceVersion} differs from version ${version} on line ${versionLine}; import one version at a time.`));
      continue;
    }
    if (icdVersion !== '10') {
      fail(issue(n, 'mce.icd-version', `expected ICD version 10, found "${icdVersion}".`));
      continue;
    }
    if (codeType === 'P') {
      procedureRows += 1;
      continue;
    }
    if (codeType !== 'D') {
      fail(issue(n, 'mce.code-type', `expected ICD_Code_Type D (diagnosis) or P (procedure), found "${codeType}".`));
      continue;
    }
    const key = normalizeIcdKey(code);
    if (key === null) {
      fail(issue(n, 'mce.code', `expected an ICD-10-CM code such as O80 or Z34.00, found "${code}".`));
      continue;
    }
    const list = LIST_BY_EDIT_TYPE.get(editType);
    if (!list) {
      otherLists += 1;
      if (!unknownTypes.has(editType)) {
        unknownTypes.add(editType);
        warnings.push(issue(n, 'mce.list-skipped', `diagnosis list "${editType}" is not one the workbench checks; its rows are skipped.`, 'warning'));
      }
      continue;
    }
    const id = `${list}|${key}`;
    if (seen.has(id)) {
      duplicates += 1;
      continue;
    }
    seen.add(id);
    counts[list] += 1;
    entries.push(desc === '' ? { list, code: icdDisplay(key) } : { list, code: icdDisplay(key), title: desc });
  }
  if (errorCount > MAX_LISTED_ERRORS) errors.push({ code: 'mce.more', message: `…and ${errorCount - MAX_LISTED_ERRORS} more problems.`, severity: 'error' });
  if (errors.length > 0) return { ok: false, errors };
  if (entries.length === 0) return { ok: false, errors: [{ code: 'mce.empty', message: `${options.fileName} holds no diagnosis rows of the MCE lists the workbench checks.`, severity: 'error' }] };
  const effectiveFrom = options.effectiveFrom ?? mceVersionStart(version);
  if (!isIsoDate(effectiveFrom)) return { ok: false, errors: [{ code: 'mce.dates', message: `Effective from: expected a date as YYYY-MM-DD, found "${effectiveFrom}".`, severity: 'error' }] };
  const effectiveTo = options.effectiveTo ?? '';
  if (effectiveTo !== '' && (!isIsoDate(effectiveTo) || effectiveTo < effectiveFrom)) {
    return { ok: false, errors: [{ code: 'mce.dates', message: `Effective to: expected a date as YYYY-MM-DD on or after ${effectiveFrom}, found "${effectiveTo}".`, severity: 'error' }] };
  }
  const listed = MCE_LISTS.filter((l) => counts[l] > 0).map((l) => `${MCE_LIST_INFO[l].label} ${counts[l]}`).join(', ');
  const pack: RulePack<MceEntry> = {
    id: `mce-v${version}`,
    name: `MCE v${version} diagnosis lists`,
    kind: 'mce',
    version,
    effectiveFrom,
    effectiveTo,
    source: {
      document: `Medicare Code Editor (MCE) v${version} code lists (CMS)`,
      section: 'Definitions of Medicare Code Edits: age (4A–4D), sex (5A, 5C), manifestation (6), questionable admission (8A), unacceptable principal (9)',
    },
    description: `Imported from ${options.fileName}: ${listed}. ${procedureRows} procedure rows skipped.`,
    entries,
  };
  return { ok: true, value: { pack, version, counts, skipped: { procedureRows, otherLists, duplicates }, warnings } };
}
