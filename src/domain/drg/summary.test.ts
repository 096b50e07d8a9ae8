import { describe, expect, it } from 'vitest';
import { calculateDrgPayment } from './calculate-drg-payment';
import { toDrgExplanationMarkdown, toDrgSummaryRows } from './summary';
import { drgInput, TEST_TABLES } from '@/testing/drg-fixtures';

describe('toDrgSummaryRows', () => {
  it('lists the result table of a split stay', () => {
    const r = calculateDrgPayment(
      drgInput({ cost: { kind: 'manual', amount: '66500' }, split: { payer1LastCoveredDate: '2025-10-04', leadingSurgeryStart: '2025-10-06T09:00' } }),
      TEST_TABLES,
    ).result;
    expect(toDrgSummaryRows(r).map((row) => [row.id, row.value])).toEqual([
      ['status', 'complete'],
      ['drg', '111101 IP MAJOR JOINT PROCEDURE (test) (Test weights 2025)'],
      ['parameters', 'DOH Basic product: base rate 8500, gap 25000, marginal 60%'],
      ['los', '10.00'],
      ['drg-amount', '12750.00'],
      ['add-on', '0.00'],
      ['base', '12750.00'],
      ['cost', '66500.00 (entered by hand)'],
      ['outlier', '17250.00 cost outlier (service code 99)'],
      ['cahms', 'none'],
      ['t', '30000.00'],
      ['total', '30000.00'],
      ['split-rule', 'surgical-formula'],
      ['split-days', '4 / 10'],
      ['payer1', '17400.00 (DRG 17400.00 + CAHMS 0.00)'],
      ['payer2', '12600.00 (DRG 12600.00 + CAHMS 0.00)'],
      ['payer1-lines', 'Type 9 111101: 7395.00; Type 8 99: 10005.00'],
      ['payer2-lines', 'Type 9 111101: 5355.00; Type 8 99: 7245.00'],
      ['lines', 'Type 9 111101: 12750.00; Type 8 99: 17250.00'],
    ]);
  });

  it('shows what is missing on an incomplete or undecided result', () => {
    const undecided = calculateDrgPayment(drgInput({ caseType: 'unknown', split: { payer1LastCoveredDate: '2025-10-04' } }), TEST_TABLES).result;
    expect(toDrgSummaryRows(undecided).filter((r) => ['outlier', 'split-rule', 'split-days'].includes(r.id)).map((r) => r.value)).toEqual([
      'not evaluated (no cost)',
      'undecided',
      '4 / 10',
    ]);
    const incomplete = calculateDrgPayment(drgInput({ drgCode: '' }), TEST_TABLES).result;
    expect(toDrgSummaryRows(incomplete).map((r) => r.id)).toEqual(['status']);
  });
});

describe('toDrgExplanationMarkdown', () => {
  it('escapes pipes and lists issues, notes and assumptions', () => {
    const calc = calculateDrgPayment(drgInput({ drgCode: '051101', caseType: 'medical' }), TEST_TABLES);
    const md = toDrgExplanationMarkdown('A | B', calc, 'Intro.');
    expect(md.startsWith('# A | B\n\nIntro.\n\n## Result')).toBe(true);
    expect(md).toContain('- warning `drg.cost.missing`: No cost given');
    expect(md).toContain('| Rounding of exact halves (`roundingTieBreak`) | half-up | half-up |');
    expect(md).toContain('| 7 | DRG amount, to a whole AED | round(Base rate × RW₄, 0) | round(8508.5, 0) | 8509 | whole AED half-up | DOH Addendum 05 §4.4.2.1; assumption roundingTieBreak = half-up (default) |');
  });
});
