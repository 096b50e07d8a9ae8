import { describe, expect, it } from 'vitest';
import type { RulePack } from '../packs/pack';
import { buildExcludes1Index, EXCLUDES1_KIND, matchExcludes1, type Excludes1Entry } from './excludes1';

const pack = (entries: Excludes1Entry[], id = 'p'): RulePack<Excludes1Entry> => ({
  id,
  name: `Pack ${id}`,
  kind: 'excludes1',
  version: '1',
  effectiveFrom: '2025-10-01',
  effectiveTo: '',
  source: { document: 'Tabular' },
  description: '',
  entries,
});
const index = buildExcludes1Index([
  pack([
    { code: 'E11', excluded: 'E10.-', note: 'type 1 diabetes mellitus (E10.-)' },
    { code: 'E10', excluded: 'E11.-', note: 'type 2 diabetes mellitus (E11.-)' },
    { code: 'e11', excluded: 'O24.4-', note: 'gestational diabetes (O24.4-)' },
    { code: 'R07.0', excluded: 'J02.9', note: 'sore throat (acute) NOS (J02.9)' },
  ]),
  pack([{ code: 'E11', excluded: 'E10', note: 'repeated in a second pack' }], 'q'),
]);

describe('Excludes1 index', () => {
  it('files each pair once under both sides, whatever the packs repeat', () => {
    expect(index.pairCount).toBe(3);
    expect(index.packs.map((p) => p.id)).toEqual(['p', 'q']);
    expect(index.byPrefix.get('E11')?.map((r) => [r.partner, r.noteAt, r.excluded])).toEqual([
      ['E10', 'E11', 'E10.-'],
      ['O244', 'E11', 'O24.4-'],
    ]);
    expect(index.byPrefix.get('O244')?.map((r) => r.partner)).toEqual(['E11']);
  });

  it.each([
    ['category notes reach the codes below them', ['E1165', 'I10', 'E109'], [[0, 2, 'E11']]],
    ['the excluded side may be the first line', ['O24419', 'E119'], [[0, 1, 'E11']]],
    ['a subcategory note reaches only its own codes', ['R070', 'J029', 'R079'], [[0, 1, 'R07.0']]],
    ['R07.9 is not under the R07.0 note', ['R079', 'J029'], []],
    ['two lines with the same code are not a pair', ['E119', 'E119'], []],
    ['lines that are not codes are skipped', [null, 'E119', 'E109'], [[1, 2, 'E11']]],
  ] as const)('%s', (_name, keys, expected) => {
    expect(matchExcludes1(index, keys).map((m) => [m.first, m.second, m.rule.noteAt])).toEqual(expected);
  });
});

describe('the excludes1 pack kind', () => {
  it.each([
    [{ code: 'E11', excluded: 'O24.4-', note: 'gestational diabetes (O24.4-)' }, true],
    [{ code: 'E1.1', excluded: 'E10', note: 'x' }, false],
    [{ code: 'E11', excluded: 'E10', note: '  ' }, false],
  ])('validates %j', (entry, ok) => {
    expect(EXCLUDES1_KIND.entry.safeParse(entry).success).toBe(ok);
  });
});
