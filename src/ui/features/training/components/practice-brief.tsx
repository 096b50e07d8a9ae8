import { useId } from 'react';
import { TOPICS, type Scenario } from '@/domain/training';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';

type Props = {
  scenario: Scenario;
  learner: string;
  findingsVisible: boolean;
  onFindingsVisibleChange: (visible: boolean) => void;
  payment: string;
  onPaymentChange: (payment: string) => void;
  onSubmit: () => void;
  onRetry: () => void;
  submitted: boolean;
};

/** The practice brief above the findings: the task, the questions, exam-style switch, payment answer and Submit. */
export function PracticeBrief({ scenario, learner, findingsVisible, onFindingsVisibleChange, payment, onPaymentChange, onSubmit, onRetry, submitted }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="rounded border border-brand-700 bg-brand-50 p-3 text-sm text-slate-900">
      <h2 id={`${id}-h`} className="text-base font-semibold">
        Practice: {scenario.title}
      </h2>
      {scenario.summary && <p className="mt-1">{scenario.summary}</p>}
      <p className="mt-1 text-xs text-slate-700">
        {scenario.topics.map((t) => TOPICS[t] ?? t).join(' · ')} · learner {learner || '(no name: progress is kept as "anonymous")'}
      </p>
      <details className="mt-2" open>
        <summary className="cursor-pointer font-semibold">Case note</summary>
        <div tabIndex={0} role="region" aria-label="Case note text" className="mt-1 max-h-48 overflow-auto whitespace-pre-line rounded border border-slate-300 bg-white p-2 font-serif">
          {scenario.start.note}
        </div>
      </details>
      <p className="mt-2">Read the clinical note, then code the encounter: diagnoses in sequence, each line's code, modifiers and diagnosis links{scenario.key.drg ? ', the IR-DRG and the payment' : ''}.</p>
      {scenario.questions.length > 0 && (
        <>
          <h3 className="mt-2 font-semibold">Think about</h3>
          <ul className="ml-5 list-disc">
            {scenario.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      )}
      <div className="mt-3 flex items-center gap-2">
        <input id={`${id}-live`} type="checkbox" checked={findingsVisible} onChange={(e) => onFindingsVisibleChange(e.target.checked)} className="h-4 w-4" />
        <label htmlFor={`${id}-live`}>Show live findings (switch off for exam-style practice)</label>
      </div>
      {scenario.key.drg && (
        <div className="mt-3">
          <label htmlFor={`${id}-pay`} className="block text-xs font-semibold text-slate-700">
            Your total payment (AED)
          </label>
          <input
            id={`${id}-pay`}
            className={`${inputClass} max-w-[12rem]`}
            inputMode="decimal"
            value={payment}
            onChange={(e) => onPaymentChange(e.target.value)}
            aria-describedby={`${id}-pay-hint`}
          />
          <p id={`${id}-pay-hint`} className="mt-0.5 text-xs text-slate-700">
            Work it out with the IR-DRG panel (or by hand). Left blank, the nets of the claim's DRG lines are used.
          </p>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="primary" onClick={onSubmit}>
          {submitted ? 'Submit again' : 'Submit for scoring'}
        </Button>
        <Button onClick={onRetry}>Start over</Button>
      </div>
    </section>
  );
}
