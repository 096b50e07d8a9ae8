import { useRef } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { DIAGNOSIS_TYPES, POA_VALUES, dropDanglingLinks, emptyDiagnosis, isInpatient, linkKey, renameLinks, type DxInfo, type EncounterDocument } from '@/domain/claim';
import { Button } from '@/ui/components/button';
import { Field, inputClass } from '@/ui/components/field';
import { useCommand } from '@/ui/lib/commands';
import { CodeField, SelectField, fieldId, rowLabel, useFocusAfterRender } from './inputs';
import { Section } from './section';

const TYPE_OPTIONS = DIAGNOSIS_TYPES.map((t) => [t, t === 'ReasonForVisit' ? 'Reason for visit' : t] as const);
const POA_OPTIONS = Object.entries(POA_VALUES);

/** ICD-10-CM diagnoses, principal first; editing a code carries its activity links along. */
export function DiagnosesSection() {
  const { control, getValues, setValue } = useFormContext<EncounterDocument>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'claim.diagnoses' });
  const encounterType = useWatch<EncounterDocument, 'claim.encounter.type'>({ name: 'claim.encounter.type' });
  const start = useWatch<EncounterDocument, 'claim.encounter.start'>({ name: 'claim.encounter.start' });
  const inpatient = isInpatient(encounterType);
  const codeAtFocus = useRef<string>('');
  const focusAfter = useFocusAfterRender(fields);

  const add = () => {
    const hasPrincipal = getValues('claim.diagnoses').some((d) => d.type === 'Principal');
    const index = getValues('claim.diagnoses').length;
    focusAfter(`claim.diagnoses.${index}.code`);
    append(emptyDiagnosis(hasPrincipal ? 'Secondary' : 'Principal'), { shouldFocus: false });
  };
  useCommand('add-diagnosis', add);

  // Links are updated line by line (never the whole activities array), so activity rows
  // are not re-created while the coder types a diagnosis code.
  const carryLinks = (from: string, to: string) => {
    const before = getValues('claim.activities');
    const after = renameLinks(before, from, to);
    after.forEach((a, i) => {
      if (a !== before[i]) setValue(`claim.activities.${i}.diagnosisLinks`, a.diagnosisLinks, { shouldDirty: true });
    });
  };
  const onCodeChange = (index: number) => (previous: string, next: string) => {
    const others = getValues('claim.diagnoses').filter((_, i) => i !== index).map((d) => linkKey(d.code));
    if (others.includes(linkKey(next))) return; // passing through another diagnosis's code: reconcile on blur
    carryLinks(previous, next);
  };
  const onCodeBlur = (index: number) => () => {
    const current = getValues(`claim.diagnoses.${index}.code`);
    const before = codeAtFocus.current;
    const stillUsed = getValues('claim.diagnoses').some((d, i) => i !== index && linkKey(d.code) === linkKey(before));
    if (!stillUsed && linkKey(before) !== linkKey(current)) carryLinks(before, current);
  };
  const makePrincipal = (index: number) => {
    const list = getValues('claim.diagnoses').map((d, i) => (i === index ? { ...d, type: 'Principal' } : d.type === 'Principal' ? { ...d, type: 'Secondary' } : d));
    setValue('claim.diagnoses', list, { shouldDirty: true });
    if (index > 0) move(index, 0);
  };
  const removeAt = (index: number) => {
    remove(index);
    const before = getValues('claim.activities');
    dropDanglingLinks(getValues('claim')).forEach((a, i) => {
      if (a !== before[i]) setValue(`claim.activities.${i}.diagnosisLinks`, a.diagnosisLinks, { shouldDirty: true });
    });
  };

  return (
    <Section
      id="sec-diagnoses"
      title={`Diagnoses (${fields.length})`}
      actions={
        <Button size="sm" onClick={add} aria-keyshortcuts="Alt+Shift+D">
          + Add diagnosis
        </Button>
      }
    >
      {fields.length === 0 && <p className="text-sm text-slate-700">No diagnoses yet. Add the principal diagnosis first (Alt+Shift+D).</p>}
      <ol className="space-y-2">
        {fields.map((f, index) => (
          <li key={f.id} className="grid grid-cols-[2rem_minmax(7rem,9rem)_minmax(8rem,1fr)_auto] items-end gap-2 border-b border-slate-100 pb-2 last:border-0 sm:grid-cols-[2rem_9rem_minmax(8rem,1fr)_auto_auto]">
            <span className="pb-2 text-right font-mono text-sm text-slate-600" aria-hidden="true">
              {index + 1}.
            </span>
            <SelectField path={`claim.diagnoses.${index}.type`} label={rowLabel(`Diagnosis ${index + 1}`, 'Type')} options={TYPE_OPTIONS} />
            <CodeField
              path={`claim.diagnoses.${index}.code`}
              label={rowLabel(`Diagnosis ${index + 1}`, 'Code (ICD-10-CM)')}
              system="ICD-10-CM"
              {...(start ? { dateOfService: start } : {})}
              onFocus={() => {
                codeAtFocus.current = getValues(`claim.diagnoses.${index}.code`);
              }}
              onCodeChange={onCodeChange(index)}
              onBlurred={onCodeBlur(index)}
            />
            {inpatient && <PoaField index={index} />}
            <div className="flex flex-wrap gap-1 pb-1" role="group" aria-label={`Diagnosis ${index + 1} actions`}>
              <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move diagnosis ${index + 1} up`}>
                ↑
              </Button>
              <Button size="sm" variant="ghost" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move diagnosis ${index + 1} down`}>
                ↓
              </Button>
              <Button size="sm" variant="ghost" onClick={() => makePrincipal(index)} aria-label={`Make diagnosis ${index + 1} principal`}>
                Principal
              </Button>
              <Button size="sm" variant="ghost" onClick={() => removeAt(index)} aria-label={`Remove diagnosis ${index + 1}`}>
                ✕
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** Present-on-admission, stored as DxInfo Type=POA (other DxInfo entries are kept). */
function PoaField({ index }: { index: number }) {
  const { control } = useFormContext<EncounterDocument>();
  const path = `claim.diagnoses.${index}.dxInfo` as const;
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const info: DxInfo[] = field.value;
        const poa = info.find((d) => d.type.toUpperCase() === 'POA')?.code ?? '';
        const set = (code: string) => {
          const rest = info.filter((d) => d.type.toUpperCase() !== 'POA');
          field.onChange(code ? [...rest, { type: 'POA', code }] : rest);
        };
        return (
          <Field id={fieldId(`${path}.poa`)} path={`${path}.poa`} label={rowLabel(`Diagnosis ${index + 1}`, 'Present on admission')}>
            {(c) => (
              <select {...c} ref={field.ref} value={poa} onChange={(e) => set(e.target.value)} onBlur={field.onBlur} className={inputClass}>
                <option value="">—</option>
                {POA_OPTIONS.map(([v, l]) => (
                  <option key={v} value={v}>
                    {v} – {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      }}
    />
  );
}
