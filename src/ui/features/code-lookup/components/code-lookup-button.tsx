import { lazy, Suspense, useState } from 'react';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import { useCommand } from '@/ui/lib/commands';
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

  // Alt+Shift+L (the app's shortcut table emits the command).
  useCommand('open-lookup', openLookup);

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
