import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Controller, useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { fieldFormatProblem, splitModifiers, type EncounterDocument, type FieldKind } from '@/domain/claim';
import { parseDecimal } from '@/domain/money';
import { formatDate, formatDateTime, parseDateText, parseDateTimeText } from '@/domain/shared/dates';
import { Field, inputClass } from '@/ui/components/field';
import { useCodeInput, type CodeFieldSystem } from '@/ui/components/code-input';
import { fieldDomId } from '@/ui/lib/field-ids';

type Path = FieldPath<EncounterDocument>;

/**
 * Focuses a field once it has rendered: call `request(path)` before adding a row;
 * the effect runs after the list re-renders with the new row.
 */
export function useFocusAfterRender(dependency: unknown): (path: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const el = document.getElementById(fieldId(pending.current));
    pending.current = null;
    el?.focus();
  }, [dependency]);
  return (path: string) => {
    pending.current = path;
  };
}

/** The DOM id of a form path's control. @example fieldId('claim.memberId') //=> 'f-claim-memberId' */
export const fieldId = fieldDomId;

/**
 * A label whose visible text is short ("Code") while its accessible name keeps the
 * row ("Activity 2 code"), so screen readers and tests can tell rows apart.
 */
export function rowLabel(row: string, label: string): ReactNode {
  return (
    <>
      <span className="sr-only">{row} </span>
      {label}
    </>
  );
}

type BaseProps = { path: Path; label: ReactNode; hint?: ReactNode; className?: string | undefined };

/** Shows a format problem once the coder has left the field. */
function useFormatProblem(path: Path, kind: FieldKind): [string | undefined, () => void] {
  const [touched, setTouched] = useState(false);
  const value = useWatch<EncounterDocument>({ name: path });
  const problem = touched && typeof value === 'string' ? fieldFormatProblem(kind, value) : undefined;
  return [problem, () => setTouched(true)];
}

/** A text input bound to a form path. */
export function TextField({ path, label, hint, className, kind = 'text', placeholder, mono }: BaseProps & { kind?: FieldKind; placeholder?: string | undefined; mono?: boolean }) {
  const { register } = useFormContext<EncounterDocument>();
  const [problem, touch] = useFormatProblem(path, kind);
  const reg = register(path, { onBlur: touch });
  return (
    <Field id={fieldId(path)} path={path} label={label} hint={hint} problem={problem} className={className}>
      {(control) => <input {...control} {...reg} className={`${inputClass} ${mono ? 'font-mono' : ''}`} placeholder={placeholder} autoComplete="off" />}
    </Field>
  );
}

/** A money input; on leaving the field, a readable amount is written with two decimals (8,500 → 8500.00). */
export function MoneyField({ path, label, hint, className }: BaseProps) {
  const { register, setValue } = useFormContext<EncounterDocument>();
  const [problem, touch] = useFormatProblem(path, 'money');
  const reg = register(path, {
    onBlur: (e: { target: { value: string } }) => {
      touch();
      const r = parseDecimal(e.target.value);
      if (r.ok && !r.value.value.isNegative() && r.value.value.decimalPlaces() <= 2) {
        const canonical = r.value.value.toFixed(2);
        if (canonical !== e.target.value) setValue(path, canonical as never, { shouldDirty: true });
      }
    },
  });
  return (
    <Field id={fieldId(path)} path={path} label={label} hint={hint} problem={problem} className={className}>
      {(control) => <input {...control} {...reg} inputMode="decimal" className={`${inputClass} text-right font-mono`} autoComplete="off" />}
    </Field>
  );
}

/** A select bound to a form path; unknown stored values stay selectable so nothing is lost. */
export function SelectField({ path, label, hint, className, options, emptyLabel = '— choose —' }: BaseProps & { options: ReadonlyArray<readonly [string, string]>; emptyLabel?: string }) {
  const { register } = useFormContext<EncounterDocument>();
  const value = useWatch<EncounterDocument>({ name: path });
  const known = options.some(([v]) => v === value);
  return (
    <Field id={fieldId(path)} path={path} label={label} hint={hint} className={className}>
      {(control) => (
        <select {...control} {...register(path)} className={inputClass}>
          <option value="">{emptyLabel}</option>
          {!known && typeof value === 'string' && value !== '' && <option value={value}>{value} (not in the list)</option>}
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * A date (or date and time) typed as dd/MM/yyyy [HH:mm] and stored as ISO. Text that
 * does not read is kept as typed (nothing is lost) and flagged.
 */
export function DateField({ path, label, hint, className, withTime = true }: BaseProps & { withTime?: boolean }) {
  const { control } = useFormContext<EncounterDocument>();
  const [editing, setEditing] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const stored = typeof field.value === 'string' ? field.value : '';
        const problem = touched ? fieldFormatProblem(withTime ? 'date-time' : 'date', stored) : undefined;
        const shown = editing ?? (withTime ? formatDateTime(stored) : formatDate(stored));
        return (
          <Field id={fieldId(path)} path={path} label={label} hint={hint} problem={problem} className={className}>
            {(c) => (
              <input
                {...c}
                ref={field.ref}
                name={field.name}
                value={shown}
                placeholder={withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy'}
                className={`${inputClass} font-mono`}
                autoComplete="off"
                onFocus={() => setEditing(withTime ? formatDateTime(stored) : formatDate(stored))}
                onChange={(e) => {
                  setEditing(e.target.value);
                  const text = e.target.value;
                  const r = withTime ? parseDateTimeText(text) : parseDateText(text);
                  // Only complete, readable values update the model while typing.
                  if (r.ok) field.onChange(typeof r.value === 'string' ? r.value : r.value.iso);
                }}
                onBlur={() => {
                  const text = (editing ?? '').trim();
                  if (text === '') field.onChange('');
                  else {
                    const r = withTime ? parseDateTimeText(text) : parseDateText(text);
                    field.onChange(r.ok ? (typeof r.value === 'string' ? r.value : r.value.iso) : text);
                  }
                  setEditing(null);
                  setTouched(true);
                  field.onBlur();
                }}
              />
            )}
          </Field>
        );
      }}
    />
  );
}

/** A code field: the code lookup's combobox when available, else a plain input. */
export function CodeField({
  path,
  label,
  hint,
  className,
  system,
  dateOfService,
  onCodeChange,
  onFocus,
  onBlurred,
}: BaseProps & { system: CodeFieldSystem; dateOfService?: string; onCodeChange?: (previous: string, next: string) => void; onFocus?: () => void; onBlurred?: () => void }) {
  const { control } = useFormContext<EncounterDocument>();
  const CodeInput = useCodeInput();
  const [touched, setTouched] = useState(false);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const value = typeof field.value === 'string' ? field.value : '';
        const problem = touched ? fieldFormatProblem('code', value) : undefined;
        return (
          <Field id={fieldId(path)} path={path} label={label} hint={hint} problem={problem} className={className}>
            {(c) => (
              <CodeInput
                {...c}
                ref={field.ref}
                system={system}
                value={value}
                {...(dateOfService ? { dateOfService } : {})}
                {...(onFocus ? { onFocus } : {})}
                onChange={(next) => {
                  onCodeChange?.(value, next);
                  field.onChange(next);
                }}
                onBlur={() => {
                  setTouched(true);
                  field.onBlur();
                  onBlurred?.();
                }}
              />
            )}
          </Field>
        );
      }}
    />
  );
}

/** Up to four modifiers typed in one box ("25 LT", "26,TC"); stored as a list. */
export function ModifiersField({ path, label, className }: { path: `claim.activities.${number}.modifiers`; label: ReactNode; className?: string | undefined }) {
  const { control } = useFormContext<EncounterDocument>();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const mods = Array.isArray(field.value) ? field.value : [];
        const bad = mods.map((m) => fieldFormatProblem('modifier', m)).find(Boolean);
        const problem = mods.length > 4 ? `At most four modifiers per line; found ${mods.length}.` : bad;
        return (
          <Field id={fieldId(path)} path={path} label={label} problem={editing === null ? problem : undefined} hint={editing === null ? undefined : 'Separate with spaces or commas'} className={className}>
            {(c) => (
              <input
                {...c}
                ref={field.ref}
                name={field.name}
                value={editing ?? mods.join(' ')}
                className={`${inputClass} font-mono uppercase`}
                autoComplete="off"
                spellCheck={false}
                onFocus={() => setEditing(mods.join(' '))}
                onChange={(e) => {
                  setEditing(e.target.value);
                  field.onChange(splitModifiers(e.target.value));
                }}
                onBlur={() => {
                  setEditing(null);
                  field.onBlur();
                }}
              />
            )}
          </Field>
        );
      }}
    />
  );
}
