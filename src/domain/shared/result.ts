/**
 * The outcome of a `parse*` function: a value, or the issues that stopped it.
 * Bad input is returned, never thrown (see docs/adr/0002-errors-are-values.md).
 */
export type Result<T, E = Issue> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };

/** A problem found in input, located as precisely as the input allows. */
export type Issue = {
  /** Stable machine code, e.g. `xml.malformed`, `eclaim.date.format`. */
  readonly code: string;
  /** One sentence for the user: what was expected and what was found. */
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** 1-based line and column in the source text, when the input is text. */
  readonly line?: number;
  readonly column?: number;
  /** Element or field the issue is about, e.g. `Claim[2]/Encounter/Start`. */
  readonly where?: string;
};

/** Wraps a value as a successful result. @example ok(3) //=> { ok: true, value: 3 } */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Wraps issues as a failed result. @example err([issue]) //=> { ok: false, errors: [issue] } */
export function err<E>(errors: readonly E[]): Result<never, E> {
  return { ok: false, errors };
}

/** Thrown only when a program invariant breaks (never for bad user input). */
export class InvariantError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvariantError';
  }
}
