import { useId, useState } from 'react';
import type { Acknowledgement } from '@/domain/claim';
import { lineLabel, lineOf, type Finding, type Fix } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { SEVERITY_STYLE, SeverityBadge } from './severity';

/** "diagnosisLinks" → "Diagnosis links". */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Props = {
  finding: Finding;
  acknowledgement: Acknowledgement | undefined;
  userName: string;
  onFocus: (finding: Finding) => void;
  onFix: (finding: Finding, fix: Fix) => void;
  onAcknowledge: (finding: Finding, reason: string, by: string) => void;
  onWithdraw: (finding: Finding) => void;
};

/** One finding: what, where, why (expandable), the rule's source, fixes, and acknowledgement for warnings. */
export function FindingItem({ finding, acknowledgement, userName, onFocus, onFix, onAcknowledge, onWithdraw }: Props) {
  const [acking, setAcking] = useState(false);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState(userName);
  const titleId = useId();
  const reasonId = useId();
  const byId = useId();
  const style = SEVERITY_STYLE[finding.severity];
  const hasPlace = finding.path.length > 0;
  const place = hasPlace ? lineLabel(lineOf(finding.path)) : 'Whole claim';
  const canAcknowledge = finding.status === 'fail' && (finding.severity === 'warn' || finding.severity === 'info');
  const dataEntries = Object.entries(finding.data);

  return (
    <article aria-labelledby={titleId} className={`rounded border border-l-4 border-slate-300 bg-white p-2 ${style.border} ${acknowledgement ? 'opacity-80' : ''}`} data-finding={finding.editId}>
      <div className="flex items-start gap-2">
        <SeverityBadge severity={finding.severity} />
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="text-sm font-semibold leading-snug">
            {hasPlace ? (
              <button type="button" className="text-left underline decoration-dotted underline-offset-2 hover:decoration-solid" onClick={() => onFocus(finding)}>
                {finding.message}
              </button>
            ) : (
              finding.message
            )}
          </h3>
          <p className="mt-0.5 text-xs text-slate-700">
            {place} · {finding.title} · <span className="font-mono">{finding.editId}</span>
            {finding.denialCode && (
              <>
                {' '}
                · predicts <span className="font-mono font-semibold">{finding.denialCode.code}</span> ({finding.denialCode.meaning}
                {finding.denialCode.confidence === 'M' ? '; code meaning likely, not confirmed' : ''})
              </>
            )}
          </p>
        </div>
      </div>

      {finding.fixes.length > 0 && !acknowledgement && (
        <div className="mt-1.5 flex flex-wrap gap-1 pl-1">
          {finding.fixes.map((fix) => (
            <Button key={fix.label} size="sm" variant="primary" onClick={() => onFix(finding, fix)}>
              Fix: {fix.label}
            </Button>
          ))}
        </div>
      )}

      <details className="mt-1.5 pl-1 text-xs">
        <summary className="cursor-pointer font-medium text-brand-700">Why?</summary>
        <div className="mt-1 space-y-1.5 text-slate-800">
          <p>{finding.rule}</p>
          {dataEntries.length > 0 && (
            <table className="text-left">
              <caption className="sr-only">Data the edit looked at</caption>
              <tbody>
                {dataEntries.map(([k, v]) => (
                  <tr key={k}>
                    <th scope="row" className="pr-3 font-medium text-slate-600">
                      {humanize(k)}
                    </th>
                    <td className="font-mono">{String(v) || '(empty)'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <span className="font-medium">Source:</span> {finding.source.document}
            {finding.source.section ? `, ${finding.source.section}` : ''}
            {finding.source.url ? <span className="block break-all text-slate-600">{finding.source.url}</span> : null}
          </p>
        </div>
      </details>

      {acknowledgement ? (
        <div className="mt-1.5 rounded bg-slate-100 p-1.5 text-xs">
          <span className="font-semibold">Acknowledged</span> by {acknowledgement.by || 'unnamed user'} on {acknowledgement.at.replace('T', ' ')}: “{acknowledgement.reason}”{' '}
          <button type="button" className="ml-1 underline" onClick={() => onWithdraw(finding)}>
            Withdraw
          </button>
        </div>
      ) : canAcknowledge ? (
        acking ? (
          <form
            className="mt-1.5 space-y-1 rounded bg-slate-50 p-1.5"
            onSubmit={(e) => {
              e.preventDefault();
              if (!reason.trim()) return;
              onAcknowledge(finding, reason.trim(), by.trim());
              setAcking(false);
            }}
          >
            <label htmlFor={reasonId} className="block text-xs font-semibold">
              Reason for keeping this as it is
            </label>
            <textarea id={reasonId} className={inputClass} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
            <label htmlFor={byId} className="block text-xs font-semibold">
              Your name (kept on this computer)
            </label>
            <input id={byId} className={inputClass} value={by} onChange={(e) => setBy(e.target.value)} />
            <div className="flex gap-1">
              <Button size="sm" type="submit" variant="primary" disabled={!reason.trim()}>
                Save acknowledgement
              </Button>
              <Button size="sm" onClick={() => setAcking(false)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <div className="mt-1 pl-1">
            <Button size="sm" variant="ghost" onClick={() => setAcking(true)}>
              Acknowledge…
            </Button>
          </div>
        )
      ) : null}
    </article>
  );
}
