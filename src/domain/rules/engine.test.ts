import { describe, expect, it } from 'vitest';
import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { starterProcedureTables } from '@/testing/procedure-fixtures';
import { defineEdit } from './define-edit';
import { countFindings, runEdits } from './engine';
import { EDITS } from './registry';
import { DENIALS } from './sources';
import type { Edit, Params } from './types';

// The reference data the workbench always has: the starter code sets, the starter rule packs and the starter procedure tables.
const ctx = { profile: 'DOH' as const, tables: { ...starterContext().tables!, ...starterProcedureTables() } };

const throwing = defineEdit<Params>({
  id: 'TEST-THROWS',
  title: 'Throws',
  severity: 'reject',
  category: 'completeness',
  source: { document: 'test' },
  explain: () => 'never',
  rule: () => 'never',
  check: () => {
    throw new Error('boom');
  },
});
const notChecked = defineEdit<Params>({
  id: 'TEST-NOT-CHECKED',
  title: 'Needs a table',
  severity: 'warn',
  category: 'diagnosis',
  source: { document: 'test' },
  explain: () => 'x',
  rule: () => 'Needs the excludes table.',
  check: () => ({ notChecked: 'no Excludes1 pack is loaded' }),
});
const dhaOnly = defineEdit<{ a: number }>({
  id: 'TEST-DHA-ONLY',
  title: 'DHA only',
  severity: 'info',
  category: 'completeness',
  profiles: ['DHA'],
  source: { document: 'test' },
  explain: (p) => `hit ${p.a}`,
  rule: () => 'r',
  check: () => [{ path: ['claim', 'id'], params: { a: 1 } }],
});

describe('runEdits', () => {
  it('finds nothing on the clean reference claim', () => {
    expect(runEdits(aDoc().build(), ctx, EDITS)).toEqual([]);
  });

  it('keeps running when an edit throws, and says which edit failed', () => {
    const doc = aDoc().claim({ memberId: '' }).build();
    const findings = runEdits(doc, ctx, [throwing, ...EDITS]);
    expect(findings.map((f) => [f.editId, f.status])).toEqual([
      ['CLM-MEMBER-ID-MISSING', 'fail'],
      ['TEST-THROWS', 'edit-failed'],
    ]);
    expect(findings[1]!.message).toBe('Edit failed: TEST-THROWS could not check this claim (the check stopped with an error: boom). The other edits still ran; report this with the claim.');
  });

  it('reports a check that cannot run as "not checked", never as silence', () => {
    const [f] = runEdits(aDoc().build(), ctx, [notChecked]);
    expect(f).toMatchObject({ status: 'not-checked', severity: 'not-checked', message: 'Not checked: no Excludes1 pack is loaded', rule: 'Needs the excludes table.' });
  });

  it('runs profile-specific edits only under their profile, and applies settings', () => {
    const doc = aDoc().build();
    expect(runEdits(doc, ctx, [dhaOnly as unknown as Edit<Params>])).toEqual([]);
    expect(runEdits(doc, { ...ctx, profile: 'DHA' }, [dhaOnly as unknown as Edit<Params>]).map((f) => f.severity)).toEqual(['info']);
    expect(runEdits(doc, { ...ctx, profile: 'DHA' }, [dhaOnly as unknown as Edit<Params>], { disabledEdits: ['TEST-DHA-ONLY'], severityOverrides: {} })).toEqual([]);
    expect(runEdits(doc, { ...ctx, profile: 'DHA' }, [dhaOnly as unknown as Edit<Params>], { disabledEdits: [], severityOverrides: { 'TEST-DHA-ONLY': 'reject' } }).map((f) => f.severity)).toEqual(['reject']);
  });

  it('orders findings by severity, then claim order, and counts them', () => {
    const doc = aDoc().claim({ memberId: '', emiratesIdNumber: '111-1111-1111111-1' }).activity(0, { diagnosisLinks: [] }).encounter({ facilityId: '' }).build();
    const findings = runEdits(doc, ctx, [...EDITS, notChecked]);
    expect(findings.map((f) => `${f.severity}:${f.editId}@${f.path.join('.')}`)).toEqual([
      'reject:CLM-MEMBER-ID-MISSING@claim.memberId',
      'reject:ENC-REQUIRED-FIELDS@claim.encounter.facilityId',
      'warn:ACT-NO-DIAGNOSIS-LINK@claim.activities.0.diagnosisLinks',
      'info:CLM-EMIRATES-ID-PLACEHOLDER@claim.emiratesIdNumber',
      'not-checked:TEST-NOT-CHECKED@',
    ]);
    expect(countFindings(findings)).toEqual({ reject: 2, warn: 1, info: 1, notChecked: 1, editFailed: 0 });
  });

  it('carries the predicted denial code with its confidence', () => {
    const doc = aDoc().patient({ dateOfBirth: '2030-01-01' }).build();
    const [f] = runEdits(doc, ctx, EDITS);
    expect(f).toMatchObject({ editId: 'DOB-AFTER-DOS', denialCode: { code: 'CLAI-009', confidence: 'H' }, data: { dob: '01/01/2030', dos: '05/10/2025' } });
  });

  it('lets a table-driven hit name its own source and denial code (the table row’s)', () => {
    const tableDriven = defineEdit<Params>({
      id: 'TEST-TABLE-ROW',
      title: 'Table row',
      severity: 'reject',
      category: 'linkage',
      source: { document: 'edit source' },
      denialCode: DENIALS['MNEC-004'],
      explain: () => 'row fired',
      rule: () => 'r',
      check: () => [
        { path: ['claim', 'id'], params: {}, source: { document: 'CMS NCD 150.9', section: 'row 2' }, denialCode: DENIALS['MNEC-003'], discriminator: 'a' },
        { path: ['claim', 'id'], params: {}, discriminator: 'b' },
      ],
    });
    const findings = runEdits(aDoc().build(), ctx, [tableDriven]);
    expect(findings.map((f) => [f.key, f.source.document, f.denialCode?.code])).toEqual([
      ['TEST-TABLE-ROW@claim.id#a', 'CMS NCD 150.9', 'MNEC-003'],
      ['TEST-TABLE-ROW@claim.id#b', 'edit source', 'MNEC-004'],
    ]);
  });
});
