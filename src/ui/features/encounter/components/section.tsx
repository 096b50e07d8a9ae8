import type { ReactNode } from 'react';

/** One editor section: a landmark region with a heading that "next section" jumps between. */
export function Section({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-editor-section className="[contain:layout_style] rounded-lg border border-slate-300 bg-white p-3 shadow-sm">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-sm font-bold uppercase tracking-wide text-brand-800">
          {title}
        </h2>
        {actions && <div className="flex flex-wrap gap-1">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
