import { isInForce } from '../packs/pack';

/**
 * One source of per-code rows (an imported CMS table or a rule pack), in force for a date
 * range. MUE values and fee-schedule indicators are both read this way.
 */
export type CodeRowSource<Row> = {
  readonly id: string;
  readonly label: string;
  readonly origin: 'imported' | 'pack';
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly byCode: ReadonlyMap<string, Row>;
};

/** A row found for a code, with the source that gave it (edits cite it). */
export type CodeRowMatch<Row, Source> = Row & { readonly source: Source };

export type CodeRowLookup<Kind extends string, Row, Source extends CodeRowSource<Row>> = {
  readonly kind: Kind;
  readonly sources: readonly Source[];
  inForceOn(date: string): boolean;
  /** The row of a code on a date: the first source (in order) that covers the date and has the code. */
  find(code: string, date: string): CodeRowMatch<Row, Source> | undefined;
};

function covers(s: Pick<CodeRowSource<unknown>, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return isInForce({ effectiveFrom: s.effectiveFrom || '0000-01-01', effectiveTo: s.effectiveTo }, date);
}

/**
 * A lookup over sources in order (imported tables first, then packs).
 *
 * @example createCodeRowLookup('mue', [mueSource]).find('93306', '2025-10-05') //=> { code: '93306', units: 1, …, source: mueSource }
 */
export function createCodeRowLookup<Kind extends string, Row extends object, Source extends CodeRowSource<Row>>(kind: Kind, sources: readonly Source[]): CodeRowLookup<Kind, Row, Source> {
  return {
    kind,
    sources,
    inForceOn: (date) => date !== '' && sources.some((s) => covers(s, date)),
    find(code, date) {
      for (const source of sources) {
        if (!covers(source, date)) continue;
        const row = source.byCode.get(code);
        if (row) return { ...row, source };
      }
      return undefined;
    },
  };
}
