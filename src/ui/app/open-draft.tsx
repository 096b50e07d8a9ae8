import { useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { emptyDocument, type Draft } from '@/domain/claim';
import { createDraft, draftQuery } from '@/ui/lib/draft-queries';
import { latestDraftId } from '@/ui/lib/draft-store';
import { navigate, type Route } from '@/ui/lib/router';

type Props = {
  /** The draft in the URL, or null for "the most recent one". */
  draftId: string | null;
  /** The route of the same screen for another draft (the workbench, the CDI review). */
  routeFor: (draftId: string) => Route;
  children: (draft: Draft) => ReactNode;
};

/**
 * Opens the draft in the URL for a screen that works on one draft. Without one it goes to the
 * most recent draft (or a new blank one), replacing the URL; a draft that cannot be read or
 * no longer exists gets a message with the way back to the drafts list.
 */
export function OpenDraft({ draftId, routeFor, children }: Props) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (draftId) return;
    let cancelled = false;
    void (async () => {
      try {
        const latest = await latestDraftId();
        const id = latest ?? (await createDraft(queryClient, emptyDocument('DOH'), { kind: 'new', label: 'New encounter' })).id;
        if (!cancelled) navigate(routeFor(id), { replace: true });
      } catch (e) {
        if (!cancelled) setProblem(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [draftId, queryClient, routeFor]);

  const query = useQuery({ ...draftQuery(draftId ?? ''), enabled: Boolean(draftId) });
  if (problem) return <PageMessage title="The drafts could not be opened" text={problem} />;
  if (!draftId || query.isPending) return <p className="p-6 text-sm text-slate-700">Opening the encounter…</p>;
  if (query.isError) return <PageMessage title="This draft cannot be opened" text={query.error.message} />;
  if (!query.data) return <PageMessage title="No such draft" text="It may have been deleted. Open another one from the drafts list." />;
  return children(query.data);
}

function PageMessage({ title, text }: { title: string; text: string }) {
  return (
    <div className="m-6 max-w-2xl rounded border border-red-700 bg-red-50 p-4 text-red-900">
      <h1 className="font-semibold">{title}</h1>
      <p className="mt-1 text-sm">{text}</p>
      <p className="mt-3">
        <a className="underline" href="#/drafts">
          Go to the drafts list
        </a>
      </p>
    </div>
  );
}
