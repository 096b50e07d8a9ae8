import { useState } from 'react';
import { DEFAULT_DRG_ASSUMPTIONS, DRG_ASSUMPTION_INFO, parseDrgAssumptions, type DrgAssumptionKey, type DrgAssumptions } from '@/domain/drg';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import { useDrgStoreActions } from '../api/drg-data';

/** Radio values are text; booleans go back to booleans before the settings are checked. */
function toValue(key: DrgAssumptionKey, text: string): unknown {
  return typeof DEFAULT_DRG_ASSUMPTIONS[key] === 'boolean' ? text === 'true' : text;
}

/**
 * Every point Addendum 05 leaves open, as a named setting: its choices, its default and why
 * (docs/adr/0031-drg-open-assumptions.md). Saved in this browser; every step that depends on
 * one names it and says whether the default was used.
 */
export function AssumptionsForm({ current }: { current: DrgAssumptions }) {
  const actions = useDrgStoreActions();
  const { show } = useToast();
  const [values, setValues] = useState<Record<DrgAssumptionKey, string>>(() => Object.fromEntries(DRG_ASSUMPTION_INFO.map((i) => [i.key, String(current[i.key])])) as Record<DrgAssumptionKey, string>);
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const dirty = DRG_ASSUMPTION_INFO.some((i) => values[i.key] !== String(current[i.key]));

  const save = async (next: Record<DrgAssumptionKey, string>) => {
    const parsed = parseDrgAssumptions(Object.fromEntries(DRG_ASSUMPTION_INFO.map((i) => [i.key, toValue(i.key, next[i.key])])));
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    const r = await actions.saveAssumptions(parsed.value);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors([]);
    show('DRG settings saved.', { tone: 'success' });
  };

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save(values);
      }}
    >
      <p className="text-xs text-slate-700">
        The addendum leaves these points open. Each is a setting with a stated default; the explanation names the setting in every step that uses it. Change one only when the payer has settled
        the point.
      </p>
      {DRG_ASSUMPTION_INFO.map((info) => {
        const changed = values[info.key] !== info.defaultValue;
        return (
          <fieldset key={info.key} className={`rounded border p-2 ${changed ? 'border-amber-600 bg-amber-50' : 'border-slate-300'}`}>
            <legend className="px-1 text-sm font-semibold">
              {info.label} <span className="font-mono text-xs font-normal text-slate-700">({info.key})</span>
              {changed && <span className="ml-1 text-xs font-semibold text-amber-950">changed from the default</span>}
            </legend>
            <div className="space-y-0.5">
              {info.options.map((o) => (
                <label key={o.value} className="flex items-start gap-2 text-xs">
                  <input type="radio" className="mt-0.5" name={`drg-setting-${info.key}`} value={o.value} checked={values[info.key] === o.value} onChange={() => setValues((v) => ({ ...v, [info.key]: o.value }))} />
                  <span>
                    <span className="font-mono font-semibold">{o.value}</span>
                    {o.value === info.defaultValue ? ' (default)' : ''}: {o.meaning}
                  </span>
                </label>
              ))}
            </div>
            <p className="mt-1 text-xs text-slate-700">
              Default <span className="font-mono">{info.defaultValue}</span>: {info.why}
            </p>
          </fieldset>
        );
      })}
      {errors.length > 0 && (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-xs text-red-900">
          <ul className="list-disc pl-4">
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={!dirty}>
          Save settings
        </Button>
        <Button
          size="sm"
          onClick={() => {
            const defaults = Object.fromEntries(DRG_ASSUMPTION_INFO.map((i) => [i.key, i.defaultValue])) as Record<DrgAssumptionKey, string>;
            setValues(defaults);
            void save(defaults);
          }}
        >
          Reset all to the defaults
        </Button>
      </div>
    </form>
  );
}
