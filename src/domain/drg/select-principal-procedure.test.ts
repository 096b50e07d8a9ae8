import { describe, expect, it } from 'vitest';
import { selectPrincipalProcedure, type ProcedureCandidate } from './select-principal-procedure';

const p = (code: string, drgCode: string, pcat: string, mdc: string, hierarchyPosition: string): ProcedureCandidate => ({ code, drgCode, pcat, mdc, hierarchyPosition });

describe('selectPrincipalProcedure (§4.4.1 hierarchy)', () => {
  it.each<[string, ProcedureCandidate[], string, string | null, string | null]>([
    ['one procedure', [p('27447', '081301', '2', '08', '5')], '08', '27447', 'only-candidate'],
    ['step 1: the lowest PCAT wins', [p('47562', '071101', '3', '07', '2'), p('27447', '081301', '2', '08', '5')], '06', '27447', 'lowest-pcat'],
    [
      'step 2: same PCAT, the one with the principal diagnosis MDC wins',
      [p('47562', '071101', '2', '07', '2'), p('27447', '081301', '2', '08', '5'), p('33533', '051301', '4', '05', '1')],
      '08',
      '27447',
      'same-mdc',
    ],
    [
      'step 3: none with the principal diagnosis MDC, the first in the hierarchy wins',
      [p('47562', '071101', '2', '07', '4'), p('27447', '081301', '2', '08', '3')],
      '05',
      '27447',
      'hierarchy',
    ],
    [
      'step 3: several with the MDC, the first of those in the hierarchy wins',
      [p('A', '081301', '2', '08', '9'), p('B', '081302', '2', '08', '6'), p('C', '071101', '2', '07', '1')],
      '08',
      'B',
      'hierarchy',
    ],
    ['a tie in the same IR-DRG: the first listed', [p('A', '081301', '2', '08', '3'), p('B', '081301', '2', '08', '3')], '08', 'A', 'tie'],
    ['no candidates', [], '08', null, null],
  ])('%s', (_name, candidates, mdc, chosen, rule) => {
    const r = selectPrincipalProcedure(candidates, mdc);
    expect([r.result.chosen?.code ?? null, r.result.decidedBy]).toEqual([chosen, rule]);
  });

  it('explains each step it took', () => {
    const r = selectPrincipalProcedure([p('47562', '071101', '2', '07', '4'), p('27447', '081301', '2', '08', '3')], '05');
    expect(r.steps.map((s) => [s.id, s.substituted, s.result])).toEqual([
      ['principal.pcat', '47562 → 071101 (PCAT 2), 27447 → 081301 (PCAT 2)', 'PCAT 2: 47562, 27447'],
      ['principal.mdc', 'principal diagnosis MDC 05; 47562 → 071101 (MDC 07), 27447 → 081301 (MDC 08)', 'none'],
      ['principal.hierarchy', '47562 → 071101 (position 4), 27447 → 081301 (position 3)', '27447'],
    ]);
    expect(r.steps[2]?.note).toBe('No lowest-PCAT procedure has the principal diagnosis MDC, so the hierarchy decides among all of them.');
    expect(r.steps.every((s) => s.source === 'DOH Addendum 05 §4.4.1')).toBe(true);
  });

  it('reports a tie and leaves out candidates with bad numbers', () => {
    const r = selectPrincipalProcedure([p('A', '081301', '2', '08', '3'), p('B', '081301', '2', '08', '3'), p('C', '081302', 'x', '08', '1')], '');
    expect(r.result.tiedWith.map((c) => c.code)).toEqual(['B']);
    expect(r.result.issues.map((i) => i.message)).toEqual(['Procedure C: PCAT and hierarchy position must be whole numbers, found "x" and "1"; it is left out.']);
    expect(r.steps[1]?.substituted).toBe('principal diagnosis MDC (unknown); A → 081301 (MDC 08), B → 081301 (MDC 08)');
    expect(r.steps[2]?.note).toBe('A, B lead to IR-DRGs at the same position; the first listed is taken, and they give the same IR-DRG position either way.');
  });
});
