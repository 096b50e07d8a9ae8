import { useEffect, useId, useRef } from 'react';
import type { Finding } from '@/domain/rules';
import type { AttemptScore, Scenario } from '@/domain/training';
import { Button } from '@/ui/components/button';
import { KeySummary } from './key-summary';
import { TeachingPoints } from './teaching-points';

type Props = {
  scenario: Scenario;
  score: AttemptScore;
  /** The engine's findings on the submitted attempt (the same edits coders get). */
  findings: readonly Finding[];
  titleOf?: ((code: string) => string | undefined) | undefined;
  onRetry: () => void;
};

const SEVERITY_WORD: Record<string, string> = { reject: 'Reject', warn: 'Warning', info: 'Info' };

/** The score per part with every point lost explained, the engine's findings, the key and the teaching points. */
export function ScoreReport({ scenario, score, findings, titleOf, onRetry }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [score]);
  const shown = findings.filter((f) => f.status === 'fail' && f.severity !== 'info');
  return (
    <section aria-labelledby={`${id}-h`} className="rounded border border-slate-400 bg-white p-3 text-sm text-slate-900">
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1} className="text-base font-semibold outline-none">
        Your score: {score.earned} of {score.max} ({score.percent} %)
      </h2>
      <table className="mt-2 w-full border-collapse text-left">
        <caption className="sr-only">Score per part</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2">
              Part
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {score.parts.map((p) => (
            <tr key={p.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-1 pr-2 font-medium">
                {p.label}
                {p.lost.length > 0 && (
                  <ul className="ml-4 list-disc font-normal text-slate-800">
                    {p.lost.map((l, i) => (
                      <li key={i}>
                        <span className="font-semibold text-red-800">−{l.points}</span> {l.reason}
                      </li>
                    ))}
                  </ul>
                )}
              </th>
              <td className="py-1 pr-2 text-right font-mono">
                {p.earned} / {p.max}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-3 font-semibold">What the payer's edits say about your claim</h3>
      {shown.length === 0 ? (
        <p>No reject or warning findings.</p>
      ) : (
        <ul className="ml-4 list-disc">
          {shown.map((f) => (
            <li key={f.key}>
              <span className="font-semibold">{SEVERITY_WORD[f.severity] ?? f.severity}</span> {f.editId}: {f.message}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold">Answer key</summary>
        <div className="mt-1">
          <KeySummary scenarioKey={scenario.key} titleOf={titleOf} />
        </div>
      </details>
      <h3 className="mt-3 font-semibold">Teaching points</h3>
      <TeachingPoints points={scenario.teachingPoints} />
      <div className="mt-3">
        <Button onClick={onRetry}>Try again from the start</Button>
      </div>
    </section>
  );
}
