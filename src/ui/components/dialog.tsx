import { useEffect, useId, useRef, type ReactNode } from 'react';

type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wide dialogs for previews and tables. */
  size?: 'md' | 'lg' | 'xl';
  footer?: ReactNode;
};

const SIZES = { md: 'max-w-xl', lg: 'max-w-3xl', xl: 'max-w-5xl' } as const;

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape
 * closes it, and focus returns to where it was.
 */
export function Dialog({ open, title, onClose, children, size = 'md', footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        // A file input fires a bubbling `cancel` when the picker closes without a new choice
        // (e.g. the same file picked again): only Escape on the dialog itself closes it.
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
      className={`m-auto w-[calc(100%-2rem)] ${SIZES[size]} rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      {open && (
        <div className="flex max-h-[85vh] flex-col">
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            <button type="button" onClick={onClose} className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100" aria-label={`Close ${title}`}>
              ✕
            </button>
          </div>
          <div className="overflow-auto px-4 py-3">{children}</div>
          {footer && <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 px-4 py-3">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}
