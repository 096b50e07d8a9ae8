import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Draft, EncounterDocument } from '@/domain/claim';
import { newId, nowIsoSeconds } from './browser';
import { getDraft, listDrafts, newDraftRecord, saveDraft } from './draft-store';

/** The drafts list (most recent first). */
export const draftsQuery = queryOptions({ queryKey: ['drafts'], queryFn: listDrafts, staleTime: 0 });

/** One draft; `null` when it does not exist. */
export function draftQuery(id: string) {
  return queryOptions({ queryKey: ['draft', id], queryFn: async () => (await getDraft(id)) ?? null, staleTime: Infinity, retry: false });
}

/** Creates and saves a draft, primes the caches, and returns it. */
export async function createDraft(queryClient: QueryClient, document: EncounterDocument, source: Draft['source']): Promise<Draft> {
  const draft = newDraftRecord(structuredClone(document), source, { id: newId(), now: nowIsoSeconds() });
  await saveDraft(draft);
  queryClient.setQueryData(draftQuery(draft.id).queryKey, draft);
  await queryClient.invalidateQueries({ queryKey: draftsQuery.queryKey });
  return draft;
}
