import { useHeldSwitches } from '@/ui/lib/use-held-switches';
import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PACK_KINDS, parsePack, type RulePack } from '@/domain/rules';
import type { Issue } from '@/domain/shared/result';
import { STARTER_PACKS } from '@/data/rule-packs';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { downloadText, nowIsoSeconds } from '@/ui/lib/browser';
import { deleteImportedPack, rulesStateQuery, saveDisabledPacks, saveImportedPack, type RulesState } from '@/ui/lib/rules-store';
import { MceImportDialog } from './mce-import-dialog';
import { PackEditor } from './pack-editor';

const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** Starter and imported rule packs: switch off, export, edit, delete, import. */
export function PacksSection({ state }: { state: RulesState }) {
  const queryClient = useQueryClient();
  const { show } = useToast();
  const [importOpen, setImportOpen] = useState(false);
  const [mceOpen, setMceOpen] = useState(false);
  const [editing, setEditing] = useState<RulePack | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: rulesStateQuery.queryKey });
  // The box holds the clicked value until the stored list has it (see useHeldSwitches).
  const switches = useHeldSwitches();
  const toggle = useMutation({
    mutationFn: (ids: string[]) => saveDisabledPacks(ids),
    onMutate: (ids) => {
      queryClient.setQueryData(rulesStateQuery.queryKey, (old) => (old ? { ...old, disabledPacks: ids } : old));
    },
    onSettled: refresh,
    onError: (e) => show(`Not saved: ${e.message}`, { tone: 'error' }),
  });
  const imported = new Map(state.importedPacks.map((p) => [p.pack.id, p]));
  const rows: Array<{ pack: RulePack; origin: 'starter' | 'imported'; note: string }> = [
    ...STARTER_PACKS.filter((p) => !imported.has(p.id)).map((pack) => ({ pack, origin: 'starter' as const, note: 'Ships with the app' })),
    ...state.importedPacks.map((p) => ({ pack: p.pack, origin: 'imported' as const, note: `Imported ${p.importedAt.replace('T', ' ')} from ${p.fileName}` })),
  ];
  const kindTitle = (k: string) => PACK_KINDS.find((x) => x.kind === k)?.title ?? k;

  return (
    <section aria-labelledby="packs-title" className="rounded-lg border border-slate-300 bg-white p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="packs-title" className="font-semibold">
          Rule packs
        </h2>
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => setMceOpen(true)}>Import MCE lists…</Button>
          <Button variant="primary" onClick={() => setImportOpen(true)}>
            Import a pack…
          </Button>
        </div>
      </div>
      <p className="text-sm text-slate-700">Table-driven edits read these packs. A pack applies to claims whose date of service falls in its effective dates.</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm">No rule packs are loaded.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Rule packs</caption>
            <thead>
              <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
                {['On', 'Pack', 'Kind', 'Version', 'Effective', 'Entries', 'Source', 'Actions'].map((h) => (
                  <th key={h} scope="col" className="px-2 py-1">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ pack, origin, note }) => {
                const on = switches.valueOf(pack.id, !state.disabledPacks.includes(pack.id));
                return (
                  <tr key={pack.id} className="border-b border-slate-100 align-top">
                    <td className="px-2 py-1">
                      <input
                        type="checkbox"
                        checked={on}
                        aria-label={`Use pack ${pack.name}`}
                        onChange={(e) => {
                          const next = e.target.checked;
                          switches.hold(pack.id, next);
                          toggle.mutate(next ? state.disabledPacks.filter((x) => x !== pack.id) : [...state.disabledPacks, pack.id], { onSettled: () => switches.release(pack.id) });
                        }}
                      />
                    </td>
                    <td className="px-2 py-1">
                      <span className="font-medium">{pack.name}</span>
                      <br />
                      <span className="font-mono text-xs">{pack.id}</span> · <span className="text-xs text-slate-600">{note}</span>
                    </td>
                    <td className="px-2 py-1">{kindTitle(pack.kind)}</td>
                    <td className="px-2 py-1 font-mono">{pack.version}</td>
                    <td className="px-2 py-1 font-mono text-xs">
                      {pack.effectiveFrom} – {pack.effectiveTo || 'open'}
                    </td>
                    <td className="px-2 py-1 text-right font-mono">{pack.entries.length}</td>
                    <td className="px-2 py-1 text-xs">
                      {pack.source.document}
                      {pack.source.section ? `, ${pack.source.section}` : ''}
                    </td>
                    <td className="px-2 py-1">
                      <div className="flex flex-wrap gap-1">
                        <Button size="sm" onClick={() => downloadText(`${pack.id}-${pack.version}.json`, JSON.stringify(pack, null, 2), 'application/json')} aria-label={`Export ${pack.name}`}>
                          Export
                        </Button>
                        {PACK_KINDS.some((k) => k.kind === pack.kind) && (
                          <Button size="sm" onClick={() => setEditing(pack)} aria-label={`Edit ${pack.name}`}>
                            Edit
                          </Button>
                        )}
                        {origin === 'imported' && (
                          <Button
                            size="sm"
                            variant="danger"
                            aria-label={`Delete ${pack.name}`}
                            onClick={() => {
                              const stored = imported.get(pack.id);
                              void deleteImportedPack(pack.id)
                                .then(refresh)
                                .then(() =>
                                  show(`Deleted pack “${pack.name}”.`, {
                                    action: stored ? { label: 'Undo', run: () => void saveImportedPack(stored).then(refresh) } : undefined,
                                  }),
                                );
                            }}
                          >
                            Delete
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ImportPackDialog open={importOpen} onClose={() => setImportOpen(false)} onImported={refresh} />
      <MceImportDialog open={mceOpen} onClose={() => setMceOpen(false)} onImported={refresh} />
      {editing && <PackEditor pack={editing} onClose={() => setEditing(null)} onSaved={refresh} />}
    </section>
  );
}

function ImportPackDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => Promise<void> }) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('pasted text');
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);
  const { show } = useToast();

  const importText = async (raw: string, name: string) => {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      setErrors([{ code: 'pack.json', message: `${name} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }]);
      return;
    }
    const r = parsePack(json, PACK_KINDS);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    await saveImportedPack({ pack: r.value, importedAt: nowIsoSeconds(), fileName: name });
    await onImported();
    show(`Imported “${r.value.name}” (${r.value.entries.length} entries).`, { tone: 'success' });
    setText('');
    setErrors([]);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Import a rule pack"
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" disabled={!text.trim()} onClick={() => void importText(text, fileName)}>
            Validate and import
          </Button>
        </>
      }
    >
      <p className="text-sm">Choose a pack file (JSON) or paste its text. It is checked completely before it is used; nothing changes if it has problems.</p>
      <div className="mt-2">
        <label htmlFor="pack-file" className="block text-xs font-semibold">
          Pack file
        </label>
        <input
          id="pack-file"
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className="text-sm"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (!f) return;
            if (f.size > MAX_PACK_BYTES) {
              setErrors([{ code: 'pack.size', message: `${f.name} is ${(f.size / 1048576).toFixed(1)} MB; packs are limited to ${MAX_PACK_BYTES / 1048576} MB.`, severity: 'error' }]);
              return;
            }
            setFileName(f.name);
            void f.text().then((t) => {
              setText(t);
              setErrors([]);
            });
          }}
        />
      </div>
      <div className="mt-2">
        <label htmlFor="pack-text" className="block text-xs font-semibold">
          Pack JSON
        </label>
        <textarea id="pack-text" rows={10} className={`${inputClass} font-mono text-xs`} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={errors.length ? 'pack-errors' : undefined} />
      </div>
      {errors.length > 0 && (
        <div id="pack-errors" role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
          <p className="font-semibold">The pack was not imported:</p>
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
