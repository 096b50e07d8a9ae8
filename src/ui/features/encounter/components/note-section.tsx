import { useFormContext } from 'react-hook-form';
import type { EncounterDocument } from '@/domain/claim';
import { Field, inputClass } from '@/ui/components/field';
import { Section } from './section';

/** The clinical note the codes are taken from (kept with the draft; never sent in the e-claim). */
export function NoteSection() {
  const { register } = useFormContext<EncounterDocument>();
  return (
    <Section id="sec-note" title="Clinical note">
      <Field id="f-note" path="note" label="Clinical note" hint="Stays on this computer with the draft; it is not written into the e-claim XML.">
        {(control) => <textarea {...control} {...register('note')} rows={7} className={`${inputClass} font-serif leading-relaxed`} spellCheck />}
      </Field>
    </Section>
  );
}
