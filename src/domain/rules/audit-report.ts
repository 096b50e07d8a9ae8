import type { EncounterDocument } from '../claim';
import { PAYER_PROFILES } from '../claim';
import { formatDateTime } from '../shared/dates';
import { lineLabel, lineOf } from './paths';
import type { Finding } from './types';

/** One row of the audit report. */
export type AuditRow = {
  readonly severity: Finding['severity'];
  readonly status: 'open' | 'acknowledged' | 'not checked' | 'edit failed';
  readonly line: string;
  readonly editId: string;
  readonly message: string;
  readonly source: string;
  readonly denialCode: string;
  readonly acknowledgedBy: string;
  readonly acknowledgedAt: string;
  readonly reason: string;
};

export type AuditReport = {
  readonly claimId: string;
  readonly patientId: string;
  readonly dateOfService: string;
  readonly payerProfile: string;
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly rows: readonly AuditRow[];
  /** Acknowledgements whose finding no longer fires (the claim was changed since). */
  readonly staleAcknowledgements: readonly { editId: string; findingKey: string; by: string; at: string; reason: string }[];
};

/**
 * Builds the claim's audit report: every finding with its status, and every
 * acknowledgement with who, when and why. `generatedAt` is passed in (no clock here).
 * @example buildAuditReport(doc, findings, { generatedAt: '2025-10-05T10:00:00', generatedBy: 'A. Coder' }).rows.length
 */
export function buildAuditReport(doc: EncounterDocument, findings: readonly Finding[], meta: { generatedAt: string; generatedBy: string }): AuditReport {
  const acks = new Map(doc.acknowledgements.map((a) => [a.findingKey, a]));
  const rows: AuditRow[] = findings.map((f) => {
    const ack = acks.get(f.key);
    const status: AuditRow['status'] = f.status === 'not-checked' ? 'not checked' : f.status === 'edit-failed' ? 'edit failed' : ack ? 'acknowledged' : 'open';
    return {
      severity: f.severity,
      status,
      line: f.path.length ? lineLabel(lineOf(f.path)) : 'Whole claim',
      editId: f.editId,
      message: f.message,
      source: [f.source.document, f.source.section].filter(Boolean).join(', '),
      denialCode: f.denialCode ? `${f.denialCode.code}${f.denialCode.confidence === 'M' ? ' (likely)' : ''}` : '',
      acknowledgedBy: ack?.by ?? '',
      acknowledgedAt: ack?.at ?? '',
      reason: ack?.reason ?? '',
    };
  });
  const live = new Set(findings.map((f) => f.key));
  return {
    claimId: doc.claim.id,
    patientId: doc.claim.encounter.patientId,
    dateOfService: formatDateTime(doc.claim.encounter.start),
    payerProfile: PAYER_PROFILES[doc.payerProfile],
    generatedAt: meta.generatedAt,
    generatedBy: meta.generatedBy,
    rows,
    staleAcknowledgements: doc.acknowledgements.filter((a) => !live.has(a.findingKey)).map((a) => ({ editId: a.editId, findingKey: a.findingKey, by: a.by, at: a.at, reason: a.reason })),
  };
}

/** The report as plain text, for copying into a ticket or an e-mail. */
export function auditReportText(r: AuditReport): string {
  const lines = [
    `Claim audit report — ${r.claimId || '(no claim ID)'}`,
    `Patient ID: ${r.patientId || '—'}   Date of service: ${r.dateOfService || '—'}   Payer rules: ${r.payerProfile}`,
    `Generated ${r.generatedAt.replace('T', ' ')} by ${r.generatedBy || 'unnamed user'}`,
    '',
  ];
  if (r.rows.length === 0) lines.push('No findings.');
  for (const row of r.rows) {
    lines.push(`[${row.status.toUpperCase()}] ${row.severity} · ${row.line} · ${row.editId}${row.denialCode ? ` · predicts ${row.denialCode}` : ''}`);
    lines.push(`  ${row.message}`);
    lines.push(`  Source: ${row.source}`);
    if (row.status === 'acknowledged') lines.push(`  Acknowledged by ${row.acknowledgedBy || 'unnamed user'} at ${row.acknowledgedAt.replace('T', ' ')}: ${row.reason}`);
  }
  if (r.staleAcknowledgements.length) {
    lines.push('', 'Acknowledgements of findings that no longer fire:');
    for (const a of r.staleAcknowledgements) lines.push(`  ${a.editId} (${a.findingKey}) by ${a.by || 'unnamed user'} at ${a.at.replace('T', ' ')}: ${a.reason}`);
  }
  return lines.join('\n');
}
