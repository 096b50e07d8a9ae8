import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, emptyDocument, type Draft } from '@/domain/claim';
import { deleteDraft, getDraft, latestDraftId, listDrafts, saveDraft, DraftUnreadableError } from './draft-store';

function draft(id: string, updatedAt: string, claimId = ''): Draft {
  const document = emptyDocument('DOH');
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id,
    createdAt: '2025-10-05T09:00:00',
    updatedAt,
    source: { kind: 'new', label: 'New encounter' },
    document: { ...document, claim: { ...document.claim, id: claimId } },
  };
}

describe('draft store', () => {
  it('saves, lists newest first, reads back and deletes', async () => {
    await saveDraft(draft('a', '2025-10-05T09:00:00', 'CLM-A'));
    await saveDraft(draft('b', '2025-10-05T10:00:00'));
    const list = await listDrafts();
    expect(list.map((d) => [d.id, d.title])).toEqual([
      ['b', 'Untitled encounter'],
      ['a', 'CLM-A'],
    ]);
    expect(await latestDraftId()).toBe('b');
    expect((await getDraft('a'))?.document.claim.id).toBe('CLM-A');
    const deleted = await deleteDraft('a');
    expect(deleted?.id).toBe('a');
    expect(await getDraft('a')).toBeUndefined();
    expect((await listDrafts()).map((d) => d.id)).toEqual(['b']);
  });

  it('lists a corrupt record with its problem and refuses to open it, without losing the others', async () => {
    await saveDraft(draft('good', '2025-10-05T09:00:00'));
    await saveDraft({ id: 'bad', updatedAt: '2025-10-06T09:00:00' } as unknown as Draft);
    const list = await listDrafts();
    expect(list.map((d) => [d.id, d.title, Boolean(d.problem)])).toEqual([
      ['bad', 'Unreadable draft', true],
      ['good', 'Untitled encounter', false],
    ]);
    await expect(getDraft('bad')).rejects.toBeInstanceOf(DraftUnreadableError);
    expect(await latestDraftId()).toBe('good');
  });
});
