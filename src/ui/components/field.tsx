import type { ReactNode } from 'react';
import { useFieldMarks, type FieldMark } from '@/ui/lib/field-marks';

export const inputClass =
  'block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 ' +
  'focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/40 aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50 disabled:bg-slate-100';

const SEVERITY_TEXT: Record<FieldMark['severity'], { icon: string; word: string; className: string }> = {
  reject: { icon: '✖', word: 'Reject', className: 'text-red-800' },
  warn: { icon: '▲', word: 'Warning', className: 'text-amber-800' },
  info: { icon: 'ℹ', word: 'Info', className: 'text-sky-800' },
  'not-checked': { icon: '○', word: 'Not checked', className: 'text-slate-700' },
};

export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

type FieldProps = {
  /** The input's id; hints and errors get ids derived from it. */
  id: string;
  label: ReactNode;
  /** The form path the findings use for this field, e.g. `claim.memberId`. */
  path?: string | undefined;
  hint?: ReactNode;
  /** A format problem with what was typed (shown in red, outside the label). */
  problem?: string | undefined;
  className?: string | undefined;
  /** Renders the control with the accessibility props it must spread. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * A labelled form field. Hints, format problems and findings marks are rendered
 * outside the label (so the accessible name stays the label) and linked to the
 * control with aria-describedby. A problem is marked with an icon and a word, not
 * by colour alone.
 */
export function Field({ id, label, path, hint, problem, className, children }: FieldProps) {
  const marks = useFieldMarks(path ?? '');
  const describedBy: string[] = [];
  if (hint) describedBy.push(`${id}-hint`);
  if (problem) describedBy.push(`${id}-problem`);
  marks.forEach((_, i) => describedBy.push(`${id}-mark-${i}`));
  const invalid = Boolean(problem) || marks.some((m) => m.severity === 'reject');
  const control: FieldControlProps = { id };
  if (describedBy.length) control['aria-describedby'] = describedBy.join(' ');
  if (invalid) control['aria-invalid'] = true;
  return (
    <div className={className}>
      <div className="mb-0.5 flex items-baseline gap-1">
        <label htmlFor={id} className="block text-xs font-semibold text-slate-700">
          {label}
        </label>
        {marks.length > 0 && (
          <span aria-hidden="true" className={`text-xs ${SEVERITY_TEXT[marks[0]!.severity].className}`}>
            {SEVERITY_TEXT[marks[0]!.severity].icon}
          </span>
        )}
      </div>
      {children(control)}
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
      {marks.map((m, i) => (
        <p key={m.key} id={`${id}-mark-${i}`} title={m.message} className={`mt-0.5 line-clamp-3 text-xs font-medium ${SEVERITY_TEXT[m.severity].className}`}>
          <span aria-hidden="true">{SEVERITY_TEXT[m.severity].icon} </span>
          {SEVERITY_TEXT[m.severity].word}: {m.message}
        </p>
      ))}
    </div>
  );
}

/** A group of controls (checkboxes, toggles) with a legend and the same marks as {@link Field}. */
export function FieldGroup({ id, legend, path, className, children }: { id: string; legend: ReactNode; path?: string | undefined; className?: string | undefined; children: ReactNode }) {
  const marks = useFieldMarks(path ?? '');
  return (
    <fieldset id={id} className={className} aria-describedby={marks.length ? marks.map((_, i) => `${id}-mark-${i}`).join(' ') : undefined}>
      <legend className="mb-0.5 text-xs font-semibold text-slate-700">
        {legend}
        {marks.length > 0 && (
          <span aria-hidden="true" className={`ml-1 ${SEVERITY_TEXT[marks[0]!.severity].className}`}>
            {SEVERITY_TEXT[marks[0]!.severity].icon}
          </span>
        )}
      </legend>
      {children}
      {marks.map((m, i) => (
        <p key={m.key} id={`${id}-mark-${i}`} title={m.message} className={`mt-0.5 line-clamp-3 text-xs font-medium ${SEVERITY_TEXT[m.severity].className}`}>
          <span aria-hidden="true">{SEVERITY_TEXT[m.severity].icon} </span>
          {SEVERITY_TEXT[m.severity].word}: {m.message}
        </p>
      ))}
    </fieldset>
  );
}
