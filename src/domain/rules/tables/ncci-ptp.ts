import { z } from 'zod';
import { isIsoDate } from '../../shared/dates';
import { definePackKind, isInForce, type RulePack } from '../packs/pack';
import { daysToIso, isoToDays } from '../support/procedure';

/**
 * NCCI procedure-to-procedure (PTP) edits in a compact form that holds the CMS
 * tables (about 1.5 million rows for the practitioner table) and answers "is there an
 * edit for this pair on this date?" in constant time. See docs/adr/0050.
 *
 * Layout (struct of typed arrays, one slot per row):
 * - codes are interned: `codes[id]` is the code, rows hold ids (Uint32);
 * - dates are day numbers since 1970-01-01 (Uint16, up to 2149); deletion 0 = none;
 * - `flags`: bits 0–1 modifier indicator (0 → 0, 1 → 1, 2 → 9), bit 2 "in existence prior to 1996";
 * - rationales are interned too (Uint16 ids);
 * - `slots` is an open-addressing hash table (linear probing, power-of-two size, at
 *   most half full) from a (column 1, column 2) pair to the last row of that pair plus
 *   one (0 = empty); `next` chains the other rows of the same pair (-1 = end).
 * Everything is plain data plus typed arrays, so it is stored in IndexedDB and sent
 * between threads as is (the arrays transfer without copying).
 */

/** The `EditContext.tables` key of the PTP lookup. */
export const PTP_TABLE = 'ncciPtp';

export type ModifierIndicator = '0' | '1' | '9';

/** A PTP table in its stored form. */
export type PtpTableData = {
  readonly format: 'ncci-ptp/1';
  readonly rowCount: number;
  readonly codes: readonly string[];
  readonly column1: Uint32Array;
  readonly column2: Uint32Array;
  readonly effective: Uint16Array;
  readonly deletion: Uint16Array;
  readonly flags: Uint8Array;
  readonly rationaleIds: Uint16Array;
  readonly rationales: readonly string[];
  readonly slots: Int32Array;
  readonly next: Int32Array;
};

/** One PTP edit, as an edit reads it. */
export type PtpRow = {
  readonly column1: string;
  readonly column2: string;
  /** `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** `YYYY-MM-DD`, or '' when the edit was not deleted. */
  readonly deletedOn: string;
  readonly modifierIndicator: ModifierIndicator;
  readonly prior1996: boolean;
  readonly rationale: string;
};

const INDICATOR_BITS: Record<ModifierIndicator, number> = { '0': 0, '1': 1, '9': 2 };
const BITS_INDICATOR: readonly ModifierIndicator[] = ['0', '1', '9', '9'];

function slotOf(a: number, b: number, mask: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul((b + 0x7f4a7c15) | 0, 0x85ebca77);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h & mask;
}

/** Collects rows, interning codes and rationales, then builds the table. */
export type PtpTableBuilder = {
  /** Adds a row; dates are day numbers (deletion 0 = none). */
  add(column1: string, column2: string, effective: number, deletion: number, indicator: ModifierIndicator, prior1996: boolean, rationale: string): void;
  readonly rowCount: number;
  build(): PtpTableData;
};

function grow<T extends Uint32Array | Uint16Array | Uint8Array>(array: T, make: (n: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * A builder for a compact PTP table (the importer and the pack converter both use it).
 * @param expectedRows a capacity hint
 * @example const b = createPtpTableBuilder(); b.add('80053', '80048', 20366, 0, '0', false, 'Panel'); b.build().rowCount //=> 1
 */
export function createPtpTableBuilder(expectedRows = 1024): PtpTableBuilder {
  let capacity = Math.max(16, expectedRows);
  let column1 = new Uint32Array(capacity);
  let column2 = new Uint32Array(capacity);
  let effective = new Uint16Array(capacity);
  let deletion = new Uint16Array(capacity);
  let flags = new Uint8Array(capacity);
  let rationaleIds = new Uint16Array(capacity);
  const codes: string[] = [];
  const codeIds = new Map<string, number>();
  const rationales: string[] = [];
  const rationaleIndex = new Map<string, number>();
  let rows = 0;

  const codeId = (code: string): number => {
    let id = codeIds.get(code);
    if (id === undefined) {
      id = codes.length;
      codes.push(code);
      codeIds.set(code, id);
    }
    return id;
  };

  return {
    get rowCount() {
      return rows;
    },
    add(c1, c2, eff, del, indicator, prior1996, rationale) {
      if (rows === capacity) {
        capacity *= 2;
        column1 = grow(column1, (n) => new Uint32Array(n));
        column2 = grow(column2, (n) => new Uint32Array(n));
        effective = grow(effective, (n) => new Uint16Array(n));
        deletion = grow(deletion, (n) => new Uint16Array(n));
        flags = grow(flags, (n) => new Uint8Array(n));
        rationaleIds = grow(rationaleIds, (n) => new Uint16Array(n));
      }
      let rid = rationaleIndex.get(rationale);
      if (rid === undefined) {
        rid = rationales.length;
        rationales.push(rationale);
        rationaleIndex.set(rationale, rid);
      }
      column1[rows] = codeId(c1);
      column2[rows] = codeId(c2);
      effective[rows] = eff;
      deletion[rows] = del;
      flags[rows] = INDICATOR_BITS[indicator] | (prior1996 ? 4 : 0);
      rationaleIds[rows] = rid;
      rows += 1;
    },
    build() {
      let size = 16;
      while (size < rows * 2) size *= 2;
      const mask = size - 1;
      const slots = new Int32Array(size);
      const next = new Int32Array(rows);
      for (let r = 0; r < rows; r++) {
        const a = column1[r]!;
        const b = column2[r]!;
        let s = slotOf(a, b, mask);
        next[r] = -1;
        for (;;) {
          const held = slots[s]!;
          if (held === 0) {
            slots[s] = r + 1;
            break;
          }
          const h = held - 1;
          if (column1[h] === a && column2[h] === b) {
            next[r] = h;
            slots[s] = r + 1;
            break;
          }
          s = (s + 1) & mask;
        }
      }
      return {
        format: 'ncci-ptp/1',
        rowCount: rows,
        codes,
        column1: column1.slice(0, rows),
        column2: column2.slice(0, rows),
        effective: effective.slice(0, rows),
        deletion: deletion.slice(0, rows),
        flags: flags.slice(0, rows),
        rationaleIds: rationaleIds.slice(0, rows),
        rationales,
        slots,
        next,
      };
    },
  };
}

const codeIdCache = new WeakMap<PtpTableData, Map<string, number>>();

/** The code → id map of a table (built once per table, about 20 000 codes for the CMS tables). */
function codeIdsOf(table: PtpTableData): Map<string, number> {
  let ids = codeIdCache.get(table);
  if (!ids) {
    ids = new Map(table.codes.map((c, i) => [c, i] as const));
    codeIdCache.set(table, ids);
  }
  return ids;
}

function rowAt(table: PtpTableData, r: number): PtpRow {
  const del = table.deletion[r]!;
  const f = table.flags[r]!;
  return {
    column1: table.codes[table.column1[r]!]!,
    column2: table.codes[table.column2[r]!]!,
    effectiveFrom: daysToIso(table.effective[r]!),
    deletedOn: del === 0 ? '' : daysToIso(del),
    modifierIndicator: BITS_INDICATOR[f & 3]!,
    prior1996: (f & 4) !== 0,
    rationale: table.rationales[table.rationaleIds[r]!] ?? '',
  };
}

/**
 * The PTP row of a (column 1, column 2) pair in force on a day: effective date ≤ day
 * and no deletion date or day before it (domain.md §4.1); the latest effective wins.
 * Indicator-9 rows are returned too (the caller ignores the pair).
 *
 * @param day day number since 1970-01-01 (see {@link isoToDays})
 * @example findPtpRow(table, '80053', '80048', isoToDays('2025-10-05')!)?.modifierIndicator //=> '0'
 */
export function findPtpRow(table: PtpTableData, column1: string, column2: string, day: number): PtpRow | undefined {
  const ids = codeIdsOf(table);
  const a = ids.get(column1);
  const b = ids.get(column2);
  if (a === undefined || b === undefined || table.rowCount === 0) return undefined;
  const mask = table.slots.length - 1;
  let s = slotOf(a, b, mask);
  for (;;) {
    const held = table.slots[s]!;
    if (held === 0) return undefined;
    const h = held - 1;
    if (table.column1[h] === a && table.column2[h] === b) {
      let best = -1;
      for (let r = h; r !== -1; r = table.next[r]!) {
        const eff = table.effective[r]!;
        const del = table.deletion[r]!;
        if (eff <= day && (del === 0 || day < del) && (best === -1 || eff > table.effective[best]!)) best = r;
      }
      return best === -1 ? undefined : rowAt(table, best);
    }
    s = (s + 1) & mask;
  }
}

/** Every row of a table (for tests and exports; 1.5 M rows make 1.5 M objects: avoid in the app). */
export function ptpRows(table: PtpTableData): PtpRow[] {
  return Array.from({ length: table.rowCount }, (_, r) => rowAt(table, r));
}

// ---------------------------------------------------------------------------
// Rule packs of PTP pairs (the starter pack; a payer's own pairs)

const code5 = z.string().regex(/^[0-9A-Za-z]{5}$/, 'expected a 5-character CPT/HCPCS code');
const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');

export const ptpEntrySchema = z
  .object({
    column1: code5,
    column2: code5,
    effectiveFrom: isoDate,
    deletedOn: z.union([isoDate, z.literal('')]).default(''),
    modifierIndicator: z.enum(['0', '1', '9']),
    rationale: z.string().default(''),
  })
  .refine((e) => e.column1.toUpperCase() !== e.column2.toUpperCase(), { message: 'column 1 and column 2 are the same code', path: ['column2'] })
  .refine((e) => e.deletedOn === '' || e.deletedOn > e.effectiveFrom, { message: 'the edit is deleted before it starts', path: ['deletedOn'] });

export type PtpEntry = z.infer<typeof ptpEntrySchema>;

/** The pack kind of PTP pairs written by hand (the CMS tables are imported, not packs). */
export const PTP_KIND = definePackKind<PtpEntry>({
  kind: 'ncci-ptp',
  title: 'NCCI procedure-to-procedure pairs',
  description:
    'Each row: the column-1 (comprehensive) code, the column-2 code that is denied with it on the same date, the edit’s effective and deletion dates, and the modifier indicator (0 = no modifier bypasses it, 1 = an NCCI-associated modifier may, 9 = not applied).',
  entry: ptpEntrySchema,
  columns: [
    { key: 'column1', label: 'Column 1', placeholder: '80053' },
    { key: 'column2', label: 'Column 2', placeholder: '80048' },
    { key: 'effectiveFrom', label: 'Effective', placeholder: 'YYYY-MM-DD' },
    { key: 'deletedOn', label: 'Deleted', placeholder: 'empty = in force' },
    { key: 'modifierIndicator', label: 'Modifier indicator', options: ['0', '1', '9'] },
    { key: 'rationale', label: 'Rationale', wide: true },
  ],
});

const packTableCache = new WeakMap<RulePack, PtpTableData>();

/**
 * The compact table of a PTP pack (built once per pack object).
 * @example ptpTableFromPack(starterPtp).rowCount //=> 24
 */
export function ptpTableFromPack(pack: RulePack): PtpTableData {
  const cached = packTableCache.get(pack);
  if (cached) return cached;
  const b = createPtpTableBuilder(pack.entries.length);
  for (const e of pack.entries as readonly PtpEntry[]) {
    b.add(e.column1.toUpperCase(), e.column2.toUpperCase(), isoToDays(e.effectiveFrom) ?? 0, e.deletedOn ? (isoToDays(e.deletedOn) ?? 0) : 0, e.modifierIndicator, false, e.rationale);
  }
  const table = b.build();
  packTableCache.set(pack, table);
  return table;
}

// ---------------------------------------------------------------------------
// The lookup the edits read: imported CMS tables and packs, in order

/** Where PTP rows come from: an imported CMS table or a pack. */
export type PtpSource = {
  readonly id: string;
  /** e.g. "NCCI PTP practitioner table (ccipra-v321r0)" or "NCCI PTP starter pairs v2025.1". */
  readonly label: string;
  readonly origin: 'imported' | 'pack';
  /** '' = from the start. */
  readonly effectiveFrom: string;
  /** '' = open-ended. */
  readonly effectiveTo: string;
  readonly table: PtpTableData;
};

/** A PTP edit found for a pair, with the source that holds it. */
export type PtpMatch = PtpRow & { readonly source: PtpSource };

/** The PTP sources in force, looked up in order. */
export type PtpLookup = {
  readonly kind: 'ncci-ptp';
  readonly sources: readonly PtpSource[];
  /** Whether any source covers the date. */
  inForceOn(date: string): boolean;
  /**
   * The edit for a (column 1, column 2) pair on a date: the first source (in the given
   * order) with a row in force decides; an indicator-9 row there means "no edit".
   */
  find(column1: string, column2: string, date: string): PtpMatch | undefined;
};

function covers(source: Pick<PtpSource, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return isInForce({ effectiveFrom: source.effectiveFrom || '0000-01-01', effectiveTo: source.effectiveTo }, date);
}

/**
 * A lookup over PTP sources (imported tables first, then packs).
 * @example createPtpLookup([starter]).find('80053', '80048', '2025-10-05')?.modifierIndicator //=> '0'
 */
export function createPtpLookup(sources: readonly PtpSource[]): PtpLookup {
  let lastDate: string | null = null;
  let lastDay: number | null = null;
  let covering: readonly PtpSource[] = [];
  return {
    kind: 'ncci-ptp',
    sources,
    inForceOn: (date) => date !== '' && sources.some((s) => covers(s, date)),
    find(column1, column2, date) {
      // A pass asks about many pairs on one date: the day number and the sources covering it are kept for the last date.
      if (date !== lastDate) {
        lastDate = date;
        lastDay = isoToDays(date);
        covering = lastDay === null ? [] : sources.filter((s) => covers(s, date));
      }
      const day = lastDay;
      if (day === null) return undefined;
      for (const source of covering) {
        const row = findPtpRow(source.table, column1, column2, day);
        if (row) return row.modifierIndicator === '9' ? undefined : { ...row, source };
      }
      return undefined;
    },
  };
}

/**
 * The PTP lookup in a rules-engine context, when it is there.
 * @example ptpLookupFrom({ ncciPtp: lookup }) //=> lookup
 */
export function ptpLookupFrom(tables: Readonly<Record<string, unknown>>): PtpLookup | undefined {
  const t = tables[PTP_TABLE];
  return typeof t === 'object' && t !== null && 'kind' in t && t.kind === 'ncci-ptp' ? (t as PtpLookup) : undefined;
}
