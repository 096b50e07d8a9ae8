import { describe, expect, it } from 'vitest';
import { fieldFormatProblem, splitModifiers, type FieldKind } from './field-format';

describe('fieldFormatProblem', () => {
  it.each<[FieldKind, string, string | undefined]>([
    ['emirates-id', '', undefined],
    ['emirates-id', '784-1979-4820153-6', undefined],
    ['emirates-id', '111-1111-1111111-1', undefined],
    ['emirates-id', '784-1979-4820153', 'Expected 15 digits as 784-YYYY-NNNNNNN-C, or a placeholder (000-0000-0000000-0, 111-1111-1111111-1, 222-2222-2222222-2, 999-9999-9999999-9); found "784-1979-4820153".'],
    ['date-time', '2025-10-05T09:00', undefined],
    ['date-time', '31/02/2025 10:00', 'Expected a date and time as dd/MM/yyyy HH:mm; "31/02/2025 10:00" does not read as one.'],
    ['date', '1980-04-12', undefined],
    ['date', '1980-02-30', 'Expected a date as dd/MM/yyyy; "1980-02-30" does not read as one.'],
    ['money', '850.00', undefined],
    ['money', '8,500.00', undefined],
    ['money', '-5', 'Expected an amount of zero or more, found -5.'],
    ['money', '1.005', 'Expected at most two decimal places, found 1.005.'],
    ['money', 'abc', 'Expected a number such as 850.00, found "abc".'],
    ['quantity', '2', undefined],
    ['quantity', '0', 'Expected a quantity above zero, found 0.'],
    ['code', 'R07.2', undefined],
    ['code', '99-02', undefined],
    ['code', 'R07 2', 'A code has only letters, digits, "." and "-"; found "R07 2".'],
    ['modifier', '25', undefined],
    ['modifier', 'LTR', 'A modifier is two letters or digits (e.g. 25, LT); found "LTR".'],
    ['text', '<script>alert(1)</script>', undefined],
  ])('%s %j', (kind, value, problem) => {
    expect(fieldFormatProblem(kind, value)).toBe(problem);
  });
});

describe('splitModifiers', () => {
  it.each([
    ['25, lt', ['25', 'LT']],
    ['26-TC', ['26', 'TC']],
    ['  59  59 xs ', ['59', 'XS']],
    ['', []],
  ])('%j → %j', (text, mods) => expect(splitModifiers(text)).toEqual(mods));
});
