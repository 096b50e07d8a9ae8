import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';
import { DRG_ASSUMPTION_INFO, toDrgExplanationMarkdown, type Calculation, type DrgPaymentResult } from '@/domain/drg';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { useToast } from '@/ui/components/toaster';
import { copyText } from '@/ui/lib/browser';
import { ResultTable, StatusBadge } from './result-table';
import { StepTable } from './steps';

/** The explanation as plain text (markdown tables), for copying into a note or an e-mail. */
export function explanationText(title: string, calc: Calculation<DrgPaymentResult>): string {
  return toDrgExplanationMarkdown(title, calc, 'DOH Claims & Adjudication Rules, Addendum 05 (V2025), §4.4 and Appendix A.');
}

type Props = {
  open: boolean;
  onClose: () => void;
  title: string;
  calc: Calculation<DrgPaymentResult>;
  /** Opens the browser's print dialog once the view is on screen. */
  printOnOpen: boolean;
};

/**
 * The full view of the explanation: result, every step as a table row, messages, guidance and
 * the settings used. While it is open, a copy of the explanation sits at the end of <body> as the
 * page to print (src/index.css, `data-print-page`): printing gives the explanation and nothing else,
 * over as many pages as it takes.
 */
export function ExplanationDialog({ open, onClose, title, calc, printOnOpen }: Props) {
  const { show } = useToast();
  useEffect(() => {
    if (!open || !printOnOpen) return;
    // Let the dialog and the print copy render before the print dialog takes the page.
    const t = window.setTimeout(() => window.print(), 50);
    return () => window.clearTimeout(t);
  }, [open, printOnOpen]);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="IR-DRG payment explanation"
      size="xl"
      footer={
        <>
          <Button
            onClick={() =>
              void copyText(explanationText(title, calc)).then((ok) => show(ok ? 'Explanation copied as text.' : 'The browser did not allow copying.', { tone: ok ? 'success' : 'error' }))
            }
          >
            Copy as text
          </Button>
          <Button variant="primary" onClick={() => window.print()}>
            Print
          </Button>
          <Button onClick={onClose}>Close</Button>
        </>
      }
    >
      {/* Focusable so the scrolling dialog body can be scrolled from the keyboard. */}
      <div tabIndex={0} className="outline-none focus-visible:ring-2">
        <ExplanationDocument title={title} calc={calc} />
      </div>
      {open &&
        createPortal(
          <div data-print-page className="bg-white p-4 text-slate-900">
            <ExplanationDocument title={title} calc={calc} />
          </div>,
          document.body,
        )}
    </Dialog>
  );
}

/** The explanation itself: what is shown in the full view and what is printed. */
function ExplanationDocument({ title, calc }: { title: string; calc: Calculation<DrgPaymentResult> }) {
  const r = calc.result;
  const id = useId();
  return (
    <article aria-label="IR-DRG payment explanation" className="space-y-3 text-sm">
      <header>
        <h3 className="text-base font-semibold">{title}</h3>
        <p className="text-xs text-slate-700">
          DOH Claims & Adjudication Rules, Addendum 05 (V2025), §4.4 and Appendix A · tables and parameters in effect on {r.effectiveDate ?? '(no date)'}
        </p>
        <div className="mt-1">
          <StatusBadge status={r.status} />
        </div>
      </header>
      <ResultTable result={r} />
      <section aria-labelledby={`${id}-steps`}>
        <h4 id={`${id}-steps`} className="mb-1 text-xs font-bold uppercase text-slate-700">
          Steps
        </h4>
        <StepTable steps={calc.steps} />
      </section>
      {r.issues.length > 0 && (
        <section aria-labelledby={`${id}-issues`}>
          <h4 id={`${id}-issues`} className="text-xs font-bold uppercase text-slate-700">
            Messages
          </h4>
          <ul className="list-disc pl-4 text-xs">
            {r.issues.map((i, n) => (
              <li key={n}>
                {i.severity === 'error' ? 'Error' : 'Warning'}: {i.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.guidance.length > 0 && (
        <section aria-labelledby={`${id}-guidance`}>
          <h4 id={`${id}-guidance`} className="text-xs font-bold uppercase text-slate-700">
            For the coder
          </h4>
          <ul className="list-disc pl-4 text-xs">
            {r.guidance.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </section>
      )}
      <table className="w-full border-collapse text-left text-xs">
        <caption className="mb-1 text-left text-xs font-bold uppercase text-slate-700">Settings for the open points of the addendum</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="px-1.5 py-1">
              Setting
            </th>
            <th scope="col" className="px-1.5 py-1">
              Used
            </th>
            <th scope="col" className="px-1.5 py-1">
              Default
            </th>
          </tr>
        </thead>
        <tbody>
          {DRG_ASSUMPTION_INFO.map((info) => (
            <tr key={info.key} className="border-b border-slate-200">
              <th scope="row" className="px-1.5 py-0.5 font-medium">
                {info.label} <span className="font-mono font-normal text-slate-600">({info.key})</span>
              </th>
              <td className="px-1.5 py-0.5 font-mono">{String(r.assumptions[info.key])}</td>
              <td className="px-1.5 py-0.5 font-mono">{info.defaultValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
