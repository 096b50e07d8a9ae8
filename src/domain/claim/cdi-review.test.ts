import { describe, expect, it } from 'vitest';
import { emptyDocument } from './factories';
import { cdiReviewSchema, encounterDocumentSchema } from './draft.schema';

describe('CDI review in the draft', () => {
  it('a document saved before CDI review existed still loads (no review)', () => {
    const old = JSON.parse(JSON.stringify(emptyDocument('DOH'))) as Record<string, unknown>;
    delete old['cdiReview'];
    const r = encounterDocumentSchema.safeParse(old);
    expect(r.success && r.data.cdiReview).toBe(undefined);
  });

  it.each([
    [{}, { reviewer: '', decisions: [], queries: [], summary: '' }],
    [{ decisions: [{ kind: 'dx', code: 'K21.9' }] }, { reviewer: '', decisions: [{ kind: 'dx', code: 'K21.9', verdict: '', comment: '' }], queries: [], summary: '' }],
  ])('fills defaults: %j', (raw, expected) => {
    expect(cdiReviewSchema.parse(raw)).toEqual(expected);
  });
});
