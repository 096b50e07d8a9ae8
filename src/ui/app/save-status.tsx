import type { SaveState } from './use-autosave';

/** "Saved 10:42:13" / "Saving…" / the error, announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  const time = state.savedAt.slice(11, 19);
  let text: string;
  let cls = 'text-slate-700';
  switch (state.status) {
    case 'saved':
      text = `Saved on this computer ${time}`;
      break;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      break;
    case 'error':
      text = `Not saved: ${state.error ?? 'the browser refused to store the draft'}. Your changes are still on screen; export the XML to keep a copy.`;
      cls = 'font-semibold text-red-800';
      break;
  }
  return (
    <p role="status" aria-live="polite" className={`text-xs ${cls}`}>
      {text}
    </p>
  );
}
