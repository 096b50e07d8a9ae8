import type { Result } from './result';

/**
 * Dates inside the workbench are ISO strings without a time zone:
 * `YYYY-MM-DDTHH:mm` for timestamps, `YYYY-MM-DD` for dates. The e-claim's
 * `dd/MM/yyyy HH:mm` is only a display and exchange format. All functions are
 * pure calendar arithmetic on those strings (no clock, no time zone).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

/** Days in a month of the proleptic Gregorian calendar. @example daysInMonth(2024, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function valid(y: number, m: number, d: number, h = 0, min = 0): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) && h >= 0 && h <= 23 && min >= 0 && min <= 59;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Whether `s` is a real `YYYY-MM-DD` date. @example isIsoDate('2025-02-29') //=> false */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return m !== null && valid(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whether `s` is a real `YYYY-MM-DDTHH:mm` timestamp. @example isIsoDateTime('2025-10-05T09:00') //=> true */
export function isIsoDateTime(s: string): boolean {
  const m = ISO_DATE_TIME.exec(s);
  return m !== null && valid(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

/** What {@link parseDateTimeText} understood. */
export type ParsedDateTime = {
  /** `YYYY-MM-DDTHH:mm`. */
  readonly iso: string;
  /** True when the text had no time and 00:00 was assumed. */
  readonly timeAssumed: boolean;
  /** True when the text was not in the e-claim's own `dd/MM/yyyy HH:mm` form. */
  readonly lenient: boolean;
};

/**
 * Reads a timestamp as coders and files write it: `dd/MM/yyyy HH:mm` (the e-claim
 * form), single-digit day, month or hour, `-` or `.` separators, no time (00:00
 * assumed), or ISO `yyyy-MM-dd[ HH:mm]`. Day first, never month first.
 *
 * @example parseDateTimeText('05/10/2025 09:00') //=> ok({ iso: '2025-10-05T09:00', timeAssumed: false, lenient: false })
 * @example parseDateTimeText('31/02/2025 10:00') //=> err: 31/02/2025 is not a real date
 */
export function parseDateTimeText(text: string): Result<ParsedDateTime> {
  const s = text.trim();
  if (s === '') return { ok: false, errors: [{ code: 'date.empty', message: 'Expected a date such as 05/10/2025 09:00, found nothing.', severity: 'error' }] };
  let parts: [number, number, number, number | undefined, number | undefined] | undefined;
  let lenient = true;
  const dmy = DMY.exec(s);
  if (dmy) {
    parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), dmy[4] === undefined ? undefined : Number(dmy[4]), dmy[5] === undefined ? undefined : Number(dmy[5])];
    lenient = !/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(s);
  } else {
    const ymd = YMD.exec(s);
    if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymd[4] === undefined ? undefined : Number(ymd[4]), ymd[5] === undefined ? undefined : Number(ymd[5])];
  }
  if (!parts) {
    return { ok: false, errors: [{ code: 'date.format', message: `Expected a date as dd/MM/yyyy HH:mm (e.g. 05/10/2025 09:00), found "${s.slice(0, 40)}".`, severity: 'error' }] };
  }
  const [y, mo, d, h, mi] = parts;
  const timeAssumed = h === undefined;
  if (!valid(y, mo, d, h ?? 0, mi ?? 0)) {
    return { ok: false, errors: [{ code: 'date.invalid', message: `"${s}" is not a real date and time.`, severity: 'error' }] };
  }
  return { ok: true, value: { iso: `${y}-${pad(mo)}-${pad(d)}T${pad(h ?? 0)}:${pad(mi ?? 0)}`, timeAssumed, lenient } };
}

/**
 * Reads a date without time (`dd/MM/yyyy` or `yyyy-MM-dd`) to `YYYY-MM-DD`.
 * @example parseDateText('12/04/1980') //=> ok('1980-04-12')
 */
export function parseDateText(text: string): Result<string> {
  const r = parseDateTimeText(text);
  if (!r.ok) return r;
  if (!r.value.timeAssumed) {
    return { ok: false, errors: [{ code: 'date.has-time', message: `Expected a date without a time, found "${text.trim()}".`, severity: 'error' }] };
  }
  return { ok: true, value: r.value.iso.slice(0, 10) };
}

/**
 * Shows an ISO timestamp as `dd/MM/yyyy HH:mm`; any other text is returned unchanged
 * (so a raw, unreadable value stays visible to the coder).
 * @example formatDateTime('2025-10-05T09:00') //=> '05/10/2025 09:00'
 */
export function formatDateTime(iso: string): string {
  const m = ISO_DATE_TIME.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : iso;
}

/** Shows an ISO date as `dd/MM/yyyy`; other text unchanged. @example formatDate('1980-04-12') //=> '12/04/1980' */
export function formatDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Days since 0001-01-01 for a valid ISO date (Gregorian, no time zone). */
export function dayNumber(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  // Days-from-civil (H. Hinnant), exact integer arithmetic.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

/** Minutes since 0001-01-01T00:00 for a valid ISO timestamp. */
export function minuteNumber(isoDateTime: string): number {
  return dayNumber(isoDateTime.slice(0, 10)) * 1440 + Number(isoDateTime.slice(11, 13)) * 60 + Number(isoDateTime.slice(14, 16));
}

/**
 * Age in completed years on a date (birthdays on 29 Feb count from 1 Mar in common years).
 * @example ageInYears('2010-10-06', '2025-10-05') //=> 14
 */
export function ageInYears(dateOfBirth: string, on: string): number {
  const by = Number(dateOfBirth.slice(0, 4));
  const bm = Number(dateOfBirth.slice(5, 7));
  const bd = Number(dateOfBirth.slice(8, 10));
  const oy = Number(on.slice(0, 4));
  const om = Number(on.slice(5, 7));
  const od = Number(on.slice(8, 10));
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age -= 1;
  return age;
}

/** Age in whole days on a date. @example ageInDays('2025-10-01', '2025-10-05') //=> 4 */
export function ageInDays(dateOfBirth: string, on: string): number {
  return dayNumber(on.slice(0, 10)) - dayNumber(dateOfBirth.slice(0, 10));
}
