import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { dateOfService } from '../../support/doc';
import { diagnosisKeys, diagnosisLines, makePrincipalFix, titleIn, withTitle } from '../../support/icd';
import { missingTable, optionalIcdView } from '../../support/tables';
import { findDefinitive, symptomRelationsFromTables } from '../../tables/symptom-relations';
import type { Hit } from '../../types';

type P = { line: number; code: string; definitive: string; definitiveLine: number; basis: string };

/** A symptom code (R00–R99) is not the principal diagnosis when a related definitive diagnosis is on the claim. */
export const dxSymptomPrincipal = defineEdit<P>({
  id: 'DX-SYMPTOM-PRINCIPAL',
  title: 'Symptom as principal diagnosis next to its definitive diagnosis',
  severity: 'warn',
  category: 'diagnosis',
  denialCode: DENIALS['CODE-013'],
  source: SOURCES.icdGuidelines('Section II.A (inpatient) and IV.D (outpatient): symptoms, signs and ill-defined conditions'),
  explain: (p) =>
    `Diagnosis ${p.line}: ${p.code} is a symptom coded as principal, but diagnosis ${p.definitiveLine}, ${p.definitive}, is a related definitive diagnosis. ${p.basis}`,
  rule: () =>
    'Codes for symptoms and signs (R00–R99) are not the principal or first-listed diagnosis when a related definitive diagnosis has been established; the definitive diagnosis is sequenced first, and a symptom that is routinely part of it is usually not coded at all. "Related" means the symptom is an integral feature of the condition, as the symptom–diagnosis table on the Rules page lists it, never merely the same body system.',
  check: (doc, ctx) => {
    const symptoms = diagnosisLines(doc).filter((d) => d.principal && d.key !== null && d.key.startsWith('R'));
    if (symptoms.length === 0) return [];
    const table = symptomRelationsFromTables(ctx.tables);
    if (!table) return { notChecked: missingTable('symptom–diagnosis relations', dateOfService(doc)) };
    const keys = diagnosisKeys(doc);
    const byIndex = new Map(diagnosisLines(doc).map((d) => [d.index, d]));
    const view = optionalIcdView(doc, ctx);
    const hits: Hit<P>[] = [];
    for (const s of symptoms) {
      const m = findDefinitive(table, s.key!, keys);
      if (!m) continue;
      const defKey = keys[m.line]!;
      const defDisplay = byIndex.get(m.line)!.display;
      hits.push({
        path: ['claim', 'diagnoses', s.index, 'code'],
        params: {
          line: s.index + 1,
          code: withTitle(s.display, titleIn(view, s.key)),
          definitive: withTitle(defDisplay, titleIn(view, defKey)),
          definitiveLine: m.line + 1,
          basis: m.relation.basis,
        },
        fixes: [makePrincipalFix(doc, m.line, `Make ${defDisplay} principal and ${s.display} secondary`)],
      });
    }
    return hits;
  },
});
