import { describe, expect, it } from 'vitest';
import type { RulePack } from '../packs/pack';
import { buildSymptomRelationIndex, findDefinitive, SYMPTOM_RELATIONS_KIND, type SymptomRelationEntry } from './symptom-relations';

const pack: RulePack<SymptomRelationEntry> = {
  id: 'p',
  name: 'P',
  kind: 'symptom-definitive',
  version: '1',
  effectiveFrom: '2015-10-01',
  effectiveTo: '',
  source: { document: 'Guidelines' },
  description: '',
  entries: [
    { symptom: 'R07.9', definitive: ['I20', 'I21'], basis: 'acs' },
    { symptom: 'R05', definitive: ['J18'], basis: 'pneumonia' },
  ],
};
const index = buildSymptomRelationIndex([pack]);

describe('symptom relations', () => {
  it.each([
    ['chest pain with an NSTEMI on line 3', 'R079', ['R079', 'I10', 'I214'], [2, 'I21']],
    ['a category row covers its codes', 'R059', ['R059', 'J189'], [1, 'J18']],
    ['hypertension is not related', 'R079', ['R079', 'I10'], null],
    ['other symptoms are never the definitive diagnosis', 'R079', ['R079', 'R05'], null],
    ['a symptom with no row', 'R42', ['R42', 'I214'], null],
  ] as const)('%s', (_name, symptom, keys, expected) => {
    const m = findDefinitive(index, symptom, keys);
    expect(m ? [m.line, m.definitive] : null).toEqual(expected);
  });

  it('accepts only symptom codes as the symptom', () => {
    expect(SYMPTOM_RELATIONS_KIND.entry.safeParse({ symptom: 'I10', definitive: ['I20'], basis: 'x' }).success).toBe(false);
    expect(SYMPTOM_RELATIONS_KIND.entry.safeParse({ symptom: 'R51', definitive: [], basis: 'x' }).success).toBe(false);
  });
});
