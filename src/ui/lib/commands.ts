import { useEffect, useRef } from 'react';

/**
 * App-wide commands (keyboard shortcuts, menu items) that features act on without
 * importing each other: the shortcut handler emits, the feature that owns the
 * action listens.
 */
export type Command =
  | 'add-diagnosis'
  | 'add-activity'
  | 'next-section'
  | 'previous-section'
  | 'focus-findings'
  | 'open-import'
  | 'open-lookup'
  | 'export-xml'
  | 'undo-change'
  | 'save-now'
  | 'show-shortcuts';

const EVENT = 'workbench:command';

/** Sends a command to whoever listens. */
export function emitCommand(command: Command): void {
  window.dispatchEvent(new CustomEvent<Command>(EVENT, { detail: command }));
}

/** Runs `handler` whenever `command` is emitted while the component is mounted. */
export function useCommand(command: Command, handler: () => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const listener = (e: Event) => {
      if ((e as CustomEvent<Command>).detail === command) ref.current();
    };
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [command]);
}
