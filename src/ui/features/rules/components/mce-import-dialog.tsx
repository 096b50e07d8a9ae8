import { useState } from 'react';
import { MCE_LIST_INFO, MCE_LISTS, parseMceFile, type MceImport } from '@/domain/rules';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { nowIsoSeconds } from '@/ui/lib/browser';
import { saveImportedPack } from '@/ui/lib/rules-store';

const MAX_MCE_BYTES = 20 * 1024 * 1024;

/**
 * Imports the Medicare Code Editor list file (tab-separated, one row per list and code)
 * as an `mce` rule pack: read, show what it holds per list, then save. Nothing is saved
 * when a line does not read; every problem is listed with its line number.
 */
export function MceImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => Promise<void> }) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [result, setResult] = useState<MceImport | null>(null);
  const { show } = useToast();

  const read = (f: { name: string; text: string }, effectiveFrom: string, effectiveTo: string) => {
    const r = parseMceFile(f.text, { fileName: f.name, ...(effectiveFrom ? { effectiveFrom } : {}), ...(effectiveTo ? { effectiveTo } : {}) });
    if (r.ok) {
      setResult(r.value);
      setErrors([]);
    } else {
      setResult(null);
      setErrors(r.errors);
    }
  };
  const close = () => {
    setFile(null);
    setResult(null);
    setErrors([]);
    onClose();
  };
  const save = async () => {
    if (!result || !file) return;
    await saveImportedPack({ pack: result.pack, importedAt: nowIsoSeconds(), fileName: file.name });
    await onImported();
    show(`Imported “${result.pack.name}” (${result.pack.entries.length.toLocaleString('en')} rows). It replaces the starter MCE pack on dates from ${result.pack.effectiveFrom}.`, { tone: 'success' });
    close();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Import MCE lists"
      size="lg"
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" disabled={!result} onClick={() => void save()}>
            Import as a rule pack
          </Button>
        </>
      }
    >
      <p className="text-sm">
        Choose the Medicare Code Editor list file: tab-separated, with the header <span className="font-mono text-xs">MCE_Version ICD_Version MCE_Section MCE_Subsection MCE_Edit_Type ICD_Code_Type ICD_Code ICD_Desc</span>. The
        diagnosis rows of the age, sex, manifestation and principal-diagnosis lists become one rule pack; procedure rows are skipped.
      </p>
      <div className="mt-2 grid gap-2 md:grid-cols-3">
        <div className="md:col-span-3">
          <label htmlFor="mce-file" className="block text-xs font-semibold">
            MCE list file
          </label>
          <input
            id="mce-file"
            type="file"
            accept=".txt,.tsv,text/plain,text/tab-separated-values"
            className="text-sm"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              if (f.size > MAX_MCE_BYTES) {
                setErrors([{ code: 'mce.size', message: `${f.name} is ${(f.size / 1048576).toFixed(1)} MB; MCE list files are limited to ${MAX_MCE_BYTES / 1048576} MB.`, severity: 'error' }]);
                return;
              }
              void f.text().then((text) => {
                const loaded = { name: f.name, text };
                setFile(loaded);
                read(loaded, from, to);
              });
            }}
          />
        </div>
        <div>
          <label htmlFor="mce-from" className="block text-xs font-semibold">
            In force from (blank: the MCE version’s fiscal year)
          </label>
          <input id="mce-from" className={inputClass} placeholder="YYYY-MM-DD" value={from} onChange={(e) => setFrom(e.target.value)} onBlur={() => file && read(file, from, to)} />
        </div>
        <div>
          <label htmlFor="mce-to" className="block text-xs font-semibold">
            In force until (blank: until replaced)
          </label>
          <input id="mce-to" className={inputClass} placeholder="YYYY-MM-DD" value={to} onChange={(e) => setTo(e.target.value)} onBlur={() => file && read(file, from, to)} />
        </div>
      </div>
      {errors.length > 0 && (
        <div role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
          <p className="font-semibold">The file was not imported:</p>
          <ul className="list-disc pl-5">
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {result && (
        <div className="mt-2 text-sm" role="status">
          <p>
            <span className="font-semibold">{result.pack.name}</span>, in force from {result.pack.effectiveFrom}
            {result.pack.effectiveTo ? ` to ${result.pack.effectiveTo}` : ' until replaced'}: {result.pack.entries.length.toLocaleString('en')} rows.
          </p>
          <table className="mt-1 text-left text-sm">
            <caption className="sr-only">Rows per MCE list</caption>
            <thead>
              <tr className="text-xs uppercase text-slate-700">
                <th scope="col" className="pr-4">
                  List
                </th>
                <th scope="col" className="pr-4">
                  MCE section
                </th>
                <th scope="col" className="text-right">
                  Codes
                </th>
              </tr>
            </thead>
            <tbody>
              {MCE_LISTS.map((l) => (
                <tr key={l}>
                  <td className="pr-4">{MCE_LIST_INFO[l].label}</td>
                  <td className="pr-4 font-mono">{MCE_LIST_INFO[l].section}</td>
                  <td className="text-right font-mono">{result.counts[l].toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-slate-700">
            Skipped: {result.skipped.procedureRows.toLocaleString('en')} procedure rows, {result.skipped.otherLists} rows of other lists, {result.skipped.duplicates} repeated rows.
          </p>
          {result.warnings.map((w, i) => (
            <p key={i} className="text-xs text-slate-700">
              {w.message}
            </p>
          ))}
        </div>
      )}
    </Dialog>
  );
}
