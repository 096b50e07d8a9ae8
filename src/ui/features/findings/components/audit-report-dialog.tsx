import { useMemo } from 'react';
import type { EncounterDocument } from '@/domain/claim';
import { auditReportText, buildAuditReport, type Finding } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { useToast } from '@/ui/components/toaster';
import { copyText, downloadText, nowIsoSeconds, safeFileName } from '@/ui/lib/browser';
import { useUserName } from '@/ui/lib/user-name';
import { SeverityBadge } from './severity';

type Props = { open: boolean; onClose: () => void; document: EncounterDocument; findings: readonly Finding[] };

/** The claim's audit report: findings, acknowledgements (who, when, why); print, copy or download. */
export function AuditReportDialog({ open, onClose, document: doc, findings }: Props) {
  const user = useUserName();
  const { show } = useToast();
  const report = useMemo(() => (open ? buildAuditReport(doc, findings, { generatedAt: nowIsoSeconds(), generatedBy: user }) : null), [open, doc, findings, user]);
  if (!report) return <Dialog open={false} onClose={onClose} title="Audit report">{null}</Dialog>;
  const base = `audit-${safeFileName(report.claimId || 'claim')}`;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Audit report"
      size="xl"
      footer={
        <>
          <Button onClick={() => void copyText(auditReportText(report)).then((ok) => show(ok ? 'Report copied as text.' : 'The browser did not allow copying.', { tone: ok ? 'success' : 'error' }))}>Copy as text</Button>
          <Button onClick={() => downloadText(`${base}.txt`, auditReportText(report), 'text/plain')}>Download text</Button>
          <Button onClick={() => downloadText(`${base}.json`, JSON.stringify(report, null, 2), 'application/json')}>Download JSON</Button>
          <Button variant="primary" onClick={() => window.print()}>
            Print
          </Button>
        </>
      }
    >
      <div className="print-area space-y-2 text-sm" data-print-root>
        <h3 className="text-base font-semibold">Claim {report.claimId || '(no claim ID)'}</h3>
        <p>
          Patient ID {report.patientId || '—'} · date of service {report.dateOfService || '—'} · {report.payerProfile}
          <br />
          Generated {report.generatedAt.replace('T', ' ')} by {report.generatedBy || 'unnamed user'}
        </p>
        {report.rows.length === 0 ? (
          <p>No findings.</p>
        ) : (
          <table className="w-full border-collapse text-left text-xs">
            <caption className="sr-only">Findings and acknowledgements</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {['Severity', 'Status', 'Line', 'Finding', 'Source', 'Predicts', 'Acknowledgement'].map((h) => (
                  <th key={h} scope="col" className="px-1 py-1">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r, i) => (
                <tr key={i} className="border-b border-slate-200 align-top">
                  <td className="px-1 py-1">
                    <SeverityBadge severity={r.severity} />
                  </td>
                  <td className="px-1 py-1">{r.status}</td>
                  <td className="px-1 py-1">{r.line}</td>
                  <td className="px-1 py-1">
                    {r.message}
                    <div className="font-mono text-slate-600">{r.editId}</div>
                  </td>
                  <td className="px-1 py-1">{r.source}</td>
                  <td className="px-1 py-1 font-mono">{r.denialCode}</td>
                  <td className="px-1 py-1">{r.status === 'acknowledged' ? `${r.acknowledgedBy || 'unnamed'}, ${r.acknowledgedAt.replace('T', ' ')}: ${r.reason}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {report.staleAcknowledgements.length > 0 && (
          <div>
            <h4 className="font-semibold">Acknowledgements of findings that no longer fire</h4>
            <ul className="list-disc pl-5 text-xs">
              {report.staleAcknowledgements.map((a) => (
                <li key={a.findingKey}>
                  {a.editId} — {a.by || 'unnamed'}, {a.at.replace('T', ' ')}: {a.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Dialog>
  );
}
