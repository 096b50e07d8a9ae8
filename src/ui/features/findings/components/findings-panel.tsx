import type { EncounterDocument } from '@/domain/claim';

type Props = { document: EncounterDocument };

/**
 * The findings panel. Until the claim edits are loaded it says plainly that
 * nothing has been checked — never "no problems".
 */
export function FindingsPanel({ document: _document }: Props) {
  return (
    <section id="findings" tabIndex={-1} aria-labelledby="findings-title" className="rounded-lg border border-slate-300 bg-white p-3 shadow-sm">
      <h2 id="findings-title" className="text-sm font-bold uppercase tracking-wide text-brand-800">
        Findings
      </h2>
      <p className="mt-2 rounded border border-slate-400 bg-slate-100 px-3 py-2 text-sm text-slate-800">
        <span aria-hidden="true">○ </span>
        <strong>Not checked yet.</strong> The claim edits are not loaded, so this claim has not been checked for payer rejections.
      </p>
    </section>
  );
}
