import { lazy, Suspense } from 'react';
import type { DrgPanelProps } from './drg-panel';

const Panel = lazy(() => import('./drg-panel').then((m) => ({ default: m.DrgPanel })));

/** The DRG panel, loaded on first render (its code is not part of the first screen's bundle). */
export function LazyDrgPanel(props: DrgPanelProps) {
  return (
    <Suspense
      fallback={
        <section aria-label="IR-DRG payment" className="rounded-lg border border-slate-300 bg-white p-3 text-sm text-slate-700 shadow-sm">
          Loading the IR-DRG panel…
        </section>
      }
    >
      <Panel {...props} />
    </Suspense>
  );
}
