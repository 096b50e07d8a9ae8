import { describe, expect, it } from 'vitest';
import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { starterProcedureTables } from '@/testing/procedure-fixtures';
import { auditReportText, buildAuditReport } from './audit-report';
import { runEdits } from './engine';
import { EDITS } from './registry';

describe('audit report', () => {
  it('lists findings with their status and acknowledgements, including stale ones', () => {
    const doc = aDoc()
      .claim({ memberId: '', emiratesIdNumber: '111-1111-1111111-1' })
      .with((d) => ({
        ...d,
        acknowledgements: [
          { findingKey: 'CLM-EMIRATES-ID-PLACEHOLDER@claim.emiratesIdNumber', editId: 'CLM-EMIRATES-ID-PLACEHOLDER', reason: 'Tourist, no card', by: 'A. Coder', at: '2025-10-05T10:00:00' },
          { findingKey: 'OLD@claim.id', editId: 'OLD', reason: 'gone', by: 'B', at: '2025-10-04T10:00:00' },
        ],
      }))
      .build();
    const findings = runEdits(doc, { profile: 'DOH', tables: { ...starterContext().tables!, ...starterProcedureTables() } }, EDITS);
    const report = buildAuditReport(doc, findings, { generatedAt: '2025-10-05T11:00:00', generatedBy: 'A. Coder' });
    expect(report.rows.map((r) => [r.status, r.editId, r.line, r.acknowledgedBy])).toEqual([
      ['open', 'CLM-MEMBER-ID-MISSING', 'Patient and payer', ''],
      ['acknowledged', 'CLM-EMIRATES-ID-PLACEHOLDER', 'Patient and payer', 'A. Coder'],
    ]);
    expect(report.staleAcknowledgements.map((a) => a.editId)).toEqual(['OLD']);
    expect(auditReportText(report)).toBe(
      [
        'Claim audit report — CLM-1',
        'Patient ID: MRN-1   Date of service: 05/10/2025 09:00   Payer rules: Abu Dhabi DOH (Shafafiya)',
        'Generated 2025-10-05 11:00:00 by A. Coder',
        '',
        '[OPEN] reject · Patient and payer · CLM-MEMBER-ID-MISSING',
        '  Member ID is empty; the payer cannot match the patient to a policy.',
        '  Source: Dhamani coding article: What providers must get right on coding and claims, Incomplete patient and encounter data: errors in insurance ID numbers',
        '[ACKNOWLEDGED] info · Patient and payer · CLM-EMIRATES-ID-PLACEHOLDER',
        '  Emirates ID 111-1111-1111111-1 is the placeholder for "Expatriate resident without a card"; confirm that this describes the patient.',
        '  Source: DHA eClaimLink data dictionary, Person.EmiratesIDNumber',
        '  Acknowledged by A. Coder at 2025-10-05 10:00:00: Tourist, no card',
        '',
        'Acknowledgements of findings that no longer fire:',
        '  OLD (OLD@claim.id) by B at 2025-10-04 10:00:00: gone',
      ].join('\n'),
    );
  });
});
