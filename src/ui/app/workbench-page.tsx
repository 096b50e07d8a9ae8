import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PAYER_PROFILES, emptyDocument, type Draft, type EncounterDocument } from '@/domain/claim';
import { DEFAULT_SETTINGS, DRG_TABLES_KEY, EDITS, applyFix, editsForProfile, runEdits, toFieldPath, type EditContext } from '@/domain/rules';
import { rulesStateQuery } from '@/ui/lib/rules-store';
import { CODE_CATALOG_TABLE } from '@/domain/codes';
import { codeCatalogQuery } from '@/ui/lib/code-catalog-query';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import { CodeInputContext } from '@/ui/components/code-input';
import { CodeCombobox, CodeLookupButton, CodeSetNotice } from '@/ui/features/code-lookup';
import { createDraft, draftQuery } from '@/ui/lib/draft-queries';
import { draftTitle, latestDraftId } from '@/ui/lib/draft-store';
import { emitCommand, useCommand } from '@/ui/lib/commands';
import { navigate } from '@/ui/lib/router';
import { EncounterEditor } from '@/ui/features/encounter';
import { AuditReportDialog, FindingsPanel } from '@/ui/features/findings';
import { DrgPanel, useDrgEditData } from '@/ui/features/drg';
import { FieldMarksContext, createFieldMarksStore, type FieldMark } from '@/ui/lib/field-marks';
import { focusFieldAt } from '@/ui/lib/field-ids';
import { nowIsoSeconds } from '@/ui/lib/browser';
import { setUserName } from '@/ui/lib/user-name';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useDocumentHistory } from './use-document-history';

/** Opens the draft in the URL; without one, the most recent draft (or a new blank one). */
export function WorkbenchPage({ draftId }: { draftId: string | null }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (draftId) return;
    let cancelled = false;
    void (async () => {
      try {
        const latest = await latestDraftId();
        const id = latest ?? (await createDraft(queryClient, emptyDocument('DOH'), { kind: 'new', label: 'New encounter' })).id;
        if (!cancelled) navigate({ name: 'workbench', draftId: id }, { replace: true });
      } catch (e) {
        if (!cancelled) setProblem(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [draftId, queryClient]);

  const query = useQuery({ ...draftQuery(draftId ?? ''), enabled: Boolean(draftId) });
  if (problem) return <PageMessage title="The drafts could not be opened" text={problem} />;
  if (!draftId || query.isPending) return <p className="p-6 text-sm text-slate-700">Opening the encounter…</p>;
  if (query.isError) return <PageMessage title="This draft cannot be opened" text={query.error.message} />;
  if (!query.data) return <PageMessage title="No such draft" text="It may have been deleted. Open another one from the drafts list." />;
  return <DraftWorkspace key={query.data.id} draft={query.data} />;
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

/** One open draft: editor on the left, findings and the DRG panel on the right. */
function DraftWorkspace({ draft }: { draft: Draft }) {
  const form = useForm<EncounterDocument>({ defaultValues: draft.document, mode: 'onChange' });
  const save = useAutosave(form, draft);
  const history = useDocumentHistory(form);
  const [live, setLive] = useState<EncounterDocument>(draft.document);
  const [title, setTitle] = useState(draftTitle(draft));
  const { show } = useToast();
  const [reportOpen, setReportOpen] = useState(false);

  const codes = useQuery(codeCatalogQuery);
  const catalog = codes.data?.catalog;
  // DRG tables and settings for the DRG claim edits (absent while they load: those edits say "not checked").
  const drg = useDrgEditData();
  const ctx = useMemo<EditContext>(
    () => ({ profile: live.payerProfile, tables: { ...(catalog ? { [CODE_CATALOG_TABLE]: catalog } : {}), ...(drg ? { [DRG_TABLES_KEY]: drg } : {}) } }),
    [live.payerProfile, catalog, drg],
  );
  const rules = useQuery(rulesStateQuery);
  const settings = rules.data?.profileSettings[live.payerProfile] ?? DEFAULT_SETTINGS;
  const findings = useMemo(() => runEdits(live, ctx, EDITS, settings), [live, ctx, settings]);
  const editsRun = useMemo(() => editsForProfile(EDITS, live.payerProfile).filter((e) => !settings.disabledEdits.includes(e.id)).length, [live.payerProfile, settings]);
  const marks = useMemo(() => {
    const acked = new Set(live.acknowledgements.map((a) => a.findingKey));
    const map = new Map<string, FieldMark[]>();
    for (const f of findings) {
      if (f.status !== 'fail' || acked.has(f.key) || f.path.length === 0) continue;
      const path = toFieldPath(f.path);
      map.set(path, [...(map.get(path) ?? []), { key: f.key, severity: f.severity, message: f.message }]);
    }
    return map;
  }, [findings, live.acknowledgements]);
  const [marksStore] = useState(createFieldMarksStore);
  useLayoutEffect(() => marksStore.set(marks), [marksStore, marks]);

  useEffect(() => {
    const sub = form.watch(() => {
      const doc = structuredClone(form.getValues());
      setLive(doc);
      setTitle(draftTitle({ ...draft, document: doc }));
    });
    return () => sub.unsubscribe();
  }, [form, draft]);

  useCommand('focus-findings', () => document.getElementById('findings')?.focus());

  return (
    <div className="mx-auto max-w-[1800px] px-3 pb-10 pt-3">
      <div className="no-print mb-3 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
          <SaveStatus state={save} />
        </div>
        <div className="flex flex-wrap gap-2">
          <CodeLookupButton dateOfService={live.claim.encounter.start} />
          <Button onClick={() => emitCommand('open-import')} aria-keyshortcuts="Alt+Shift+V">
            Paste or drop…
          </Button>
          <Button onClick={() => emitCommand('export-xml')} aria-keyshortcuts="Alt+Shift+E">
            Export XML…
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              emitCommand('save-now');
              show('Saved on this computer.', { tone: 'success' });
            }}
            aria-keyshortcuts="Control+S"
          >
            Save now
          </Button>
        </div>
      </div>
      <CodeSetNotice dateOfService={live.claim.encounter.start} />
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[minmax(0,7fr)_minmax(22rem,5fr)]">
        <div className="min-w-0">
          <FieldMarksContext.Provider value={marksStore}>
            <CodeInputContext.Provider value={CodeCombobox}>
              <EncounterEditor form={form} />
            </CodeInputContext.Provider>
          </FieldMarksContext.Provider>
        </div>
        <aside aria-label="Checks and payment" className="min-w-0 space-y-3 lg:sticky lg:top-3 lg:max-h-[calc(100vh-1.5rem)] lg:self-start lg:overflow-auto">
          <FindingsPanel
            findings={findings}
            acknowledgements={live.acknowledgements}
            editsRun={editsRun}
            profileLabel={PAYER_PROFILES[live.payerProfile]}
            onFocusFinding={(f) => {
              if (!focusFieldAt(f.path)) show('That field is not on screen.');
            }}
            onApplyFix={(f, fix) => history.apply(applyFix(form.getValues(), fix), `${fix.label} (${f.editId})`)}
            onAcknowledge={(f, reason, by) => {
              if (by) setUserName(by);
              const rest = form.getValues('acknowledgements').filter((a) => a.findingKey !== f.key);
              form.setValue('acknowledgements', [...rest, { findingKey: f.key, editId: f.editId, reason, by, at: nowIsoSeconds() }], { shouldDirty: true });
            }}
            onWithdraw={(f) =>
              form.setValue(
                'acknowledgements',
                form.getValues('acknowledgements').filter((a) => a.findingKey !== f.key),
                { shouldDirty: true },
              )
            }
            onOpenReport={() => setReportOpen(true)}
          />
          <AuditReportDialog open={reportOpen} onClose={() => setReportOpen(false)} document={live} findings={findings} />
          <DrgPanel document={live} onApply={history.apply} />
        </aside>
      </div>
    </div>
  );
}
