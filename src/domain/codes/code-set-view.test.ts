import { describe, expect, it } from 'vitest';
import type { CodeSet } from './code-types';
import { createCodeSetView } from './code-set-view';
import { parseIcd10cmFile } from './import-icd10cm';
import { parseHcpcsFile } from './import-hcpcs';
import { hcpcsRecord, ICD_CODES_TEXT, ICD_ORDER_TEXT } from './testing/fixtures';

function parsed(text: string, fileName: string): CodeSet {
  const r = parseIcd10cmFile(text, { fileName, importedAt: '2025-10-01T09:00' });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value.codeSet;
}

const tables = {
  chapters: [
    { number: 18, first: 'R00', last: 'R99', title: 'Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified' },
    { number: 19, first: 'S00', last: 'T88', title: 'Injury, poisoning and certain other consequences of external causes' },
  ],
  blocks: [
    { first: 'R00', last: 'R09', title: 'Symptoms and signs involving the circulatory and respiratory systems', chapter: 18 },
    { first: 'S60', last: 'S69', title: 'Injuries to the wrist, hand and fingers', chapter: 19 },
  ],
};
const hints = [{ code: 'R079', notMoreSpecific: ['R070'], reason: 'R07.0 is throat pain.' }];
const view = createCodeSetView(parsed(ICD_CODES_TEXT, 'icd10cm_codes_2022.txt'), { icd: tables, specificityHints: hints });
const codes = (list: readonly { display: string }[] | undefined) => list?.map((e) => e.display);

describe('lookup by any typed form', () => {
  it.each(['r07.9', 'R079', ' R07.9 ', 'R07.9'])('%j', (typed) => {
    expect(view.lookup(typed)?.code).toBe('R079');
  });
  it('finds headers and nothing for unknown codes', () => {
    expect(view.lookup('R07')?.billable).toBe(false);
    expect(view.lookup('R07.5')).toBeUndefined();
    expect(view.lookup('chest')).toBeUndefined();
  });
});

describe('billable and header', () => {
  it.each([
    ['R07.9', true, false],
    ['R07', false, true],
    ['R07.8', false, true],
    ['S62.001', false, true],
    ['S62.001A', true, false],
    ['X99', false, false],
  ])('%s billable=%s header=%s', (code, billable, header) => {
    expect(view.isBillable(code)).toBe(billable);
    expect(view.isHeader(code)).toBe(header);
  });
});

describe('describe', () => {
  it('gives chapter, block, category, subcategories and release', () => {
    const d = view.describe('s62.001a')!;
    expect(d.entry.display).toBe('S62.001A');
    expect(d.chapter?.number).toBe(19);
    expect(d.block?.title).toBe('Injuries to the wrist, hand and fingers');
    expect(d.category?.display).toBe('S62');
    expect(codes(d.subcategories)).toEqual(['S62.0', 'S62.00', 'S62.001']);
    expect(d.parent?.display).toBe('S62.001');
    expect(d.release).toEqual({ id: 'icd10cm|ICD-10-CM FY2022|2025-10-01T09:00', label: 'ICD-10-CM FY2022', effectiveFrom: '2021-10-01', effectiveTo: '2022-09-30' });
  });
  it('a category is its own category', () => {
    const d = view.describe('R07')!;
    expect(d.category?.display).toBe('R07');
    expect(d.subcategories).toEqual([]);
    expect(d.parent).toBeUndefined();
  });
});

describe('family', () => {
  it('R07.9: parent R07, siblings, no children', () => {
    const f = view.family('R07.9')!;
    expect(f.parent?.display).toBe('R07');
    expect(codes(f.siblings)).toEqual(['R07.0', 'R07.1', 'R07.2', 'R07.8']);
    expect(f.children).toEqual([]);
  });
  it('R07.8: children', () => {
    expect(codes(view.family('R07.8')!.children)).toEqual(['R07.81', 'R07.82', 'R07.89']);
  });
  it('a category has no parent or siblings', () => {
    const f = view.family('I10')!;
    expect([f.parent, f.siblings, f.children]).toEqual([undefined, [], []]);
  });
  it('unknown code', () => {
    expect(view.family('Q99')).toBeUndefined();
  });
});

describe('billableDescendants', () => {
  it.each([
    ['R07', ['R07.0', 'R07.1', 'R07.2', 'R07.81', 'R07.82', 'R07.89', 'R07.9']],
    ['R07.8', ['R07.81', 'R07.82', 'R07.89']],
    ['S62.001', ['S62.001A', 'S62.001B', 'S62.001D', 'S62.001S']],
    ['T15.01X', ['T15.01XA', 'T15.01XD', 'T15.01XS']],
    ['R07.9', []],
  ])('%s', (code, expected) => {
    expect(codes(view.billableDescendants(code))).toEqual(expected);
  });
  it('respects a limit', () => {
    expect(codes(view.billableDescendants('R07', 2))).toEqual(['R07.0', 'R07.1']);
  });
});

describe('specificity', () => {
  it.each([
    ['R07.9', 'unspecified', 'title-unspecified', ['R07.1', 'R07.2', 'R07.81', 'R07.82', 'R07.89']],
    ['M17.9', 'unspecified', 'title-unspecified', ['M17.0', 'M17.11', 'M17.12']],
    ['N39.0', 'unspecified', 'title-not-specified', []],
    ['E11.9', 'default', 'without-default', ['E11.00', 'E11.01', 'E11.65']],
    ['I10', 'specific', null, []],
    ['R07.89', 'specific', null, []],
    ['I11.9', 'default', 'without-default', ['I11.0']],
    ['S62.009A', 'unspecified', 'title-unspecified', ['S62.001A', 'S62.002A']],
    ['S62.001A', 'unspecified', 'title-unspecified', []],
  ])('%s is %s (%s)', (code, level, basis, moreSpecific) => {
    const s = view.specificity(code)!;
    expect({ level: s.level, basis: s.basis, more: codes(s.moreSpecific) }).toEqual({ level, basis, more: moreSpecific });
  });

  it('isUnspecified follows the title rule only', () => {
    expect(view.isUnspecified('R07.9')).toBe(true);
    expect(view.isUnspecified('E11.9')).toBe(false);
    expect(view.isUnspecified('I10')).toBe(false);
  });

  it('headers and unknown codes are not assessed', () => {
    expect(view.specificity('R07')).toBeUndefined();
    expect(view.specificity('R07.5')).toBeUndefined();
  });

  it('keeps the 7th character when offering more specific siblings', () => {
    const order = createCodeSetView(
      parsed(
        ['S62001A Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture',
          'S62001D Unspecified fracture of navicular [scaphoid] bone of right wrist, subsequent encounter for fracture with routine healing',
          'S62009A Unspecified fracture of navicular [scaphoid] bone of unspecified wrist, initial encounter for closed fracture',
          'S62009D Unspecified fracture of navicular [scaphoid] bone of unspecified wrist, subsequent encounter for fracture with routine healing',
          'S62011A Displaced fracture of distal pole of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture',
          ''].join('\n'),
        'icd10cm_codes_2022.txt',
      ),
    );
    expect(codes(order.specificity('S62.009D')!.moreSpecific)).toEqual(['S62.001D']);
  });
});

describe('7th character and placeholder X', () => {
  it('a 6-character header takes a 7th character', () => {
    expect(view.requiresSeventhCharacter('S62.001')).toBe(true);
    const info = view.seventhCharacter('S62.001')!;
    expect({ stem: info.stem, stemDisplay: info.stemDisplay, placeholder: info.placeholder, chars: info.characters.map((c) => c.char) }).toEqual({
      stem: 'S62001',
      stemDisplay: 'S62.001',
      placeholder: false,
      chars: ['A', 'B', 'D', 'S'],
    });
  });

  it('a shorter code needs X placeholders before the 7th character', () => {
    const info = view.seventhCharacter('T15.01')!;
    expect([info.stem, info.placeholder, info.characters.map((c) => c.entry.display)]).toEqual(['T1501X', true, ['T15.01XA', 'T15.01XD', 'T15.01XS']]);
    expect(view.requiresSeventhCharacter('T15.01')).toBe(true);
    expect(view.requiresSeventhCharacter('W19')).toBe(true);
  });

  it.each([
    ['T15.01A', ['T15.01XA']],
    ['W19A', ['W19.XXXA']],
    ['T15.01XA', []],
    ['R07.9', []],
    ['T15.01Q', []],
  ])('suggestWithPlaceholder(%s)', (typed, expected) => {
    expect(codes(view.suggestWithPlaceholder(typed))).toEqual(expected);
  });

  it('codes without 7th characters', () => {
    expect(view.requiresSeventhCharacter('R07')).toBe(false);
    expect(view.requiresSeventhCharacter('S62.001A')).toBe(false);
    expect(view.seventhCharacter('R07.9')).toBeUndefined();
  });

  it('a valid code with a different 7th character still shows its stem', () => {
    expect(view.seventhCharacter('S62.001G')?.characters.map((c) => c.char)).toEqual(['A', 'B', 'D', 'S']);
    expect(view.isBillable('S62.001G')).toBe(false);
  });
});

describe('the order file view', () => {
  it('uses official header titles', () => {
    const order = createCodeSetView(parsed(ICD_ORDER_TEXT, 'icd10cm_order_2026.txt'));
    expect(order.lookup('R07')?.longTitle).toBe('Pain in throat and chest');
    expect(codes(order.specificity('R07.9')!.moreSpecific)).toEqual(['R07.0', 'R07.1', 'R07.2', 'R07.81', 'R07.82', 'R07.89']);
  });
});

describe('HCPCS view: dates and modifiers', () => {
  const text = [
    hcpcsRecord({ code: 'J9035', recordId: '3', long: 'Injection, bevacizumab, 10 mg', short: 'Bevacizumab injection', added: '20050101' }),
    hcpcsRecord({ code: 'G0202', recordId: '3', long: 'Screening mammography, bilateral', short: 'Scr mammo bi incl cad', added: '20010401', terminated: '20171231' }),
    hcpcsRecord({ code: 'LT', recordId: '7', long: 'Left side', short: 'Left side' }),
    '',
  ].join('\r\n');
  const r = parseHcpcsFile(text, { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: 't' });
  const hv = createCodeSetView(r.ok ? r.value.codeSet : (undefined as never));

  it('a code is billable only between its own dates', () => {
    expect(hv.isBillable('g0202')).toBe(true);
    expect(hv.isBillable('G0202', '2017-12-31')).toBe(true);
    expect(hv.isBillable('G0202', '2019-03-01T10:00')).toBe(false);
    expect(hv.isActiveOn('J9035', '2004-12-31')).toBe(false);
    expect(hv.isActiveOn('J9035', '2019-01-01')).toBe(true);
  });

  it('modifiers are found as modifiers, not billable codes', () => {
    expect(hv.modifier(' lt')?.longTitle).toBe('Left side');
    expect(hv.modifier('J9035')).toBeUndefined();
    expect(hv.isBillable('LT')).toBe(false);
  });

  it('has no hierarchy or 7th characters', () => {
    expect(hv.family('J9035')).toEqual({ entry: hv.lookup('J9035'), siblings: [], children: [] });
    expect(hv.seventhCharacter('J9035')).toBeUndefined();
    expect(hv.suggestWithPlaceholder('J903')).toEqual([]);
    expect(hv.specificity('J9035')).toEqual({ level: 'specific', basis: null, moreSpecific: [] });
  });
});
