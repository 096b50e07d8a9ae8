import { useEffect } from 'react';
import { emitCommand, type Command } from '@/ui/lib/commands';

/**
 * Keyboard shortcuts. Alt+Shift combinations work while typing in any field and do
 * not collide with the browser's own (Alt+Shift+I and Alt+Shift+T are avoided on purpose).
 * The same table feeds the `?` overlay and the README.
 */
export const SHORTCUTS: ReadonlyArray<{ keys: string; code: string; command: Command; label: string; alt: boolean }> = [
  { keys: 'Alt+Shift+D', code: 'KeyD', command: 'add-diagnosis', label: 'Add a diagnosis (and focus its code)', alt: true },
  { keys: 'Alt+Shift+A', code: 'KeyA', command: 'add-activity', label: 'Add an activity (and focus its code)', alt: true },
  { keys: 'Alt+Shift+N', code: 'KeyN', command: 'next-section', label: 'Next editor section', alt: true },
  { keys: 'Alt+Shift+P', code: 'KeyP', command: 'previous-section', label: 'Previous editor section', alt: true },
  { keys: 'Alt+Shift+F', code: 'KeyF', command: 'focus-findings', label: 'Go to the findings panel', alt: true },
  { keys: 'Alt+Shift+L', code: 'KeyL', command: 'open-lookup', label: 'Look up a code (the code field you were in gets the chosen code)', alt: true },
  { keys: 'Alt+Shift+V', code: 'KeyV', command: 'open-import', label: 'Paste or drop an encounter (XML, quick text, spreadsheet rows)', alt: true },
  { keys: 'Alt+Shift+E', code: 'KeyE', command: 'export-xml', label: 'Export the claim as e-claim XML', alt: true },
  { keys: 'Alt+Shift+Z', code: 'KeyZ', command: 'undo-change', label: 'Undo the last applied fix or import', alt: true },
  { keys: 'Ctrl+S', code: 'KeyS', command: 'save-now', label: 'Save now (drafts also save themselves within a second)', alt: false },
  { keys: '?', code: 'Slash', command: 'show-shortcuts', label: 'Show these shortcuts (when not typing in a field; Alt+Shift+/ anywhere)', alt: false },
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Installs the global shortcut handler. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
        if (e.code === 'Slash') {
          e.preventDefault();
          emitCommand('show-shortcuts');
          return;
        }
        const hit = SHORTCUTS.find((s) => s.alt && s.code === e.code);
        if (!hit) return;
        if (document.querySelector('dialog[open]')) return; // a dialog owns the keyboard
        e.preventDefault();
        emitCommand(hit.command);
        return;
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'KeyS') {
        e.preventDefault();
        emitCommand('save-now');
        return;
      }
      if (e.key === '?' && !e.altKey && !e.ctrlKey && !e.metaKey && !isTyping(e.target) && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        emitCommand('show-shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
