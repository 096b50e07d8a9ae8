import { parseDecimal, type Dec } from '../money';
import type { Issue, Result } from '../shared/result';
import { columnIndex, splitDelimited, type CsvRecord } from './csv';
import { parseCivilDate } from './dates';
import type { DrgWeightRow, DrgWeightsTable, TariffRow, TariffTable } from './tables';

/** What the user says about a table being imported: a name and when it applies. */
export type TableMeta = {
  readonly id: string;
  readonly label: string;
  readonly version: string;
  /** ISO `YYYY-MM-DD`; `''` = no start. */
  readonly effectiveFrom: string;
  /** ISO `YYYY-MM-DD`; `''` = open-ended. */
  readonly effectiveTo: string;
  /** e.g. the file name. */
  readonly sourceNote: string;
};

/** A parsed table plus the things worth a look that did not stop the import. */
export type ParsedTable<T> = { readonly table: T; readonly warnings: readonly Issue[] };

function error(code: string, message: string, line?: number): Issue {
  return line === undefined ? { code, message, severity: 'error' } : { code, message, severity: 'error', line };
}
function warning(code: string, message: string, line: number): Issue {
  return { code, message, severity: 'warning', line };
}

/**
 * Checks the label and effective dates of a table being imported.
 * @example checkTableMeta({ id: 't', label: '', version: '', effectiveFrom: '2025-13-01', effectiveTo: '', sourceNote: '' }).length //=> 2
 */
export function checkTableMeta(meta: TableMeta): Issue[] {
  const issues: Issue[] = [];
  if (meta.id.trim() === '') issues.push(error('table.meta.id', 'The table needs an id.'));
  if (meta.label.trim() === '') issues.push(error('table.meta.label', 'Give the table a name, e.g. "Mandatory Tariff 2025".'));
  for (const [name, value] of [
    ['effectiveFrom', meta.effectiveFrom],
    ['effectiveTo', meta.effectiveTo],
  ] as const) {
    if (value !== '' && !parseCivilDate(value)) {
      issues.push(error('table.meta.date', `The ${name === 'effectiveFrom' ? 'start' : 'end'} date must be a real date as YYYY-MM-DD, found "${value}".`));
    }
  }
  if (meta.effectiveFrom !== '' && meta.effectiveTo !== '' && meta.effectiveTo < meta.effectiveFrom) {
    issues.push(error('table.meta.range', `The table ends (${meta.effectiveTo}) before it starts (${meta.effectiveFrom}).`));
  }
  return issues;
}

const WEIGHT_COLUMNS = {
  code: ['code', 'drgcode', 'drg', 'irdrg', 'irdrgcode'],
  description: ['description', 'drgdescription', 'desc', 'name'],
  relativeWeight: ['rw', 'relativeweight', 'weight', 'drgrw'],
  alos: ['alos', 'averagelengthofstay', 'avglos', 'meanlos'],
  lowTrim: ['ltrim', 'lowtrim', 'lowtrimpoint', 'ltlos', 'lowtrimlos'],
  highTrim: ['htrim', 'hightrim', 'hightrimpoint', 'htlos', 'hightrimlos'],
  mentalHealth: ['mentalhealth', 'mh', 'mentalhealthdrg', 'losoutlier'],
  cahms: ['cahms', 'cahmseligible', 'cahmsadjustor'],
} as const;

const YES = ['y', 'yes', 'true', '1', 'x'];
const NO = ['n', 'no', 'false', '0', ''];

function flag(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  return null;
}

/** The header row and the index of each wanted column; errors for required ones missing. */
function header<K extends string>(
  records: readonly CsvRecord[],
  wanted: Record<K, readonly string[]>,
  required: readonly K[],
  what: string,
): Result<{ head: CsvRecord; cols: Map<K, number> }> {
  const head = records[0];
  if (!head) return { ok: false, errors: [error('table.empty', `The ${what} file is empty.`)] };
  const cols = new Map<K, number>();
  for (const [key, names] of Object.entries(wanted) as [K, readonly string[]][]) cols.set(key, columnIndex(head.fields, names));
  const missing = required.filter((k) => (cols.get(k) ?? -1) < 0);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [
        error(
          'table.header',
          `Line ${head.line}: the header must name the columns ${required.join(', ')}; missing ${missing.join(', ')} (found: ${head.fields.join(' | ')}).`,
          head.line,
        ),
      ],
    };
  }
  return { ok: true, value: { head, cols } };
}

function cell<K extends string>(rec: CsvRecord, cols: Map<K, number>, key: K): string {
  const i = cols.get(key) ?? -1;
  return i < 0 ? '' : (rec.fields[i] ?? '');
}

/**
 * Reads an IR-DRG weights table (CSV, tab- or semicolon-separated) with a header row naming
 * code, description, RW, ALOS, low trim and high trim, and optional mental-health and CAHMS
 * flag columns (Y/N, yes/no, true/false, 1/0). Every problem is reported with its line.
 * @param text - the file content
 * @param meta - label, version and effective dates given by the user
 * @returns the table and warnings, or every error found
 * @example parseDrgWeightsCsv('code,description,rw,alos,ltrim,htrim\n194101,IM SCHIZOPHRENIA,1.7420,15.30,1,29', meta).ok //=> true
 */
export function parseDrgWeightsCsv(text: string, meta: TableMeta): Result<ParsedTable<DrgWeightsTable>> {
  const errors: Issue[] = [...checkTableMeta(meta)];
  const warnings: Issue[] = [];
  const split = splitDelimited(text);
  if (!split.ok) return { ok: false, errors: [...errors, ...split.errors] };
  const h = header(split.value.records, WEIGHT_COLUMNS, ['code', 'description', 'relativeWeight', 'alos', 'lowTrim', 'highTrim'], 'IR-DRG weights');
  if (!h.ok) return { ok: false, errors: [...errors, ...h.errors] };
  const { cols } = h.value;
  const rows: DrgWeightRow[] = [];
  const firstLine = new Map<string, number>();
  for (const rec of split.value.records.slice(1)) {
    const at = `Line ${rec.line}`;
    const code = cell(rec, cols, 'code');
    const rowErrors: Issue[] = [];
    if (/^\d{5}$/.test(code)) {
      rowErrors.push(error('drg.table.code', `${at}: IR-DRG code "${code}" has 5 digits; a spreadsheet may have dropped a leading zero (0${code}?).`, rec.line));
    } else if (!/^\d{6}$/.test(code)) {
      rowErrors.push(error('drg.table.code', `${at}: expected a six-digit IR-DRG code, found "${code}".`, rec.line));
    }
    const num = (key: 'relativeWeight' | 'alos' | 'lowTrim' | 'highTrim', label: string, min: 'positive' | 'zero-or-more') => {
      const raw = cell(rec, cols, key);
      const p = parseDecimal(raw);
      if (!p.ok) {
        rowErrors.push(error('drg.table.number', `${at}: ${label} must be a number, found "${raw}".`, rec.line));
        return null;
      }
      if (min === 'positive' ? p.value.value.lte(0) : p.value.value.lt(0)) {
        rowErrors.push(error('drg.table.range', `${at}: ${label} must be ${min === 'positive' ? 'above 0' : '0 or more'}, found ${p.value.canonical}.`, rec.line));
        return null;
      }
      return p.value;
    };
    const rw = num('relativeWeight', 'the relative weight', 'positive');
    const alos = num('alos', 'the ALOS', 'positive');
    const low = num('lowTrim', 'the low trim', 'zero-or-more');
    const high = num('highTrim', 'the high trim', 'positive');
    const flags = { mentalHealth: false, cahms: false };
    for (const key of ['mentalHealth', 'cahms'] as const) {
      const raw = cell(rec, cols, key);
      const f = flag(raw);
      if (f === null) rowErrors.push(error('drg.table.flag', `${at}: the ${key === 'cahms' ? 'CAHMS' : 'mental-health'} flag must be Y or N, found "${raw}".`, rec.line));
      else flags[key] = f;
    }
    if (low && high && high.value.lt(low.value)) {
      rowErrors.push(error('drg.table.trims', `${at}: the high trim (${high.canonical}) is below the low trim (${low.canonical}).`, rec.line));
    }
    const seenAt = firstLine.get(code);
    if (seenAt !== undefined) rowErrors.push(error('drg.table.duplicate', `${at}: IR-DRG ${code} is already on line ${seenAt}.`, rec.line));
    if (rowErrors.length > 0 || !rw || !alos || !low || !high) {
      errors.push(...rowErrors);
      continue;
    }
    firstLine.set(code, rec.line);
    if (rw.value.decimalPlaces() > 4) {
      warnings.push(warning('drg.table.rw-places', `${at}: RW ${rw.canonical} has more than 4 decimals; it is rounded to 4 when used (§4.4.2.1).`, rec.line));
    }
    if (alos.value.lt(low.value) || alos.value.gt(high.value)) {
      warnings.push(warning('drg.table.alos', `${at}: ALOS ${alos.canonical} lies outside the trims ${low.canonical}–${high.canonical}.`, rec.line));
    }
    rows.push({
      code,
      description: cell(rec, cols, 'description'),
      relativeWeight: rw.canonical,
      alos: alos.canonical,
      lowTrim: low.canonical,
      highTrim: high.canonical,
      mentalHealth: flags.mentalHealth,
      cahms: flags.cahms,
    });
  }
  if (rows.length === 0 && errors.length === 0) errors.push(error('table.no-rows', 'The file has a header but no IR-DRG rows.'));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { table: { ...meta, origin: 'imported', rows }, warnings } };
}

const TARIFF_COLUMNS = {
  codeType: ['codetype', 'type', 'activitytype', 'codesystem'],
  code: ['code', 'activitycode', 'servicecode'],
  price: ['price', 'tariff', 'amount', 'aed', 'priceaed', 'tariffprice'],
} as const;

/** Code-type names a price list may use, mapped to Activity.Type. */
const CODE_TYPES: Record<string, string> = {
  '3': '3',
  cpt: '3',
  '4': '4',
  hcpcs: '4',
  '5': '5',
  drug: '5',
  tradedrug: '5',
  '6': '6',
  dental: '6',
  '8': '8',
  service: '8',
  servicecode: '8',
  '10': '10',
  genericdrug: '10',
};

/**
 * Maps a price list's code type (`CPT`, `HCPCS`, `Drug`, `Dental`, `Service code`, `Generic drug`, or the
 * Activity.Type number) to Activity.Type; `null` when unknown.
 * @example toActivityType('HCPCS') //=> '4'
 */
export function toActivityType(codeType: string): string | null {
  return CODE_TYPES[codeType.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
}

/**
 * Reads a Mandatory Tariff price list (CSV, tab- or semicolon-separated) with a header naming
 * code type, code and price. Codes are kept upper-case; prices are AED.
 * @param text - the file content
 * @param meta - label, version and effective dates given by the user
 * @returns the price list and warnings, or every error found with its line
 * @example parseTariffCsv('code type,code,price\nCPT,27447,18000.00', meta).ok //=> true
 */
export function parseTariffCsv(text: string, meta: TableMeta): Result<ParsedTable<TariffTable>> {
  const errors: Issue[] = [...checkTableMeta(meta)];
  const warnings: Issue[] = [];
  const split = splitDelimited(text);
  if (!split.ok) return { ok: false, errors: [...errors, ...split.errors] };
  const h = header(split.value.records, TARIFF_COLUMNS, ['codeType', 'code', 'price'], 'price list');
  if (!h.ok) return { ok: false, errors: [...errors, ...h.errors] };
  const { cols } = h.value;
  const rows: TariffRow[] = [];
  const seen = new Map<string, { line: number; price: string; value: Dec }>();
  for (const rec of split.value.records.slice(1)) {
    const at = `Line ${rec.line}`;
    const rawType = cell(rec, cols, 'codeType');
    const codeType = toActivityType(rawType);
    const code = cell(rec, cols, 'code').toUpperCase();
    const rawPrice = cell(rec, cols, 'price');
    const price = parseDecimal(rawPrice);
    const rowErrors: Issue[] = [];
    if (codeType === null) {
      const hint = /^(9|irdrg|drg)$/i.test(rawType.replace(/[^a-z0-9]/gi, '')) ? ' (IR-DRG weights go in the weights table)' : '';
      rowErrors.push(error('tariff.code-type', `${at}: unknown code type "${rawType}"${hint}; use CPT, HCPCS, Drug, Dental, Service code or Generic drug.`, rec.line));
    }
    if (code === '') rowErrors.push(error('tariff.code', `${at}: the code is empty.`, rec.line));
    if (!price.ok) rowErrors.push(error('tariff.price', `${at}: the price must be a number, found "${rawPrice}".`, rec.line));
    else if (price.value.value.lt(0)) rowErrors.push(error('tariff.price', `${at}: the price must be 0 or more, found ${price.value.canonical}.`, rec.line));
    if (rowErrors.length > 0 || codeType === null || !price.ok) {
      errors.push(...rowErrors);
      continue;
    }
    const key = `${codeType}|${code}`;
    const before = seen.get(key);
    if (before) {
      if (before.value.eq(price.value.value)) {
        warnings.push(warning('tariff.duplicate', `${at}: ${rawType} ${code} repeats line ${before.line} with the same price.`, rec.line));
      } else {
        errors.push(error('tariff.conflict', `${at}: ${rawType} ${code} is priced ${price.value.canonical} here but ${before.price} on line ${before.line}.`, rec.line));
      }
      continue;
    }
    seen.set(key, { line: rec.line, price: price.value.canonical, value: price.value.value });
    rows.push({ codeType, code, price: price.value.canonical });
  }
  if (rows.length === 0 && errors.length === 0) errors.push(error('table.no-rows', 'The file has a header but no prices.'));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { table: { ...meta, origin: 'imported', rows }, warnings } };
}
