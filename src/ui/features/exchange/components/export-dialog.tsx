import { useMemo, useState } from 'react';
import type { EncounterDocument } from '@/domain/claim';
import { flavourForProfile, serializeSubmission, submissionFromDocument } from '@/domain/eclaim';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { useToast } from '@/ui/components/toaster';
import { copyText, downloadText, nowIsoMinutes, safeFileName } from '@/ui/lib/browser';
import { useCommand } from '@/ui/lib/commands';

/** Export the open claim as e-claim XML: preview, download or copy. */
export function ExportDialog({ getDocument, rejects, defaultOpen = false }: { getDocument: () => EncounterDocument; rejects: number; /** Open at once (loaded on demand by the command that asked for it). */ defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const [doc, setDoc] = useState<EncounterDocument | null>(() => (defaultOpen ? getDocument() : null));
  const { show } = useToast();
  useCommand('export-xml', () => {
    setDoc(getDocument());
    setOpen(true);
  });
  const xml = useMemo(() => {
    if (!doc) return '';
    const flavour = Object.keys(doc.rootAttributes).length ? undefined : flavourForProfile(doc.payerProfile);
    return serializeSubmission(submissionFromDocument(doc, nowIsoMinutes()), flavour ? { flavour } : {});
  }, [doc]);
  const fileName = `${safeFileName(doc?.claim.id || 'claim')}.xml`;
  return (
    <Dialog
      open={open}
      onClose={() => setOpen(false)}
      title="Export e-claim XML"
      size="xl"
      footer={
        <>
          <Button onClick={() => void copyText(xml).then((ok) => show(ok ? 'XML copied.' : 'The browser did not allow copying; use Download.', { tone: ok ? 'success' : 'error' }))}>Copy XML</Button>
          <Button variant="primary" onClick={() => downloadText(fileName, xml)}>
            Download {fileName}
          </Button>
        </>
      }
    >
      {rejects > 0 && (
        <p className="mb-2 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950">
          <span aria-hidden="true">▲ </span>This claim still has {rejects} finding{rejects === 1 ? '' : 's'} a payer would reject it for. You can export it anyway (for example to hand it to a colleague).
        </p>
      )}
      <p className="mb-1 text-xs text-slate-700">
        Modifiers and diagnosis links travel as Observations; the clinical note, date of birth and sex stay in the draft and are not written into the file.
      </p>
      <label htmlFor="export-xml-text" className="block text-xs font-semibold">
        XML
      </label>
      <textarea id="export-xml-text" readOnly value={xml} rows={18} className="block w-full rounded border border-slate-400 bg-slate-50 p-2 font-mono text-xs" spellCheck={false} />
    </Dialog>
  );
}
