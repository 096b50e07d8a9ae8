import { useHeldSwitches } from '@/ui/lib/use-held-switches';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReferenceTableMeta } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import {
  deleteReferenceTable,
  enabledReferenceTablesQuery,
  getReferenceTable,
  REFERENCE_TABLES_KEY,
  referenceTableListQuery,
  saveReferenceTable,
  setReferenceTableEnabled,
} from '@/ui/lib/reference-table-store';
import { ReferenceImportDialog } from './reference-import-dialog';

const KIND_LABEL: Record<ReferenceTableMeta['kind'], string> = { 'ncci-ptp': 'NCCI PTP', mue: 'MUE', rvu: 'PFS indicators' };
const SETTING_LABEL: Record<ReferenceTableMeta['setting'], string> = { practitioner: 'practitioner', hospital: 'outpatient hospital', dme: 'DME', '': '' };

function effective(m: ReferenceTableMeta): string {
  if (!m.effectiveFrom && !m.effectiveTo) return m.kind === 'ncci-ptp' ? 'per row' : 'any date';
  return `${m.effectiveFrom || 'start'} – ${m.effectiveTo || 'open'}`;
}

/** Imported CMS tables (NCCI PTP, MUE, PFS RVU): list with counts and dates, switch on/off, remove, import. */
export function ReferenceTablesSection() {
  const queryClient = useQueryClient();
  const { show } = useToast();
  const list = useQuery(referenceTableListQuery);
  const enabled = useQuery(enabledReferenceTablesQuery);
  const [importOpen, setImportOpen] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: REFERENCE_TABLES_KEY });
  const fail = (e: unknown) => show(`Not saved: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });

  // The box follows the click at once (local state, set in the click itself); the stored flag
  // and the edits follow when IndexedDB has it, and the list read back replaces the local value.
  const switches = useHeldSwitches();
  const switchTable = (m: ReferenceTableMeta, on: boolean) => {
    switches.hold(m.id, on);
    void setReferenceTableEnabled(m.id, on)
      .then(refresh, fail)
      .finally(() => switches.release(m.id));
  };

  const remove = async (m: ReferenceTableMeta) => {
    const stored = await getReferenceTable(m.id);
    await deleteReferenceTable(m.id);
    await refresh();
    show(`Removed “${m.label}”.`, {
      action: stored && 'table' in stored ? { label: 'Undo', run: () => void saveReferenceTable(stored.table).then(refresh, fail) } : undefined,
    });
  };

  return (
    <section aria-labelledby="reference-title" className="rounded-lg border border-slate-300 bg-white p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="reference-title" className="font-semibold">
          CMS reference tables
        </h2>
        <Button variant="primary" onClick={() => setImportOpen(true)}>
          Import a CMS file…
        </Button>
      </div>
      <p className="text-sm text-slate-700">
        The NCCI procedure-to-procedure and MUE tables and the Physician Fee Schedule indicators that the bundling, units and modifier edits read. A switched-on table is consulted before the starter packs.
      </p>
      {enabled.data && enabled.data.problems.length > 0 && (
        <ul role="alert" className="mt-2 list-disc pl-5 text-sm text-red-800">
          {enabled.data.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {list.isPending ? (
        <p className="mt-2 text-sm">Loading the tables…</p>
      ) : list.isError ? (
        <p className="mt-2 text-sm text-red-800">The tables could not be read: {list.error.message}</p>
      ) : list.data.length === 0 ? (
        <p className="mt-2 text-sm">No CMS table is imported yet: the edits use the starter packs listed under Rule packs.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Imported CMS reference tables</caption>
            <thead>
              <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
                {['On', 'Table', 'Rows', 'Effective', 'Imported', 'Details', 'Actions'].map((h) => (
                  <th key={h} scope="col" className="px-2 py-1">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.data.map((m) => (
                <tr key={m.id} className="border-b border-slate-100 align-top">
                  <td className="px-2 py-1">
                    <input type="checkbox" checked={switches.valueOf(m.id, m.enabled)} aria-label={`Use ${m.label}`} onChange={(e) => switchTable(m, e.target.checked)} />
                  </td>
                  <td className="px-2 py-1">
                    <span className="font-medium">{m.label}</span>
                    <br />
                    <span className="text-xs text-slate-700">
                      {KIND_LABEL[m.kind]}
                      {m.setting ? `, ${SETTING_LABEL[m.setting]}` : ''} · {m.fileNames.join(', ')}
                    </span>
                  </td>
                  <td className="px-2 py-1 text-right font-mono">{m.rowCount.toLocaleString('en')}</td>
                  <td className="px-2 py-1 font-mono text-xs">{effective(m)}</td>
                  <td className="px-2 py-1 font-mono text-xs">{m.importedAt.replace('T', ' ')}</td>
                  <td className="px-2 py-1 text-xs">
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                      {Object.entries(m.details).map(([k, v]) => (
                        <div key={k} className="contents">
                          <dt className="text-slate-700">{k}</dt>
                          <dd className="font-mono">{typeof v === 'number' ? v.toLocaleString('en') : v}</dd>
                        </div>
                      ))}
                    </dl>
                  </td>
                  <td className="px-2 py-1">
                    <Button size="sm" variant="danger" aria-label={`Remove ${m.label}`} onClick={() => void remove(m).catch(fail)}>
                      Remove
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ReferenceImportDialog open={importOpen} onClose={() => setImportOpen(false)} onImported={refresh} />
    </section>
  );
}
