import { memo } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import type { EncounterDocument } from '@/domain/claim';
import { useCommand } from '@/ui/lib/commands';
import { ActivitiesSection } from './activities-section';
import { ClaimSection } from './claim-section';
import { DiagnosesSection } from './diagnoses-section';
import { EncounterSection } from './encounter-section';
import { NoteSection } from './note-section';
import { PatientSection } from './patient-section';

type Props = { form: UseFormReturn<EncounterDocument> };

/** Moves focus to the first field of the next (or previous) editor section. */
function focusSection(step: 1 | -1): void {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-editor-section]'));
  if (sections.length === 0) return;
  const active = document.activeElement;
  const current = sections.findIndex((s) => active instanceof Node && s.contains(active));
  const target = sections[(current + step + sections.length) % sections.length] ?? sections[0]!;
  // The first field, else the section's first button (e.g. "Add diagnosis" when the list is empty).
  const first =
    target.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea') ??
    target.querySelector<HTMLElement>('button:not([disabled])');
  target.scrollIntoView({ block: 'start', behavior: 'instant' });
  (first ?? target).focus();
}

/**
 * The encounter editor: patient and payer, claim, encounter, diagnoses,
 * activities and the clinical note. It edits the form it is given; saving,
 * findings and export live elsewhere.
 */
export const EncounterEditor = memo(function EncounterEditor({ form }: Props) {
  useCommand('next-section', () => focusSection(1));
  useCommand('previous-section', () => focusSection(-1));
  return (
    <FormProvider {...form}>
      <form aria-label="Encounter" noValidate onSubmit={(e) => e.preventDefault()} className="space-y-3">
        <PatientSection />
        <EncounterSection />
        <DiagnosesSection />
        <ActivitiesSection />
        <ClaimSection />
        <NoteSection />
      </form>
    </FormProvider>
  );
});
