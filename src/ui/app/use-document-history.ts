import { useCallback, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EncounterDocument } from '@/domain/claim';
import { useToast } from '@/ui/components/toaster';
import { useCommand } from '@/ui/lib/commands';

/**
 * Whole-document changes made for the coder (a fix button, "add lines from paste")
 * go through here so each can be undone (toast button or Alt+Shift+Z). Typing in a
 * field keeps the browser's own per-field undo.
 */
export function useDocumentHistory(form: UseFormReturn<EncounterDocument>) {
  const { show } = useToast();
  const stack = useRef<{ label: string; before: EncounterDocument }[]>([]);

  const undo = useCallback(() => {
    const last = stack.current.pop();
    if (!last) {
      show('Nothing to undo.');
      return;
    }
    form.reset(last.before, { keepDefaultValues: true });
    show(`Undone: ${last.label}`);
  }, [form, show]);

  const apply = useCallback(
    (next: EncounterDocument, label: string) => {
      stack.current.push({ label, before: structuredClone(form.getValues()) });
      if (stack.current.length > 50) stack.current.shift();
      form.reset(next, { keepDefaultValues: true });
      show(`Applied: ${label}`, { tone: 'success', action: { label: 'Undo', run: undo } });
    },
    [form, show, undo],
  );

  useCommand('undo-change', undo);
  return { apply, undo };
}
