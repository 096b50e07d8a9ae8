import type { CdiDecision, CdiQuery, CdiReview, EncounterDocument } from '../claim';
import { uniqueTexts, type CdiAnalysis, type CodeKind, type SupportStatus } from './check-support';

export const STATUS_LABELS: Readonly<Record<SupportStatus, string>> = {
  supported: 'Supported',
  partly: 'Partly supported',
  'not-found': 'Not found in note',
  'not-checked': 'Not checked',
};

export type ReportRow = {
  readonly kind: CodeKind;
  readonly code: string;
  readonly title: string;
  readonly status: SupportStatus;
  readonly statusLabel: string;
  readonly reasons: readonly string[];
  readonly phrases: readonly string[];
  readonly suggested: string;
  readonly verdict: CdiDecision['verdict'];
  readonly comment: string;
};

export type CdiReport = {
  readonly claimId: string;
  readonly patientId: string;
  readonly encounterStart: string;
  readonly setting: CdiAnalysis['setting'];
  readonly reviewer: string;
  readonly reviewedAt: string;
  readonly summary: string;
  readonly rows: readonly ReportRow[];
  readonly prompts: readonly string[];
  readonly openQueries: readonly CdiQuery[];
  readonly packs: readonly string[];
};

/** The reviewer's decision on a code, matched by kind and code. @example decisionFor(review, 'dx', 'K21.9')?.verdict //=> 'disagree' */
export function decisionFor(review: CdiReview | undefined, kind: CodeKind, code: string): CdiDecision | undefined {
  return review?.decisions.find((d) => d.kind === kind && d.code === code);
}

/**
 * The CDI review report of one encounter: each code with its documentation status,
 * the reviewer's verdict and comment, the prompts and the open queries.
 * @param reviewedAt ISO timestamp set by the caller (the domain has no clock)
 * @param packs the packs used, as `name version` (printed as the source)
 * @example buildCdiReport(doc, analysis, doc.cdiReview, '2025-11-18T10:00:00', ['CDI documentation cues (starter) 2025.1']).rows[0]
 * //=> { code: 'K21.9', status: 'not-found', statusLabel: 'Not found in note', verdict: 'disagree', … }
 */
export function buildCdiReport(doc: EncounterDocument, analysis: CdiAnalysis, review: CdiReview | undefined, reviewedAt: string, packs: readonly string[]): CdiReport {
  return {
    claimId: doc.claim.id,
    patientId: doc.claim.encounter.patientId,
    encounterStart: doc.claim.encounter.start,
    setting: analysis.setting,
    reviewer: review?.reviewer ?? '',
    reviewedAt,
    summary: review?.summary ?? '',
    rows: analysis.codes.map((c) => {
      const d = decisionFor(review, c.kind, c.code);
      return {
        kind: c.kind,
        code: c.code,
        title: c.title,
        status: c.status,
        statusLabel: STATUS_LABELS[c.status],
        reasons: c.reasons,
        phrases: uniqueTexts(c.evidence),
        suggested: c.gap ? `${c.gap.suggested} ${c.gap.title}` : '',
        verdict: d?.verdict ?? '',
        comment: d?.comment ?? '',
      };
    }),
    prompts: analysis.prompts.map((p) => p.message),
    openQueries: (review?.queries ?? []).filter((q) => q.status === 'open'),
    packs,
  };
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const VERDICT_LABELS: Readonly<Record<CdiDecision['verdict'], string>> = { '': 'Not decided', agree: 'Agree', disagree: 'Disagree' };

/**
 * The report as a self-contained HTML page (inline styles only, nothing loaded from elsewhere).
 * @example renderCdiReportHtml(report).startsWith('<!doctype html>') //=> true
 */
export function renderCdiReportHtml(r: CdiReport): string {
  const rows = r.rows
    .map(
      (row) =>
        `<tr><td>${esc(row.code)}</td><td>${esc(row.title)}</td><td><strong>${esc(row.statusLabel)}</strong><br>${row.reasons.map(esc).join('<br>')}</td><td>${row.phrases.map((p) => `“${esc(p)}”`).join(', ')}</td><td>${esc(row.suggested)}</td><td>${esc(VERDICT_LABELS[row.verdict])}</td><td>${esc(row.comment)}</td></tr>`,
    )
    .join('\n');
  const prompts = r.prompts.length > 0 ? `<ul>${r.prompts.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '<p>None.</p>';
  const queries = r.openQueries.length > 0 ? r.openQueries.map((q) => `<h3>${esc(q.title)} — ${esc(q.about)}</h3><pre>${esc(q.text)}</pre>`).join('\n') : '<p>None.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CDI review ${esc(r.claimId)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}pre{white-space:pre-wrap;border:1px solid #999;padding:8px}</style>
</head><body>
<h1>CDI review — claim ${esc(r.claimId)}</h1>
<p>Patient ${esc(r.patientId)} · encounter ${esc(r.encounterStart)} · ${esc(r.setting)} · reviewer ${esc(r.reviewer || '—')} · ${esc(r.reviewedAt)}</p>
${r.summary ? `<p>${esc(r.summary)}</p>` : ''}
<h2>Codes</h2>
<table><thead><tr><th>Code</th><th>Title</th><th>Documentation</th><th>Supporting phrases</th><th>Suggested</th><th>Reviewer</th><th>Comment</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Prompts</h2>
${prompts}
<h2>Open queries</h2>
${queries}
<p>Sources: ${r.packs.map(esc).join('; ')}.</p>
</body></html>
`;
}

/**
 * The report as plain text (for the clipboard).
 * @example cdiReportText(report).split('\n')[0] //=> 'CDI review — claim MF4821-OP-000188'
 */
export function cdiReportText(r: CdiReport): string {
  const lines = [
    `CDI review — claim ${r.claimId}`,
    `Patient ${r.patientId} · encounter ${r.encounterStart} · ${r.setting} · reviewer ${r.reviewer || '—'} · ${r.reviewedAt}`,
    ...(r.summary ? ['', r.summary] : []),
    '',
    'Codes:',
    ...r.rows.map(
      (row) =>
        `- ${row.code} ${row.title}: ${row.statusLabel}${row.phrases.length > 0 ? ` (${row.phrases.map((p) => `"${p}"`).join(', ')})` : ''}${row.suggested ? `; suggested ${row.suggested}` : ''}; reviewer: ${VERDICT_LABELS[row.verdict]}${row.comment ? ` — ${row.comment}` : ''}`,
    ),
    '',
    'Prompts:',
    ...(r.prompts.length > 0 ? r.prompts.map((p) => `- ${p}`) : ['- None.']),
    '',
    'Open queries:',
    ...(r.openQueries.length > 0 ? r.openQueries.flatMap((q) => [`--- ${q.title} (${q.about})`, q.text]) : ['- None.']),
    '',
    `Sources: ${r.packs.join('; ')}.`,
  ];
  return lines.join('\n');
}
