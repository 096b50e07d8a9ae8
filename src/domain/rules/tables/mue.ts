import { z } from 'zod';
import type { Issue, Result } from '../../shared/result';
import { definePackKind, type RulePack } from '../packs/pack';
import { createCodeRowLookup, type CodeRowLookup, type CodeRowMatch, type CodeRowSource } from './code-source-lookup';
import type { ImportControl } from './ncci-ptp-import';
import { splitDelimitedLine } from './delimited';

/**
 * Medically Unlikely Edits (MUE): the most units of a code one provider reports for
 * one patient on one date of service, and how they are counted (the MUE Adjudication
 * Indicator, MAI): 1 = per claim line, 2 = per date, absolute (policy), 3 = per date,
 * clinical benchmark (appealable). See ../shared/docs/domain.md §4.2.
 */

/** The `EditContext.tables` key of the MUE lookup. */
export const MUE_TABLE = 'mue';

export type Mai = 1 | 2 | 3;

/** One MUE, as an edit reads it. */
export type MueRow = { readonly code: string; readonly units: number; readonly mai: Mai; readonly rationale: string };

/** An imported CMS MUE table in its stored form. */
export type MueTableData = { readonly format: 'mue/1'; readonly rows: readonly MueRow[] };

export const mueEntrySchema = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{5}$/, 'expected a 5-character CPT/HCPCS code'),
  units: z.string().regex(/^\d{1,5}$/, 'expected a whole number of units (0 or more)'),
  mai: z.enum(['1', '2', '3']),
  rationale: z.string().default(''),
});
export type MueEntry = z.infer<typeof mueEntrySchema>;

export const MUE_KIND = definePackKind<MueEntry>({
  kind: 'mue',
  title: 'Medically unlikely edits (units per day)',
  description:
    'Each row: a CPT/HCPCS code, the most units one provider reports for one patient on one date, and the adjudication indicator: 1 = each line on its own, 2 = all lines of the date added up (policy, absolute), 3 = added up (clinical benchmark, appealable).',
  entry: mueEntrySchema,
  columns: [
    { key: 'code', label: 'Code', placeholder: '93306' },
    { key: 'units', label: 'Units', placeholder: '1' },
    { key: 'mai', label: 'MAI', options: ['1', '2', '3'] },
    { key: 'rationale', label: 'Rationale', wide: true },
  ],
});

/** Where MUE values come from. */
export type MueSource = CodeRowSource<MueRow>;

export type MueMatch = CodeRowMatch<MueRow, MueSource>;

export type MueLookup = CodeRowLookup<'mue', MueRow, MueSource>;

/**
 * A lookup over MUE sources (imported tables first, then packs).
 * @example createMueLookup([source]).find('93306', '2025-10-05')?.units //=> 1
 */
export function createMueLookup(sources: readonly MueSource[]): MueLookup {
  return createCodeRowLookup<'mue', MueRow, MueSource>('mue', sources);
}

/** The rows of an MUE table by code. */
export function mueRowsByCode(rows: readonly MueRow[]): Map<string, MueRow> {
  return new Map(rows.map((r) => [r.code, r] as const));
}

/** The MUE rows of a pack. */
export function mueRowsFromPack(pack: RulePack): MueRow[] {
  return (pack.entries as readonly MueEntry[]).map((e) => ({ code: e.code.toUpperCase(), units: Number(e.units), mai: Number(e.mai) as Mai, rationale: e.rationale }));
}

/** The MUE lookup in a rules-engine context, when it is there. */
export function mueLookupFrom(tables: Readonly<Record<string, unknown>>): MueLookup | undefined {
  const t = tables[MUE_TABLE];
  return typeof t === 'object' && t !== null && 'kind' in t && t.kind === 'mue' ? (t as MueLookup) : undefined;
}

export type MueImportSummary = { readonly rows: number; readonly byMai: { readonly '1': number; readonly '2': number; readonly '3': number }; readonly skippedLines: number };

/**
 * Reads a CMS MUE table saved as text (comma- or tab-separated): HCPCS/CPT code, MUE
 * value, MUE adjudication indicator (text starting with its number, e.g.
 * "2 Date of Service Edit: Policy"), MUE rationale. Title and column-name lines
 * before the first row are skipped; every row is checked.
 *
 * @example parseMueText('93306,1,"3 Date of Service Edit: Clinical",Nature of Service\n', 'mue.csv').ok //=> true
 */
export function parseMueText(text: string, fileName: string, control: ImportControl = {}): Result<{ rows: MueRow[]; summary: MueImportSummary }> {
  const lines = text.split(/\r?\n/);
  const rows: MueRow[] = [];
  const errors: Issue[] = [];
  let errorCount = 0;
  let sawData = false;
  let skipped = 0;
  const seen = new Map<string, number>();
  const byMai = { '1': 0, '2': 0, '3': 0 };
  const delimiter = lines.find((l) => /^\s*"?[0-9A-Za-z]{5}"?\s*[,\t]/.test(l))?.match(/^\s*"?[0-9A-Za-z]{5}"?\s*([,\t])/)?.[1] ?? ',';
  const fail = (line: number, message: string) => {
    errorCount += 1;
    if (errors.length < 20) errors.push({ code: 'mue.row', message: `${fileName}, line ${line}: ${message}`, severity: 'error', line });
  };
  for (let i = 0; i < lines.length; i++) {
    if ((i & 0x3fff) === 0) {
      if (control.isCancelled?.()) return { ok: false, errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }] };
      control.onProgress?.(i / lines.length);
    }
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const cells = splitDelimitedLine(raw, delimiter).map((c) => c.trim());
    const code = (cells[0] ?? '').toUpperCase();
    if (!/^[0-9A-Z]{5}$/.test(code)) {
      if (!sawData) {
        skipped += 1;
        continue;
      }
      fail(i + 1, `expected a 5-character CPT/HCPCS code first, found "${code.slice(0, 20)}"`);
      continue;
    }
    sawData = true;
    const units = cells[1] ?? '';
    if (!/^\d{1,5}$/.test(units)) {
      fail(i + 1, `the MUE value of ${code} is "${units.slice(0, 20)}"; expected a whole number of units`);
      continue;
    }
    const maiText = cells[2] ?? '';
    const mai = /^([123])\b/.exec(maiText)?.[1];
    if (!mai) {
      fail(i + 1, `the adjudication indicator of ${code} is "${maiText.slice(0, 40)}"; expected text starting with 1, 2 or 3 (e.g. "2 Date of Service Edit: Policy")`);
      continue;
    }
    const previous = seen.get(code);
    if (previous !== undefined) {
      fail(i + 1, `${code} is listed twice (also on line ${previous})`);
      continue;
    }
    seen.set(code, i + 1);
    byMai[mai as '1' | '2' | '3'] += 1;
    rows.push({ code, units: Number(units), mai: Number(mai) as Mai, rationale: cells.slice(3).join(', ').trim() });
  }
  if (errorCount > 0) {
    const more = errorCount > errors.length ? [{ code: 'mue.more', message: `… and ${errorCount - errors.length} more problem rows.`, severity: 'error' as const }] : [];
    return { ok: false, errors: [...errors, ...more] };
  }
  if (rows.length === 0) {
    return { ok: false, errors: [{ code: 'mue.empty', message: `No MUE rows were found in ${fileName}. Expected: code, MUE value, adjudication indicator (e.g. "2 Date of Service Edit: Policy"), rationale.`, severity: 'error' }] };
  }
  control.onProgress?.(1);
  return { ok: true, value: { rows, summary: { rows: rows.length, byMai, skippedLines: skipped } } };
}
