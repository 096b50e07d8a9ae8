import { useId, useState } from 'react';
import { parsePaymentProfile, type PaymentProfile } from '@/domain/drg';
import { formatDate, parseDateText } from '@/domain/shared/dates';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { newId } from '@/ui/lib/browser';
import { useDrgStoreActions } from '../api/drg-data';

type OverrideRow = { drgCode: string; gap: string; marginalPercent: string };
type VersionRow = { from: string; to: string; baseRate: string; gap: string; marginalPercent: string; overrides: OverrideRow[] };
type Draft = { id: string; name: string; payerIds: string; note: string; versions: VersionRow[] };

const EMPTY_VERSION: VersionRow = { from: '', to: '', baseRate: '', gap: '', marginalPercent: '', overrides: [] };

function toDraft(p: PaymentProfile | null): Draft {
  if (!p) return { id: `profile-${newId()}`, name: '', payerIds: '', note: '', versions: [{ ...EMPTY_VERSION }] };
  return {
    id: p.id,
    name: p.name,
    payerIds: p.payerIds.join(', '),
    note: p.note,
    versions: p.versions.map((v) => ({
      from: formatDate(v.effectiveFrom),
      to: formatDate(v.effectiveTo),
      baseRate: v.baseRate,
      gap: v.gap,
      marginalPercent: v.marginalPercent,
      overrides: v.drgOverrides.map((o) => ({ drgCode: o.drgCode, gap: o.gap ?? '', marginalPercent: o.marginalPercent ?? '' })),
    })),
  };
}

/** The draft as the stored shape; dates typed dd/mm/yyyy become ISO, bad ones are reported. */
function fromDraft(d: Draft): { profile: unknown; errors: Issue[] } {
  const errors: Issue[] = [];
  const date = (text: string, what: string) => {
    if (text.trim() === '') return '';
    const r = parseDateText(text);
    if (r.ok) return r.value;
    errors.push({ code: 'drg.profile.date', message: `${what}: ${r.errors[0]?.message ?? 'not a date'}`, severity: 'error' });
    return text.trim();
  };
  const profile = {
    id: d.id,
    name: d.name.trim(),
    payerIds: d.payerIds
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    note: d.note.trim(),
    versions: d.versions.map((v, i) => ({
      effectiveFrom: date(v.from, `Version ${i + 1}, effective from`),
      effectiveTo: date(v.to, `Version ${i + 1}, effective to`),
      baseRate: v.baseRate.trim(),
      gap: v.gap.trim(),
      marginalPercent: v.marginalPercent.trim(),
      drgOverrides: v.overrides.map((o) => ({
        drgCode: o.drgCode.trim(),
        ...(o.gap.trim() !== '' ? { gap: o.gap.trim() } : {}),
        ...(o.marginalPercent.trim() !== '' ? { marginalPercent: o.marginalPercent.trim() } : {}),
      })),
    })),
  };
  return { profile, errors };
}

/** A labelled text input for the profile form. */
function Input({ id, label, value, onChange, mono, placeholder }: { id: string; label: string; value: string; onChange: (v: string) => void; mono?: boolean; placeholder?: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-0.5 block text-xs font-semibold text-slate-700">
        {label}
      </label>
      <input id={id} className={`${inputClass} ${mono ? 'font-mono' : ''}`} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
    </div>
  );
}

/**
 * Adds or changes a negotiated payment profile: base rate, gap and marginal per period
 * (effective dates that must not overlap), the payer licences it is for, and per-DRG gap or
 * marginal from the contract. Checked with the domain's `parsePaymentProfile` before it is saved.
 */
export function ProfileEditor({ profile, onDone }: { profile: PaymentProfile | null; onDone: () => void }) {
  const base = useId();
  const actions = useDrgStoreActions();
  const [d, setD] = useState<Draft>(() => toDraft(profile));
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const setVersion = (i: number, change: Partial<VersionRow>) => setD((old) => ({ ...old, versions: old.versions.map((v, k) => (k === i ? { ...v, ...change } : v)) }));
  const setOverride = (i: number, j: number, change: Partial<OverrideRow>) =>
    setVersion(i, { overrides: (d.versions[i]?.overrides ?? []).map((o, k) => (k === j ? { ...o, ...change } : o)) });

  const save = async () => {
    const { profile: raw, errors: dateErrors } = fromDraft(d);
    const parsed = parsePaymentProfile(raw);
    if (dateErrors.length > 0 || !parsed.ok) {
      setErrors([...dateErrors, ...(parsed.ok ? [] : parsed.errors)]);
      return;
    }
    const r = await actions.saveProfile(parsed.value);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    onDone();
  };

  return (
    <form
      aria-labelledby={`${base}-title`}
      className="space-y-2 rounded border border-slate-300 bg-slate-50 p-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h4 id={`${base}-title`} className="text-sm font-semibold">
        {profile ? `Change “${profile.name}”` : 'New payment profile'}
      </h4>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <Input id={`${base}-name`} label="Name" value={d.name} onChange={(v) => setD({ ...d, name: v })} placeholder="e.g. Enhanced product (payer A001)" />
        <Input id={`${base}-payers`} label="Payer licences (Claim.PayerID), comma separated" value={d.payerIds} onChange={(v) => setD({ ...d, payerIds: v })} mono placeholder="e.g. A001, A002" />
        <div className="sm:col-span-2">
          <Input id={`${base}-note`} label="Note (contract reference)" value={d.note} onChange={(v) => setD({ ...d, note: v })} />
        </div>
      </div>
      {d.versions.map((v, i) => (
        <fieldset key={i} className="rounded border border-slate-300 bg-white p-2">
          <legend className="px-1 text-xs font-semibold">Version {i + 1}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            <Input id={`${base}-v${i}-from`} label="Effective from" value={v.from} onChange={(x) => setVersion(i, { from: x })} mono placeholder="dd/mm/yyyy" />
            <Input id={`${base}-v${i}-to`} label="Effective to" value={v.to} onChange={(x) => setVersion(i, { to: x })} mono placeholder="open" />
            <Input id={`${base}-v${i}-rate`} label="Base rate (AED)" value={v.baseRate} onChange={(x) => setVersion(i, { baseRate: x })} mono />
            <Input id={`${base}-v${i}-gap`} label="Gap (AED)" value={v.gap} onChange={(x) => setVersion(i, { gap: x })} mono />
            <Input id={`${base}-v${i}-marginal`} label="Marginal (%)" value={v.marginalPercent} onChange={(x) => setVersion(i, { marginalPercent: x })} mono />
          </div>
          {v.overrides.length > 0 && (
            <div className="mt-2 space-y-1">
              <p className="text-xs font-semibold">Per-DRG contract terms</p>
              {v.overrides.map((o, j) => (
                <div key={j} className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2">
                  <Input id={`${base}-v${i}-o${j}-code`} label={`DRG ${j + 1} code`} value={o.drgCode} onChange={(x) => setOverride(i, j, { drgCode: x })} mono />
                  <Input id={`${base}-v${i}-o${j}-gap`} label="Gap (AED)" value={o.gap} onChange={(x) => setOverride(i, j, { gap: x })} mono placeholder="version's" />
                  <Input id={`${base}-v${i}-o${j}-marginal`} label="Marginal (%)" value={o.marginalPercent} onChange={(x) => setOverride(i, j, { marginalPercent: x })} mono placeholder="version's" />
                  <Button size="sm" variant="ghost" aria-label={`Remove DRG term ${j + 1} of version ${i + 1}`} onClick={() => setVersion(i, { overrides: v.overrides.filter((_, k) => k !== j) })}>
                    Remove
                  </Button>
                </div>
              ))}
            </div>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button size="sm" onClick={() => setVersion(i, { overrides: [...v.overrides, { drgCode: '', gap: '', marginalPercent: '' }] })}>
              Add a per-DRG term
            </Button>
            {d.versions.length > 1 && (
              <Button size="sm" variant="danger" onClick={() => setD({ ...d, versions: d.versions.filter((_, k) => k !== i) })}>
                Remove version {i + 1}
              </Button>
            )}
          </div>
        </fieldset>
      ))}
      <Button size="sm" onClick={() => setD({ ...d, versions: [...d.versions, { ...EMPTY_VERSION }] })}>
        Add a version (new effective dates)
      </Button>
      {errors.length > 0 && (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-xs text-red-900">
          <p className="font-semibold">Not saved:</p>
          <ul className="list-disc pl-4">
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="sm">
          Save profile
        </Button>
        <Button size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
