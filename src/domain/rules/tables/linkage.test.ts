import { describe, expect, it } from 'vitest';
import { TEST_LINKAGE_PACK } from '@/testing/procedure-fixtures';
import { parsePack } from '../packs/pack';
import { buildLinkageTable, diagnosisPatternProblem, LINKAGE_KIND, linkageVerdict, procedurePatternProblem, summarizePatterns } from './linkage';

describe('linkage patterns', () => {
  it.each([
    ['93306', null],
    ['93306-93308', null],
    [' 0591t ', null],
    ['93308-93306', 'the range 93308-93306 ends before it starts'],
    ['9330', '"9330" is not a 5-character CPT/HCPCS code or range (e.g. 93306 or 93306-93308)'],
    ['93306-', '"93306-" is not a range of two 5-character CPT/HCPCS codes (e.g. 93306-93308)'],
  ])('procedure %j → %j', (raw, problem) => {
    expect(procedurePatternProblem(raw)).toBe(problem);
  });

  it.each([
    ['R07.2', null],
    ['R072', null],
    ['I50', null],
    ['I50.*', null],
    ['Z00.0', null],
    ['R00-R09', null],
    ['Z00.00-Z00.01', null],
    ['R09-R00', 'the range R09-R00 ends before it starts'],
    ['chest pain', '"chest pain" is not an ICD-10-CM code, code with *, or range (e.g. R07.2, I50.*, R00-R09)'],
    ['R0', '"R0" is not an ICD-10-CM code, code with *, or range (e.g. R07.2, I50.*, R00-R09)'],
  ])('diagnosis %j → %j', (raw, problem) => {
    expect(diagnosisPatternProblem(raw)).toBe(problem);
  });
});

describe('linkage table', () => {
  const table = buildLinkageTable([TEST_LINKAGE_PACK]);
  const echo = table.rulesFor('93307', '2025-10-05')[0]!;

  it('finds rules by exact code and by range, only in force on the date', () => {
    expect(table.rulesFor('93306', '2025-10-05').map((r) => r.entry.title)).toEqual(['Transthoracic echocardiography']);
    expect(table.rulesFor('29881', '2025-10-05').map((r) => r.index)).toEqual([1]);
    expect(table.rulesFor('93309', '2025-10-05')).toEqual([]);
    expect(table.rulesFor('93306', '2024-12-31')).toEqual([]);
    expect(table.inForceOn('2025-01-01')).toBe(true);
    expect(table.inForceOn('')).toBe(false);
  });

  it.each([
    ['R07.2', 'supports'],
    ['r07.89', 'supports'],
    ['I50.9', 'supports'],
    ['Z00.00', 'not-supporting'],
    ['Z09', 'not-supporting'],
    ['M54.50', 'unlisted'],
    ['', 'unlisted'],
  ] as const)('%s against the echo row: %s', (dx, verdict) => {
    expect(linkageVerdict(echo, dx)).toBe(verdict);
  });

  it('a range covers codes by as many characters as its bounds have', () => {
    const pack = { ...TEST_LINKAGE_PACK, entries: [{ ...TEST_LINKAGE_PACK.entries[0]!, supports: ['I20-I25', 'Z00.00-Z00.01'], notSupporting: [] }] };
    const rule = buildLinkageTable([pack]).rulesFor('93306', '2025-10-05')[0]!;
    expect(['I25.10', 'I20.9', 'I26.99', 'I19', 'Z00.01', 'Z00.121'].map((d) => linkageVerdict(rule, d))).toEqual(['supports', 'supports', 'unlisted', 'unlisted', 'supports', 'unlisted']);
  });

  it('summarizes long pattern lists', () => {
    expect(summarizePatterns(['A', 'B', 'C'], 2)).toBe('A, B, … (3 in all)');
  });
});

describe('linkage pack kind', () => {
  const pack = (entries: unknown[]) => ({ id: 'x', name: 'X', kind: 'procedure-linkage', version: '1', effectiveFrom: '2025-01-01', effectiveTo: '', source: { document: 'd' }, entries });
  it('validates every row and says where', () => {
    const r = parsePack(
      pack([
        { title: 'Echo', procedures: ['93306-93308'], supports: ['R07'], denial: 'MNEC-004', source: 's' },
        { title: '', procedures: ['9330'], supports: ['chest pain'], denial: 'MNEC-001', source: '' },
        { title: 'Nothing', procedures: ['93000'], supports: [], notSupporting: [], denial: 'MNEC-003', source: 's' },
        { procedures: ['93000'], supports: ['R00'], denial: 'MNEC-003' },
      ]),
      [LINKAGE_KIND],
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.message)).toEqual([
        'entries[1].title: give the procedure family a name',
        'entries[1].procedures[0]: "9330" is not a 5-character CPT/HCPCS code or range (e.g. 93306 or 93306-93308)',
        'entries[1].supports[0]: "chest pain" is not an ICD-10-CM code, code with *, or range (e.g. R07.2, I50.*, R00-R09)',
        'entries[1].denial: Invalid option: expected one of "MNEC-004"|"MNEC-003"',
        'entries[1].source: name the source of the entry',
        'entries[2].supports: list at least one supporting or non-supporting diagnosis',
        'entries[3].title: give the procedure family a name',
        'entries[3].source: name the source of the entry',
      ]);
  });
});
