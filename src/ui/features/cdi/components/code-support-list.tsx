import type { CdiDecision } from '@/domain/claim';
import { uniqueTexts, type CodeSupport } from '@/domain/cdi';
import type { Fix } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import type { CodeRef } from '../lib/note-segments';
import { StatusBadge } from './status-badge';

export type EngineNote = { readonly editId: string; readonly message: string };

type Props = {
  codes: readonly CodeSupport[];
  findings: ReadonlyMap<string, readonly EngineNote[]>;
  decision: (c: CodeSupport) => CdiDecision | undefined;
  selected: CodeRef | null;
  onSelect: (ref: CodeRef | null) => void;
  onDecide: (c: CodeSupport, change: Partial<Pick<CdiDecision, 'verdict' | 'comment'>>) => void;
  onApplyFix: (fix: Fix) => void;
  onDraftQuery: (c: CodeSupport) => void;
};

/** Each code with its documentation status, the phrases, a specificity suggestion, the reviewer's verdict. */
export function CodeSupportList({ codes, findings, decision, selected, onSelect, onDecide, onApplyFix, onDraftQuery }: Props) {
  if (codes.length === 0) return <p className="text-sm">This encounter has no codes yet.</p>;
  return (
    <ul className="space-y-2">
      {codes.map((c) => {
        const ref: CodeRef = `${c.kind}:${c.index}`;
        const d = decision(c);
        const id = `cdi-code-${c.kind}-${c.index}`;
        const engine = findings.get(ref) ?? [];
        return (
          <li key={ref} id={id} tabIndex={-1} className={`rounded border p-2 text-sm ${selected === ref ? 'border-brand-700 bg-brand-50' : 'border-slate-300 bg-white'}`}>
            <div className="flex flex-wrap items-baseline gap-2">
              <h3 className="font-mono text-base font-semibold">{c.code}</h3>
              <span className="text-xs text-slate-700">{c.kind === 'dx' ? 'Diagnosis' : 'Activity'}</span>
              <StatusBadge status={c.status} />
              <span className="min-w-0 flex-1 text-slate-800">{c.title}</span>
            </div>
            {c.reasons.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-slate-800">
                {c.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
            {c.evidence.length > 0 && (
              <p className="mt-1">
                <span className="font-medium">In the note: </span>
                {uniqueTexts(c.evidence).map((t) => `“${t}”`).join(', ')}
              </p>
            )}
            {engine.map((f) => (
              <p key={f.editId + f.message} className="mt-1 text-slate-800">
                <span className="font-medium">Claim edit {f.editId}:</span> {f.message}
              </p>
            ))}
            <div className="mt-2 flex flex-wrap items-center gap-2">
              {c.evidence.length > 0 && (
                <Button size="sm" aria-pressed={selected === ref} onClick={() => onSelect(selected === ref ? null : ref)}>
                  Show phrases for {c.code}
                </Button>
              )}
              {c.gap && (
                <Button size="sm" variant="primary" onClick={() => onApplyFix(c.gap!.fix)}>
                  Replace {c.code} with {c.gap.suggested}
                </Button>
              )}
              {(c.status === 'not-found' || c.status === 'partly' || c.gap) && (
                <Button size="sm" onClick={() => onDraftQuery(c)}>
                  Draft query about {c.code}
                </Button>
              )}
            </div>
            <div className="mt-2 flex flex-wrap items-end gap-3">
              <fieldset className="flex items-center gap-3">
                <legend className="sr-only">Your review of {c.code}</legend>
                {(['agree', 'disagree'] as const).map((v) => (
                  <label key={v} className="inline-flex items-center gap-1">
                    <input type="radio" name={`${id}-verdict`} checked={d?.verdict === v} onChange={() => onDecide(c, { verdict: v })} />
                    {v === 'agree' ? 'Agree' : 'Disagree'}
                  </label>
                ))}
              </fieldset>
              <label className="min-w-[12rem] flex-1 text-xs">
                <span className="block font-medium">Comment on {c.code}</span>
                <input className={inputClass} value={d?.comment ?? ''} onChange={(e) => onDecide(c, { comment: e.target.value })} />
              </label>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
