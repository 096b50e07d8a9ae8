import { ageInYears, dayNumber as sharedDayNumber, daysInMonth, isIsoDate, isIsoDateTime } from '../shared/dates';

/**
 * The DRG calculator's view of the claim model's ISO strings, on top of the shared calendar
 * helpers (src/domain/shared/dates.ts), so LOS and age are read the same way as everywhere else.
 * A timestamp `YYYY-MM-DDTHH:mm` is a wall-clock time at the facility; no clock, no time zone.
 */

/** A calendar date with its day number (days since 0001-01-01; only differences matter). */
export type CivilDate = { readonly year: number; readonly month: number; readonly day: number; readonly dayNumber: number };

/** A wall-clock timestamp: its date and the minutes since that date's midnight. */
export type CivilTimestamp = { readonly date: CivilDate; readonly minuteOfDay: number; readonly text: string };

/**
 * Whether a year has 29 February.
 * @example isLeapYear(2024) //=> true
 */
export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

function civil(iso: string): CivilDate {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), dayNumber: sharedDayNumber(iso) };
}

/**
 * Reads `YYYY-MM-DD`; `null` when it is not a real date.
 * @example parseCivilDate('2025-02-29') //=> null
 */
export function parseCivilDate(text: string): CivilDate | null {
  const t = text.trim();
  return isIsoDate(t) ? civil(t) : null;
}

/**
 * Reads `YYYY-MM-DDTHH:mm`; `null` when it is not a real date and time.
 * @example parseCivilTimestamp('2025-10-05T09:30')?.minuteOfDay //=> 570
 */
export function parseCivilTimestamp(text: string): CivilTimestamp | null {
  const t = text.trim();
  if (!isIsoDateTime(t)) return null;
  return { date: civil(t.slice(0, 10)), minuteOfDay: Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16)), text: t };
}

/**
 * Minutes from one timestamp to another (negative when `to` is earlier).
 * @example minutesBetween(ts('2025-10-01T08:00'), ts('2025-10-02T20:00')) //=> 2160
 */
export function minutesBetween(from: CivilTimestamp, to: CivilTimestamp): number {
  return (to.date.dayNumber - from.date.dayNumber) * 1440 + (to.minuteOfDay - from.minuteOfDay);
}

/**
 * The date as `YYYY-MM-DD`.
 * @example formatCivilDate(parseCivilDate('2025-10-01')!) //=> '2025-10-01'
 */
export function formatCivilDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Completed years of age on a date. For a 29 February birthday in a common year the new age
 * starts on 1 March (`march-1`, as the shared `ageInYears`) or on 28 February (`february-28`).
 * @example completedYears(parseCivilDate('2008-10-06')!, parseCivilDate('2026-10-05')!, 'march-1') //=> 17
 */
export function completedYears(birth: CivilDate, on: CivilDate, leapDay: 'march-1' | 'february-28'): number {
  const years = ageInYears(formatCivilDate(birth), formatCivilDate(on));
  const feb28Birthday = leapDay === 'february-28' && birth.month === 2 && birth.day === 29 && !isLeapYear(on.year) && on.month === 2 && on.day === 28;
  return feb28Birthday ? years + 1 : years;
}

/**
 * The date one month later (same day, or the month's last day when it has fewer days).
 * @example formatCivilDate(addOneMonth(parseCivilDate('2025-01-31')!)) //=> '2025-02-28'
 */
export function addOneMonth(d: CivilDate): CivilDate {
  const year = d.month === 12 ? d.year + 1 : d.year;
  const month = d.month === 12 ? 1 : d.month + 1;
  const day = Math.min(d.day, daysInMonth(year, month));
  return civil(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
