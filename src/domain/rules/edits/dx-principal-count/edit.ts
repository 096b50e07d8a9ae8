import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import type { Fix, Hit } from '../../types';

type P = { count: number; lines: string };

/** Exactly one principal diagnosis. */
export const dxPrincipalCount = defineEdit<P>({
  id: 'DX-PRINCIPAL-COUNT',
  title: 'Not exactly one principal diagnosis',
  severity: 'reject',
  category: 'diagnosis',
  denialCode: DENIALS['CODE-013'],
  source: SOURCES.icdGuidelines('Section II (selection of principal diagnosis) and Section IV (first-listed diagnosis); e-claim Diagnosis.Type'),
  explain: (p) => (p.count === 0 ? 'No diagnosis is marked Principal.' : `${p.count} diagnoses are marked Principal (lines ${p.lines}); a claim has exactly one.`),
  rule: () =>
    'Every claim has exactly one diagnosis of type Principal: the condition chiefly responsible for the encounter (for inpatients, established after study to be chiefly responsible for the admission). Other diagnoses are Secondary (or Admitting / Reason for visit).',
  check: (doc) => {
    const ds = doc.claim.diagnoses;
    if (ds.length === 0) return []; // CLM-NO-LINES reports an empty claim
    const principal = ds.map((d, i) => (d.type.trim().toLowerCase() === 'principal' ? i : -1)).filter((i) => i >= 0);
    if (principal.length === 1) return [];
    const hits: Hit<P>[] = [];
    if (principal.length === 0) {
      const fixes: Fix[] = [{ label: `Make diagnosis 1 (${ds[0]!.code.trim() || 'first'}) principal`, patches: [{ op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Principal' }] }];
      hits.push({ path: ['claim', 'diagnoses', 0, 'type'], params: { count: 0, lines: '' }, fixes });
      return hits;
    }
    const [first, ...rest] = principal;
    hits.push({
      path: ['claim', 'diagnoses', rest[0]!, 'type'],
      params: { count: principal.length, lines: principal.map((i) => i + 1).join(', ') },
      fixes: [
        {
          label: `Keep diagnosis ${first! + 1} as principal; make the others Secondary`,
          patches: rest.map((i) => ({ op: 'set' as const, path: ['claim', 'diagnoses', i, 'type'], value: 'Secondary' })),
        },
      ],
    });
    return hits;
  },
});
