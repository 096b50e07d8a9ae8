import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import type { Draft, EncounterDocument } from '@/domain/claim';
import { lookupFromCatalog } from '@/domain/cdi';
import { applyFix } from '@/domain/rules';
import { CdiReview, type EngineNote } from '@/ui/features/cdi';
import { codeCatalogQuery } from '@/ui/lib/code-catalog-query';
import { draftTitle } from '@/ui/lib/draft-store';
import { hrefFor, type Route } from '@/ui/lib/router';
import { OpenDraft } from './open-draft';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useDocumentHistory } from './use-document-history';
import { useEncounterChecks } from './use-encounter-checks';
import { useLiveDocument } from './use-live-document';

const cdiRoute = (draftId: string): Route => ({ name: 'cdi', draftId });

/** CDI review of the draft in the URL; without one, the most recent draft (the one the workbench shows). */
export function CdiPage({ draftId }: { draftId: string | null }) {
  return (
    <OpenDraft draftId={draftId} routeFor={cdiRoute}>
      {(draft) => <CdiDraft key={draft.id} draft={draft} />}
    </OpenDraft>
  );
}

/** The review works on the same draft, form, autosave, undo history and checks as the workbench. */
function CdiDraft({ draft }: { draft: Draft }) {
  const form = useForm<EncounterDocument>({ defaultValues: draft.document });
  const save = useAutosave(form, draft);
  const history = useDocumentHistory(form);
  const live = useLiveDocument(form, draft.document);
  const checks = useEncounterChecks(live);
  const codes = useQuery(codeCatalogQuery);
  const catalog = codes.data?.catalog;
  const start = live.claim.encounter.start;
  const lookup = useMemo(() => (catalog ? lookupFromCatalog(catalog, start) : null), [catalog, start]);
  const findings = useMemo(() => {
    const map = new Map<string, EngineNote[]>();
    const acked = new Set(live.acknowledgements.map((a) => a.findingKey));
    for (const f of checks.findings) {
      const [a, b, i] = f.path;
      if (f.status !== 'fail' || acked.has(f.key) || a !== 'claim' || typeof i !== 'number') continue;
      const kind = b === 'diagnoses' ? 'dx' : b === 'activities' ? 'act' : null;
      if (!kind) continue;
      const key = `${kind}:${i}`;
      map.set(key, [...(map.get(key) ?? []), { editId: f.editId, message: f.message }]);
    }
    return map;
  }, [checks.findings, live.acknowledgements]);

  return (
    <div className="mx-auto max-w-[1800px] px-3 pb-10 pt-3">
      <div className="no-print mb-3 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-slate-900">CDI review: {draftTitle({ ...draft, document: live })}</h1>
          <SaveStatus state={save} />
        </div>
        <a className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100" href={hrefFor({ name: 'workbench', draftId: draft.id })}>
          Open in the workbench
        </a>
      </div>
      <CdiReview
        document={live}
        lookup={lookup}
        findings={findings}
        onApplyFix={(fix) => history.apply(applyFix(form.getValues(), fix), fix.label)}
        onReviewChange={(review) => form.setValue('cdiReview', review, { shouldDirty: true })}
      />
    </div>
  );
}
