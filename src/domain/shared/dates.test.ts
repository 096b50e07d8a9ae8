import { describe, expect, it } from 'vitest';
import { ageInDays, ageInYears, dayNumber, formatDate, formatDateTime, isIsoDate, isIsoDateTime, minuteNumber, parseDateText, parseDateTimeText } from './dates';

describe('parseDateTimeText', () => {
  it.each([
    ['05/10/2025 09:00', '2025-10-05T09:00', false, false],
    [' 05/10/2025 09:00 ', '2025-10-05T09:00', false, false],
    ['5/9/2025 9:05', '2025-09-05T09:05', false, true],
    ['05-10-2025 23:59', '2025-10-05T23:59', false, true],
    ['05.10.2025', '2025-10-05T00:00', true, true],
    ['05/10/2025 09:00:30', '2025-10-05T09:00', false, true],
    ['2025-10-05', '2025-10-05T00:00', true, true],
    ['2025-10-05T09:00', '2025-10-05T09:00', false, true],
    ['2024-02-29 12:00', '2024-02-29T12:00', false, true],
  ])('reads %j', (text, iso, timeAssumed, lenient) => {
    expect(parseDateTimeText(text)).toEqual({ ok: true, value: { iso, timeAssumed, lenient } });
  });

  it.each([
    ['', 'date.empty', 'Expected a date such as 05/10/2025 09:00, found nothing.'],
    ['31/02/2025 10:00', 'date.invalid', '"31/02/2025 10:00" is not a real date and time.'],
    ['29/02/2025', 'date.invalid', '"29/02/2025" is not a real date and time.'],
    ['05/10/2025 24:00', 'date.invalid', '"05/10/2025 24:00" is not a real date and time.'],
    ['10/5/25', 'date.format', 'Expected a date as dd/MM/yyyy HH:mm (e.g. 05/10/2025 09:00), found "10/5/25".'],
    ['yesterday', 'date.format', 'Expected a date as dd/MM/yyyy HH:mm (e.g. 05/10/2025 09:00), found "yesterday".'],
  ])('refuses %j', (text, code, message) => {
    expect(parseDateTimeText(text)).toEqual({ ok: false, errors: [{ code, message, severity: 'error' }] });
  });
});

describe('parseDateText', () => {
  it('reads a date of birth', () => expect(parseDateText('12/04/1980')).toEqual({ ok: true, value: '1980-04-12' }));
  it('refuses a time', () =>
    expect(parseDateText('12/04/1980 10:00')).toEqual({
      ok: false,
      errors: [{ code: 'date.has-time', message: 'Expected a date without a time, found "12/04/1980 10:00".', severity: 'error' }],
    }));
});

describe('formatting and validity', () => {
  it.each([
    ['2025-10-05T09:00', '05/10/2025 09:00'],
    ['garbage', 'garbage'],
    ['', ''],
  ])('formatDateTime(%j) = %j', (iso, shown) => expect(formatDateTime(iso)).toBe(shown));
  it.each([
    ['1980-04-12', '12/04/1980'],
    ['12/04/1980', '12/04/1980'],
  ])('formatDate(%j) = %j', (iso, shown) => expect(formatDate(iso)).toBe(shown));
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
  ])('isIsoDate(%j) = %s', (s, v) => expect(isIsoDate(s)).toBe(v));
  it.each([
    ['2025-10-05T09:00', true],
    ['2025-10-05T24:00', false],
    ['2025-10-05 09:00', false],
  ])('isIsoDateTime(%j) = %s', (s, v) => expect(isIsoDateTime(s)).toBe(v));
});

describe('calendar arithmetic', () => {
  it.each([
    ['2010-10-06', '2025-10-05', 14],
    ['2010-10-05', '2025-10-05', 15],
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17],
    ['2025-10-05', '2025-10-05', 0],
  ])('ageInYears(%s, %s) = %i', (dob, on, age) => expect(ageInYears(dob, on)).toBe(age));
  it.each([
    ['2025-10-01', '2025-10-05', 4],
    ['2024-12-31', '2025-01-01', 1],
    ['2024-02-28', '2024-03-01', 2],
  ])('ageInDays(%s, %s) = %i', (dob, on, days) => expect(ageInDays(dob, on)).toBe(days));
  it('counts days and minutes across years exactly', () => {
    expect(dayNumber('2025-01-01') - dayNumber('2024-01-01')).toBe(366);
    expect(minuteNumber('2025-10-06T08:30') - minuteNumber('2025-10-05T20:00')).toBe(750);
  });
});
