import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import type { Draft, EncounterDocument } from '@/domain/claim';
import { nowIsoSeconds } from '@/ui/lib/browser';
import { useCommand } from '@/ui/lib/commands';
import { draftQuery, draftsQuery } from '@/ui/lib/draft-queries';
import { saveDraft } from '@/ui/lib/draft-store';

export type SaveState = { status: 'saved' | 'pending' | 'saving' | 'error'; savedAt: string; error?: string };

/** Delay between the last change and the save: well inside the one-second promise. */
const SAVE_DELAY_MS = 300;

/**
 * Saves every change of the form to IndexedDB within a second, so a draft survives
 * a reload or a crashed tab. Flushes on Ctrl+S and when the page is hidden.
 */
export function useAutosave(form: UseFormReturn<EncounterDocument>, draft: Draft): SaveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ status: 'saved', savedAt: draft.updatedAt });
  const timer = useRef<number | undefined>(undefined);
  const base = useRef(draft);
  const dirty = useRef(false);

  const save = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    setState((s) => ({ ...s, status: 'saving' }));
    const next: Draft = { ...base.current, document: structuredClone(form.getValues()), updatedAt: nowIsoSeconds() };
    try {
      await saveDraft(next);
      base.current = next;
      queryClient.setQueryData(draftQuery(next.id).queryKey, next);
      void queryClient.invalidateQueries({ queryKey: draftsQuery.queryKey });
      setState({ status: dirty.current ? 'pending' : 'saved', savedAt: next.updatedAt });
    } catch (e) {
      dirty.current = true;
      setState((s) => ({ ...s, status: 'error', error: e instanceof Error ? e.message : String(e) }));
    }
  }, [form, queryClient]);

  useEffect(() => {
    const sub = form.watch(() => {
      dirty.current = true;
      setState((s) => (s.status === 'pending' ? s : { ...s, status: 'pending' }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    });
    const flush = () => void save();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      sub.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [form, save]);

  useCommand('save-now', () => {
    dirty.current = true;
    void save();
  });
  return state;
}
