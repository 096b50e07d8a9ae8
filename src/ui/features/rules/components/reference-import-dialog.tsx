import { useRef, useState } from 'react';
import type { ReferenceSetting, ReferenceTableKind } from '@/domain/rules';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { nowIsoSeconds } from '@/ui/lib/browser';
import { importReferenceFiles, type ReferenceImportProgress } from '@/ui/lib/reference-table-client';
import { saveReferenceTable } from '@/ui/lib/reference-table-store';

type Choice = { id: string; kind: ReferenceTableKind; setting: ReferenceSetting; label: string; hint: string; multiple: boolean };

const CHOICES: readonly Choice[] = [
  { id: 'ptp-practitioner', kind: 'ncci-ptp', setting: 'practitioner', label: 'NCCI PTP edits, practitioner', hint: 'The CMS tab-separated .txt parts (choose them all) or the quarterly .zip.', multiple: true },
  { id: 'ptp-hospital', kind: 'ncci-ptp', setting: 'hospital', label: 'NCCI PTP edits, outpatient hospital', hint: 'The CMS tab-separated .txt parts (choose them all) or the quarterly .zip.', multiple: true },
  { id: 'mue-practitioner', kind: 'mue', setting: 'practitioner', label: 'MUE, practitioner services', hint: 'The CMS MUE table saved as .csv or tab-separated .txt.', multiple: false },
  { id: 'mue-hospital', kind: 'mue', setting: 'hospital', label: 'MUE, outpatient hospital services', hint: 'The CMS MUE table saved as .csv or tab-separated .txt.', multiple: false },
  { id: 'mue-dme', kind: 'mue', setting: 'dme', label: 'MUE, DME supplier services', hint: 'The CMS MUE table saved as .csv or tab-separated .txt.', multiple: false },
  { id: 'rvu', kind: 'rvu', setting: '', label: 'PFS relative value file (RVU)', hint: 'PPRRVU…csv from the CMS Physician Fee Schedule RVU download (or its .zip).', multiple: false },
];

const PHASES: Record<ReferenceImportProgress['phase'], string> = { reading: 'Reading the files', parsing: 'Reading the rows' };

/** Imports a CMS reference file in a worker, with progress and cancel; nothing is stored unless the whole file reads. */
export function ReferenceImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => Promise<void> }) {
  const [choiceId, setChoiceId] = useState(CHOICES[0]!.id);
  const [files, setFiles] = useState<File[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [progress, setProgress] = useState<ReferenceImportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const { show } = useToast();
  const choice = CHOICES.find((c) => c.id === choiceId) ?? CHOICES[0]!;
  const busy = progress !== null;

  const reset = () => {
    setFiles([]);
    setErrors([]);
    setProgress(null);
    if (fileRef.current) fileRef.current.value = '';
  };
  const close = () => {
    abort.current?.abort();
    reset();
    onClose();
  };

  const run = async () => {
    setErrors([]);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ phase: 'reading', fraction: 0 });
    const result = await importReferenceFiles(
      { kind: choice.kind, setting: choice.setting, files: files.map((f) => ({ name: f.name, file: f })), importedAt: nowIsoSeconds(), effectiveFrom: from.trim(), effectiveTo: to.trim() },
      {
        onProgress: (p) => {
          if (!controller.signal.aborted) setProgress(p);
        },
        signal: controller.signal,
      },
    );
    abort.current = null;
    // Cancelled: the dialog has already been reset and closed.
    if (controller.signal.aborted) return;
    if (!result.ok) {
      setProgress(null);
      setErrors(result.errors);
      return;
    }
    try {
      await saveReferenceTable(result.value);
    } catch (e) {
      setProgress(null);
      setErrors([{ code: 'reference.save', message: `The table could not be stored in this browser: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }]);
      return;
    }
    await onImported();
    show(`Imported “${result.value.meta.label}” (${result.value.meta.rowCount.toLocaleString('en')} rows).`, { tone: 'success' });
    reset();
    onClose();
  };

  const percent = progress ? Math.round((progress.phase === 'reading' ? progress.fraction * 0.1 : 0.1 + progress.fraction * 0.9) * 100) : 0;

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Import a CMS reference file"
      size="lg"
      footer={
        <>
          <Button onClick={close}>{busy ? 'Cancel import' : 'Cancel'}</Button>
          <Button variant="primary" disabled={busy || files.length === 0} onClick={() => void run()}>
            Import
          </Button>
        </>
      }
    >
      <p className="text-sm">The file is read in the background and checked completely; nothing changes if it has problems. It stays on this computer.</p>
      <fieldset className="mt-2" disabled={busy}>
        <legend className="text-xs font-semibold">What is the file?</legend>
        <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {CHOICES.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input type="radio" name="reference-kind" checked={c.id === choiceId} onChange={() => setChoiceId(c.id)} />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3">
        <label htmlFor="reference-files" className="block text-xs font-semibold">
          {choice.multiple ? 'Files' : 'File'}
        </label>
        <input
          id="reference-files"
          ref={fileRef}
          type="file"
          multiple={choice.multiple}
          accept=".txt,.csv,.tsv,.zip,text/plain,text/csv"
          className="text-sm"
          disabled={busy}
          aria-describedby="reference-files-hint"
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            setErrors([]);
          }}
        />
        <p id="reference-files-hint" className="text-xs text-slate-700">
          {choice.hint}
        </p>
      </div>
      <div className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2">
        <div>
          <label htmlFor="reference-from" className="block text-xs font-semibold">
            Effective from (YYYY-MM-DD, optional)
          </label>
          <input id="reference-from" className={inputClass} value={from} onChange={(e) => setFrom(e.target.value)} disabled={busy} aria-describedby="reference-dates-hint" />
        </div>
        <div>
          <label htmlFor="reference-to" className="block text-xs font-semibold">
            Effective to (YYYY-MM-DD, optional)
          </label>
          <input id="reference-to" className={inputClass} value={to} onChange={(e) => setTo(e.target.value)} disabled={busy} aria-describedby="reference-dates-hint" />
        </div>
        <p id="reference-dates-hint" className="text-xs text-slate-700 sm:col-span-2">
          Blank = the dates the file carries: PTP rows have their own effective and deletion dates; the RVU file&apos;s title names its quarter; an MUE table then applies to every date.
        </p>
      </div>
      {progress && (
        <div className="mt-3" role="status">
          <p className="text-sm">
            {PHASES[progress.phase]}… {percent} %
          </p>
          <progress className="w-full" max={100} value={percent} aria-label="Import progress" />
        </div>
      )}
      {errors.length > 0 && (
        <div role="alert" className="mt-3 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
          <p className="font-semibold">The file was not imported:</p>
          <ul className="list-disc pl-5">
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
