/**
 * Calendar arithmetic on the ISO strings of the claim model, without the clock or
 * time zones: a timestamp `YYYY-MM-DDTHH:mm` is a wall-clock time at the facility.
 */

/** A calendar date as a day number (days since 1970-01-01) plus its parts. */
export type CivilDate = { readonly year: number; readonly month: number; readonly day: number; readonly dayNumber: number };

/** A wall-clock timestamp: its date and the minutes since that date's midnight. */
export type CivilTimestamp = { readonly date: CivilDate; readonly minuteOfDay: number; readonly text: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Whether a year has 29 February.
 * @example isLeapYear(2024) //=> true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
 * @example dayNumber(1970, 1, 2) //=> 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(year: number, month: number, day: number): CivilDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, dayNumber: dayNumber(year, month, day) };
}

/**
 * Reads `YYYY-MM-DD`; `null` when it is not a real date.
 * @example parseCivilDate('2025-02-29') //=> null
 */
export function parseCivilDate(text: string): CivilDate | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  return civil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Reads `YYYY-MM-DDTHH:mm`; `null` when it is not a real date and time.
 * @example parseCivilTimestamp('2025-10-05T09:30')?.minuteOfDay //=> 570
 */
export function parseCivilTimestamp(text: string): CivilTimestamp | null {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const date = civil(Number(m[1]), Number(m[2]), Number(m[3]));
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (!date || hour > 23 || minute > 59) return null;
  return { date, minuteOfDay: hour * 60 + minute, text: text.trim() };
}

/**
 * Minutes from one timestamp to another (negative when `to` is earlier).
 * @example minutesBetween(ts('2025-10-01T08:00'), ts('2025-10-02T20:00')) //=> 2160
 */
export function minutesBetween(from: CivilTimestamp, to: CivilTimestamp): number {
  return (to.date.dayNumber - from.date.dayNumber) * 1440 + (to.minuteOfDay - from.minuteOfDay);
}

/**
 * Completed years of age on a date. For a 29 February birthday in a common year the
 * birthday falls on 1 March (`march-1`) or on 28 February (`february-28`).
 * @example completedYears(parseCivilDate('2008-10-06')!, parseCivilDate('2026-10-05')!, 'march-1') //=> 17
 */
export function completedYears(birth: CivilDate, on: CivilDate, leapDay: 'march-1' | 'february-28'): number {
  let bMonth = birth.month;
  let bDay = birth.day;
  if (bMonth === 2 && bDay === 29 && !isLeapYear(on.year) && leapDay === 'february-28') bDay = 28;
  if (bMonth === 2 && bDay === 29 && !isLeapYear(on.year) && leapDay === 'march-1') {
    bMonth = 3;
    bDay = 1;
  }
  const reached = on.month > bMonth || (on.month === bMonth && on.day >= bDay);
  return on.year - birth.year - (reached ? 0 : 1);
}

/**
 * The date as `YYYY-MM-DD`.
 * @example formatCivilDate(parseCivilDate('2025-10-01')!) //=> '2025-10-01'
 */
export function formatCivilDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * The date one month later (same day, or the month's last day when it has fewer days).
 * @example addOneMonth(parseCivilDate('2025-01-31')!).day //=> 28
 */
export function addOneMonth(d: CivilDate): CivilDate {
  const year = d.month === 12 ? d.year + 1 : d.year;
  const month = d.month === 12 ? 1 : d.month + 1;
  const day = Math.min(d.day, daysInMonth(year, month));
  return { year, month, day, dayNumber: dayNumber(year, month, day) };
}
