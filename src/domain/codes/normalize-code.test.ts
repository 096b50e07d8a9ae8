import { describe, expect, it } from 'vitest';
import { icdDisplay, normalizeIcdKey, parseCode, parseModifier, toDisplay, toLookupKey } from './normalize-code';

describe('normalizeIcdKey', () => {
  it.each([
    ['r07.9', 'R079'],
    ['R079', 'R079'],
    [' R07.9 ', 'R079'],
    ['i10', 'I10'],
    ['S62.001A', 'S62001A'],
    ['t15.01xa', 'T1501XA'],
    ['S62.0-', 'S620'],
    ['R07.', 'R07'],
    ['O9A.119', 'O9A119'],
  ])('reads %j as %s', (input, key) => {
    expect(normalizeIcdKey(input)).toBe(key);
  });

  it.each(['R0.79', 'R07..9', '', 'R7', '07.9', 'R07.91234', 'R 07.9'])('rejects %j', (input) => {
    expect(normalizeIcdKey(input)).toBeNull();
  });
});

describe('icdDisplay and toDisplay', () => {
  it.each([
    ['R079', 'R07.9'],
    ['I10', 'I10'],
    ['S62001A', 'S62.001A'],
  ])('shows %s as %s', (key, display) => {
    expect(icdDisplay(key)).toBe(display);
    expect(toDisplay('icd10cm', key)).toBe(display);
  });

  it('leaves other systems as they are', () => {
    expect(toDisplay('cpt', '99213')).toBe('99213');
    expect(toDisplay('local', '99-02')).toBe('99-02');
  });
});

describe('toLookupKey', () => {
  it.each([
    ['icd10cm', ' r07.9', 'R079'],
    ['icd10cm', 'junk.', 'JUNK.'],
    ['cpt', ' 99213 ', '99213'],
    ['hcpcs', 'lt', 'LT'],
    ['local', '99-02', '99-02'],
  ] as const)('%s %j → %s', (system, raw, key) => {
    expect(toLookupKey(system, raw)).toBe(key);
  });
});

describe('parseCode', () => {
  it.each([
    ['icd10cm', 'r07.9', 'R079', 'R07.9'],
    ['icd10cm', 'E1165', 'E1165', 'E11.65'],
    ['cpt', '99213', '99213', '99213'],
    ['cpt', '0001f', '0001F', '0001F'],
    ['hcpcs', 'j1100', 'J1100', 'J1100'],
    ['hcpcs', 'LT', 'LT', 'LT'],
    ['local', '99-02', '99-02', '99-02'],
    ['local', '98', '98', '98'],
  ] as const)('%s %j → %s (%s)', (system, raw, code, display) => {
    expect(parseCode(system, raw)).toEqual({ ok: true, value: { code, display } });
  });

  it.each([
    ['icd10cm', '', 'code.empty', 'Expected a code, found nothing.'],
    ['icd10cm', 'R0.79', 'code.icd.dot', 'The dot in an ICD-10-CM code goes after the third character (like R07.9), found "R0.79".'],
    [
      'icd10cm',
      '123',
      'code.icd.format',
      'Expected an ICD-10-CM code such as R07.9 (a letter, a digit, a letter or digit, then up to 4 more), found "123".',
    ],
    ['cpt', '9921', 'code.cpt.format', 'Expected a CPT code of 5 characters such as 99213 (4 digits, then a digit, F, T or U), found "9921".'],
    [
      'hcpcs',
      'W1234',
      'code.hcpcs.format',
      'Expected a HCPCS Level II code such as J1100 (a letter A–V and 4 digits) or a modifier such as LT, found "W1234".',
    ],
    ['local', '99_02', 'code.local.format', 'Expected a service code such as 99 or 99-02 (letters and digits, parts joined by "-"), found "99_02".'],
  ] as const)('%s %j → %s', (system, raw, code, message) => {
    expect(parseCode(system, raw)).toEqual({ ok: false, errors: [{ code, message, severity: 'error' }] });
  });
});

describe('parseModifier', () => {
  it('reads a modifier in any case', () => {
    expect(parseModifier(' lt')).toEqual({ ok: true, value: { code: 'LT', display: 'LT' } });
  });
  it('rejects a modifier of the wrong length', () => {
    expect(parseModifier('LTR')).toEqual({
      ok: false,
      errors: [{ code: 'code.modifier.format', message: 'Expected a modifier of 2 letters or digits such as 25 or LT, found "LTR".', severity: 'error' }],
    });
  });
});
