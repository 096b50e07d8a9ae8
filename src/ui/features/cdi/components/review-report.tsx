import type { CdiQuery } from '@/domain/claim';
import { STATUS_LABELS, type CdiReport } from '@/domain/cdi';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';

type Props = {
  report: CdiReport;
  queries: readonly CdiQuery[];
  printing: boolean;
  onReviewer: (name: string) => void;
  onSummary: (text: string) => void;
  onQueryStatus: (id: string, status: CdiQuery['status']) => void;
  onQueryRemove: (id: string) => void;
  onPrint: () => void;
  onCopy: () => void;
  onDownloadHtml: () => void;
  onDownloadJson: () => void;
};

const VERDICT: Record<string, string> = { '': 'Not decided', agree: 'Agree', disagree: 'Disagree' };

/** The review report: each code with its documentation status and the reviewer's verdict, prompts, queries. */
export function ReviewReport({ report, queries, printing, onReviewer, onSummary, onQueryStatus, onQueryRemove, onPrint, onCopy, onDownloadHtml, onDownloadJson }: Props) {
  return (
    <section aria-labelledby="cdi-report-h" className="rounded border border-slate-400 bg-white p-3" {...(printing ? { 'data-print-root': '' } : {})}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="cdi-report-h" tabIndex={-1} className="text-base font-semibold outline-none">
          Review report
        </h2>
        <div className="no-print flex flex-wrap gap-2">
          <Button variant="primary" onClick={onPrint}>
            Print report
          </Button>
          <Button onClick={onCopy}>Copy report</Button>
          <Button onClick={onDownloadHtml}>Download HTML</Button>
          <Button onClick={onDownloadJson}>Download JSON</Button>
        </div>
      </div>
      <div className="no-print mt-2 grid gap-2 md:grid-cols-2">
        <label className="block text-sm">
          <span className="font-medium">Reviewer</span>
          <input className={inputClass} value={report.reviewer} onChange={(e) => onReviewer(e.target.value)} />
        </label>
        <label className="block text-sm">
          <span className="font-medium">Review summary</span>
          <input className={inputClass} value={report.summary} onChange={(e) => onSummary(e.target.value)} />
        </label>
      </div>
      <p className="mt-2 text-sm">
        Claim {report.claimId || '—'} · patient {report.patientId || '—'} · encounter {report.encounterStart.replace('T', ' ') || '—'} · {report.setting} rules · reviewer {report.reviewer || '—'}
        {report.summary && <span className="hidden print:inline"> · {report.summary}</span>}
      </p>
      <table className="mt-2 w-full border-collapse text-left text-xs">
        <caption className="sr-only">Codes and their documentation</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {['Code', 'Title', 'Documentation', 'Phrases', 'Suggested', 'Reviewer', 'Comment'].map((h) => (
              <th key={h} scope="col" className="px-1 py-1">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={`${r.kind}${r.code}`} className="border-b border-slate-200 align-top">
              <td className="px-1 py-1 font-mono">{r.code}</td>
              <td className="px-1 py-1">{r.title}</td>
              <td className="px-1 py-1">{STATUS_LABELS[r.status]}</td>
              <td className="px-1 py-1">{r.phrases.map((p) => `“${p}”`).join(', ')}</td>
              <td className="px-1 py-1">{r.suggested}</td>
              <td className="px-1 py-1">{VERDICT[r.verdict]}</td>
              <td className="px-1 py-1">{r.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-3 text-sm font-semibold">Prompts</h3>
      {report.prompts.length === 0 ? (
        <p className="text-sm">None.</p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {report.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <h3 className="mt-3 text-sm font-semibold">Queries</h3>
      {queries.length === 0 ? (
        <p className="text-sm">No queries drafted.</p>
      ) : (
        <ul className="space-y-2">
          {queries.map((q) => (
            <li key={q.id} className={`rounded border border-slate-300 p-2 text-sm ${q.status === 'open' ? '' : 'print:hidden'}`}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">
                  {q.title} — {q.about}
                </span>
                <label className="no-print text-xs">
                  <span className="mr-1">Status of the query about {q.about}</span>
                  <select className="rounded border border-slate-400 px-1 py-0.5" value={q.status} onChange={(e) => onQueryStatus(q.id, e.target.value as CdiQuery['status'])}>
                    <option value="open">Open</option>
                    <option value="answered">Answered</option>
                    <option value="withdrawn">Withdrawn</option>
                  </select>
                </label>
                <span className="hidden print:inline">({q.status})</span>
                <Button size="sm" variant="ghost" className="no-print" onClick={() => onQueryRemove(q.id)}>
                  Delete query about {q.about}
                </Button>
              </div>
              <pre className="mt-1 whitespace-pre-wrap font-sans">{q.text}</pre>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-xs text-slate-700">Sources: {report.packs.join('; ')}.</p>
    </section>
  );
}
