import { describe, expect, it } from 'vitest';
import { D } from './decimal';
import { parseDecimal, toMoneyString } from './parse-decimal';

describe('parseDecimal', () => {
  it.each([
    ['8500', '8500', undefined],
    [' 8500.00 ', '8500.00', undefined],
    ['+12.5', '12.5', undefined],
    ['.5', '0.5', undefined],
    ['7.', '7', undefined],
    ['-3.25', '-3.25', undefined],
    ['8,500.00', '8500.00', 'thousands separators removed from "8,500.00"'],
    ['8,500', '8500', 'thousands separators removed from "8,500"'],
    ['1,234,567.8', '1234567.8', 'thousands separators removed from "1,234,567.8"'],
    ['8.500,00', '8500.00', '"8.500,00" read with dots as thousands separators and a decimal comma'],
    ['850,50', '850.50', 'decimal comma in "850,50" read as a decimal point'],
    ['850,5', '850.5', 'decimal comma in "850,5" read as a decimal point'],
    ['8 500,25', '8500.25', 'spaces removed from "8 500,25"'],
  ])('reads %j as %s', (input, canonical, note) => {
    const r = parseDecimal(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.canonical).toBe(canonical);
    expect(r.value.note).toBe(note);
    expect(r.value.value.equals(new D(canonical))).toBe(true);
  });

  it.each([
    ['', 'decimal.empty', 'Expected a number, found nothing.'],
    ['   ', 'decimal.empty', 'Expected a number, found nothing.'],
    ['abc', 'decimal.format', 'Expected a number such as 850.00, found "abc".'],
    ['1.2.3', 'decimal.format', 'Expected a number such as 850.00, found "1.2.3".'],
    ['12,34,5', 'decimal.format', 'Expected a number such as 850.00, found "12,34,5".'],
    ['1e5', 'decimal.format', 'Expected a number such as 850.00, found "1e5".'],
  ])('refuses %j', (input, code, message) => {
    expect(parseDecimal(input)).toEqual({ ok: false, errors: [{ code, message, severity: 'error' }] });
  });
});

describe('toMoneyString', () => {
  it.each([
    ['8508.5', '8508.50'],
    ['0.005', '0.01'],
    ['0.004', '0.00'],
    ['-2.345', '-2.35'],
    ['12', '12.00'],
  ])('%s → %s (half-up, 2 places)', (input, expected) => {
    expect(toMoneyString(new D(input))).toBe(expected);
  });
});
