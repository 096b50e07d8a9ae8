import { useState } from 'react';
import { applyReleaseOverrides, CODE_SYSTEM_LABELS, CODE_SYSTEMS, type CodeRelease } from '@/domain/codes';
import type { Issue } from '@/domain/shared/result';
import { formatDate, formatDateTime } from '@/domain/shared/dates';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { IssueList } from './issue-list';

const number = new Intl.NumberFormat('en-GB');

/** How a release's effective range reads: "01/10/2021 – 30/09/2022", "from 01/10/2025", "always". */
export function effectiveRange(release: Pick<CodeRelease, 'effectiveFrom' | 'effectiveTo'>): string {
  const { effectiveFrom: from, effectiveTo: to } = release;
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `from ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return 'any date (open-ended)';
}

/** Releases in system order, then latest effective start, starter set last. */
export function sortReleases(releases: readonly CodeRelease[]): CodeRelease[] {
  const order = (r: CodeRelease) => CODE_SYSTEMS.indexOf(r.system);
  return [...releases].sort((a, b) => {
    if (a.system !== b.system) return order(a) - order(b);
    if (a.origin !== b.origin) return a.origin === 'imported' ? -1 : 1;
    const af = a.effectiveFrom ?? '';
    const bf = b.effectiveFrom ?? '';
    if (af !== bf) return af > bf ? -1 : 1;
    return a.importedAt > b.importedAt ? -1 : a.importedAt < b.importedAt ? 1 : 0;
  });
}

type ReleasesTableProps = {
  releases: readonly CodeRelease[];
  onRemove: (release: CodeRelease) => void;
  onUpdate: (release: CodeRelease) => Promise<void>;
  busy: boolean;
};

/** What is loaded: one row per release, with counts, origin and source; imported ones can be edited or removed. */
export function ReleasesTable({ releases, onRemove, onUpdate, busy }: ReleasesTableProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Loaded code sets</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
            {['System', 'Release', 'Dates of service', 'Origin', 'Source', 'Billable codes', 'Headers', 'Actions'].map((h) => (
              <th key={h} scope="col" className={`px-2 py-1 ${h === 'Billable codes' || h === 'Headers' ? 'text-right' : ''}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sortReleases(releases).map((r) =>
            editing === r.id ? (
              <EditRow key={r.id} release={r} onCancel={() => setEditing(null)} onSave={(next) => onUpdate(next).then(() => setEditing(null))} />
            ) : (
              <tr key={r.id} className="border-b border-slate-100 align-top">
                <td className="px-2 py-1.5">{CODE_SYSTEM_LABELS[r.system]}</td>
                <td className="px-2 py-1.5">
                  <span className="font-medium">{r.label}</span>
                  {r.derivedHeaders && <span className="block text-xs text-slate-700">Headers derived from the codes file (titles not official)</span>}
                </td>
                <td className="px-2 py-1.5 whitespace-nowrap">{effectiveRange(r)}</td>
                <td className="px-2 py-1.5">{r.origin === 'starter' ? 'Starter (ships with the app)' : 'Imported'}</td>
                <td className="px-2 py-1.5 text-xs">
                  {r.origin === 'starter' ? (
                    'Chosen and written by the team'
                  ) : (
                    <>
                      <span className="break-all font-mono">{r.sourceFileName}</span>
                      <br />
                      imported {formatDateTime(r.importedAt.slice(0, 16))}
                    </>
                  )}
                </td>
                <td className="px-2 py-1.5 text-right font-mono">{number.format(r.counts.billable)}</td>
                <td className="px-2 py-1.5 text-right font-mono">
                  {number.format(r.counts.headers)}
                  {r.counts.modifiers > 0 && <span className="block text-xs font-sans">+ {number.format(r.counts.modifiers)} modifiers</span>}
                </td>
                <td className="px-2 py-1.5">
                  {r.origin === 'imported' && (
                    <div className="flex flex-wrap gap-1">
                      <Button size="sm" disabled={busy} onClick={() => setEditing(r.id)} aria-label={`Edit ${r.label}`}>
                        Edit
                      </Button>
                      <Button size="sm" variant="danger" disabled={busy} onClick={() => onRemove(r)} aria-label={`Remove ${r.label}`}>
                        Remove
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function EditRow({ release, onCancel, onSave }: { release: CodeRelease; onCancel: () => void; onSave: (release: CodeRelease) => Promise<void> }) {
  const [label, setLabel] = useState(release.label);
  const [from, setFrom] = useState(release.effectiveFrom ?? '');
  const [to, setTo] = useState(release.effectiveTo ?? '');
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const id = `edit-${release.id.replace(/[^\w-]/g, '-')}`;
  const save = () => {
    const next = applyReleaseOverrides(release, { label, effectiveFrom: from || null, effectiveTo: to || null });
    if (!next.ok) setErrors(next.errors);
    else void onSave(next.value).catch((e: unknown) => setErrors([{ code: 'store', message: `Not saved: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }]));
  };
  return (
    <tr className="border-b border-slate-100 bg-slate-50 align-top">
      <td className="px-2 py-1.5">{CODE_SYSTEM_LABELS[release.system]}</td>
      <td className="px-2 py-1.5" colSpan={6}>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${id}-label`} className="block text-xs font-semibold">
              Release label
            </label>
            <input id={`${id}-label`} className={inputClass} value={label} onChange={(e) => setLabel(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-from`} className="block text-xs font-semibold">
              Effective from
            </label>
            <input id={`${id}-from`} type="date" className={inputClass} value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-to`} className="block text-xs font-semibold">
              Effective to (empty: open-ended)
            </label>
            <input id={`${id}-to`} type="date" className={inputClass} value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        <IssueList issues={errors} />
      </td>
      <td className="px-2 py-1.5">
        <div className="flex flex-wrap gap-1">
          <Button size="sm" variant="primary" onClick={save}>
            Save
          </Button>
          <Button size="sm" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </td>
    </tr>
  );
}
