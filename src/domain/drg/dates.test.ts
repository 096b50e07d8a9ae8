import { describe, expect, it } from 'vitest';
import { addOneMonth, completedYears, dayNumber, formatCivilDate, minutesBetween, parseCivilDate, parseCivilTimestamp } from './dates';

function d(text: string) {
  const v = parseCivilDate(text);
  if (!v) throw new Error(`bad test date ${text}`);
  return v;
}

describe('dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2025-10-01', 20362],
    ['1969-12-31', -1],
  ])('day number of %s is %i', (text, n) => {
    expect(d(text).dayNumber).toBe(n);
    expect(dayNumber(d(text).year, d(text).month, d(text).day)).toBe(n);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '25-10-01', '2025-10-01T10:00', ''])('refuses the date %j', (text) => {
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
    ['2025-01-31', '2025-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2025-12-15', '2026-01-15'],
  ])('one month after %s is %s', (from, to) => {
    expect(formatCivilDate(addOneMonth(d(from)))).toBe(to);
    expect(addOneMonth(d(from)).dayNumber).toBe(d(to).dayNumber);
  });
});
