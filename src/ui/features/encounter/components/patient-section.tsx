import { useFormContext, useWatch } from 'react-hook-form';
import { EMIRATES_ID_PLACEHOLDERS, PAYER_PROFILES, SEXES, type EncounterDocument } from '@/domain/claim';
import { Button } from '@/ui/components/button';
import { DateField, SelectField, TextField } from './inputs';
import { Section } from './section';

const PROFILE_OPTIONS = Object.entries(PAYER_PROFILES) as [string, string][];
const SEX_OPTIONS = Object.entries(SEXES) as [string, string][];

/** Patient and payer: who is covered, by whom, under which payer's rules. */
export function PatientSection() {
  const { setValue } = useFormContext<EncounterDocument>();
  return (
    <Section id="sec-patient" title="Patient and payer">
      <div className="grid grid-cols-1 gap-x-3 gap-y-2 sm:grid-cols-2 xl:grid-cols-4">
        <SelectField path="payerProfile" label="Payer rules" options={PROFILE_OPTIONS} hint="Which market's edits apply" />
        <TextField path="claim.payerId" label="Payer ID" mono hint="Insurer licence (DOH: SelfPay, @Name)" />
        <TextField path="claim.memberId" label="Member ID" mono hint="Insurance card number" />
        <TextField path="claim.encounter.patientId" label="Patient ID (MRN)" mono />
        <TextField
          path="claim.emiratesIdNumber"
          label="Emirates ID"
          kind="emirates-id"
          mono
          placeholder="784-YYYY-NNNNNNN-C"
          hint={<EmiratesIdHint />}
          className="sm:col-span-2"
        />
        <DateField path="patient.dateOfBirth" label="Date of birth" withTime={false} />
        <SelectField path="patient.sex" label="Sex" options={SEX_OPTIONS} />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">Emirates ID placeholders and newborns</summary>
        <div className="mt-2 space-y-2">
          <ul className="space-y-1">
            {Object.entries(EMIRATES_ID_PLACEHOLDERS).map(([value, meaning]) => (
              <li key={value} className="flex flex-wrap items-center gap-2">
                <code className="font-mono">{value}</code>
                <span>{meaning}</span>
                <Button size="sm" onClick={() => setValue('claim.emiratesIdNumber', value, { shouldDirty: true })} aria-label={`Use placeholder ${value}: ${meaning}`}>
                  Use
                </Button>
              </li>
            ))}
          </ul>
          <TextField
            path="patient.motherMemberId"
            label="Mother's member ID (newborn on the mother's policy)"
            mono
            hint="DOH §4.4.2.4(2): the newborn is billed on the mother's insurance but with the newborn's own member ID."
          />
        </div>
      </details>
    </Section>
  );
}

/** Says which placeholder is in use; subscribes to the ID alone so typing it re-renders only this line. */
function EmiratesIdHint() {
  const eid = useWatch<EncounterDocument, 'claim.emiratesIdNumber'>({ name: 'claim.emiratesIdNumber' });
  const placeholder = EMIRATES_ID_PLACEHOLDERS[eid.trim() as keyof typeof EMIRATES_ID_PLACEHOLDERS];
  return <>{placeholder ? `Placeholder: ${placeholder}` : '784-YYYY-NNNNNNN-C, or a placeholder when there is no card'}</>;
}
