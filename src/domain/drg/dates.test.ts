import { describe, expect, it } from 'vitest';
import { addOneMonth, completedYears, formatCivilDate, isLeapYear, minutesBetween, parseCivilDate, parseCivilTimestamp } from './dates';

function d(text: string) {
  const v = parseCivilDate(text);
  if (!v) throw new Error(`bad test date ${text}`);
  return v;
}

describe('dates', () => {
  it.each([
    ['1970-01-01', '1970-01-02', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2024-10-01', '2025-10-01', 365],
    ['1999-12-31', '2000-12-31', 366],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(d(to).dayNumber - d(from).dayNumber).toBe(days);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '25-10-01', '2025-10-01T10:00', '', '1850-01-01'])('refuses the date %j', (text) => {
    expect(parseCivilDate(text)).toBeNull();
  });

  it.each(['2025-10-01T24:00', '2025-10-01T10:60', '2025-10-01 10:00', '01/10/2025 10:00', '2025-02-30T10:00'])('refuses the timestamp %j', (text) => {
    expect(parseCivilTimestamp(text)).toBeNull();
  });

  it('counts minutes across days and months', () => {
    const a = parseCivilTimestamp('2025-09-30T23:00');
    const b = parseCivilTimestamp('2025-10-01T01:30');
    expect(a && b ? [minutesBetween(a, b), minutesBetween(b, a)] : null).toEqual([150, -150]);
  });

  it.each<[string, string, 'march-1' | 'february-28', number]>([
    ['2008-10-06', '2026-10-05', 'march-1', 17],
    ['2008-10-06', '2026-10-06', 'march-1', 18],
    ['2010-03-14', '2025-10-05', 'march-1', 15],
    ['2008-02-29', '2026-02-28', 'march-1', 17],
    ['2008-02-29', '2026-03-01', 'march-1', 18],
    ['2008-02-29', '2026-02-28', 'february-28', 18],
    ['2008-02-29', '2028-02-29', 'march-1', 20],
    ['2025-10-01', '2025-10-01', 'march-1', 0],
  ])('born %s, on %s (%s) → %i completed years', (birth, on, rule, years) => {
    expect(completedYears(d(birth), d(on), rule)).toBe(years);
  });

  it.each([
    [2024, true],
    [2025, false],
    [1900, false],
    [2000, true],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    ['2025-01-31', '2025-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2025-12-15', '2026-01-15'],
  ])('one month after %s is %s', (from, to) => {
    expect(formatCivilDate(addOneMonth(d(from)))).toBe(to);
    expect(addOneMonth(d(from)).dayNumber).toBe(d(to).dayNumber);
  });
});
