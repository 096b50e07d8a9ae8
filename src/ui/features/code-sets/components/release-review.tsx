import { useId, useState } from 'react';
import { applyReleaseOverrides, CODE_SYSTEM_LABELS, type CodeRelease, type CodeSet, type ImportOutcome } from '@/domain/codes';
import type { Issue } from '@/domain/shared/result';
import { formatDateTime } from '@/domain/shared/dates';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { IssueList } from './issue-list';

const number = new Intl.NumberFormat('en-GB');

type ReleaseReviewProps = {
  outcome: ImportOutcome;
  /** Imported releases of the same system already loaded. */
  existing: readonly CodeRelease[];
  onSave: (codeSet: CodeSet, replaces: readonly string[]) => Promise<void>;
  onDiscard: () => void;
};

/**
 * The checked file before it is saved: counts, notes and warnings, and the release
 * label and effective dates (inferred from the file name) for the coder to confirm.
 */
export function ReleaseReview({ outcome, existing, onSave, onDiscard }: ReleaseReviewProps) {
  const uid = useId();
  const { release, entries } = outcome.codeSet;
  const [label, setLabel] = useState(release.label);
  const [from, setFrom] = useState(release.effectiveFrom ?? '');
  const [to, setTo] = useState(release.effectiveTo ?? '');
  const [replace, setReplace] = useState(true);
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [saving, setSaving] = useState(false);
  const sameLabel = existing.filter((r) => r.label.trim().toLowerCase() === label.trim().toLowerCase());
  const system = CODE_SYSTEM_LABELS[release.system];

  const save = async () => {
    const next = applyReleaseOverrides(release, { label, effectiveFrom: from || null, effectiveTo: to || null });
    if (!next.ok) {
      setErrors(next.errors);
      return;
    }
    setSaving(true);
    try {
      await onSave({ release: next.value, entries }, replace ? sameLabel.map((r) => r.id) : []);
    } catch (e) {
      setErrors([{ code: 'store', message: `Not saved: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }]);
      setSaving(false);
    }
  };

  return (
    <div className="mt-3 space-y-3">
      <h3 className="font-semibold">Checked: {release.sourceFileName}</h3>
      <p className="rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm text-emerald-950" role="status">
        <span aria-hidden="true">✔ </span>
        Every line was read: {number.format(release.counts.billable)} billable {system} codes
        {release.counts.headers > 0 ? `, ${number.format(release.counts.headers)} headers` : ''}
        {release.counts.modifiers > 0 ? `, ${number.format(release.counts.modifiers)} modifiers` : ''}. Nothing is saved until you press Save.
      </p>
      {release.derivedHeaders && (
        <p className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span aria-hidden="true">▲ </span>
          <strong>Category headers were derived.</strong> This is the codes file, which lists billable codes only: headers such as R07 and E11 were made up from the
          codes, and their titles are the words their codes share, not the official ones. Import the order file (icd10cm_order_…txt, in the same CMS zip) for the
          official header titles.
        </p>
      )}
      {release.notes.filter((n) => !release.derivedHeaders || !/derived|headers/i.test(n)).length > 0 && (
        <ul className="list-disc pl-5 text-sm text-slate-800">
          {release.notes
            .filter((n) => !release.derivedHeaders || !/derived|headers/i.test(n))
            .map((n) => (
              <li key={n}>{n}</li>
            ))}
        </ul>
      )}
      <IssueList issues={outcome.warnings} title="Warnings (the file was still read)" />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-[16rem]">
          <label htmlFor={`${uid}-label`} className="block text-xs font-semibold text-slate-700">
            Release label
          </label>
          <input id={`${uid}-label`} className={inputClass} value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${uid}-from`} className="block text-xs font-semibold text-slate-700">
            Effective from
          </label>
          <input id={`${uid}-from`} type="date" className={inputClass} value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${uid}-to`} className="block text-xs font-semibold text-slate-700">
            Effective to (empty: open-ended)
          </label>
          <input id={`${uid}-to`} type="date" className={inputClass} value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {sameLabel.length > 0 && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
          <span>
            Replace the {label.trim()} already loaded (imported {sameLabel.map((r) => formatDateTime(r.importedAt.slice(0, 16))).join(', ')}). Otherwise both are
            kept and the newer import is used.
          </span>
        </label>
      )}
      <IssueList issues={errors} />
      <div className="flex gap-2">
        <Button variant="primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save code set'}
        </Button>
        <Button disabled={saving} onClick={onDiscard}>
          Discard
        </Button>
      </div>
    </div>
  );
}
