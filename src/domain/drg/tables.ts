import { z } from 'zod';
import { parseDecimal } from '../money';
import { paymentProfileSchema, type PaymentProfile } from './parameters';

/**
 * Reference tables the calculator reads. They reach the domain as arguments: the
 * built-in Appendix A lives in src/data/drg, imported ones in the browser's storage.
 */

/** One IR-DRG of a weights table. Numbers are canonical decimal strings. */
export type DrgWeightRow = {
  /** Six-digit IR-DRG code, e.g. `194101`. */
  readonly code: string;
  /** e.g. `IM SCHIZOPHRENIA`; the prefix IM/IP tells medical from surgical. */
  readonly description: string;
  readonly relativeWeight: string;
  /** Average length of stay (days). */
  readonly alos: string;
  readonly lowTrim: string;
  readonly highTrim: string;
  /** Mental-health DRG: LOS outlier (§4.4.2.2) instead of the cost outlier. */
  readonly mentalHealth: boolean;
  /** Eligible for the CAHMS adjustor (§4.4.2.3). */
  readonly cahms: boolean;
};

/** Where a table came from. */
export type TableOrigin = 'built-in' | 'imported';

/** A versioned IR-DRG weights table (the Mandatory Tariff's DRG list, or Appendix A). */
export type DrgWeightsTable = {
  readonly id: string;
  /** What a coder sees, e.g. `Appendix A (V2025 Addendum 05)`. */
  readonly label: string;
  /** e.g. `V2025 Addendum 05`. */
  readonly version: string;
  /** ISO `YYYY-MM-DD`; `''` = no start. */
  readonly effectiveFrom: string;
  /** ISO `YYYY-MM-DD`, last day in effect; `''` = open-ended. */
  readonly effectiveTo: string;
  readonly origin: TableOrigin;
  /** Where the rows come from (document, file name). */
  readonly sourceNote: string;
  readonly rows: readonly DrgWeightRow[];
};

/** One price of the Mandatory Tariff price list. */
export type TariffRow = {
  /** Activity.Type the code belongs to: 3 CPT, 4 HCPCS, 5 drug, 6 dental, 8 service code, 10 generic drug. */
  readonly codeType: string;
  readonly code: string;
  /** AED, canonical decimal string. */
  readonly price: string;
};

/** A versioned Mandatory Tariff price list (imported by the user). */
export type TariffTable = {
  readonly id: string;
  readonly label: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly origin: TableOrigin;
  readonly sourceNote: string;
  readonly rows: readonly TariffRow[];
};

/** Everything the calculator looks up: weights tables, tariffs, and saved payment profiles. */
export type DrgTables = {
  readonly weights: readonly DrgWeightsTable[];
  readonly tariffs: readonly TariffTable[];
  /** Saved negotiated products; the DOH Basic product is built in and always available. */
  readonly profiles: readonly PaymentProfile[];
};

const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD or empty');
const decimalText = z.string().refine((s) => parseDecimal(s).ok, 'expected a number');

export const drgWeightRowSchema = z.object({
  code: z.string().min(1),
  description: z.string(),
  relativeWeight: decimalText,
  alos: decimalText,
  lowTrim: decimalText,
  highTrim: decimalText,
  mentalHealth: z.boolean(),
  cahms: z.boolean(),
});

const tableMeta = {
  id: z.string().min(1),
  label: z.string().min(1),
  version: z.string(),
  effectiveFrom: isoDateOrEmpty,
  effectiveTo: isoDateOrEmpty,
  origin: z.enum(['built-in', 'imported']),
  sourceNote: z.string(),
};

export const drgWeightsTableSchema = z.object({ ...tableMeta, rows: z.array(drgWeightRowSchema) });
export const tariffRowSchema = z.object({ codeType: z.string().min(1), code: z.string().min(1), price: decimalText });
export const tariffTableSchema = z.object({ ...tableMeta, rows: z.array(tariffRowSchema) });
export const drgTablesSchema = z.object({
  weights: z.array(drgWeightsTableSchema),
  tariffs: z.array(tariffTableSchema),
  profiles: z.array(paymentProfileSchema),
});

/**
 * Whether a table (or profile version) is in effect on a date; both ends are inclusive.
 * @example isInEffect({ effectiveFrom: '2025-10-01', effectiveTo: '' }, '2025-10-01') //=> true
 */
export function isInEffect(t: { readonly effectiveFrom: string; readonly effectiveTo: string }, isoDate: string): boolean {
  return (t.effectiveFrom === '' || t.effectiveFrom <= isoDate) && (t.effectiveTo === '' || isoDate <= t.effectiveTo);
}

/**
 * The effective range as text, e.g. `2025-10-01 – open`.
 * @example effectiveRange({ effectiveFrom: '', effectiveTo: '2025-12-31' }) //=> 'any date – 2025-12-31'
 */
export function effectiveRange(t: { readonly effectiveFrom: string; readonly effectiveTo: string }): string {
  return `${t.effectiveFrom === '' ? 'any date' : t.effectiveFrom} – ${t.effectiveTo === '' ? 'open' : t.effectiveTo}`;
}

/** Tables in effect on a date, most specific first: newest start, then imported before built-in, then input order. */
export function tablesInEffect<T extends { readonly effectiveFrom: string; readonly effectiveTo: string; readonly origin: TableOrigin }>(
  tables: readonly T[],
  isoDate: string,
): T[] {
  return tables
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => isInEffect(t, isoDate))
    .sort((a, b) => {
      if (a.t.effectiveFrom !== b.t.effectiveFrom) return a.t.effectiveFrom < b.t.effectiveFrom ? 1 : -1;
      if (a.t.origin !== b.t.origin) return a.t.origin === 'imported' ? -1 : 1;
      return a.i - b.i;
    })
    .map(({ t }) => t);
}

/** A DRG row found in a table, with every other in-effect table that lists the same code. */
export type DrgRowMatch = {
  readonly row: DrgWeightRow;
  readonly table: DrgWeightsTable;
  /** Other tables in effect that also list the code (their RW may differ). */
  readonly alsoIn: readonly { readonly table: DrgWeightsTable; readonly row: DrgWeightRow }[];
  /** Labels of in-effect tables that flag the code as mental-health / CAHMS. */
  readonly mentalHealthIn: readonly string[];
  readonly cahmsIn: readonly string[];
};

const rowIndex = new WeakMap<DrgWeightsTable, Map<string, DrgWeightRow>>();
const priceIndex = new WeakMap<TariffTable, Map<string, TariffRow>>();

function rowsByCode(t: DrgWeightsTable): Map<string, DrgWeightRow> {
  let m = rowIndex.get(t);
  if (!m) {
    m = new Map();
    for (const r of t.rows) if (!m.has(r.code)) m.set(r.code, r);
    rowIndex.set(t, m);
  }
  return m;
}

/**
 * Finds a DRG in the weights tables in effect on a date (or in the one table asked for, whatever its dates).
 * The first table in {@link tablesInEffect} order that lists it supplies the row; mental-health
 * and CAHMS eligibility is the union of the flags of every in-effect table that lists it, so a
 * full Mandatory Tariff without flags still picks them up from Appendix A.
 * @example findDrgRow(tables, '194101', '2025-10-08')?.row.relativeWeight //=> '1.7420'
 */
export function findDrgRow(tables: DrgTables, code: string, isoDate: string, tableId?: string): DrgRowMatch | null {
  const key = code.trim();
  const inEffect = tablesInEffect(tables.weights, isoDate);
  const hits = inEffect.flatMap((table) => {
    const row = rowsByCode(table).get(key);
    return row ? [{ table, row }] : [];
  });
  let chosen = hits[0];
  if (tableId !== undefined) {
    // A table the coder picked by hand is used even outside its effective dates (the step says so).
    const table = tables.weights.find((t) => t.id === tableId);
    const row = table ? rowsByCode(table).get(key) : undefined;
    chosen = table && row ? (hits.find((h) => h.table === table) ?? { table, row }) : undefined;
    if (chosen && !hits.includes(chosen)) hits.unshift(chosen);
  }
  if (!chosen) return null;
  return {
    row: chosen.row,
    table: chosen.table,
    alsoIn: hits.filter((h) => h !== chosen),
    mentalHealthIn: hits.filter((h) => h.row.mentalHealth).map((h) => h.table.label),
    cahmsIn: hits.filter((h) => h.row.cahms).map((h) => h.table.label),
  };
}

/**
 * The key a tariff price is filed under: Activity.Type and the code, upper-case, trimmed.
 * @example tariffKey('4', ' c1713 ') //=> '4|C1713'
 */
export function tariffKey(codeType: string, code: string): string {
  return `${codeType.trim()}|${code.trim().toUpperCase()}`;
}

/**
 * The tariff price of a code, or `null` when the price list has none.
 * @example findTariffPrice(tariff, '3', '27447')?.price //=> '18000.00'
 */
export function findTariffPrice(tariff: TariffTable, codeType: string, code: string): TariffRow | null {
  let m = priceIndex.get(tariff);
  if (!m) {
    m = new Map();
    for (const r of tariff.rows) {
      const k = tariffKey(r.codeType, r.code);
      if (!m.has(k)) m.set(k, r);
    }
    priceIndex.set(tariff, m);
  }
  return m.get(tariffKey(codeType, code)) ?? null;
}

/**
 * The tariff in effect on a date (or the one asked for by id).
 * @example selectTariff(tables, '2025-10-08')?.label //=> 'Mandatory Tariff 2025'
 */
export function selectTariff(tables: DrgTables, isoDate: string, tariffId?: string): TariffTable | null {
  if (tariffId !== undefined) return tables.tariffs.find((t) => t.id === tariffId) ?? null;
  return tablesInEffect(tables.tariffs, isoDate)[0] ?? null;
}
