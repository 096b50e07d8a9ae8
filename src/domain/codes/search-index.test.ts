import { describe, expect, it } from 'vitest';
import { countEntries, type CodeEntry, type CodeSet, type CodeSystem } from './code-types';
import { parseIcd10cmFile } from './import-icd10cm';
import { buildSearchIndex, searchCodes, tokenize, type Abbreviation } from './search-index';
import { ICD_CODES_TEXT } from './testing/fixtures';

function set(system: CodeSystem, entries: CodeEntry[]): CodeSet {
  return {
    release: {
      id: `test:${system}`,
      system,
      label: system,
      origin: 'starter',
      format: 'starter',
      effectiveFrom: null,
      effectiveTo: null,
      sourceFileName: '',
      importedAt: '',
      derivedHeaders: false,
      counts: countEntries(entries),
      notes: [],
    },
    entries,
  };
}
const code = (c: string, title: string, extra: Partial<CodeEntry> = {}): CodeEntry => ({ code: c, display: c, shortTitle: title, longTitle: title, billable: true, kind: 'code', ...extra });

const icd = parseIcd10cmFile(ICD_CODES_TEXT, { fileName: 'icd10cm_codes_2022.txt', importedAt: 't' });
if (!icd.ok) throw new Error('fixture');
const abbreviations: Abbreviation[] = [
  { abbr: 'htn', phrases: ['hypertension', 'hypertensive'], prefer: ['I10'] },
  { abbr: 'dm2', phrases: ['type 2 diabetes mellitus'] },
  { abbr: 's/p', phrases: ['status'] },
];
const index = buildSearchIndex(
  [
    icd.value.codeSet,
    set('cpt', [code('99213', 'Established patient clinic visit, level 3'), code('99214', 'Established patient clinic visit, level 4'), code('25', 'Separate E/M on the day of a procedure', { kind: 'modifier', billable: false })]),
    set('hcpcs', [code('LT', 'Left side', { kind: 'modifier', billable: false }), code('J1100', 'Injection, dexamethasone sodium phosphate, 1 mg')]),
    set('local', [code('99', 'IR-DRG outlier payment'), code('99-02', 'IR-DRG mental health length-of-stay outlier payment')]),
  ],
  { abbreviations },
);
const displays = (query: string, options = {}) => searchCodes(index, query, options).map((h) => h.display);

describe('tokenize', () => {
  it.each([
    ["Alzheimer's disease, [late] onset", ['alzheimers', 'disease', 'late', 'onset']],
    ['Ménière’s disease', ['menieres', 'disease']],
    ['Type 2 diabetes mellitus w/o complications', ['type', '2', 'diabetes', 'mellitus', 'w', 'o', 'complications']],
    ['', []],
  ])('%j', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });
});

describe('searchCodes: codes', () => {
  it('a category prefix lists the family in code order, the exact code first', () => {
    expect(displays('r07')).toEqual(['R07', 'R07.0', 'R07.1', 'R07.2', 'R07.8', 'R07.81', 'R07.82', 'R07.89', 'R07.9']);
    expect(displays('R07.8')).toEqual(['R07.8', 'R07.81', 'R07.82', 'R07.89']);
  });

  it.each(['R07.9', 'r079', ' r07.9 '])('%j finds R07.9', (q) => {
    expect(searchCodes(index, q)[0]).toEqual({
      system: 'icd10cm',
      code: 'R079',
      display: 'R07.9',
      title: 'Chest pain, unspecified',
      billable: true,
      kind: 'code',
      derived: false,
      match: 'code',
    });
  });

  it('CPT, HCPCS, modifiers and local codes', () => {
    expect(displays('9921')).toEqual(['99213', '99214']);
    expect(displays('j1100')).toEqual(['J1100']);
    expect(searchCodes(index, 'lt')[0]).toMatchObject({ system: 'hcpcs', code: 'LT', kind: 'modifier', billable: false });
    expect(displays('25')[0]).toBe('25');
    expect(displays('99-02')).toEqual(['99-02']);
    expect(displays('99')[0]).toBe('99');
  });

  it('a code prefix narrows words (e11 hyperglyc)', () => {
    // E11.00 says "hyperglycemic" in its title; the E11.6 header (derived) shares E11.65's words.
    expect(displays('e11 hyperglyc')).toEqual(['E11.65', 'E11.00', 'E11.6']);
  });
});

describe('searchCodes: words', () => {
  it('words in any order and partial words', () => {
    expect(displays('chest pain breathing')).toEqual(['R07.1']);
    expect(displays('breath chest')).toEqual(['R07.1']);
    expect(displays('precord')).toEqual(['R07.2']);
    expect(displays('diab hyperglyc')).toEqual(['E11.65', 'E11.00', 'E11.6']);
  });

  it('ranks billable codes above headers, then by how much of the title the query covers', () => {
    // "unspecified" is not an essential word, so E11.8 and E11.9 cover the query equally; code order decides.
    expect(displays('type 2 diabetes')).toEqual(['E11.8', 'E11.9', 'E11.65', 'E11.01', 'E11.00', 'E11', 'E11.0', 'E11.6']);
    expect(displays('chest pain')).toEqual(['R07.9', 'R07.1', 'R07.89']);
  });

  it('abbreviations stand for their phrases and put the usual code first', () => {
    expect(displays('htn')).toEqual(['I10', 'I11.0', 'I11.9', 'I11']);
    expect(displays('dm2 hyperglyc')).toEqual(['E11.65', 'E11.00', 'E11.6']);
  });

  it('words in parentheses or brackets and the 7th-character tail count less', () => {
    expect(displays('navicular right wrist', { limit: 3 })).toEqual(['S62.001A', 'S62.001B', 'S62.001D']);
    expect(displays('primary hypertension')).toEqual(['I10']);
  });

  it('a number matches itself and with a letter, not a longer number', () => {
    const ckd = buildSearchIndex([
      set('icd10cm', [
        code('N1830', 'Chronic kidney disease, stage 3 unspecified'),
        code('N1831', 'Chronic kidney disease, stage 3a'),
        code('N184', 'Chronic kidney disease, stage 4 (severe)'),
        code('Z3A30', '30 weeks gestation of pregnancy'),
      ]),
    ]);
    expect(searchCodes(ckd, 'stage 3').map((h) => h.code)).toEqual(['N1830', 'N1831']);
    expect(searchCodes(ckd, '3').map((h) => h.code)).toEqual(['N1830', 'N1831']);
  });

  it('filters by system and billable, and respects the limit', () => {
    expect(displays('outlier', { systems: ['local'] })).toEqual(['99', '99-02']);
    expect(displays('outlier', { systems: ['icd10cm'] })).toEqual([]);
    expect(displays('r07', { billableOnly: true, limit: 3 })).toEqual(['R07.0', 'R07.1', 'R07.2']);
    expect(displays('pain', { limit: 2 })).toHaveLength(2);
  });

  it('is deterministic', () => {
    expect(displays('fracture')).toEqual(displays('fracture'));
    // A bare term ranks the code that adds least to it first: unspecified wrist before right or left.
    expect(displays('fracture')).toEqual(['S62.009A', 'S62.009S', 'S62.001A', 'S62.001B', 'S62.001D', 'S62.001S', 'S62.002A', 'S62.002S', 'S62', 'S62.0', 'S62.00', 'S62.009', 'S62.001', 'S62.002']);
  });

  it('finds nothing for an empty query, stop words or an unknown word', () => {
    expect(displays('')).toEqual([]);
    expect(displays('of the')).toEqual([]);
    expect(displays('zzzz')).toEqual([]);
    expect(searchCodes(buildSearchIndex([]), 'pain')).toEqual([]);
  });

  it('derived headers without a title are found by code only', () => {
    expect(searchCodes(index, 'derived')).toEqual([]);
    expect(searchCodes(index, 'r07')[0]).toMatchObject({ code: 'R07', derived: true, billable: false, match: 'code' });
  });

  it('keeps the first code set given when two hold the same code', () => {
    const twice = buildSearchIndex([set('cpt', [code('99213', 'First title')]), set('cpt', [code('99213', 'Second title'), code('99214', 'Other')])]);
    expect(searchCodes(twice, '99213')[0]?.title).toBe('First title');
    expect(twice.size).toBe(2);
  });
});
