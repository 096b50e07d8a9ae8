import { z } from 'zod';
import type { Issue, Result } from '../../shared/result';
import { definePackKind, type RulePack } from '../packs/pack';
import { createCodeRowLookup, type CodeRowLookup, type CodeRowMatch, type CodeRowSource } from './code-source-lookup';
import { splitDelimitedLine } from './delimited';
import type { ImportControl } from './ncci-ptp-import';

/**
 * Fee-schedule indicators of the CMS Physician Fee Schedule relative value file
 * (PPRRVU): per code, the status, the PC/TC indicator, the global days, the
 * multiple-procedure and the bilateral-surgery indicators. The edits read only these
 * indicators; RVUs and the (AMA) descriptions are never kept. See
 * ../shared/docs/domain.md §4.3–4.5.
 */

/** The `EditContext.tables` key of the fee-schedule lookup. */
export const FEE_SCHEDULE_TABLE = 'feeSchedule';

export const GLOBAL_DAYS = ['000', '010', '090', 'XXX', 'YYY', 'ZZZ', 'MMM'] as const;
export const BILATERAL_INDICATORS = ['0', '1', '2', '3', '9'] as const;

/** The indicators of one code (one row of the file). */
export type FeeIndicators = {
  readonly code: string;
  /** '' for the global row, or 26, TC, 53. */
  readonly modifier: string;
  readonly status: string;
  /** PC/TC indicator 0–9. */
  readonly pctc: string;
  /** 000, 010, 090, XXX, YYY, ZZZ, MMM. */
  readonly globalDays: string;
  /** Multiple-procedure indicator 0–9. */
  readonly multipleProcedure: string;
  /** Bilateral-surgery indicator 0, 1, 2, 3, 9. */
  readonly bilateral: string;
};

/** An imported RVU file in its stored form (indicators only). */
export type RvuTableData = { readonly format: 'rvu/1'; readonly rows: readonly FeeIndicators[] };

export const feeIndicatorsEntrySchema = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{5}$/, 'expected a 5-character CPT/HCPCS code'),
  status: z.string().regex(/^[A-Z]?$/, 'expected a one-letter status code (A, B, C, …) or nothing').default(''),
  pctc: z.string().regex(/^\d$/, 'expected a PC/TC indicator 0–9'),
  globalDays: z.enum(GLOBAL_DAYS),
  multipleProcedure: z.string().regex(/^\d?$/, 'expected a multiple-procedure indicator 0–9').default(''),
  bilateral: z.enum(BILATERAL_INDICATORS),
});
export type FeeIndicatorsEntry = z.infer<typeof feeIndicatorsEntrySchema>;

export const FEE_SCHEDULE_KIND = definePackKind<FeeIndicatorsEntry>({
  kind: 'fee-schedule-indicators',
  title: 'Fee-schedule indicators (bilateral, global days, PC/TC)',
  description:
    'Each row: a CPT/HCPCS code with its Physician Fee Schedule indicators: status, PC/TC (1 = 26 and TC allowed), global days (000, 010, 090, XXX, YYY, ZZZ, MMM), multiple procedure, and bilateral surgery (0 = no 50, 1 = 50 on one line, 2 = already bilateral, 3 = each side at 100 %, 9 = not applicable).',
  entry: feeIndicatorsEntrySchema,
  columns: [
    { key: 'code', label: 'Code', placeholder: '20610' },
    { key: 'status', label: 'Status', placeholder: 'A' },
    { key: 'pctc', label: 'PC/TC', options: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] },
    { key: 'globalDays', label: 'Global days', options: [...GLOBAL_DAYS] },
    { key: 'multipleProcedure', label: 'Mult. proc.', placeholder: '2' },
    { key: 'bilateral', label: 'Bilateral', options: [...BILATERAL_INDICATORS] },
  ],
});

/** Where indicators come from (`byCode`: the global row of each code; a code with only 26/TC rows keeps its first row). */
export type FeeScheduleSource = CodeRowSource<FeeIndicators>;

export type FeeScheduleMatch = CodeRowMatch<FeeIndicators, FeeScheduleSource>;

export type FeeScheduleLookup = CodeRowLookup<'fee-schedule', FeeIndicators, FeeScheduleSource>;

/** The global row of each code (the row without modifier; else the first row). */
export function feeIndicatorsByCode(rows: readonly FeeIndicators[]): Map<string, FeeIndicators> {
  const map = new Map<string, FeeIndicators>();
  for (const r of rows) {
    const held = map.get(r.code);
    if (!held || (held.modifier !== '' && r.modifier === '')) map.set(r.code, r);
  }
  return map;
}

/** The indicator rows of a pack. */
export function feeIndicatorsFromPack(pack: RulePack): FeeIndicators[] {
  return (pack.entries as readonly FeeIndicatorsEntry[]).map((e) => ({
    code: e.code.toUpperCase(),
    modifier: '',
    status: e.status,
    pctc: e.pctc,
    globalDays: e.globalDays,
    multipleProcedure: e.multipleProcedure,
    bilateral: e.bilateral,
  }));
}

/**
 * A lookup over fee-schedule sources (imported files first, then packs).
 * @example createFeeScheduleLookup([source]).find('20610', '2025-10-05')?.bilateral //=> '1'
 */
export function createFeeScheduleLookup(sources: readonly FeeScheduleSource[]): FeeScheduleLookup {
  return createCodeRowLookup<'fee-schedule', FeeIndicators, FeeScheduleSource>('fee-schedule', sources);
}

/** The fee-schedule lookup in a rules-engine context, when it is there. */
export function feeScheduleFrom(tables: Readonly<Record<string, unknown>>): FeeScheduleLookup | undefined {
  const t = tables[FEE_SCHEDULE_TABLE];
  return typeof t === 'object' && t !== null && 'kind' in t && t.kind === 'fee-schedule' ? (t as FeeScheduleLookup) : undefined;
}

export type RvuImportSummary = {
  readonly rows: number;
  readonly codes: number;
  readonly modifierRows: Readonly<Record<string, number>>;
  readonly byBilateral: Readonly<Record<string, number>>;
  readonly byGlobalDays: Readonly<Record<string, number>>;
  readonly byPctc: Readonly<Record<string, number>>;
  /** From the title line (e.g. "2025 … October Release" → 2025-10-01), '' when it does not say. */
  readonly inferredEffectiveFrom: string;
  readonly title: string;
};

const REQUIRED = { code: 'HCPCS', modifier: 'MOD', status: 'STATUS CODE', pctc: 'PCTC IND', globalDays: 'GLOB DAYS', multipleProcedure: 'MULT PROC', bilateral: 'BILAT SURG' } as const;
const RELEASE_MONTHS: Record<string, string> = { JANUARY: '01', APRIL: '04', JULY: '07', OCTOBER: '10' };

function normalizeName(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/- /g, '-');
}

/**
 * Reads the CMS PFS relative value file (PPRRVU…csv): title lines, column-name lines
 * stacked over several rows (the last starts `HCPCS,MOD,DESCRIPTION,…`), then one row
 * per code and modifier. Column names are put together from the stacked lines
 * ("PCTC" over "IND" → "PCTC IND"), so the importer finds its columns by name.
 *
 * @example parseRvuText(pprrvuCsv, 'PPRRVU2025_Oct_nodesc.csv').ok //=> true (19 090 rows)
 */
export function parseRvuText(text: string, fileName: string, control: ImportControl = {}): Result<{ rows: FeeIndicators[]; summary: RvuImportSummary }> {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => /^\s*"?HCPCS"?\s*,\s*"?MOD"?\s*,/i.test(l));
  if (headerAt < 0) {
    const firstAt = lines.findIndex((l) => l.trim() !== '');
    const found = firstAt < 0 ? 'the file is empty' : `line ${firstAt + 1} reads "${lines[firstAt]!.slice(0, 70)}${lines[firstAt]!.length > 70 ? '…' : ''}"`;
    return {
      ok: false,
      errors: [{ code: 'rvu.header', message: `${fileName} has no column-name row starting "HCPCS,MOD," (${found}); expected the CMS PFS relative value file (PPRRVU…csv).`, severity: 'error', ...(firstAt < 0 ? {} : { line: firstAt + 1 }) }],
    };
  }
  const header = splitDelimitedLine(lines[headerAt]!, ',');
  const stacked: string[][] = [];
  for (let i = headerAt - 1; i >= 0 && i >= headerAt - 4; i--) {
    const cells = splitDelimitedLine(lines[i]!, ',');
    if ((cells[0] ?? '').trim() !== '' || (cells[1] ?? '').trim() !== '') break;
    stacked.unshift(cells);
  }
  const names = header.map((h, j) => normalizeName([...stacked.map((row) => row[j] ?? ''), h]));
  const col = {} as Record<keyof typeof REQUIRED, number>;
  const missing: string[] = [];
  for (const [key, name] of Object.entries(REQUIRED) as [keyof typeof REQUIRED, string][]) {
    const j = names.indexOf(name);
    if (j < 0) missing.push(name);
    col[key] = j;
  }
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [{ code: 'rvu.columns', message: `${fileName} lacks the column(s) ${missing.join(', ')} (found: ${names.filter(Boolean).slice(0, 30).join(', ')}).`, severity: 'error' }],
    };
  }
  const title = lines.slice(0, headerAt).map((l) => splitDelimitedLine(l, ',').map((c) => c.trim()).filter(Boolean).join(' ')).find((t) => /relative value/i.test(t)) ?? '';
  const release = /(\d{4}).*?\b(JANUARY|APRIL|JULY|OCTOBER)\b/i.exec(title);
  const inferredEffectiveFrom = release ? `${release[1]}-${RELEASE_MONTHS[release[2]!.toUpperCase()]}-01` : '';

  const rows: FeeIndicators[] = [];
  const errors: Issue[] = [];
  let errorCount = 0;
  const fail = (line: number, message: string) => {
    errorCount += 1;
    if (errors.length < 20) errors.push({ code: 'rvu.row', message: `${fileName}, line ${line}: ${message}`, severity: 'error', line });
  };
  const count = (m: Record<string, number>, k: string) => {
    m[k] = (m[k] ?? 0) + 1;
  };
  const modifierRows: Record<string, number> = {};
  const byBilateral: Record<string, number> = {};
  const byGlobalDays: Record<string, number> = {};
  const byPctc: Record<string, number> = {};
  const codes = new Set<string>();
  for (let i = headerAt + 1; i < lines.length; i++) {
    if ((i & 0x1fff) === 0) {
      if (control.isCancelled?.()) return { ok: false, errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }] };
      control.onProgress?.(i / lines.length);
    }
    const raw = lines[i]!;
    if (raw.replace(/[,\s]/g, '') === '') continue;
    const cells = splitDelimitedLine(raw, ',');
    const cell = (k: keyof typeof REQUIRED) => (cells[col[k]] ?? '').trim().toUpperCase();
    const code = cell('code');
    if (!/^[0-9A-Z]{5}$/.test(code)) {
      fail(i + 1, `expected a 5-character HCPCS code, found "${code.slice(0, 20)}"`);
      continue;
    }
    const row: FeeIndicators = {
      code,
      modifier: cell('modifier'),
      status: cell('status'),
      pctc: cell('pctc'),
      globalDays: cell('globalDays'),
      multipleProcedure: cell('multipleProcedure'),
      bilateral: cell('bilateral'),
    };
    if (!/^\d$/.test(row.pctc)) fail(i + 1, `${code}: PCTC IND is "${row.pctc}"; expected 0–9`);
    else if (!(GLOBAL_DAYS as readonly string[]).includes(row.globalDays)) fail(i + 1, `${code}: GLOB DAYS is "${row.globalDays}"; expected ${GLOBAL_DAYS.join(', ')}`);
    else if (!(BILATERAL_INDICATORS as readonly string[]).includes(row.bilateral)) fail(i + 1, `${code}: BILAT SURG is "${row.bilateral}"; expected 0, 1, 2, 3 or 9`);
    else if (!/^\d?$/.test(row.multipleProcedure)) fail(i + 1, `${code}: MULT PROC is "${row.multipleProcedure}"; expected 0–9`);
    else {
      rows.push(row);
      codes.add(code);
      if (row.modifier) count(modifierRows, row.modifier);
      else {
        count(byBilateral, row.bilateral);
        count(byGlobalDays, row.globalDays);
        count(byPctc, row.pctc);
      }
    }
  }
  if (errorCount > 0) {
    const more = errorCount > errors.length ? [{ code: 'rvu.more', message: `… and ${errorCount - errors.length} more problem rows.`, severity: 'error' as const }] : [];
    return { ok: false, errors: [...errors, ...more] };
  }
  if (rows.length === 0) return { ok: false, errors: [{ code: 'rvu.empty', message: `${fileName} has the RVU column names but no rows.`, severity: 'error' }] };
  control.onProgress?.(1);
  return { ok: true, value: { rows, summary: { rows: rows.length, codes: codes.size, modifierRows, byBilateral, byGlobalDays, byPctc, inferredEffectiveFrom, title } } };
}
