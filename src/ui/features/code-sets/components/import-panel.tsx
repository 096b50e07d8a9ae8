import { useEffect, useId, useRef, useState } from 'react';
import { CODE_SYSTEM_LABELS, type CodeRelease, type CodeSet, type CptColumnMapping, type ImportOutcome, type Importer } from '@/domain/codes';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { nowIsoSeconds } from '@/ui/lib/browser';
import { useCodeSetClient } from '@/ui/lib/code-set-services';
import type { ImportProgress, SniffResult } from '@/ui/lib/code-set-client';
import { CptMapping } from './cpt-mapping';
import { IssueList } from './issue-list';
import { ReleaseReview } from './release-review';

/** The importers a coder chooses from, with the file each one expects. */
export const IMPORTERS: ReadonlyArray<{ importer: Importer; title: string; expects: string; accept: string }> = [
  {
    importer: 'icd10cm',
    title: 'ICD-10-CM (CMS codes or order file)',
    expects: 'icd10cm_order_2026.txt or icd10cm_codes_2026.txt, or the CMS zip that holds them.',
    accept: '.txt,.zip',
  },
  {
    importer: 'hcpcs',
    title: 'HCPCS Level II (CMS annual file)',
    expects: 'The fixed-width HCPC20xx_…_ANWEB text file (320 characters a line), or the CMS zip that holds it.',
    accept: '.txt,.zip',
  },
  {
    importer: 'cpt',
    title: 'CPT (your organisation’s licensed file)',
    expects: 'A CSV or tab-separated table with a code column and one or two descriptor columns; you choose the columns next.',
    accept: '.csv,.tsv,.txt,.zip',
  },
  {
    importer: 'local',
    title: 'Payer or local service codes (CSV)',
    expects: 'Columns code and description, optionally effective from and to (2025-10-01 or 01/10/2025).',
    accept: '.csv,.tsv,.txt',
  },
];

type Step =
  | { kind: 'idle' }
  | { kind: 'sniffing'; file: File }
  | { kind: 'mapping'; file: File; sniff: SniffResult }
  | { kind: 'running'; file: File; progress: ImportProgress | null }
  | { kind: 'failed'; fileName: string; errors: readonly Issue[] }
  | { kind: 'review'; outcome: ImportOutcome };

function percent(progress: ImportProgress | null): number {
  if (!progress) return 0;
  return Math.round(progress.phase === 'reading' ? progress.fraction * 10 : 10 + progress.fraction * 90);
}

type ImportPanelProps = {
  /** Saves a checked code set (and removes the releases it replaces). */
  onSave: (codeSet: CodeSet, replaces: readonly string[]) => Promise<void>;
  /** Releases already loaded, to offer replacing an import with the same label. */
  existing: readonly CodeRelease[];
};

/**
 * Import a code file: choose the kind, pick the file; it is read and checked
 * completely in a worker (progress, cancel), then reviewed (label and dates editable)
 * and only then saved. A wrong file changes nothing and says what was expected, what
 * was found and where.
 */
export function ImportPanel({ onSave, existing }: ImportPanelProps) {
  const getClient = useCodeSetClient();
  const [importer, setImporter] = useState<Importer>('icd10cm');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const uid = useId();
  const chosen = IMPORTERS.find((i) => i.importer === importer)!;

  useEffect(() => () => abort.current?.abort(), []);

  const run = async (file: File, cptMapping?: CptColumnMapping) => {
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'running', file, progress: null });
    const result = await getClient().importFile(
      { importer, file, fileName: file.name, importedAt: nowIsoSeconds(), ...(cptMapping ? { cptMapping } : {}) },
      { signal: controller.signal, onProgress: (progress) => setStep((s) => (s.kind === 'running' && s.file === file ? { ...s, progress } : s)) },
    );
    if (abort.current !== controller) return; // replaced by a newer pick
    abort.current = null;
    setStep(result.ok ? { kind: 'review', outcome: result.value } : { kind: 'failed', fileName: file.name, errors: result.errors });
  };

  const pick = async (file: File) => {
    abort.current?.abort();
    if (importer !== 'cpt') return run(file);
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'sniffing', file });
    const sniff = await getClient().sniffDelimited(file, file.name, { signal: controller.signal });
    if (abort.current !== controller) return;
    abort.current = null;
    setStep(sniff.ok ? { kind: 'mapping', file, sniff: sniff.value } : { kind: 'failed', fileName: file.name, errors: sniff.errors });
  };

  const busy = step.kind === 'running' || step.kind === 'sniffing';
  return (
    <section aria-labelledby={`${uid}-title`} className="rounded-lg border border-slate-300 bg-white p-3">
      <h2 id={`${uid}-title`} className="font-semibold">
        Import a code file
      </h2>
      <p className="text-sm text-slate-700">
        The file is read and checked completely on this computer before anything changes; a file with problems changes nothing. Several releases of a system can be
        loaded side by side: each claim is checked against the release in force on its date of service.
      </p>
      {step.kind !== 'review' && step.kind !== 'mapping' && (
        <div className="mt-3 grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <fieldset disabled={busy}>
            <legend className="text-xs font-semibold text-slate-700">Kind of file</legend>
            <div className="mt-1 space-y-1">
              {IMPORTERS.map((i) => (
                <label key={i.importer} className="flex items-start gap-2 rounded border border-slate-200 px-2 py-1 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input
                    type="radio"
                    name={`${uid}-importer`}
                    value={i.importer}
                    checked={importer === i.importer}
                    onChange={() => {
                      setImporter(i.importer);
                      setStep({ kind: 'idle' });
                    }}
                    className="mt-1"
                  />
                  <span>
                    <span className="font-medium">{i.title}</span>
                    <span className="block text-xs text-slate-700">{i.expects}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${uid}-file`} className="block text-xs font-semibold text-slate-700">
              {CODE_SYSTEM_LABELS[importer]} file
            </label>
            <input
              ref={fileInput}
              id={`${uid}-file`}
              type="file"
              accept={chosen.accept}
              disabled={busy}
              aria-describedby={`${uid}-file-hint`}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = ''; // the same file can be picked again after a fix
                if (file) void pick(file);
              }}
            />
            <p id={`${uid}-file-hint`} className="mt-1 text-xs text-slate-700">
              Expected: {chosen.expects} Up to 50 MB.
            </p>
            {(step.kind === 'running' || step.kind === 'sniffing') && (
              <div className="mt-3 rounded border border-slate-300 bg-slate-50 p-2">
                <p ref={statusRef} className="text-sm" role="status">
                  {step.kind === 'sniffing'
                    ? `Reading the columns of ${step.file.name}…`
                    : step.progress?.phase === 'parsing'
                      ? `Checking every line of ${step.file.name}… ${percent(step.progress)}%`
                      : `Reading ${step.file.name}…`}
                </p>
                <progress
                  className="mt-1 h-2 w-full"
                  aria-label="Import progress"
                  max={100}
                  {...(step.kind === 'running' ? { value: percent(step.progress) } : {})}
                />
                <Button className="mt-2" onClick={() => abort.current?.abort()}>
                  Cancel import
                </Button>
              </div>
            )}
            {step.kind === 'failed' && (
              <IssueList
                issues={step.errors}
                title={
                  step.errors.some((e) => e.code === 'import.cancelled')
                    ? `Import of ${step.fileName} cancelled. The code sets in use are unchanged.`
                    : `${step.fileName} was not imported. The code sets in use are unchanged.`
                }
              />
            )}
          </div>
        </div>
      )}
      {step.kind === 'mapping' && (
        <CptMapping
          fileName={step.file.name}
          sniff={step.sniff}
          onCancel={() => setStep({ kind: 'idle' })}
          onImport={(mapping) => void run(step.file, mapping)}
        />
      )}
      {step.kind === 'review' && (
        <ReleaseReview
          outcome={step.outcome}
          existing={existing.filter((r) => r.origin === 'imported' && r.system === step.outcome.codeSet.release.system)}
          onDiscard={() => setStep({ kind: 'idle' })}
          onSave={async (codeSet, replaces) => {
            await onSave(codeSet, replaces);
            setStep({ kind: 'idle' });
          }}
        />
      )}
    </section>
  );
}
