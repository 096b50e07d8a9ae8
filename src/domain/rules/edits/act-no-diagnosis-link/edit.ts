import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { filled, isProcedureLine } from '../../support/doc';
import type { Hit } from '../../types';

type P = { line: number; code: string; principal: string };

/** Every CPT/HCPCS line points at the diagnosis it was performed for. */
export const actNoDiagnosisLink = defineEdit<P>({
  id: 'ACT-NO-DIAGNOSIS-LINK',
  title: 'Procedure linked to no diagnosis',
  severity: 'warn',
  category: 'linkage',
  denialCode: DENIALS['MNEC-004'],
  source: SOURCES.dhamani('CPT and diagnosis linkage: every CPT procedure code needs to be linked to a diagnosis code that medically justifies the procedure'),
  explain: (p) => `Activity ${p.line} (${p.code || 'no code'}) is not linked to any diagnosis.`,
  rule: () =>
    'Each CPT or HCPCS line must name the diagnosis that justifies it (the diagnosis pointer). Without a link the payer cannot see medical necessity and denies the line. Read the note and link the condition the service was for, not simply the first diagnosis on the form.',
  check: (doc) => {
    const principal = doc.claim.diagnoses.find((d) => d.type.trim().toLowerCase() === 'principal' && filled(d.code));
    const hits: Hit<P>[] = [];
    doc.claim.activities.forEach((a, i) => {
      if (!isProcedureLine(a) || a.diagnosisLinks.some(filled)) return;
      const code = principal?.code.trim() ?? '';
      hits.push({
        path: ['claim', 'activities', i, 'diagnosisLinks'],
        params: { line: i + 1, code: a.code.trim(), principal: code },
        ...(code ? { fixes: [{ label: `Link the principal diagnosis ${code}`, patches: [{ op: 'set' as const, path: ['claim', 'activities', i, 'diagnosisLinks'], value: [code] }] }] } : {}),
      });
    });
    return hits;
  },
});
