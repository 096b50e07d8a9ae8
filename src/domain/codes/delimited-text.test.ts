import { describe, expect, it } from 'vitest';
import { guessDelimiter, readDelimited } from './delimited-text';

describe('readDelimited', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'code,short,long\r\n99213,"Visit, est.","Office visit, ""level 3""\r\nsecond line"\r\n\r\n99214,Visit,Long\n';
    expect(readDelimited(text, ',')).toEqual({
      ok: true,
      value: [
        { line: 1, cells: ['code', 'short', 'long'] },
        { line: 2, cells: ['99213', 'Visit, est.', 'Office visit, "level 3"\r\nsecond line'] },
        { line: 5, cells: ['99214', 'Visit', 'Long'] },
      ],
    });
  });

  it('reads tab-separated text, empty cells and a last line without a break', () => {
    expect(readDelimited('99213\t\tLong\n99214\tShort\t', '\t')).toEqual({
      ok: true,
      value: [
        { line: 1, cells: ['99213', '', 'Long'] },
        { line: 2, cells: ['99214', 'Short', ''] },
      ],
    });
  });

  it('keeps text after a closing quote', () => {
    expect(readDelimited('"a"b,c\n', ',')).toEqual({ ok: true, value: [{ line: 1, cells: ['ab', 'c'] }] });
  });

  it('reports a quote that is never closed where it opened (a cut-off file)', () => {
    expect(readDelimited('99213,ok\n99214,"Office visit\n', ',')).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.csv.unclosed-quote',
          message: 'Line 2: a quoted field opens here and is never closed: the file looks cut off.',
          severity: 'error',
          line: 2,
        },
      ],
    });
  });

  it('stops after maxRows', () => {
    expect(readDelimited('a\nb\nc\n', ',', 2)).toMatchObject({ ok: true, value: [{ cells: ['a'] }, { cells: ['b'] }] });
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['99213\tVisit\n99214\tVisit\n', '\t'],
    ['99213,"Visit, est"\n99214,Visit\n', ','],
    ['99213;Visit\n99214;Visit\n', ';'],
    ['99213|Visit\n99214|Visit\n', '|'],
    ['just words\nno delimiters\n', null],
  ])('%j → %j', (text, delimiter) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });
});
