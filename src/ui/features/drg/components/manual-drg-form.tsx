import { useId, useState } from 'react';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { nowIsoSeconds } from '@/ui/lib/browser';
import type { ManualDrg } from '@/ui/lib/drg-table-store';
import { useDrgStoreActions } from '../api/drg-data';

type Props = {
  /** A fixed code (the panel's DRG), or `null` to let the user type one. */
  code: string | null;
  /** The entry being changed, if any. */
  initial?: ManualDrg | undefined;
  onSaved?: (entry: ManualDrg) => void;
  onCancel?: () => void;
};

const FIELDS = [
  ['relativeWeight', 'Relative weight (RW)', 'e.g. 1.2345'],
  ['alos', 'ALOS (days)', 'e.g. 3.00'],
  ['lowTrim', 'Low trim (days)', 'e.g. 1'],
  ['highTrim', 'High trim (days)', 'e.g. 7'],
] as const;

/**
 * Enter a DRG that no weights table lists: RW, ALOS and trims as printed in the Mandatory Tariff.
 * Kept in this browser; every step that uses it says "Manual entry".
 */
export function ManualDrgForm({ code, initial, onSaved, onCancel }: Props) {
  const base = useId();
  const actions = useDrgStoreActions();
  const [values, setValues] = useState({
    code: code ?? initial?.code ?? '',
    description: initial?.description ?? '',
    relativeWeight: initial?.relativeWeight ?? '',
    alos: initial?.alos ?? '',
    lowTrim: initial?.lowTrim ?? '',
    highTrim: initial?.highTrim ?? '',
  });
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values, v: string) => setValues((old) => ({ ...old, [key]: v }));
  const errorsId = `${base}-errors`;

  const save = async () => {
    setSaving(true);
    const entry: ManualDrg = { ...values, code: values.code.trim(), savedAt: nowIsoSeconds() };
    const r = await actions.saveManualDrg(entry);
    setSaving(false);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors([]);
    onSaved?.(entry);
  };

  return (
    <form
      className="space-y-2"
      aria-describedby={errors.length > 0 ? errorsId : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="grid grid-cols-2 gap-2">
        {code === null && (
          <div>
            <label htmlFor={`${base}-code`} className="mb-0.5 block text-xs font-semibold text-slate-700">
              IR-DRG code
            </label>
            <input id={`${base}-code`} className={`${inputClass} font-mono`} value={values.code} onChange={(e) => set('code', e.target.value)} autoComplete="off" inputMode="numeric" />
          </div>
        )}
        <div className={code === null ? '' : 'col-span-2'}>
          <label htmlFor={`${base}-description`} className="mb-0.5 block text-xs font-semibold text-slate-700">
            Description (starts IM for medical, IP for surgical)
          </label>
          <input id={`${base}-description`} className={inputClass} value={values.description} onChange={(e) => set('description', e.target.value)} autoComplete="off" />
        </div>
        {FIELDS.map(([key, label, placeholder]) => (
          <div key={key}>
            <label htmlFor={`${base}-${key}`} className="mb-0.5 block text-xs font-semibold text-slate-700">
              {label}
            </label>
            <input
              id={`${base}-${key}`}
              className={`${inputClass} font-mono`}
              value={values[key]}
              placeholder={placeholder}
              inputMode="decimal"
              autoComplete="off"
              onChange={(e) => set(key, e.target.value)}
            />
          </div>
        ))}
      </div>
      {errors.length > 0 && (
        <div id={errorsId} role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-xs text-red-900">
          <p className="font-semibold">Not saved:</p>
          <ul className="list-disc pl-4">
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={saving}>
          Save DRG {values.code.trim() || ''} entered by hand
        </Button>
        {onCancel && (
          <Button size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
