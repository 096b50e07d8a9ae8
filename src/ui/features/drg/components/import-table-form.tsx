import { useId, useRef, useState } from 'react';
import { parseDrgWeightsCsv, parseTariffCsv, type TableMeta } from '@/domain/drg';
import { parseDateText } from '@/domain/shared/dates';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { useDrgStoreActions } from '../api/drg-data';

const MAX_BYTES = 30 * 1024 * 1024;

export type ImportKind = 'weights' | 'tariff';

const TEXT: Record<ImportKind, { what: string; columns: string; example: string }> = {
  weights: {
    what: 'IR-DRG weights table',
    columns: 'code, description, RW, ALOS, low trim, high trim, and optionally mental-health and CAHMS flags (Y/N)',
    example: 'e.g. Mandatory Tariff 2026 IR-DRG weights',
  },
  tariff: {
    what: 'Mandatory Tariff price list',
    columns: 'code type (CPT, HCPCS, Drug, Dental, Service code, Generic drug), code, price (AED)',
    example: 'e.g. Mandatory Tariff 2026',
  },
};

/** A table id from its kind, name and version: importing the same name and version again replaces it. */
function tableId(kind: ImportKind, label: string, version: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `imported-${kind}-${slug(label) || 'table'}${version.trim() ? `-${slug(version)}` : ''}`;
}

/** A typed date (dd/mm/yyyy or yyyy-mm-dd) as ISO; `''` stays empty; anything else is an error. */
function readDate(text: string, what: string, errors: Issue[]): string {
  if (text.trim() === '') return '';
  const r = parseDateText(text);
  if (r.ok) return r.value;
  errors.push({ code: 'table.meta.date', message: `${what}: ${r.errors[0]?.message ?? 'not a date'}`, severity: 'error' });
  return text.trim();
}

/**
 * Imports a CSV (comma, tab or semicolon) as a versioned table. The whole file is checked first;
 * on any error nothing is saved and every problem is listed with its line number.
 */
export function ImportTableForm({ kind, existingIds }: { kind: ImportKind; existingIds: ReadonlySet<string> }) {
  const base = useId();
  const text = TEXT[kind];
  const actions = useDrgStoreActions();
  const { show } = useToast();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState({ label: '', version: '', from: '', to: '' });
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [outcome, setOutcome] = useState<{ message: string; warnings: readonly Issue[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof meta, v: string) => setMeta((m) => ({ ...m, [key]: v }));
  const errorsId = `${base}-errors`;

  const run = async () => {
    setOutcome(null);
    if (!file) {
      setErrors([{ code: 'table.file', message: 'Choose a CSV file to import.', severity: 'error' }]);
      return;
    }
    if (file.size > MAX_BYTES) {
      setErrors([{ code: 'table.size', message: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB.`, severity: 'error' }]);
      return;
    }
    setBusy(true);
    try {
      const dateErrors: Issue[] = [];
      const label = meta.label.trim() || file.name.replace(/\.[^.]+$/, '');
      const tableMeta: TableMeta = {
        id: tableId(kind, label, meta.version),
        label,
        version: meta.version.trim(),
        effectiveFrom: readDate(meta.from, 'Effective from', dateErrors),
        effectiveTo: readDate(meta.to, 'Effective to', dateErrors),
        sourceNote: `Imported from ${file.name}`,
      };
      const content = await file.text();
      // Parse, and save only what parsed cleanly: a bad file never reaches the store.
      const done = await (async (): Promise<{ errors: readonly Issue[] } | { rows: number; warnings: readonly Issue[] }> => {
        if (kind === 'weights') {
          const parsed = parseDrgWeightsCsv(content, tableMeta);
          if (dateErrors.length > 0 || !parsed.ok) return { errors: [...dateErrors, ...(parsed.ok ? [] : parsed.errors)] };
          const saved = await actions.saveWeightsTable(parsed.value.table);
          return saved.ok ? { rows: parsed.value.table.rows.length, warnings: parsed.value.warnings } : { errors: saved.errors };
        }
        const parsed = parseTariffCsv(content, tableMeta);
        if (dateErrors.length > 0 || !parsed.ok) return { errors: [...dateErrors, ...(parsed.ok ? [] : parsed.errors)] };
        const saved = await actions.saveTariff(parsed.value.table);
        return saved.ok ? { rows: parsed.value.table.rows.length, warnings: parsed.value.warnings } : { errors: saved.errors };
      })();
      if ('errors' in done) {
        setErrors(done.errors);
        return;
      }
      const replacing = existingIds.has(tableMeta.id);
      setErrors([]);
      const message = `Imported “${tableMeta.label}” from ${file.name}: ${done.rows} ${kind === 'weights' ? 'IR-DRGs' : 'prices'}${replacing ? ', replacing the earlier import with the same name and version' : ''}.`;
      setOutcome({ message, warnings: done.warnings });
      show(message, { tone: 'success' });
      setFile(null);
      setMeta({ label: '', version: '', from: '', to: '' });
      if (fileRef.current) fileRef.current.value = '';
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-labelledby={`${base}-title`}
      className="space-y-2 rounded border border-slate-300 bg-slate-50 p-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <h4 id={`${base}-title`} className="text-sm font-semibold">
        Import a{kind === 'weights' ? 'n' : ''} {text.what} (CSV)
      </h4>
      <p className="text-xs text-slate-700">
        A header row naming the columns {text.columns}; comma, tab or semicolon separated. The whole file is checked first: if anything is wrong, nothing is imported and the tables in use stay
        as they are.
      </p>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor={`${base}-file`} className="mb-0.5 block text-xs font-semibold text-slate-700">
            {kind === 'weights' ? 'Weights file' : 'Price list file'}
          </label>
          <input
            id={`${base}-file`}
            ref={fileRef}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            className="text-sm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setErrors([]);
              setOutcome(null);
            }}
          />
        </div>
        <div>
          <label htmlFor={`${base}-label`} className="mb-0.5 block text-xs font-semibold text-slate-700">
            Name
          </label>
          <input id={`${base}-label`} className={inputClass} value={meta.label} placeholder={text.example} onChange={(e) => set('label', e.target.value)} autoComplete="off" />
        </div>
        <div>
          <label htmlFor={`${base}-version`} className="mb-0.5 block text-xs font-semibold text-slate-700">
            Version
          </label>
          <input id={`${base}-version`} className={inputClass} value={meta.version} placeholder="e.g. 2026 v1" onChange={(e) => set('version', e.target.value)} autoComplete="off" />
        </div>
        <div>
          <label htmlFor={`${base}-from`} className="mb-0.5 block text-xs font-semibold text-slate-700">
            Effective from
          </label>
          <input id={`${base}-from`} className={`${inputClass} font-mono`} value={meta.from} placeholder="dd/mm/yyyy (empty: any date)" onChange={(e) => set('from', e.target.value)} autoComplete="off" />
        </div>
        <div>
          <label htmlFor={`${base}-to`} className="mb-0.5 block text-xs font-semibold text-slate-700">
            Effective to
          </label>
          <input id={`${base}-to`} className={`${inputClass} font-mono`} value={meta.to} placeholder="dd/mm/yyyy (empty: open)" onChange={(e) => set('to', e.target.value)} autoComplete="off" />
        </div>
      </div>
      {errors.length > 0 && (
        <div id={errorsId} role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-xs text-red-900">
          <p className="font-semibold">
            Nothing was imported ({errors.length} {errors.length === 1 ? 'problem' : 'problems'}); the tables in use are unchanged:
          </p>
          <ul className="max-h-60 list-disc overflow-auto pl-4">
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome && (
        <div role="status" className="rounded border border-emerald-700 bg-emerald-50 p-2 text-xs text-emerald-950">
          <p className="font-semibold">{outcome.message}</p>
          {outcome.warnings.length > 0 && (
            <>
              <p>Worth a look ({outcome.warnings.length}):</p>
              <ul className="max-h-40 list-disc overflow-auto pl-4">
                {outcome.warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <Button type="submit" variant="primary" size="sm" disabled={busy} aria-describedby={errors.length > 0 ? errorsId : undefined}>
        Check and import
      </Button>
    </form>
  );
}
