import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { dateOfService } from '../../support/doc';
import { diagnosisLines, makePrincipalFix, titleIn, withTitle } from '../../support/icd';
import { missingTable, optionalIcdView } from '../../support/tables';
import { firstListedFromTables, firstListedRuleFor } from '../../tables/first-listed';
import type { Hit } from '../../types';

type P = { line: number; code: string; type: string; listed: string; confidence: 'H' | 'M'; note: string };

/** Codes that may only be first-listed (Z00, Z01, Z34…) reported as secondary. */
export const dxFirstListedOnly = defineEdit<P>({
  id: 'DX-FIRST-LISTED-ONLY',
  title: 'First-listed-only code reported as secondary',
  severity: 'warn',
  category: 'diagnosis',
  source: SOURCES.icdGuidelines('Section I.C.21.c.16 (Z codes that may only be principal/first-listed diagnosis)'),
  explain: (p) =>
    `Diagnosis ${p.line}: ${p.code} is reported as ${p.type}, but ${p.listed} codes may only be the first-listed (principal) diagnosis` +
    (p.confidence === 'M' ? ' (this entry of the list is likely, from one source).' : '.'),
  rule: () =>
    'Some Z codes describe the reason for the whole encounter (a routine examination, supervision of a normal pregnancy, chemotherapy) and may only be reported as the principal or first-listed diagnosis, except when several encounters on the same day are combined into one record. Reported as secondary they are usually a sequencing error.',
  check: (doc, ctx) => {
    const secondary = diagnosisLines(doc).filter((d) => d.key !== null && !d.principal);
    if (secondary.length === 0) return [];
    const table = firstListedFromTables(ctx.tables);
    if (!table) return { notChecked: missingTable('first-listed-only codes', dateOfService(doc)) };
    const view = optionalIcdView(doc, ctx);
    const hits: Hit<P>[] = [];
    for (const d of secondary) {
      const rule = firstListedRuleFor(table, d.key!);
      if (!rule) continue;
      const type = doc.claim.diagnoses[d.index]!.type.trim() || 'no type';
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: { line: d.index + 1, code: withTitle(d.display, titleIn(view, d.key)), type, listed: rule.display, confidence: rule.confidence, note: rule.note },
        fixes: [makePrincipalFix(doc, d.index, `Make ${d.display} principal`)],
      });
    }
    return hits;
  },
});
