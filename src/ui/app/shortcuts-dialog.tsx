import { useState } from 'react';
import { Dialog } from '@/ui/components/dialog';
import { useCommand } from '@/ui/lib/commands';
import { SHORTCUTS } from './shortcuts';

/** The `?` overlay listing every shortcut. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useCommand('show-shortcuts', () => setOpen(true));
  return (
    <Dialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts">
      <table className="w-full text-sm">
        <caption className="sr-only">Keyboard shortcuts</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-4">
              Keys
            </th>
            <th scope="col" className="py-1">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys} className="border-t border-slate-200">
              <td className="py-1 pr-4">
                <kbd className="rounded border border-slate-400 bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{s.keys}</kbd>
              </td>
              <td className="py-1">{s.label}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-200">
            <td className="py-1 pr-4">
              <kbd className="rounded border border-slate-400 bg-slate-100 px-1.5 py-0.5 font-mono text-xs">Tab / Shift+Tab</kbd>
            </td>
            <td className="py-1">Move between fields; Space toggles a diagnosis link; Escape closes a dialog</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}
