import { useMemo, useState } from 'react';
import type { Acknowledgement } from '@/domain/claim';
import { countFindings, lineLabel, lineOf, type Finding, type Fix } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { useUserName } from '@/ui/lib/user-name';
import { FindingItem } from './finding-item';
import { SEVERITY_STYLE } from './severity';

export type FindingsPanelProps = {
  findings: readonly Finding[];
  acknowledgements: readonly Acknowledgement[];
  /** How many edits ran (so "no problems" is only said when checks actually ran). */
  editsRun: number;
  profileLabel: string;
  /** When false, the panel hides findings (exam-style practice). */
  visible?: boolean;
  onFocusFinding: (finding: Finding) => void;
  onApplyFix: (finding: Finding, fix: Fix) => void;
  onAcknowledge: (finding: Finding, reason: string, by: string) => void;
  onWithdraw: (finding: Finding) => void;
  onOpenReport: () => void;
};

type Grouping = 'severity' | 'line';

/**
 * The live findings panel: counts in the header, findings grouped by severity or by
 * line, acknowledged warnings apart, and every check that could not run listed as
 * "not checked" — the panel never says "no problems" about a check that did not run.
 */
export function FindingsPanel(props: FindingsPanelProps) {
  const { findings, acknowledgements, editsRun, profileLabel, visible = true, onOpenReport } = props;
  const [grouping, setGrouping] = useState<Grouping>('severity');
  const userName = useUserName();
  const ackByKey = useMemo(() => new Map(acknowledgements.map((a) => [a.findingKey, a])), [acknowledgements]);

  const failing = findings.filter((f) => f.status === 'fail');
  const open = failing.filter((f) => !ackByKey.has(f.key));
  const acknowledged = failing.filter((f) => ackByKey.has(f.key));
  const notRun = findings.filter((f) => f.status !== 'fail');
  const counts = countFindings(open);
  const ran = editsRun - notRun.length;

  const groups = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of open) {
      const key = grouping === 'severity' ? SEVERITY_STYLE[f.severity].word : f.path.length ? lineLabel(lineOf(f.path)) : 'Whole claim';
      map.set(key, [...(map.get(key) ?? []), f]);
    }
    return [...map.entries()];
  }, [open, grouping]);

  const item = (f: Finding) => (
    <li key={f.key}>
      <FindingItem
        finding={f}
        acknowledgement={ackByKey.get(f.key)}
        userName={userName}
        onFocus={props.onFocusFinding}
        onFix={props.onApplyFix}
        onAcknowledge={props.onAcknowledge}
        onWithdraw={props.onWithdraw}
      />
    </li>
  );

  return (
    <section id="findings" tabIndex={-1} aria-labelledby="findings-title" className="[contain:layout_style] rounded-lg border border-slate-300 bg-white p-3 shadow-sm outline-none focus-visible:ring-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="findings-title" className="text-sm font-bold uppercase tracking-wide text-brand-800">
          Findings
        </h2>
        <Button size="sm" variant="ghost" onClick={onOpenReport}>
          Audit report…
        </Button>
      </div>
      {!visible ? (
        <p className="mt-2 rounded border border-slate-400 bg-slate-100 px-3 py-2 text-sm">Live findings are hidden for exam-style practice. They appear with your score.</p>
      ) : (
        <>
          <p role="status" aria-live="polite" className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="finding-counts">
            <Count n={counts.reject} severity="reject" />
            <Count n={counts.warn} severity="warn" />
            <Count n={counts.info} severity="info" />
            <Count n={notRun.length} severity="not-checked" />
            {acknowledged.length > 0 && <span>{acknowledged.length} acknowledged</span>}
          </p>
          <p className="mt-0.5 text-xs text-slate-600">
            {ran} of {editsRun} edits ran for {profileLabel}.
          </p>

          {open.length === 0 ? (
            <p className="mt-2 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
              <span aria-hidden="true">✓ </span>
              {notRun.length === 0
                ? `No problems found by the ${ran} edits that ran.`
                : `No problems found by the ${ran} edits that ran — but ${notRun.length} could not run (listed below), so this claim is not fully checked.`}
            </p>
          ) : (
            <>
              <fieldset className="mt-2 flex items-center gap-3 text-xs">
                <legend className="sr-only">Group findings</legend>
                <span aria-hidden="true" className="font-semibold">
                  Group by
                </span>
                {(['severity', 'line'] as const).map((g) => (
                  <label key={g} className="inline-flex items-center gap-1">
                    <input type="radio" name="finding-grouping" value={g} checked={grouping === g} onChange={() => setGrouping(g)} />
                    {g === 'severity' ? 'Severity' : 'Claim line'}
                  </label>
                ))}
              </fieldset>
              {groups.map(([label, list]) => (
                <section key={label} aria-label={`${label} (${list.length})`} className="mt-2">
                  <h3 className="mb-1 text-xs font-bold uppercase text-slate-700">
                    {label} ({list.length})
                  </h3>
                  <ul className="space-y-1.5">{list.map(item)}</ul>
                </section>
              ))}
            </>
          )}

          {acknowledged.length > 0 && (
            <details className="mt-3">
              <summary className="cursor-pointer text-xs font-bold uppercase text-slate-700">Acknowledged ({acknowledged.length})</summary>
              <ul className="mt-1 space-y-1.5">{acknowledged.map(item)}</ul>
            </details>
          )}

          {notRun.length > 0 && (
            <section aria-label={`Not checked (${notRun.length})`} className="mt-3">
              <h3 className="mb-1 text-xs font-bold uppercase text-slate-700">Not checked ({notRun.length})</h3>
              <ul className="space-y-1.5">{notRun.map(item)}</ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}

function Count({ n, severity }: { n: number; severity: Finding['severity'] }) {
  const s = SEVERITY_STYLE[severity];
  return (
    <span className={n > 0 ? 'font-semibold' : 'text-slate-600'}>
      <span aria-hidden="true">{s.icon} </span>
      {n} {n === 1 && severity !== 'info' && severity !== 'not-checked' ? s.word.toLowerCase() : s.plural}
    </span>
  );
}
