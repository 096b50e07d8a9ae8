import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CODE_SYSTEM_LABELS, CODE_SYSTEMS, type CodeCatalog, type CodeRelease, type CodeSet } from '@/domain/codes';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { todayIso } from '@/ui/lib/browser';
import { codeCatalogQuery } from '@/ui/lib/code-catalog-query';
import { IMPORT_GUIDANCE, isStarterOnly } from '@/ui/lib/code-set-services';
import { openCodeSetStore } from '@/ui/lib/code-set-store';
import { ImportPanel } from './import-panel';
import { effectiveRange, ReleasesTable } from './releases-table';

const number = new Intl.NumberFormat('en-GB');

async function withStore<T>(run: (store: Awaited<ReturnType<typeof openCodeSetStore>>) => Promise<T>): Promise<T> {
  const store = await openCodeSetStore();
  try {
    return await run(store);
  } finally {
    store.close();
  }
}

/**
 * The Code sets page: what is loaded (system, release, dates, origin, source, counts),
 * which release applies on a date, what is starter-only and how to get the official
 * files, and the import of CMS, CPT and local code files.
 */
export function CodeSetsPage() {
  const queryClient = useQueryClient();
  const query = useQuery(codeCatalogQuery);
  const { show } = useToast();
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: codeCatalogQuery.queryKey });

  const remove = async (release: CodeRelease) => {
    setBusy(true);
    try {
      const kept = await withStore(async (store) => {
        const set = await store.getCodeSet(release.id);
        await store.deleteRelease(release.id);
        return set;
      });
      await refresh();
      show(`Removed ${release.label}.`, {
        ...(kept
          ? {
              action: {
                label: 'Undo',
                run: () =>
                  void withStore((store) => store.saveCodeSet(kept))
                    .then(refresh)
                    .then(() => show(`${release.label} is back.`, { tone: 'success' })),
              },
            }
          : {}),
      });
    } catch (e) {
      show(`Not removed: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const save = async (codeSet: CodeSet, replaces: readonly string[]) => {
    await withStore(async (store) => {
      await store.saveCodeSet(codeSet);
      for (const id of replaces) if (id !== codeSet.release.id) await store.deleteRelease(id);
    });
    await refresh();
    const r = codeSet.release;
    show(`Saved ${r.label}: ${number.format(r.counts.billable)} billable codes, used for dates of service ${effectiveRange(r)}.`, { tone: 'success' });
  };

  return (
    <div className="mx-auto max-w-[1400px] space-y-4 px-3 pb-10 pt-3">
      <div>
        <h1 className="text-lg font-semibold text-slate-900">Code sets</h1>
        <p className="max-w-4xl text-sm text-slate-700">
          The ICD-10-CM, CPT, HCPCS and local code sets the workbench checks claims and suggests codes with. Each claim is checked against the release in force on
          its date of service; an imported release is preferred over the starter set. Imported files stay in this browser on this computer.
        </p>
      </div>
      {query.isPending && <p className="text-sm">Loading the code sets…</p>}
      {query.isError && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          The code sets could not be read: {query.error.message}
        </p>
      )}
      {query.data && (
        <>
          <StarterOnly catalog={query.data.catalog} />
          <ImportPanel existing={query.data.catalog.releases} onSave={save} />
          <section aria-labelledby="loaded-title" className="rounded-lg border border-slate-300 bg-white p-3">
            <h2 id="loaded-title" className="font-semibold">
              Loaded code sets
            </h2>
            <ReleasesTable
              releases={query.data.catalog.releases}
              busy={busy}
              onRemove={(r) => void remove(r)}
              onUpdate={async (next) => {
                await withStore((store) => store.updateRelease(next));
                await refresh();
                show(`Saved ${next.label} (${effectiveRange(next)}).`, { tone: 'success' });
              }}
            />
            <InForce catalog={query.data.catalog} />
          </section>
        </>
      )}
    </div>
  );
}

function StarterOnly({ catalog }: { catalog: CodeCatalog }) {
  const systems = CODE_SYSTEMS.filter((s) => s !== 'local' && isStarterOnly(catalog, s));
  if (systems.length === 0) return null;
  return (
    <section aria-labelledby="starter-only-title" className="rounded-lg border border-amber-700 bg-amber-50 p-3 text-amber-950">
      <h2 id="starter-only-title" className="font-semibold">
        <span aria-hidden="true">▲ </span>Only the starter set is loaded for {systems.map((s) => CODE_SYSTEM_LABELS[s]).join(', ')}
      </h2>
      <p className="text-sm">
        The starter set holds a few hundred common codes so the workbench works out of the box. Codes outside it are not suggested and cannot be checked as valid
        or billable until the full official release is imported.
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {systems.map((s) => {
          const starter = catalog.releases.find((r) => r.system === s && r.origin === 'starter');
          return (
            <li key={s}>
              <strong>{CODE_SYSTEM_LABELS[s]}</strong>
              {starter ? ` (starter: ${number.format(starter.counts.billable)} codes)` : ''}: {IMPORT_GUIDANCE[s]}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function InForce({ catalog }: { catalog: CodeCatalog }) {
  const id = useId();
  const [date, setDate] = useState(todayIso);
  return (
    <div className="mt-3 border-t border-slate-200 pt-2">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={id} className="block text-xs font-semibold text-slate-700">
            Which release applies on a date of service
          </label>
          <input id={id} type="date" className={inputClass} value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <Button size="sm" variant="ghost" onClick={() => setDate(todayIso())}>
          Today
        </Button>
      </div>
      <ul className="mt-1 text-sm" aria-live="polite">
        {CODE_SYSTEMS.map((s) => {
          const r = date ? catalog.releaseFor(s, date) : undefined;
          return (
            <li key={s}>
              {CODE_SYSTEM_LABELS[s]}: {r ? `${r.label}${r.origin === 'starter' && !/starter/i.test(r.label) ? ' (starter set)' : ''}` : 'none loaded for this date'}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
