import { toDrgSummaryRows, type DrgPaymentResult } from '@/domain/drg';

const STATUS = {
  complete: { text: 'Complete', className: 'border-emerald-700 bg-emerald-50 text-emerald-900', icon: '✓' },
  provisional: { text: 'Provisional: see the warnings', className: 'border-amber-700 bg-amber-50 text-amber-950', icon: '▲' },
  incomplete: { text: 'Incomplete: see the errors', className: 'border-red-700 bg-red-50 text-red-900', icon: '✖' },
} as const;

/** The calculation's status, as a word and an icon (not colour alone). */
export function StatusBadge({ status }: { status: DrgPaymentResult['status'] }) {
  const s = STATUS[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${s.className}`}>
      <span aria-hidden="true">{s.icon}</span>
      {s.text}
    </span>
  );
}

/** The result table: every payment figure the calculation gave, as it gave it. */
export function ResultTable({ result, caption = 'Result' }: { result: DrgPaymentResult; caption?: string }) {
  const rows = toDrgSummaryRows(result).filter((r) => r.id !== 'status');
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-1 text-left text-xs font-bold uppercase text-slate-700">{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={`border-b border-slate-200 align-top ${r.id === 'total' || r.id === 't' ? 'font-semibold' : ''}`}>
            <th scope="row" className="w-2/5 py-0.5 pr-2 text-xs font-medium text-slate-700">
              {r.label}
            </th>
            <td className="break-words py-0.5 font-mono text-xs">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
