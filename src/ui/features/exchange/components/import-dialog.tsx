import { useEffect, useId, useRef, useState } from 'react';
import { PAYER_PROFILES, ENCOUNTER_TYPES, type EncounterDocument, type PayerProfileId } from '@/domain/claim';
import { documentFromClaim } from '@/domain/eclaim';
import { parseIntake, type IntakeParsed } from '@/domain/intake';
import type { Issue } from '@/domain/shared/result';
import { formatDateTime } from '@/domain/shared/dates';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { inputClass } from '@/ui/components/field';
import { useCommand } from '@/ui/lib/commands';
import { readEncounterFile } from './read-file';

export type ImportedDocument = { document: EncounterDocument; label: string; kind: 'xml' | 'quick-text' | 'table' };

type Props = {
  /** The open encounter's payer profile: quick text and rows without a PROFILE line use it. */
  profile: PayerProfileId;
  /** Opens each document as a new draft (the first one is shown). */
  onOpenAsDrafts: (docs: ImportedDocument[]) => void;
  /** Adds a snippet's diagnoses and activities to the open encounter. */
  onAppend: (doc: EncounterDocument, label: string) => void;
  /** Open at once (the dialog was loaded on demand by the command that asked for it). */
  defaultOpen?: boolean;
  /** A file dropped on the page before the dialog was loaded: read it at once. */
  initialFile?: File | null;
};

type Parsed = { source: string; result: IntakeParsed };

function issueText(i: Issue): string {
  return i.message;
}

/**
 * One entry point for getting an encounter in: paste text or drop/choose a file.
 * E-claim XML (one or many claims), quick text or spreadsheet rows; every problem is
 * listed with its line before anything changes.
 */
export function ImportDialog({ profile, onOpenAsDrafts, onAppend, defaultOpen = false, initialFile = null }: Props) {
  const [open, setOpen] = useState(defaultOpen || initialFile !== null);
  const [text, setText] = useState('');
  const [source, setSource] = useState('pasted text');
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [dragging, setDragging] = useState(false);
  const textId = useId();
  const fileId = useId();
  const errorsId = useId();
  const fileRef = useRef<HTMLInputElement>(null);

  const reset = () => {
    setText('');
    setSource('pasted text');
    setErrors([]);
    setParsed(null);
    setPicked(new Set());
  };
  useCommand('open-import', () => setOpen(true));

  const read = (raw: string, from: string) => {
    const r = parseIntake(raw, { profile });
    if (!r.ok) {
      setErrors(r.errors);
      setParsed(null);
      return;
    }
    setErrors([]);
    setParsed({ source: from, result: r.value });
    if (r.value.kind === 'xml') setPicked(new Set(r.value.submission.claims.length === 1 ? [0] : []));
  };

  const takeFile = async (file: File) => {
    setOpen(true);
    setSource(file.name);
    const r = await readEncounterFile(file);
    if (!r.ok) {
      setErrors([{ code: 'file', message: r.message, severity: 'error' }]);
      setParsed(null);
      return;
    }
    setText(r.text.length > 200_000 ? '' : r.text);
    read(r.text, file.name);
    if (r.note) setErrors([{ code: 'file.decoding', message: `${file.name}: ${r.note}`, severity: 'warning' }]);
  };

  useEffect(() => {
    if (initialFile) void takeFile(initialFile);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the file the dialog was mounted with
  }, []);

  // Dropping a file anywhere on the page opens this dialog with it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      setDragging(false);
      void takeFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- takeFile only uses state setters and the current profile via read()
  }, [profile]);

  const close = () => {
    setOpen(false);
    reset();
  };

  const xml = parsed?.result.kind === 'xml' ? parsed.result : null;
  const snippet = parsed && parsed.result.kind !== 'xml' ? parsed.result : null;
  const warnings = parsed?.result.warnings ?? [];

  const openXml = () => {
    if (!xml || !parsed) return;
    const { submission, flavour } = xml;
    const docs = [...picked].sort((a, b) => a - b).map((i) => ({
      document: documentFromClaim(submission.header, submission.claims[i]!, submission.rootAttributes, flavour),
      label: `${parsed.source}, claim ${submission.claims[i]!.id || i + 1}`,
      kind: 'xml' as const,
    }));
    onOpenAsDrafts(docs);
    close();
  };

  return (
    <>
      {dragging && (
        <div aria-hidden="true" className="pointer-events-none fixed inset-2 z-40 flex items-center justify-center rounded-xl border-4 border-dashed border-brand-600 bg-brand-50/80 text-lg font-semibold text-brand-800">
          Drop an e-claim XML file, quick text or spreadsheet rows
        </div>
      )}
      <Dialog
        open={open}
        onClose={close}
        title="Paste or drop an encounter"
        size="xl"
        footer={
          <>
            <Button onClick={close}>Cancel</Button>
            {!parsed && (
              <Button variant="primary" disabled={!text.trim()} onClick={() => read(text, source)}>
                Read
              </Button>
            )}
            {xml && (
              <Button variant="primary" disabled={picked.size === 0} onClick={openXml}>
                {picked.size === 0 ? 'Choose claims to open' : `Open ${picked.size === 1 ? 'claim' : `${picked.size} claims`} as new draft${picked.size === 1 ? '' : 's'}`}
              </Button>
            )}
            {snippet && parsed && (
              <>
                <Button
                  onClick={() => {
                    onAppend(snippet.document, `lines from ${parsed.source}`);
                    close();
                  }}
                >
                  Add its lines to this encounter
                </Button>
                <Button
                  variant="primary"
                  onClick={() => {
                    onOpenAsDrafts([{ document: snippet.document, label: parsed.source, kind: snippet.kind }]);
                    close();
                  }}
                >
                  Open as a new draft
                </Button>
              </>
            )}
          </>
        }
      >
        {!parsed ? (
          <div className="space-y-2 text-sm">
            <p>
              Paste an e-claim XML file (<code>Claim.Submission</code>, DOH or DHA), quick text such as <code>DX R07.2, I10</code> and <code>CPT 93306-26 x1 &gt; 1,2</code>, or
              rows copied from a spreadsheet (tab-separated, with a heading row). You can also drop a file anywhere on the page.
            </p>
            <div>
              <label htmlFor={fileId} className="block text-xs font-semibold">
                File
              </label>
              <input id={fileId} ref={fileRef} type="file" accept=".xml,.txt,.tsv,.csv,text/xml,text/plain" className="text-sm" onChange={(e) => e.target.files?.[0] && void takeFile(e.target.files[0])} />
            </div>
            <div>
              <label htmlFor={textId} className="block text-xs font-semibold">
                Text to read
              </label>
              <textarea
                id={textId}
                rows={12}
                className={`${inputClass} font-mono text-xs`}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setSource('pasted text');
                }}
                aria-describedby={errors.length ? errorsId : undefined}
                spellCheck={false}
              />
            </div>
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">Quick text: the lines it reads</summary>
              <pre className="mt-1 overflow-auto rounded bg-slate-100 p-2 text-xs">{QUICK_TEXT_HELP}</pre>
            </details>
          </div>
        ) : xml ? (
          <ClaimPicker result={xml} source={parsed.source} picked={picked} setPicked={setPicked} />
        ) : snippet ? (
          <SnippetSummary document={snippet.document} kind={snippet.kind} source={parsed.source} />
        ) : null}

        {errors.length > 0 && (
          <div id={errorsId} role="alert" className={`mt-3 rounded border p-2 text-sm ${errors.some((e) => e.severity === 'error') ? 'border-red-700 bg-red-50 text-red-900' : 'border-amber-600 bg-amber-50 text-amber-950'}`}>
            <p className="font-semibold">{errors.some((e) => e.severity === 'error') ? 'Nothing was read; nothing has changed:' : 'Read with a note:'}</p>
            <ul className="list-disc pl-5">
              {errors.slice(0, 30).map((e, i) => (
                <li key={i}>{issueText(e)}</li>
              ))}
            </ul>
            {errors.length > 30 && <p>…and {errors.length - 30} more.</p>}
          </div>
        )}
        {warnings.length > 0 && (
          <details className="mt-3 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950">
            <summary className="cursor-pointer font-semibold">
              {warnings.length} note{warnings.length === 1 ? '' : 's'} on how the text was read
            </summary>
            <ul className="mt-1 list-disc pl-5">
              {warnings.slice(0, 50).map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
            {warnings.length > 50 && <p>…and {warnings.length - 50} more.</p>}
          </details>
        )}
      </Dialog>
    </>
  );
}

function ClaimPicker({ result, source, picked, setPicked }: { result: Extract<IntakeParsed, { kind: 'xml' }>; source: string; picked: Set<number>; setPicked: (s: Set<number>) => void }) {
  const claims = result.submission.claims;
  if (claims.length === 0) return <p className="text-sm">{source} is a valid Claim.Submission file with no claims in it.</p>;
  const toggle = (i: number) => {
    const next = new Set(picked);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setPicked(next);
  };
  return (
    <div className="text-sm">
      <p>
        {source}: {result.flavour === 'unknown' ? 'e-claim of unknown flavour (generic rules)' : `${result.flavour} e-claim`}, {claims.length} claim{claims.length === 1 ? '' : 's'}. Choose the claims to open.
      </p>
      <div className="mt-2 flex gap-2">
        <Button size="sm" onClick={() => setPicked(new Set(claims.map((_, i) => i)))}>
          Select all
        </Button>
        <Button size="sm" onClick={() => setPicked(new Set())}>
          Select none
        </Button>
      </div>
      <div className="mt-2 max-h-80 overflow-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Claims in the file</caption>
          <thead className="sticky top-0 bg-white">
            <tr className="border-b border-slate-300">
              {['Open', 'Claim ID', 'Member', 'Patient', 'Encounter', 'Start', 'Dx', 'Lines', 'Net'].map((h) => (
                <th key={h} scope="col" className="px-1 py-1">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.slice(0, 2000).map((c, i) => (
              <tr key={i} className="border-b border-slate-100">
                <td className="px-1 py-1">
                  <input type="checkbox" checked={picked.has(i)} onChange={() => toggle(i)} aria-label={`Open claim ${c.id || i + 1}`} />
                </td>
                <td className="px-1 py-1 font-mono">{c.id || '—'}</td>
                <td className="px-1 py-1 font-mono">{c.memberId || '—'}</td>
                <td className="px-1 py-1 font-mono">{c.encounter.patientId || '—'}</td>
                <td className="px-1 py-1">{ENCOUNTER_TYPES[c.encounter.type as keyof typeof ENCOUNTER_TYPES] ?? (c.encounter.type || '—')}</td>
                <td className="px-1 py-1 font-mono">{formatDateTime(c.encounter.start) || '—'}</td>
                <td className="px-1 py-1 text-right">{c.diagnoses.length}</td>
                <td className="px-1 py-1 text-right">{c.activities.length}</td>
                <td className="px-1 py-1 text-right font-mono">{c.net}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {claims.length > 2000 && <p className="mt-1">The first 2,000 claims are listed.</p>}
      </div>
    </div>
  );
}

function SnippetSummary({ document: doc, kind, source }: { document: EncounterDocument; kind: 'quick-text' | 'table'; source: string }) {
  const c = doc.claim;
  return (
    <div className="space-y-1 text-sm">
      <p>
        Read {source} as {kind === 'table' ? 'spreadsheet rows' : 'quick text'}: {c.diagnoses.length} diagnos{c.diagnoses.length === 1 ? 'is' : 'es'} and {c.activities.length} activit
        {c.activities.length === 1 ? 'y' : 'ies'} ({PAYER_PROFILES[doc.payerProfile]}).
      </p>
      <p className="font-mono text-xs">{c.diagnoses.map((d) => `${d.type === 'Principal' ? '*' : ''}${d.code}`).join(', ')}</p>
      <p className="font-mono text-xs">
        {c.activities.map((a) => `${a.code}${a.modifiers.length ? `-${a.modifiers.join('-')}` : ''}${a.quantity !== '1' ? ` x${a.quantity}` : ''}`).join(', ')}
      </p>
      <p className="text-slate-700">Open it as a new draft, or add its diagnoses and activities to the encounter that is open now (you can undo that).</p>
    </div>
  );
}

const QUICK_TEXT_HELP = `PROFILE DOH                      payer rules: DOH, DHA, OMAN, GENERIC
CLAIM MF1234-000123   MEMBER 1011-2233-4455   PAYER A001   PROVIDER MF1234
EID 784-1985-1234567-1   DOB 12/04/1980   SEX F   FACILITY MF1234   MRN MRN001
TYPE outpatient   START 05/10/2025 09:00   END 05/10/2025 09:40
CLINICIAN GD12345                default clinician for the lines below
DX R07.2, I10                    first DX is principal (PDX to name it); J18.9:Y = POA
CPT 99213-25 @300.00             code-modifiers, xN quantity, > 1,2 linked DX, @ net
CPT 93306-26 x1 > 1,2 @465.00
HCPCS J0696 x4 > 1    DRG 194111    SERVICE 99-02
NOTE Precordial pain since this morning.   (or NOTE """ … """ for several lines)
# anything after # is a comment`;
