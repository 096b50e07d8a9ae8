import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DOH_BASIC_PROFILE, effectiveRange, type PaymentProfile } from '@/domain/drg';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { useToast } from '@/ui/components/toaster';
import type { StoredDrgData } from '@/ui/lib/drg-table-store';
import { drgDataQuery, useDrgStoreActions } from '../api/drg-data';
import { AssumptionsForm } from './assumptions-form';
import { ImportTableForm } from './import-table-form';
import { ManualDrgForm } from './manual-drg-form';
import { ProfileEditor } from './profile-editor';

const TABS = [
  ['weights', 'IR-DRG weights'],
  ['tariffs', 'Tariff prices'],
  ['manual', 'DRGs entered by hand'],
  ['profiles', 'Payment profiles'],
  ['settings', 'Settings'],
] as const;
type Tab = (typeof TABS)[number][0];

/**
 * Everything the DRG calculator reads, in one place: the built-in Appendix A and imported weights
 * tables, Mandatory Tariff price lists, DRGs entered by hand, negotiated payment profiles and the
 * settings for the addendum's open points. All of it stays in this browser.
 */
export function DrgTablesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="IR-DRG tables and settings" size="xl" footer={<Button onClick={onClose}>Close</Button>}>
      {open && <TablesContent />}
    </Dialog>
  );
}

function TablesContent() {
  const query = useQuery(drgDataQuery);
  const [tab, setTab] = useState<Tab>('weights');
  const base = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  if (query.isPending) return <p className="text-sm">Loading…</p>;
  if (query.isError) return <p role="alert">The DRG tables could not be read: {query.error.message}</p>;
  const data = query.data;

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const k = (next + TABS.length) % TABS.length;
    setTab(TABS[k]![0]);
    tabRefs.current[k]?.focus();
  };

  return (
    <div>
      <div role="tablist" aria-label="DRG tables and settings" className="mb-3 flex flex-wrap gap-1 border-b border-slate-300">
        {TABS.map(([id, label], i) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`${base}-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => onKey(e, i)}
            className={`-mb-px rounded-t border px-3 py-1.5 text-sm font-medium ${tab === id ? 'border-slate-300 border-b-white bg-white text-brand-800' : 'border-transparent text-slate-700 hover:bg-slate-100'}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-${tab}`} aria-labelledby={`${base}-tab-${tab}`} tabIndex={0} className="space-y-3 outline-none">
        {tab === 'weights' && <WeightsTab data={data} />}
        {tab === 'tariffs' && <TariffsTab data={data} />}
        {tab === 'manual' && <ManualTab data={data} />}
        {tab === 'profiles' && <ProfilesTab data={data} />}
        {tab === 'settings' && <AssumptionsForm key={JSON.stringify(data.assumptions)} current={data.assumptions} />}
        {data.skipped.length > 0 && (
          <div role="note" className="rounded border border-amber-600 bg-amber-50 p-2 text-xs text-amber-950">
            <p className="font-semibold">Stored records that could not be read (kept, not used):</p>
            <ul className="list-disc pl-4">
              {data.skipped.map((s, i) => (
                <li key={i}>{s.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

type TableRow = { id: string; label: string; version: string; effectiveFrom: string; effectiveTo: string; origin: string; sourceNote: string; count: number };

function TableList({ caption, rows, unit, onDelete }: { caption: string; rows: readonly TableRow[]; unit: string; onDelete: (row: TableRow) => void }) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">None yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400 text-xs uppercase text-slate-700">
            {['Name', 'Version', 'Effective', unit, 'Source', ''].map((h, i) => (
              <th key={i} scope="col" className="px-2 py-1">
                {h === '' ? <span className="sr-only">Actions</span> : h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="px-2 py-1 font-medium">
                {r.label}
              </th>
              <td className="px-2 py-1 font-mono text-xs">{r.version || '—'}</td>
              <td className="px-2 py-1 font-mono text-xs">{effectiveRange(r)}</td>
              <td className="px-2 py-1 text-right font-mono">{r.count}</td>
              <td className="px-2 py-1 text-xs">
                {r.origin === 'built-in' ? 'Built in' : 'Imported'} · {r.sourceNote}
              </td>
              <td className="px-2 py-1">
                {r.origin === 'imported' && (
                  <Button size="sm" variant="danger" aria-label={`Delete ${r.label}`} onClick={() => onDelete(r)}>
                    Delete
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function WeightsTab({ data }: { data: StoredDrgData }) {
  const actions = useDrgStoreActions();
  const { show } = useToast();
  const rows = data.tables.weights.map((t) => ({ ...t, count: t.rows.length }));
  return (
    <>
      <Section title="IR-DRG weights tables">
        <p className="text-xs text-slate-700">
          The calculator uses the newest table in effect on the stay’s date that lists the DRG (imported before built-in). Appendix A of Addendum 05 is built in; it also marks the
          mental-health DRGs (LOS outlier) and the CAHMS ones.
        </p>
        <TableList
          caption="IR-DRG weights tables"
          rows={rows}
          unit="DRGs"
          onDelete={(r) => {
            const table = data.tables.weights.find((t) => t.id === r.id);
            void actions.deleteWeightsTable(r.id).then(() => show(`Deleted “${r.label}”.`, table ? { action: { label: 'Undo', run: () => void actions.saveWeightsTable(table) } } : {}));
          }}
        />
      </Section>
      <ImportTableForm kind="weights" existingIds={new Set(data.tables.weights.map((t) => t.id))} />
    </>
  );
}

function TariffsTab({ data }: { data: StoredDrgData }) {
  const actions = useDrgStoreActions();
  const { show } = useToast();
  const rows = data.tables.tariffs.map((t) => ({ ...t, count: t.rows.length }));
  return (
    <>
      <Section title="Mandatory Tariff price lists">
        <p className="text-xs text-slate-700">The cost for the outlier prices every activity at the list in effect on the stay’s date, whatever the product (§4.4.2.2).</p>
        <TableList
          caption="Mandatory Tariff price lists"
          rows={rows}
          unit="Prices"
          onDelete={(r) => {
            const table = data.tables.tariffs.find((t) => t.id === r.id);
            void actions.deleteTariff(r.id).then(() => show(`Deleted “${r.label}”.`, table ? { action: { label: 'Undo', run: () => void actions.saveTariff(table) } } : {}));
          }}
        />
      </Section>
      <ImportTableForm kind="tariff" existingIds={new Set(data.tables.tariffs.map((t) => t.id))} />
    </>
  );
}

function ManualTab({ data }: { data: StoredDrgData }) {
  const actions = useDrgStoreActions();
  const { show } = useToast();
  const [adding, setAdding] = useState(false);
  return (
    <Section title="DRGs entered by hand">
      <p className="text-xs text-slate-700">Used only when no weights table in effect lists the DRG; every step that uses one says “Manual entry”.</p>
      {data.manualDrgs.length === 0 ? (
        <p className="text-sm text-slate-700">None yet.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">DRGs entered by hand</caption>
          <thead>
            <tr className="border-b border-slate-400 text-xs uppercase text-slate-700">
              {['DRG', 'Description', 'RW', 'ALOS', 'Trims', 'Saved', ''].map((h, i) => (
                <th key={i} scope="col" className="px-2 py-1">
                  {h === '' ? <span className="sr-only">Actions</span> : h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.manualDrgs.map((m) => (
              <tr key={m.code} className="border-b border-slate-200">
                <th scope="row" className="px-2 py-1 font-mono">
                  {m.code}
                </th>
                <td className="px-2 py-1">{m.description || '—'}</td>
                <td className="px-2 py-1 font-mono">{m.relativeWeight}</td>
                <td className="px-2 py-1 font-mono">{m.alos || '—'}</td>
                <td className="px-2 py-1 font-mono">
                  {m.lowTrim || '—'}–{m.highTrim || '—'}
                </td>
                <td className="px-2 py-1 font-mono text-xs">{m.savedAt.replace('T', ' ')}</td>
                <td className="px-2 py-1">
                  <Button
                    size="sm"
                    variant="danger"
                    aria-label={`Delete DRG ${m.code} entered by hand`}
                    onClick={() => void actions.deleteManualDrg(m.code).then(() => show(`Deleted DRG ${m.code}.`, { action: { label: 'Undo', run: () => void actions.saveManualDrg(m) } }))}
                  >
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <div className="rounded border border-slate-300 bg-slate-50 p-2">
          <ManualDrgForm code={null} onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} />
        </div>
      ) : (
        <Button size="sm" onClick={() => setAdding(true)}>
          Enter a DRG by hand…
        </Button>
      )}
    </Section>
  );
}

function ProfilesTab({ data }: { data: StoredDrgData }) {
  const actions = useDrgStoreActions();
  const { show } = useToast();
  const [editing, setEditing] = useState<PaymentProfile | 'new' | null>(null);
  const profiles = [DOH_BASIC_PROFILE, ...data.tables.profiles.filter((p) => p.id !== DOH_BASIC_PROFILE.id)];
  return (
    <Section title="Payment profiles">
      <p className="text-xs text-slate-700">
        Base rate, gap and marginal per product. The DOH Basic product is built in (§4.4.2); other products are negotiated in the Standard Provider Contract. A claim uses the profile saved
        for its payer licence, else the Basic product.
      </p>
      <ul className="space-y-2">
        {profiles.map((p) => {
          const builtIn = p.id === DOH_BASIC_PROFILE.id && !data.tables.profiles.includes(p);
          return (
            <li key={p.id} className="rounded border border-slate-300 p-2 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-semibold">
                    {p.name} {builtIn && <span className="text-xs font-normal text-slate-700">(built in)</span>}
                  </p>
                  <p className="text-xs text-slate-700">{p.payerIds.length > 0 ? `For payers ${p.payerIds.join(', ')}` : builtIn ? 'Any payer without a saved profile' : 'No payer licence given'}</p>
                </div>
                {!builtIn && (
                  <div className="flex gap-1">
                    <Button size="sm" onClick={() => setEditing(p)} aria-label={`Change ${p.name}`}>
                      Change
                    </Button>
                    <Button
                      size="sm"
                      variant="danger"
                      aria-label={`Delete ${p.name}`}
                      onClick={() => void actions.deleteProfile(p.id).then(() => show(`Deleted “${p.name}”.`, { action: { label: 'Undo', run: () => void actions.saveProfile(p) } }))}
                    >
                      Delete
                    </Button>
                  </div>
                )}
              </div>
              <table className="mt-1 w-full text-left text-xs">
                <caption className="sr-only">Versions of {p.name}</caption>
                <thead>
                  <tr className="text-slate-700">
                    {['Effective', 'Base rate', 'Gap', 'Marginal', 'Per-DRG terms'].map((h) => (
                      <th key={h} scope="col" className="pr-2 font-medium">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {p.versions.map((v, i) => (
                    <tr key={i} className="font-mono">
                      <td className="pr-2">{effectiveRange(v)}</td>
                      <td className="pr-2">{v.baseRate}</td>
                      <td className="pr-2">{v.gap}</td>
                      <td className="pr-2">{v.marginalPercent}%</td>
                      <td className="pr-2">
                        {v.drgOverrides.length === 0
                          ? '—'
                          : v.drgOverrides.map((o) => `${o.drgCode}: gap ${o.gap ?? '(version)'}, marginal ${o.marginalPercent === undefined ? '(version)' : `${o.marginalPercent}%`}`).join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          );
        })}
      </ul>
      {editing ? (
        <ProfileEditor key={editing === 'new' ? 'new' : editing.id} profile={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <Button size="sm" onClick={() => setEditing('new')}>
          Add a payment profile…
        </Button>
      )}
    </Section>
  );
}
