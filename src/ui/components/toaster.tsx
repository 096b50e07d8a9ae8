import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
};

type ToastApi = {
  /** Shows a short message; an action (e.g. Undo) keeps it visible longer. */
  show: (message: string, options?: { tone?: Toast['tone']; action?: Toast['action'] }) => void;
};

const ToastContext = createContext<ToastApi>({ show: () => undefined });

/** Toasts for outcomes the user should notice (saved, deleted with Undo, copy failed). Announced politely. */
export function ToasterProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const show = useCallback<ToastApi['show']>(
    (message, options = {}) => {
      const id = next.current++;
      const toast: Toast = { id, message, tone: options.tone ?? 'info' };
      if (options.action) toast.action = options.action;
      setToasts((ts) => [...ts.slice(-3), toast]);
      window.setTimeout(() => dismiss(id), options.action ? 10_000 : 5_000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div aria-live="polite" role="status" className="no-print pointer-events-none fixed bottom-4 left-1/2 z-50 flex -translate-x-1/2 flex-col gap-2">
        {toasts.map((t) => (
          <div
            key={t.id}
            className={`pointer-events-auto flex items-center gap-3 rounded-md border px-4 py-2 text-sm shadow-lg ${
              t.tone === 'error' ? 'border-red-700 bg-red-50 text-red-900' : t.tone === 'success' ? 'border-emerald-700 bg-emerald-50 text-emerald-900' : 'border-slate-400 bg-white text-slate-900'
            }`}
          >
            <span>{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="rounded border border-current px-2 py-0.5 font-semibold"
                onClick={() => {
                  t.action?.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss message" className="px-1" onClick={() => dismiss(t.id)}>
              ✕
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Access to the toaster. */
export function useToast(): ToastApi {
  return useContext(ToastContext);
}
