import { parseDecimal } from '../money';
import { formatDateTime, isIsoDate, parseDateTimeText } from '../shared/dates';

/** A value read from the e-claim plus, when it had to be interpreted or could not be, why. */
export type FieldReading = { readonly value: string; readonly note?: { readonly code: string; readonly message: string } };

const STRICT_DATE_TIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const NONZERO_SECONDS = /\d:\d{2}:(?!00\b)\d{2}/;

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
  const strict = STRICT_DATE_TIME.exec(text);
  if (strict) {
    const iso = `${strict[3]}-${strict[2]}-${strict[1]}T${strict[4]}:${strict[5]}`;
    // Strict form with real values needs no further work (the common case on big files).
    if (isIsoDate(iso.slice(0, 10)) && Number(strict[4]) < 24 && Number(strict[5]) < 60) return { value: iso };
  }
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
  const m = ISO_DATE_TIME.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}`;
  const d = ISO_DATE.exec(value);
  if (d) return `${d[3]}/${d[2]}/${d[1]} 00:00`;
  return value;
}
