import { describe, expect, it } from 'vitest';
import type { RulePack } from '../packs/pack';
import { buildFirstListedIndex, FIRST_LISTED_KIND, firstListedRuleFor, type FirstListedEntry } from './first-listed';

const pack: RulePack<FirstListedEntry> = {
  id: 'p',
  name: 'P',
  kind: 'first-listed-only',
  version: '1',
  effectiveFrom: '2015-10-01',
  effectiveTo: '',
  source: { document: 'Guidelines' },
  description: '',
  entries: [
    { code: 'Z00', except: ['Z00.6'], confidence: 'H', note: 'general examination' },
    { code: 'Z51.1', except: [], confidence: 'M', note: 'chemotherapy' },
  ],
};
const index = buildFirstListedIndex([pack]);

describe('first-listed-only index', () => {
  it.each([
    ['Z0000', 'Z00'],
    ['Z00121', 'Z00'],
    ['Z006', null],
    ['Z5111', 'Z51.1'],
    ['Z510', null],
    ['I10', null],
  ])('%s → %s', (key, listed) => {
    expect(firstListedRuleFor(index, key)?.display ?? null).toBe(listed);
  });

  it('defaults the exceptions to none', () => {
    expect(FIRST_LISTED_KIND.entry.parse({ code: 'Z34', confidence: 'M', note: 'pregnancy' })).toEqual({ code: 'Z34', except: [], confidence: 'M', note: 'pregnancy' });
  });
});
