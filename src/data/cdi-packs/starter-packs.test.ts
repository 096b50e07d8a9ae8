import { describe, expect, it } from 'vitest';
import { checkDocumentation, lookupFromCatalog } from '@/domain/cdi';
import { starterCatalog } from '@/testing/code-tables';
import { SAMPLES, sampleById } from '../samples';
import { CDI_CUES_STARTER } from './index';

describe('starter CDI cue pack on the samples', () => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))('%s: no coded diagnosis is "not found" except in the CDI demo', (id, s) => {
    const a = checkDocumentation(s.document, CDI_CUES_STARTER, lookupFromCatalog(starterCatalog(), s.document.claim.encounter.start));
    const notFound = a.codes.filter((c) => c.kind === 'dx' && c.status === 'not-found').map((c) => c.code);
    expect(notFound).toEqual(id === 'outpatient-cdi-follow-up' ? ['K21.9'] : []);
  });

  it('the CDI demo: the unsupported code, the uncoded condition and the suspected ones', () => {
    const s = sampleById('outpatient-cdi-follow-up')!;
    const a = checkDocumentation(s.document, CDI_CUES_STARTER, lookupFromCatalog(starterCatalog(), s.document.claim.encounter.start));
    expect(a.codes.map((c) => [c.code, c.status])).toEqual([
      ['E11.65', 'supported'],
      ['M25.562', 'supported'],
      ['R06.02', 'supported'],
      ['K21.9', 'not-found'],
      ['99214', 'not-checked'],
      ['93000', 'supported'],
    ]);
    expect(a.prompts.map((p) => [p.kind, p.familyId])).toEqual([
      ['missing', 'hypertension'],
      ['uncertain', 'atrial-fibrillation'],
      ['uncertain', 'knee-osteoarthritis'],
    ]);
  });
});
