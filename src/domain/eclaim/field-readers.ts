import { parseDecimal } from '../money';
import { daysInMonth, formatDateTime, parseDateTimeText } from '../shared/dates';

/** A value read from the e-claim plus, when it had to be interpreted or could not be, why. */
export type FieldReading = { readonly value: string; readonly note?: { readonly code: string; readonly message: string } };

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const NONZERO_SECONDS = /\d:\d{2}:(?!00\b)\d{2}/;

/** The number in `text[from, from + length)` if it is all digits, else -1. */
function digits(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The ISO form of a real timestamp in the strict e-claim form `dd/MM/yyyy HH:mm`, else null.
 * Checked by hand, without a regular expression: it runs for every timestamp of a big file.
 */
function strictDateTime(text: string): string | null {
  if (text.length !== 16 || text[2] !== '/' || text[5] !== '/' || text[10] !== ' ' || text[13] !== ':') return null;
  const d = digits(text, 0, 2);
  const m = digits(text, 3, 2);
  const y = digits(text, 6, 4);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || h < 0 || h > 23 || mi < 0 || mi > 59) return null;
  return `${text.slice(6, 10)}-${text.slice(3, 5)}-${text.slice(0, 2)}T${text.slice(11, 16)}`;
}

/**
 * Reads an e-claim timestamp (`dd/MM/yyyy HH:mm`) into the model's ISO `YYYY-MM-DDTHH:mm`.
 * Lenient where unambiguous (single-digit parts, no time, `yyyy-MM-dd`), and says so;
 * text that is not a real date is kept as written, with a note.
 *
 * @example readEclaimDateTime('05/10/2025 09:00') //=> { value: '2025-10-05T09:00' }
 * @example readEclaimDateTime('31/02/2025 10:00').value //=> '31/02/2025 10:00'
 */
export function readEclaimDateTime(text: string): FieldReading {
  if (text === '') return { value: '' };
  const strict = strictDateTime(text);
  if (strict !== null) return { value: strict };
  if (NONZERO_SECONDS.test(text)) {
    return { value: text, note: { code: 'eclaim.date.unreadable', message: `"${text}" has seconds, which the e-claim cannot hold; kept as written.` } };
  }
  const r = parseDateTimeText(text);
  if (!r.ok) {
    const invalid = r.errors[0]?.code === 'date.invalid';
    return {
      value: text,
      note: {
        code: 'eclaim.date.unreadable',
        message: invalid ? `"${text}" is not a real date and time; kept as written.` : `"${text}" is not a date in the form dd/MM/yyyy HH:mm; kept as written.`,
      },
    };
  }
  const { iso, timeAssumed, lenient } = r.value;
  if (timeAssumed) {
    return { value: iso, note: { code: 'eclaim.date.no-time', message: `"${text}" has no time: read as ${formatDateTime(iso)} (00:00 assumed).` } };
  }
  if (lenient) {
    return { value: iso, note: { code: 'eclaim.date.lenient', message: `"${text}" read as ${formatDateTime(iso)}; the e-claim form is dd/MM/yyyy HH:mm.` } };
  }
  return { value: iso };
}

/**
 * Reads an amount or quantity into a canonical decimal string. Decimal commas and
 * thousands separators are normalised with a note; anything else is kept as written.
 *
 * @example readEclaimDecimal('465.00') //=> { value: '465.00' }
 * @example readEclaimDecimal('1.250,50').value //=> '1250.50'
 */
export function readEclaimDecimal(text: string): FieldReading {
  if (text === '' || PLAIN_DECIMAL.test(text)) return { value: text };
  const r = parseDecimal(text);
  if (!r.ok) return { value: text, note: { code: 'eclaim.number.unreadable', message: `"${text}" is not a number; kept as written.` } };
  const { canonical, note } = r.value;
  if (note === undefined) return { value: canonical };
  return { value: canonical, note: { code: 'eclaim.number.normalised', message: `"${text}" read as ${canonical} (${note}).` } };
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Writes a model timestamp in the e-claim form. A bare ISO date gets 00:00; any other
 * text (a raw value the coder has not fixed yet) is written unchanged.
 * @example writeEclaimDateTime('2025-10-05T09:00') //=> '05/10/2025 09:00'
 */
export function writeEclaimDateTime(value: string): string {
  // Checked by hand: this runs for every timestamp of a big export.
  if (value.length === 16 && value[4] === '-' && value[7] === '-' && value[10] === 'T' && value[13] === ':' && ISO_DATE_TIME.test(value)) {
    return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)} ${value.slice(11, 16)}`;
  }
  if (value.length === 10 && ISO_DATE.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)} 00:00`;
  return value;
}
