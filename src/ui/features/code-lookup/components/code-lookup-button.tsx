import { lazy, Suspense, useEffect, useState } from 'react';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import { codeFieldName, targetCodeField, type CodeFieldHandle } from '../model/code-fields';

// The dialog (and the detail view) load on first use, not with the first screen.
const CodeLookupDialog = lazy(() => import('./code-lookup-dialog'));

/**
 * "Look up a code…" for the workspace toolbar, with its dialog. Alt+Shift+L opens it
 * from anywhere on the page (a code field's text becomes the query); the chosen code
 * goes into the code field edited last.
 */
export function CodeLookupButton({ dateOfService }: { dateOfService?: string | undefined }) {
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<CodeFieldHandle | null>(null);
  const { show } = useToast();
  const openLookup = () => {
    setTarget(targetCodeField());
    setOpen(true);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyL') return;
      if (document.querySelector('dialog[open]')) return; // a dialog owns the keyboard
      e.preventDefault();
      setTarget(targetCodeField());
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Button onClick={openLookup} aria-keyshortcuts="Alt+Shift+L">
        Look up a code…
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CodeLookupDialog
            open={open}
            onClose={() => setOpen(false)}
            target={target}
            dateOfService={dateOfService}
            onInserted={(code, field) => {
              const name = codeFieldName(field.id);
              // After the dialog has closed and given focus back, go to the field.
              window.setTimeout(() => document.getElementById(field.id)?.focus(), 0);
              show(`Inserted ${code} into ${name}.`, { tone: 'success' });
            }}
          />
        </Suspense>
      )}
    </>
  );
}
