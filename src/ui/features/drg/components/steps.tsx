import { DRG_ASSUMPTION_INFO, type AssumptionUse, type DrgStep } from '@/domain/drg';

const LABELS = new Map(DRG_ASSUMPTION_INFO.map((i) => [i.key, i.label]));

/** A setting a step relied on, in words: `Rounding of exact halves (roundingTieBreak) = half-up, the default`. */
export function settingText(u: AssumptionUse): string {
  return `${LABELS.get(u.key) ?? u.key} (${u.key}) = ${u.value}, ${u.isDefault ? 'the default' : 'changed from the default'}`;
}

/** Keys that tell steps apart when an id repeats (one cost step per activity). */
export function stepKeys(steps: readonly { readonly id: string }[]): string[] {
  const seen = new Map<string, number>();
  return steps.map((s) => {
    const n = seen.get(s.id) ?? 0;
    seen.set(s.id, n + 1);
    return n === 0 ? s.id : `${s.id}#${n}`;
  });
}

type ListProps = {
  steps: readonly DrgStep[];
  /** Keys of steps whose numbers changed with the last input change. */
  changed?: ReadonlySet<string>;
};

/**
 * The explanation as numbered steps for a narrow column: each step's formula in symbols, the
 * same formula with the numbers, the result, the rounding and the rule it comes from. The steps
 * are rendered as the calculator returned them; nothing is worked out here.
 */
export function StepList({ steps, changed }: ListProps) {
  const keys = stepKeys(steps);
  return (
    <ol className="space-y-1.5" aria-label="Calculation steps">
      {steps.map((s, i) => {
        const key = keys[i] ?? String(i);
        const isChanged = changed?.has(key) ?? false;
        return (
          <li
            key={key}
            className={`rounded border px-2 py-1.5 text-xs transition-colors ${isChanged ? 'border-amber-600 bg-amber-50' : 'border-slate-200 bg-white'}`}
            data-step={s.id}
          >
            <p className="flex items-baseline gap-1.5 text-sm font-semibold text-slate-900">
              <span className="inline-block min-w-6 rounded bg-brand-50 px-1 text-center font-mono text-xs text-brand-800">{i + 1}</span>
              <span className="min-w-0 break-words">{s.label}</span>
              {isChanged && <span className="ml-auto shrink-0 rounded bg-amber-200 px-1 text-[0.7rem] font-semibold text-amber-950">updated</span>}
            </p>
            <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-2 gap-y-0.5">
              <dt className="text-slate-600">Formula</dt>
              <dd className="break-words font-mono">{s.formula}</dd>
              <dt className="text-slate-600">With numbers</dt>
              <dd className="break-words font-mono">{s.substituted}</dd>
              <dt className="text-slate-600">Result</dt>
              <dd className="break-words font-mono font-semibold text-slate-900">{s.result}</dd>
              <dt className="text-slate-600">Rounding</dt>
              <dd>{s.rounding}</dd>
              <dt className="text-slate-600">Rule</dt>
              <dd className="break-words">
                {s.source}
                {(s.assumptions ?? []).map((u) => (
                  <span key={u.key} className="block text-slate-700">
                    Setting: {settingText(u)}
                  </span>
                ))}
              </dd>
            </dl>
            {s.note !== undefined && <p className="mt-1 break-words text-slate-700">{s.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}

/** The explanation as one table, for the full view and for printing. */
export function StepTable({ steps }: { steps: readonly DrgStep[] }) {
  const keys = stepKeys(steps);
  return (
    <table className="w-full border-collapse text-left text-xs">
      <caption className="sr-only">Calculation steps</caption>
      <thead>
        <tr className="border-b-2 border-slate-400 align-bottom">
          {['#', 'Step', 'Formula', 'With numbers', 'Result', 'Rounding', 'Rule'].map((h) => (
            <th key={h} scope="col" className="px-1.5 py-1 font-semibold">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {steps.map((s, i) => (
          <tr key={keys[i] ?? String(i)} className="break-inside-avoid border-b border-slate-200 align-top">
            <td className="px-1.5 py-1 font-mono">{i + 1}</td>
            <th scope="row" className="px-1.5 py-1 font-medium">
              {s.label}
              {s.note !== undefined && <span className="mt-0.5 block font-normal text-slate-700">{s.note}</span>}
            </th>
            <td className="px-1.5 py-1 font-mono">{s.formula}</td>
            <td className="px-1.5 py-1 font-mono">{s.substituted}</td>
            <td className="px-1.5 py-1 font-mono font-semibold">{s.result}</td>
            <td className="px-1.5 py-1">{s.rounding}</td>
            <td className="px-1.5 py-1">
              {s.source}
              {(s.assumptions ?? []).map((u) => (
                <span key={u.key} className="block text-slate-700">
                  Setting: {settingText(u)}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
