import type { ReactNode } from 'react';
import { inputClass } from '@/ui/components/field';

type Common = {
  id: string;
  label: string;
  /** What the input shows: the override, or the encounter's value. */
  value: string;
  /** The encounter's value, as shown when there is no override. */
  encounterValue: string;
  overridden: boolean;
  onChange: (value: string) => void;
  onReset: () => void;
  hint?: ReactNode;
  /** A problem with this input from the calculation (shown in red, outside the label). */
  problem?: string | undefined;
  className?: string;
};

type Props = Common &
  (
    | { kind?: 'text'; mono?: boolean; inputMode?: 'decimal' | 'numeric' | 'text'; placeholder?: string; options?: never }
    | { kind: 'select'; options: ReadonlyArray<readonly [string, string]>; mono?: never; inputMode?: never; placeholder?: never }
  );

/**
 * One input of the DRG panel: prefilled from the encounter, overridable, and saying so. An
 * overridden input is marked with a word (not only colour) and offers a reset to the
 * encounter's value; hints and marks sit outside the label so the accessible name stays short.
 */
export function OverridableField(props: Props) {
  const { id, label, value, encounterValue, overridden, onChange, onReset, hint, problem, className } = props;
  const described = [hint ? `${id}-hint` : '', overridden ? `${id}-override` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  const shownEncounter = props.kind === 'select' ? (props.options.find(([v]) => v === encounterValue)?.[1] ?? encounterValue) : encounterValue;
  const ring = overridden ? 'border-amber-600 bg-amber-50' : '';
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-0.5 block text-xs font-semibold text-slate-700">
        {label}
      </label>
      {props.kind === 'select' ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${inputClass} ${ring}`} aria-describedby={described || undefined}>
          {!props.options.some(([v]) => v === value) && <option value={value}>{value || '—'}</option>}
          {props.options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} ${props.mono ? 'font-mono' : ''} ${ring}`}
          aria-describedby={described || undefined}
          aria-invalid={problem ? true : undefined}
        />
      )}
      {overridden && (
        <p className="mt-0.5 flex flex-wrap items-center gap-x-1 text-xs text-amber-950">
          <span id={`${id}-override`}>
            <span className="font-semibold">
              <span aria-hidden="true">✎ </span>Overridden
            </span>{' '}
            (encounter: {shownEncounter.trim() === '' ? 'none' : shownEncounter})
          </span>
          <button type="button" onClick={onReset} className="rounded px-1 font-semibold text-brand-700 underline hover:bg-amber-100" aria-label={`Reset ${label} to the encounter's value`}>
            Reset
          </button>
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="mt-0.5 text-xs font-medium text-red-800">
          <span aria-hidden="true">✖ </span>
          {problem}
        </p>
      )}
    </div>
  );
}
