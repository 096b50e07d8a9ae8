import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { dateOfService } from '../../support/doc';
import { diagnosisLines, makePrincipalFix, MAX_CODE_FIXES, titleIn, withTitle, type DxLine } from '../../support/icd';
import { missingTable, optionalIcdView } from '../../support/tables';
import { mceFromTables, mceListsOf } from '../../tables/mce';
import type { Hit } from '../../types';

type P = { line: number; code: string; alone: boolean; basis: string; pack: string };

const ELSEWHERE = /\bin (?:other )?diseases classified elsewhere\b/i;

/** A manifestation code is never the principal diagnosis, nor the only one. */
export const dxManifestationPrincipal = defineEdit<P>({
  id: 'DX-MANIFESTATION-PRINCIPAL',
  title: 'Manifestation code as principal or only diagnosis',
  severity: 'reject',
  category: 'diagnosis',
  denialCode: DENIALS['CODE-013'],
  source: SOURCES.icdGuidelines('Section I.A.13 (etiology/manifestation convention); MCE edit 6 (manifestation code as principal diagnosis)'),
  explain: (p) =>
    p.alone
      ? `Diagnosis ${p.line}: ${p.code} is a manifestation code (${p.basis}) and the only diagnosis; code the underlying condition first, then ${p.code.split(' ')[0]}.`
      : `Diagnosis ${p.line}: ${p.code} is a manifestation code (${p.basis}) and cannot be the principal diagnosis; make the underlying condition principal.`,
  rule: () =>
    'Etiology/manifestation pairs: the underlying condition is coded first ("use additional code" at the etiology), the manifestation after it ("code first" at the manifestation). Manifestation codes, mostly titled "in diseases classified elsewhere", are never the principal or first-listed diagnosis and never reported alone.',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    const candidates = lines.filter((d) => d.principal || lines.length === 1);
    if (candidates.length === 0) return [];
    const mce = mceFromTables(ctx.tables);
    if (!mce) return { notChecked: missingTable('MCE lists', dateOfService(doc)) };
    const view = optionalIcdView(doc, ctx);
    const basisOf = (d: DxLine): string => {
      if (mceListsOf(mce, d.key!).includes('manifestation')) return 'on the MCE manifestation list';
      return ELSEWHERE.test(titleIn(view, d.key)) ? 'titled "in diseases classified elsewhere"' : '';
    };
    const hits: Hit<P>[] = [];
    for (const d of candidates) {
      const basis = basisOf(d);
      if (basis === '') continue;
      const alone = lines.length === 1;
      const others = lines.filter((o) => o.index !== d.index && basisOf(o) === '' && !/^[VWXY]/.test(o.key!)).slice(0, MAX_CODE_FIXES);
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: { line: d.index + 1, code: withTitle(d.display, titleIn(view, d.key)), alone, basis, pack: `${mce.pack.name} ${mce.pack.version}` },
        fixes: others.map((o) => makePrincipalFix(doc, o.index, `Make ${o.display} principal and ${d.display} secondary`)),
      });
    }
    return hits;
  },
});
