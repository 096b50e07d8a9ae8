import { useWatch } from 'react-hook-form';
import { ENCOUNTER_END_TYPES, ENCOUNTER_START_TYPES, ENCOUNTER_TYPES, isInpatient, type EncounterDocument } from '@/domain/claim';
import { DateField, SelectField, TextField } from './inputs';
import { Section } from './section';

const option = (entries: Record<string, string>) => Object.entries(entries).map(([k, v]) => [k, `${k} – ${v}`] as const);
const TYPE_OPTIONS = option(ENCOUNTER_TYPES);
const START_OPTIONS = option(ENCOUNTER_START_TYPES);
const END_OPTIONS = option(ENCOUNTER_END_TYPES);

/** The encounter: where, what kind, when; admission and discharge details for inpatients. */
export function EncounterSection() {
  const type = useWatch<EncounterDocument, 'claim.encounter.type'>({ name: 'claim.encounter.type' });
  const startType = useWatch<EncounterDocument, 'claim.encounter.startType'>({ name: 'claim.encounter.startType' });
  const endType = useWatch<EncounterDocument, 'claim.encounter.endType'>({ name: 'claim.encounter.endType' });
  const inpatient = isInpatient(type);
  return (
    <Section id="sec-encounter" title="Encounter">
      <div className="grid grid-cols-1 gap-x-3 gap-y-2 sm:grid-cols-2 xl:grid-cols-4">
        <TextField path="claim.encounter.facilityId" label="Facility ID" mono />
        <SelectField path="claim.encounter.type" label="Encounter type" options={TYPE_OPTIONS} className="sm:col-span-1 xl:col-span-3" />
        <DateField path="claim.encounter.start" label={inpatient ? 'Admission (start)' : 'Start'} />
        <DateField path="claim.encounter.end" label={inpatient ? 'Discharge (end)' : 'End'} />
        {inpatient && (
          <>
            <SelectField path="claim.encounter.startType" label="Admission type (start type)" options={START_OPTIONS} />
            <SelectField path="claim.encounter.endType" label="Discharge type (end type)" options={END_OPTIONS} />
            {(startType === '3' || startType === '8') && <TextField path="claim.encounter.transferSource" label="Transfer source" mono />}
            {(endType === '4' || endType === '7') && <TextField path="claim.encounter.transferDestination" label="Transfer destination" mono />}
          </>
        )}
      </div>
      {!inpatient && type !== '' && (
        <p className="mt-2 text-xs text-slate-600">Admission and discharge types and present-on-admission indicators appear for inpatient encounters (types 3 and 4).</p>
      )}
    </Section>
  );
}
