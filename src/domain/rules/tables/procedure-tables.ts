import { z } from 'zod';
import { isIsoDate } from '../../shared/dates';
import type { Issue, Result } from '../../shared/result';
import type { RulePack } from '../packs/pack';
import { createFeeScheduleLookup, FEE_SCHEDULE_KIND, FEE_SCHEDULE_TABLE, feeIndicatorsByCode, feeIndicatorsFromPack, parseRvuText, type FeeIndicators, type FeeScheduleSource, type RvuTableData } from './fee-schedule';
import { buildLinkageTable, LINKAGE_KIND, LINKAGE_TABLE } from './linkage';
import type { CodeRowSource } from './code-source-lookup';
import { createMueLookup, MUE_KIND, MUE_TABLE, mueRowsByCode, mueRowsFromPack, parseMueText, type MueRow, type MueSource, type MueTableData } from './mue';
import { createPtpLookup, PTP_KIND, PTP_TABLE, ptpTableFromPack, type PtpSource, type PtpTableData } from './ncci-ptp';
import { parseNcciPtpText, type ImportControl, type PtpTextPart } from './ncci-ptp-import';

/**
 * The reference tables of the procedure edits, put together for the rules engine:
 * CMS files the user imported (NCCI PTP, MUE, PFS RVU; stored in the browser) and
 * rule packs (linkage, PTP pairs, MUE values, fee-schedule indicators; starter packs
 * and the user's own). `buildProcedureTables` gives the `EditContext.tables` entries.
 */

export const PROCEDURE_TABLE_KEYS = { linkage: LINKAGE_TABLE, ptp: PTP_TABLE, mue: MUE_TABLE, feeSchedule: FEE_SCHEDULE_TABLE } as const;

export type ReferenceTableKind = 'ncci-ptp' | 'mue' | 'rvu';
/** Which CMS table: practitioner, outpatient hospital (facility) or DME; '' for the RVU file. */
export type ReferenceSetting = 'practitioner' | 'hospital' | 'dme' | '';

/** What the list of loaded tables shows, stored beside the data. */
export type ReferenceTableMeta = {
  readonly id: string;
  readonly kind: ReferenceTableKind;
  readonly label: string;
  readonly setting: ReferenceSetting;
  /** `YYYY-MM-DD`, '' = from the start (PTP rows carry their own dates). */
  readonly effectiveFrom: string;
  /** `YYYY-MM-DD`, '' = open-ended. */
  readonly effectiveTo: string;
  readonly importedAt: string;
  readonly fileNames: readonly string[];
  readonly rowCount: number;
  /** Counts and facts for the list (codes, pairs, rows by indicator, …). */
  readonly details: Readonly<Record<string, string | number>>;
  readonly enabled: boolean;
};

export type ReferenceTableData = PtpTableData | MueTableData | RvuTableData;
export type ReferenceTable = { readonly meta: ReferenceTableMeta; readonly data: ReferenceTableData };

const KIND_FORMAT: Record<ReferenceTableKind, ReferenceTableData['format']> = { 'ncci-ptp': 'ncci-ptp/1', mue: 'mue/1', rvu: 'rvu/1' };

/** The pack kinds of the procedure edits (for PACK_KINDS). */
export const PROCEDURE_PACK_KINDS = [LINKAGE_KIND, PTP_KIND, MUE_KIND, FEE_SCHEDULE_KIND] as const;

const mueCache = new WeakMap<object, Map<string, MueRow>>();
const rvuCache = new WeakMap<object, Map<string, FeeIndicators>>();

function newestFirst<T>(list: readonly T[], from: (t: T) => string, tieBreak: (a: T, b: T) => number): T[] {
  return [...list].sort((a, b) => (from(a) < from(b) ? 1 : from(a) > from(b) ? -1 : tieBreak(a, b)));
}

/**
 * Builds the procedure tables for the rules engine from the packs in play and the
 * imported CMS tables. A table with no source at all is left out, and the edits that
 * need it say "not checked". Lookups try imported tables first (newest effective date,
 * then latest import), then packs (newest first); see each lookup for how sources combine.
 *
 * @param input.packs starter packs the user has not replaced, then imported packs
 * @param input.disabledPacks ids of packs switched off on the Rules page
 * @param input.imported imported CMS tables (switched-off ones are skipped)
 * @example buildProcedureTables({ packs: STARTER_PACKS, imported: [] }) //=> { procedureLinkage, ncciPtp, mue, feeSchedule }
 */
export function buildProcedureTables(input: { packs: readonly RulePack[]; disabledPacks?: ReadonlySet<string>; imported?: readonly ReferenceTable[] }): Record<string, unknown> {
  const disabled = input.disabledPacks ?? new Set<string>();
  const packs = input.packs.filter((p) => !disabled.has(p.id));
  const packsOf = (kind: string) => newestFirst(packs.filter((p) => p.kind === kind), (p) => p.effectiveFrom, (a, b) => packs.indexOf(b) - packs.indexOf(a));
  const imported = newestFirst(
    (input.imported ?? []).filter((t) => t.meta.enabled && t.data.format === KIND_FORMAT[t.meta.kind]),
    (t) => t.meta.effectiveFrom,
    (a, b) => (a.meta.importedAt < b.meta.importedAt ? 1 : a.meta.importedAt > b.meta.importedAt ? -1 : 0),
  );
  const importedOf = (kind: ReferenceTableKind) => imported.filter((t) => t.meta.kind === kind);
  const packLabel = (p: RulePack) => `${p.name} v${p.version}`;
  const tables: Record<string, unknown> = {};

  const linkagePacks = packsOf(LINKAGE_KIND.kind);
  if (linkagePacks.length > 0) tables[LINKAGE_TABLE] = buildLinkageTable(linkagePacks);

  const ptpSources: PtpSource[] = [
    ...importedOf('ncci-ptp').map((t) => ({ id: t.meta.id, label: t.meta.label, origin: 'imported' as const, effectiveFrom: t.meta.effectiveFrom, effectiveTo: t.meta.effectiveTo, table: t.data as PtpTableData })),
    ...packsOf(PTP_KIND.kind).map((p) => ({ id: p.id, label: packLabel(p), origin: 'pack' as const, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo, table: ptpTableFromPack(p) })),
  ];
  if (ptpSources.length > 0) tables[PTP_TABLE] = createPtpLookup(ptpSources);

  /** Imported tables, then packs, of one per-code kind (MUE, fee schedule), each indexed by code once and cached. */
  function codeRowSources<Row, Data extends object>(
    kind: ReferenceTableKind,
    packKind: string,
    cache: WeakMap<object, Map<string, Row>>,
    byCode: (rows: readonly Row[]) => Map<string, Row>,
    rowsOfTable: (data: Data) => readonly Row[],
    rowsOfPack: (pack: RulePack) => readonly Row[],
  ): CodeRowSource<Row>[] {
    const indexed = (key: object, rows: () => readonly Row[]) => {
      let map = cache.get(key);
      if (!map) cache.set(key, (map = byCode(rows())));
      return map;
    };
    return [
      ...importedOf(kind).map((t) => ({ id: t.meta.id, label: t.meta.label, origin: 'imported' as const, effectiveFrom: t.meta.effectiveFrom, effectiveTo: t.meta.effectiveTo, byCode: indexed(t.data, () => rowsOfTable(t.data as Data)) })),
      ...packsOf(packKind).map((p) => ({ id: p.id, label: packLabel(p), origin: 'pack' as const, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo, byCode: indexed(p, () => rowsOfPack(p)) })),
    ];
  }

  const mueSources: MueSource[] = codeRowSources<MueRow, MueTableData>('mue', MUE_KIND.kind, mueCache, mueRowsByCode, (d) => d.rows, mueRowsFromPack);
  if (mueSources.length > 0) tables[MUE_TABLE] = createMueLookup(mueSources);

  const feeSources: FeeScheduleSource[] = codeRowSources<FeeIndicators, RvuTableData>('rvu', FEE_SCHEDULE_KIND.kind, rvuCache, feeIndicatorsByCode, (d) => d.rows, feeIndicatorsFromPack);
  if (feeSources.length > 0) tables[FEE_SCHEDULE_TABLE] = createFeeScheduleLookup(feeSources);
  return tables;
}

/** What the user asks to import. */
export type ReferenceImportRequest = {
  readonly kind: ReferenceTableKind;
  readonly setting: ReferenceSetting;
  /** The text of each file (a PTP table comes in several parts; MUE and RVU in one). */
  readonly parts: readonly PtpTextPart[];
  readonly importedAt: string;
  /** '' = from the file (RVU title) or from the start. */
  readonly effectiveFrom?: string;
  /** '' = open-ended. */
  readonly effectiveTo?: string;
  /** Id of the stored table (so a re-import of the same kind and setting replaces it); made up when absent. */
  readonly id?: string;
};

const SETTING_LABEL: Record<ReferenceSetting, string> = { practitioner: 'practitioner', hospital: 'outpatient hospital', dme: 'DME', '': '' };

const FILE_DESCRIPTION: Record<ReferenceTableKind, string> = {
  'ncci-ptp': 'an NCCI PTP table (tab-separated: column 1 code, column 2 code, prior-1996 flag, effective date, deletion date, modifier indicator, rationale)',
  mue: 'an MUE table (code, MUE value, adjudication indicator such as "2 Date of Service Edit: Policy", rationale)',
  rvu: 'the PFS relative value file (PPRRVU…csv, with a column-name row starting "HCPCS,MOD,")',
};

/** What a CMS reference file looks like from its first lines, with the line that tells. */
export type ReferenceFileGuess = { readonly kind: ReferenceTableKind; readonly line: number; readonly text: string };

const LOOKS_LIKE: readonly [ReferenceTableKind, RegExp][] = [
  ['rvu', /^\s*"?HCPCS"?\s*,\s*"?MOD"?\s*,/i],
  ['ncci-ptp', /^\s*"?[0-9A-Za-z]{5}"?\t"?[0-9A-Za-z]{5}"?\t[^\t]*\t\d{8}\t/],
  ['ncci-ptp', /^\s*Column 1\tColumn 2\t/i],
  ['mue', /^\s*"?[0-9A-Za-z]{5}"?\s*[,\t]\s*"?\d+"?\s*[,\t]\s*"?[123] (Line|Date)/i],
  ['mue', /MUE (Values?|Adjudication)/i],
];

/**
 * Which CMS reference file a text looks like, from its first 60 lines (`null` when
 * none of the layouts shows): the RVU file's column names, a PTP row or header, an MUE
 * row or header.
 * @example guessReferenceFile('HCPCS,MOD,DESCRIPTION,...') //=> { kind: 'rvu', line: 1, text: 'HCPCS,MOD,DESCRIPTION,...' }
 */
export function guessReferenceFile(text: string): ReferenceFileGuess | null {
  let start = 0;
  for (let n = 1; n <= 60 && start < text.length; n++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    for (const [kind, re] of LOOKS_LIKE) if (re.test(line)) return { kind, line: n, text: line };
    if (end < 0) break;
    start = end + 1;
  }
  return null;
}

/** A file that is plainly another CMS table than the one asked for: what was expected, what was found, on which line. */
function wrongFileIssue(kind: ReferenceTableKind, part: PtpTextPart): Issue | null {
  const guess = guessReferenceFile(part.text);
  if (!guess || guess.kind === kind) return null;
  const shown = guess.text.length > 70 ? `${guess.text.slice(0, 70)}…` : guess.text;
  return {
    code: 'reference.wrong-file',
    message: `${part.name}, line ${guess.line}: this is ${FILE_DESCRIPTION[guess.kind]}: the line reads "${shown.replace(/\t/g, ' ⇥ ')}". Expected ${FILE_DESCRIPTION[kind]}. Choose the matching file type above, or another file; nothing was changed.`,
    severity: 'error',
    line: guess.line,
    where: part.name,
  };
}

/**
 * Imports CMS reference files (the worker runs this): PTP parts into one compact
 * table, an MUE table, or the PFS RVU file's indicators. Nothing is returned unless
 * every file reads.
 *
 * @example importReferenceTable({ kind: 'mue', setting: 'practitioner', parts: [{ name: 'mue.csv', text }], importedAt: '2025-10-05T09:00:00' })
 */
export function importReferenceTable(request: ReferenceImportRequest, control: ImportControl = {}): Result<ReferenceTable> {
  const { kind, setting, parts, importedAt } = request;
  const from = (request.effectiveFrom ?? '').trim();
  const to = (request.effectiveTo ?? '').trim();
  const dateIssues: Issue[] = [];
  if (from !== '' && !isIsoDate(from)) dateIssues.push({ code: 'reference.date', message: `Effective from "${from}" is not a date as YYYY-MM-DD.`, severity: 'error' });
  if (to !== '' && !isIsoDate(to)) dateIssues.push({ code: 'reference.date', message: `Effective to "${to}" is not a date as YYYY-MM-DD.`, severity: 'error' });
  if (dateIssues.length === 0 && from !== '' && to !== '' && to < from) dateIssues.push({ code: 'reference.date', message: 'Effective to is before effective from.', severity: 'error' });
  if (dateIssues.length > 0) return { ok: false, errors: dateIssues };
  if (parts.length === 0) return { ok: false, errors: [{ code: 'reference.nofile', message: 'Choose a file to import.', severity: 'error' }] };
  const fileNames = parts.map((p) => p.name);
  const id = request.id ?? `${kind}-${setting || 'all'}-${importedAt.replace(/[^0-9]/g, '')}`;
  const first = parts[0]!;
  const base = { id, kind, setting, importedAt, fileNames, enabled: true, effectiveTo: to };
  const wrong = parts.map((p) => wrongFileIssue(kind, p)).filter((i): i is Issue => i !== null);
  if (wrong.length > 0) return { ok: false, errors: wrong };

  switch (kind) {
    case 'ncci-ptp': {
      const r = parseNcciPtpText(parts, control);
      if (!r.ok) return r;
      const s = r.value.summary;
      return {
        ok: true,
        value: {
          meta: {
            ...base,
            label: `NCCI PTP ${SETTING_LABEL[setting] || 'table'} (${fileNames.length === 1 ? first.name : `${fileNames.length} files`})`,
            effectiveFrom: from,
            rowCount: s.rows,
            details: {
              pairs: s.pairs,
              codes: s.codes,
              'indicator 0': s.byIndicator['0'],
              'indicator 1': s.byIndicator['1'],
              'indicator 9': s.byIndicator['9'],
              'deleted rows': s.deletedRows,
              'edits effective': s.earliestEffective === s.latestEffective ? s.earliestEffective : `${s.earliestEffective} – ${s.latestEffective}`,
            },
          },
          data: r.value.table,
        },
      };
    }
    case 'mue': {
      if (parts.length > 1) return { ok: false, errors: [{ code: 'reference.parts', message: `An MUE table is one file; ${parts.length} were chosen.`, severity: 'error' }] };
      const r = parseMueText(first.text, first.name, control);
      if (!r.ok) return r;
      const s = r.value.summary;
      return {
        ok: true,
        value: {
          meta: {
            ...base,
            label: `MUE ${SETTING_LABEL[setting] || 'table'} (${first.name})`,
            effectiveFrom: from,
            rowCount: s.rows,
            details: { codes: s.rows, 'MAI 1': s.byMai['1'], 'MAI 2': s.byMai['2'], 'MAI 3': s.byMai['3'] },
          },
          data: { format: 'mue/1', rows: r.value.rows },
        },
      };
    }
    case 'rvu': {
      if (parts.length > 1) return { ok: false, errors: [{ code: 'reference.parts', message: `The RVU file is one file; ${parts.length} were chosen.`, severity: 'error' }] };
      const r = parseRvuText(first.text, first.name, control);
      if (!r.ok) return r;
      const s = r.value.summary;
      const fmt = (m: Readonly<Record<string, number>>) =>
        Object.entries(m)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ');
      return {
        ok: true,
        value: {
          meta: {
            ...base,
            label: `PFS relative value file (${first.name})`,
            effectiveFrom: from || s.inferredEffectiveFrom,
            rowCount: s.rows,
            details: {
              codes: s.codes,
              '26/TC rows': fmt(s.modifierRows),
              'bilateral indicator': fmt(s.byBilateral),
              'global days': fmt(s.byGlobalDays),
              'PC/TC indicator': fmt(s.byPctc),
              ...(s.title ? { title: s.title } : {}),
            },
          },
          data: { format: 'rvu/1', rows: r.value.rows },
        },
      };
    }
  }
}

const referenceMetaSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['ncci-ptp', 'mue', 'rvu']),
  label: z.string(),
  setting: z.enum(['practitioner', 'hospital', 'dme', '']),
  effectiveFrom: z.string(),
  effectiveTo: z.string(),
  importedAt: z.string(),
  fileNames: z.array(z.string()),
  rowCount: z.number().int().nonnegative(),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
  enabled: z.boolean(),
});

function ptpDataProblem(d: Record<string, unknown>): string | null {
  const n = d['rowCount'];
  if (typeof n !== 'number' || !Array.isArray(d['codes']) || !Array.isArray(d['rationales'])) return 'its row count, codes or rationales are missing';
  const arrays: [string, new (...args: never[]) => ArrayLike<number>, number | null][] = [
    ['column1', Uint32Array, n],
    ['column2', Uint32Array, n],
    ['effective', Uint16Array, n],
    ['deletion', Uint16Array, n],
    ['flags', Uint8Array, n],
    ['rationaleIds', Uint16Array, n],
    ['next', Int32Array, n],
    ['slots', Int32Array, null],
  ];
  for (const [key, type, length] of arrays) {
    const a = d[key];
    // By tag, not instanceof: a table read back from storage may come from another realm.
    const isType = Object.prototype.toString.call(a) === `[object ${type.name}]`;
    if (!isType || (length !== null && (a as ArrayLike<number>).length !== length)) return `${key} is not a ${type.name} of ${length ?? 'any'} entries`;
  }
  const slots = d['slots'] as Int32Array;
  return slots.length >= 16 && (slots.length & (slots.length - 1)) === 0 ? null : 'its hash table size is not a power of two';
}

/**
 * Checks a table read back from storage (written by an older version, or damaged):
 * the list entry against its schema and the data against its format. Never throws.
 * @example parseStoredReferenceTable(meta, data).ok //=> true
 */
export function parseStoredReferenceTable(meta: unknown, data: unknown): Result<ReferenceTable> {
  const m = referenceMetaSchema.safeParse(meta);
  const bad = (why: string): Result<never> => ({ ok: false, errors: [{ code: 'reference.stored', message: `The stored table ${m.success ? `“${m.data.label}”` : ''} cannot be used: ${why}. Remove it and import the file again.`, severity: 'error' }] });
  if (!m.success) return bad('its description does not read');
  if (typeof data !== 'object' || data === null) return bad('its data is missing');
  const d = data as Record<string, unknown>;
  if (d['format'] !== KIND_FORMAT[m.data.kind]) return bad(`its data format is ${String(d['format'])}, expected ${KIND_FORMAT[m.data.kind]}`);
  if (m.data.kind === 'ncci-ptp') {
    const p = ptpDataProblem(d);
    if (p) return bad(p);
  } else if (!Array.isArray(d['rows'])) return bad('its rows are missing');
  return { ok: true, value: { meta: m.data, data: data as ReferenceTableData } };
}
