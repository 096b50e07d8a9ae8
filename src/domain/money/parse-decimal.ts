import type { Issue, Result } from '../shared/result';
import { D, type Dec } from './decimal';

/** What {@link parseDecimal} read, and whether it had to interpret separators. */
export type ParsedDecimal = {
  readonly value: Dec;
  /** The canonical text, e.g. `"8500.00"` for `"8,500.00"`. */
  readonly canonical: string;
  /** Set when the input used a decimal comma or thousands separators that were interpreted. */
  readonly note?: string;
};

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS_DOT_DECIMAL = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/; // 8,500 or 8,500.00
const THOUSANDS_DOT_COMMA_DECIMAL = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/; // 8.500,00
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/; // 850,5 (not 3 digits after a 1-3 digit group)
const SPACE_GROUPED = /^[+-]?\d{1,3}( \d{3})+([.,]\d+)?$/;

/**
 * Reads a decimal number as people type it in claims: plain (`8500`), with
 * thousands separators (`8,500.00`, `8.500,00`, `8 500`), or with a decimal
 * comma (`850,50`). Surrounding whitespace is ignored. Floats are never involved.
 *
 * Ambiguity rule: a single comma followed by exactly three digits after one to three
 * leading digits (`8,500`) is a thousands separator; any other single comma is a decimal comma.
 *
 * @param text - the raw text
 * @returns the value and its canonical text, or an issue saying what was expected
 * @example parseDecimal('8,500.00') //=> ok({ canonical: '8500.00', ... })
 * @example parseDecimal('850,5') //=> ok({ canonical: '850.5', note: 'decimal comma read as a point' })
 */
export function parseDecimal(text: string): Result<ParsedDecimal> {
  const s = text.trim().replace(/\u00a0/g, ' ');
  if (s === '') {
    return { ok: false, errors: [issue('decimal.empty', 'Expected a number, found nothing.')] };
  }
  let canonical: string;
  let note: string | undefined;
  if (PLAIN.test(s)) {
    canonical = s.startsWith('.') ? `0${s}` : s.replace(/^\+/, '');
  } else if (THOUSANDS_DOT_DECIMAL.test(s)) {
    canonical = s.replace(/,/g, '').replace(/^\+/, '');
    note = `thousands separators removed from "${s}"`;
  } else if (THOUSANDS_DOT_COMMA_DECIMAL.test(s)) {
    canonical = s.replace(/\./g, '').replace(',', '.').replace(/^\+/, '');
    note = `"${s}" read with dots as thousands separators and a decimal comma`;
  } else if (DECIMAL_COMMA.test(s)) {
    canonical = s.replace(',', '.').replace(/^\+/, '');
    note = `decimal comma in "${s}" read as a decimal point`;
  } else if (SPACE_GROUPED.test(s)) {
    canonical = s.replace(/ /g, '').replace(',', '.').replace(/^\+/, '');
    note = `spaces removed from "${s}"`;
  } else {
    return {
      ok: false,
      errors: [issue('decimal.format', `Expected a number such as 850.00, found "${truncate(s)}".`)],
    };
  }
  if (canonical.endsWith('.')) canonical = canonical.slice(0, -1);
  const value = new D(canonical);
  return { ok: true, value: note === undefined ? { value, canonical } : { value, canonical, note } };
}

/**
 * Formats a decimal as money with exactly two places, rounding half-up.
 * @example toMoneyString(D('8508.5')) //=> '8508.50'
 */
export function toMoneyString(value: Dec): string {
  return value.toFixed(2);
}

function issue(code: string, message: string): Issue {
  return { code, message, severity: 'error' };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
