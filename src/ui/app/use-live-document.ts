import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EncounterDocument } from '@/domain/claim';

/** A copy of the form's document that follows every change (what the checks and panels read). */
export function useLiveDocument(form: UseFormReturn<EncounterDocument>, initial: EncounterDocument): EncounterDocument {
  const [live, setLive] = useState<EncounterDocument>(initial);
  useEffect(() => {
    const sub = form.watch(() => setLive(structuredClone(form.getValues())));
    return () => sub.unsubscribe();
  }, [form]);
  return live;
}
