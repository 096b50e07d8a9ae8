import { describe, expect, it } from 'vitest';
import { isIcdKey } from '../../domain/codes';
import { CODING_ABBREVIATIONS, MAIN_TERM_DEFAULTS } from './abbreviations';
import { SEARCH_TERMS } from './index';

describe('the search terms', () => {
  it('covers the abbreviations coders type', () => {
    const abbrs = new Set(CODING_ABBREVIATIONS.map((a) => a.abbr));
    for (const a of ['htn', 'dm2', 'chf', 'copd', 'gerd', 'uti', 'uri', 'mi', 'cad', 'ckd', 'aki', 'oa', 'ra', 'bph', 'dvt', 'pe']) expect(abbrs.has(a), a).toBe(true);
  });

  it('has unique, lower-case terms with phrases and well-formed preferred codes', () => {
    const terms = SEARCH_TERMS.map((t) => t.abbr);
    expect(new Set(terms).size).toBe(terms.length);
    for (const t of [...CODING_ABBREVIATIONS, ...MAIN_TERM_DEFAULTS]) {
      expect(t.abbr).toBe(t.abbr.toLowerCase());
      expect(t.phrases.length, t.abbr).toBeGreaterThan(0);
      for (const c of t.prefer ?? []) expect(isIcdKey(c), `${t.abbr} → ${c}`).toBe(true);
    }
  });
});
