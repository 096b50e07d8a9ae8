import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ACTIVITY_TYPES, emptyActivity, linkKey, nextActivityId, type EncounterDocument } from '@/domain/claim';
import { Button } from '@/ui/components/button';
import { FieldGroup } from '@/ui/components/field';
import type { CodeFieldSystem } from '@/ui/components/code-input';
import { useCommand } from '@/ui/lib/commands';
import { CodeField, DateField, ModifiersField, MoneyField, SelectField, TextField, fieldId, rowLabel, useFocusAfterRender } from './inputs';
import { Section } from './section';

const TYPE_OPTIONS = Object.entries(ACTIVITY_TYPES).map(([k, v]) => [k, `${k} – ${v}`] as const);

/** Which code set an activity type's codes come from. */
function systemFor(type: string): CodeFieldSystem {
  switch (type) {
    case '3':
      return 'CPT';
    case '4':
      return 'HCPCS';
    case '8':
      return 'LOCAL';
    case '9':
      return 'DRG';
    default:
      return 'OTHER';
  }
}

/** Activities (CPT/HCPCS/service/DRG lines) with modifiers, units, amounts and diagnosis links. */
export function ActivitiesSection() {
  const { control, getValues } = useFormContext<EncounterDocument>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'claim.activities' });
  const focusAfter = useFocusAfterRender(fields);

  const add = () => {
    const acts = getValues('claim.activities');
    const last = acts[acts.length - 1];
    const start = last?.start || getValues('claim.encounter.start');
    const row = emptyActivity(nextActivityId(acts), start);
    const principal = getValues('claim.diagnoses').find((d) => d.type === 'Principal' && d.code.trim());
    focusAfter(`claim.activities.${acts.length}.code`);
    append(
      {
        ...row,
        clinician: last?.clinician ?? '',
        orderingClinician: last?.orderingClinician ?? '',
        diagnosisLinks: principal ? [principal.code] : [],
      },
      { shouldFocus: false },
    );
  };
  useCommand('add-activity', add);

  return (
    <Section
      id="sec-activities"
      title={`Activities (${fields.length})`}
      actions={
        <Button size="sm" onClick={add} aria-keyshortcuts="Alt+Shift+A">
          + Add activity
        </Button>
      }
    >
      {fields.length === 0 && <p className="text-sm text-slate-700">No activities yet (Alt+Shift+A adds one; it links the principal diagnosis by default).</p>}
      <ol className="space-y-3">
        {fields.map((f, index) => (
          <li key={f.id}>
            <ActivityRow index={index} count={fields.length} onRemove={() => remove(index)} onMove={(to) => move(index, to)} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function ActivityRow({ index, count, onRemove, onMove }: { index: number; count: number; onRemove: () => void; onMove: (to: number) => void }) {
  const base = `claim.activities.${index}` as const;
  const type = useWatch<EncounterDocument, `claim.activities.${number}.type`>({ name: `${base}.type` });
  const code = useWatch<EncounterDocument, `claim.activities.${number}.code`>({ name: `${base}.code` });
  const start = useWatch<EncounterDocument, `claim.activities.${number}.start`>({ name: `${base}.start` });
  const observations = useWatch<EncounterDocument, `claim.activities.${number}.observations`>({ name: `${base}.observations` });
  const n = index + 1;
  return (
    <article aria-labelledby={`${fieldId(base)}-title`} className="rounded border border-slate-300 bg-slate-50/60 p-2">
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${fieldId(base)}-title`} className="text-sm font-semibold text-slate-800">
          Activity {n}
          {code ? <span className="ml-2 font-mono text-slate-700">{code}</span> : null}
        </h3>
        <div className="flex gap-1" role="group" aria-label={`Activity ${n} actions`}>
          <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move activity ${n} up`}>
            ↑
          </Button>
          <Button size="sm" variant="ghost" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move activity ${n} down`}>
            ↓
          </Button>
          <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove activity ${n}`}>
            ✕
          </Button>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-x-2 gap-y-2 sm:grid-cols-4 xl:grid-cols-8">
        <SelectField path={`${base}.type`} label={rowLabel(`Activity ${n}`, 'Type')} options={TYPE_OPTIONS} className="col-span-2 sm:col-span-1 xl:col-span-2" />
        <CodeField path={`${base}.code`} label={rowLabel(`Activity ${n}`, 'Code')} system={systemFor(type)} {...(start ? { dateOfService: start } : {})} className="xl:col-span-1" />
        <ModifiersField path={`${base}.modifiers`} label={rowLabel(`Activity ${n}`, 'Modifiers')} />
        <TextField path={`${base}.quantity`} label={rowLabel(`Activity ${n}`, 'Quantity')} kind="quantity" mono />
        <MoneyField path={`${base}.net`} label={rowLabel(`Activity ${n}`, 'Net')} />
        <DateField path={`${base}.start`} label={rowLabel(`Activity ${n}`, 'Start')} className="col-span-2" />
      </div>
      <div className="mt-2 grid grid-cols-1 gap-x-2 gap-y-2 sm:grid-cols-2 xl:grid-cols-[2fr_1fr_1fr_1fr_0.6fr]">
        <DiagnosisLinks index={index} />
        <TextField path={`${base}.clinician`} label={rowLabel(`Activity ${n}`, 'Clinician')} mono />
        <TextField path={`${base}.orderingClinician`} label={rowLabel(`Activity ${n}`, 'Ordering clinician')} mono />
        <TextField path={`${base}.priorAuthorizationId`} label={rowLabel(`Activity ${n}`, 'Prior authorization')} mono />
        <TextField path={`${base}.id`} label={rowLabel(`Activity ${n}`, 'ID')} mono />
      </div>
      {observations.length > 0 && (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-slate-700">Other observations ({observations.length}), kept as received</summary>
          <ul className="mt-1 space-y-0.5 font-mono">
            {observations.map((o, i) => (
              <li key={i}>
                {o.type} {o.code} {o.value ? `= ${o.value.length > 60 ? `${o.value.slice(0, 60)}…` : o.value}` : ''} {o.valueType ? `(${o.valueType})` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

/** One toggle per claim diagnosis: which diagnoses this activity is performed for. */
function DiagnosisLinks({ index }: { index: number }) {
  const { control } = useFormContext<EncounterDocument>();
  const diagnoses = useWatch<EncounterDocument, 'claim.diagnoses'>({ name: 'claim.diagnoses' });
  const path = `claim.activities.${index}.diagnosisLinks` as const;
  const codes = diagnoses.map((d) => d.code.trim()).filter(Boolean);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const links: string[] = field.value;
        const linked = new Set(links.map(linkKey));
        const toggle = (code: string) =>
          field.onChange(linked.has(linkKey(code)) ? links.filter((l) => linkKey(l) !== linkKey(code)) : [...links, code]);
        const dangling = links.filter((l) => !codes.some((c) => linkKey(c) === linkKey(l)));
        return (
          <FieldGroup id={fieldId(path)} path={path} legend={rowLabel(`Activity ${index + 1}`, 'Linked diagnoses')}>
            <div className="flex min-h-8 flex-wrap items-center gap-1">
              {codes.length === 0 && <span className="text-xs text-slate-600">Add diagnoses to link them.</span>}
              {codes.map((code, i) => {
                const on = linked.has(linkKey(code));
                return (
                  <label
                    key={`${code}-${i}`}
                    className={`inline-flex cursor-pointer items-center gap-1 rounded border px-1.5 py-0.5 font-mono text-xs ${on ? 'border-brand-700 bg-brand-100 text-brand-800' : 'border-slate-400 bg-white text-slate-700'}`}
                  >
                    <input
                      type="checkbox"
                      ref={i === 0 ? field.ref : undefined}
                      checked={on}
                      onChange={() => toggle(code)}
                      onBlur={field.onBlur}
                      className="accent-brand-700"
                      aria-label={`Link activity ${index + 1} to diagnosis ${i + 1} ${code}`}
                    />
                    <span aria-hidden="true">
                      {i + 1}:{code}
                    </span>
                  </label>
                );
              })}
              {dangling.map((l) => (
                <span key={l} className="rounded border border-red-700 bg-red-50 px-1.5 py-0.5 font-mono text-xs text-red-900">
                  <span aria-hidden="true">✖ </span>
                  {l} (linked, but not on the claim)
                </span>
              ))}
            </div>
          </FieldGroup>
        );
      }}
    />
  );
}
