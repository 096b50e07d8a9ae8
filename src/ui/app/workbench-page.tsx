import { lazy, Suspense, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import type { Draft, EncounterDocument } from '@/domain/claim';
import { countFindings } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import { CodeLookupButton } from '@/ui/features/code-lookup';
import type { ImportedDocument } from '@/ui/features/exchange';
import { emitCommand, useCommand } from '@/ui/lib/commands';
import { createDraft } from '@/ui/lib/draft-queries';
import { draftTitle } from '@/ui/lib/draft-store';
import { navigate, type Route } from '@/ui/lib/router';
import { EncounterWorkspace } from './encounter-workspace';
import { OpenDraft } from './open-draft';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useDocumentHistory } from './use-document-history';
import { useEncounterChecks } from './use-encounter-checks';
import { useLiveDocument } from './use-live-document';

// The import and export dialogs carry the XML reader and writer: they load on demand instead of
// with the first screen (see scripts/bundle-size.mjs). ExchangeDialogs keeps the command or the
// dropped file that asked for one until it is there.
const ImportDialog = lazy(() => import('@/ui/features/exchange').then((m) => ({ default: m.ImportDialog })));
const ExportDialog = lazy(() => import('@/ui/features/exchange').then((m) => ({ default: m.ExportDialog })));

const workbenchRoute = (draftId: string): Route => ({ name: 'workbench', draftId });

/** Opens the draft in the URL; without one, the most recent draft (or a new blank one). */
export function WorkbenchPage({ draftId }: { draftId: string | null }) {
  return (
    <OpenDraft draftId={draftId} routeFor={workbenchRoute}>
      {(draft) => <DraftWorkspace key={draft.id} draft={draft} />}
    </OpenDraft>
  );
}

/** One open draft: the shared workspace plus saving, paste/drop and export. */
function DraftWorkspace({ draft }: { draft: Draft }) {
  const form = useForm<EncounterDocument>({ defaultValues: draft.document, mode: 'onChange' });
  const save = useAutosave(form, draft);
  const history = useDocumentHistory(form);
  const queryClient = useQueryClient();
  const live = useLiveDocument(form, draft.document);
  const checks = useEncounterChecks(live);
  const title = draftTitle({ ...draft, document: live });
  const { show } = useToast();
  const openRejects = countFindings(checks.findings.filter((f) => !live.acknowledgements.some((a) => a.findingKey === f.key))).reject;

  return (
    <EncounterWorkspace
      form={form}
      live={live}
      checks={checks}
      apply={history.apply}
      header={
        <>
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
        </>
      }
      asideBottom={
        <ExchangeDialogs
          profile={live.payerProfile}
          rejects={openRejects}
          getDocument={() => structuredClone(form.getValues())}
          onOpenAsDrafts={(docs: ImportedDocument[]) =>
            void (async () => {
              const created = [];
              for (const d of docs) created.push(await createDraft(queryClient, d.document, { kind: d.kind, label: d.label }));
              const first = created[0];
              if (!first) return;
              navigate({ name: 'workbench', draftId: first.id });
              show(created.length === 1 ? `Opened ${d0Label(docs)} as a new draft.` : `Opened ${created.length} claims as new drafts; the others are on the Drafts page.`, { tone: 'success' });
            })()
          }
          onAppend={(doc, label) =>
            // The intake module came with the dialog's chunk, so this resolves at once.
            void import('@/domain/intake').then((m) => history.apply(m.appendLines(form.getValues(), doc), `Added ${label}`))
          }
        />
      }
    />
  );
}

type ExchangeProps = {
  profile: EncounterDocument['payerProfile'];
  rejects: number;
  getDocument: () => EncounterDocument;
  onOpenAsDrafts: (docs: ImportedDocument[]) => void;
  onAppend: (doc: EncounterDocument, label: string) => void;
};

/**
 * Mounts each exchange dialog the first time it is asked for (Alt+Shift+V / Alt+Shift+E, the
 * buttons, or a file dropped on the page), so nothing is lost while its chunk loads; from then on
 * the dialog listens itself. The chunk is fetched right after the first screen to be ready.
 */
function ExchangeDialogs({ profile, rejects, getDocument, onOpenAsDrafts, onAppend }: ExchangeProps) {
  const [importAsked, setImportAsked] = useState<{ file: File | null } | null>(null);
  const [exportAsked, setExportAsked] = useState(false);
  useCommand('open-import', () => setImportAsked((asked) => asked ?? { file: null }));
  useCommand('export-xml', () => setExportAsked(true));
  useEffect(() => {
    void import('@/ui/features/exchange');
  }, []);
  // Until the import dialog is there, a file dropped on the page is held for it (and the
  // browser does not navigate away to show the file).
  useEffect(() => {
    if (importAsked) return;
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      setImportAsked({ file });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importAsked]);
  return (
    <Suspense fallback={null}>
      {importAsked && <ImportDialog profile={profile} onOpenAsDrafts={onOpenAsDrafts} onAppend={onAppend} defaultOpen initialFile={importAsked.file} />}
      {exportAsked && <ExportDialog getDocument={getDocument} rejects={rejects} defaultOpen />}
    </Suspense>
  );
}

function d0Label(docs: readonly ImportedDocument[]): string {
  return docs[0]?.label ?? 'the encounter';
}
