import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { diagnosisLines, makePrincipalFix, MAX_CODE_FIXES, titleIn, withTitle } from '../../support/icd';
import { optionalIcdView } from '../../support/tables';
import type { Hit } from '../../types';

type P = { line: number; code: string; alone: boolean };

const EXTERNAL = /^[VWXY]/;
const INJURY = /^[ST]/;

/** External cause codes (V00–Y99) are never the principal or first-listed diagnosis. */
export const dxExternalCausePrincipal = defineEdit<P>({
  id: 'DX-EXTERNAL-CAUSE-PRINCIPAL',
  title: 'External cause code as principal diagnosis',
  severity: 'reject',
  category: 'diagnosis',
  denialCode: DENIALS['CODE-013'],
  source: SOURCES.icdGuidelines('Section I.C.20 (external cause codes are never principal or first-listed); MCE edit 2 (external cause code as principal diagnosis)'),
  explain: (p) =>
    p.alone
      ? `Diagnosis ${p.line}: ${p.code} is an external cause code (V00–Y99) and the only diagnosis; add the injury or condition it explains and make that principal.`
      : `Diagnosis ${p.line}: ${p.code} is an external cause code (V00–Y99) and cannot be the principal diagnosis; make the injury or condition it explains principal.`,
  rule: () =>
    'External cause codes (chapter 20, V00–Y99) say how an injury or health condition happened (cause, intent, place, activity, status). They are reported after the code of the injury or condition and are never the principal or first-listed diagnosis.',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    const hits: Hit<P>[] = [];
    const view = optionalIcdView(doc, ctx);
    for (const d of lines) {
      const alone = lines.length === 1;
      if (!EXTERNAL.test(d.key!) || !(d.principal || alone)) continue;
      const others = lines.filter((o) => !EXTERNAL.test(o.key!));
      const ordered = [...others.filter((o) => INJURY.test(o.key!)), ...others.filter((o) => !INJURY.test(o.key!))].slice(0, MAX_CODE_FIXES);
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: { line: d.index + 1, code: withTitle(d.display, titleIn(view, d.key)), alone },
        fixes: ordered.map((o) => makePrincipalFix(doc, o.index, `Make ${o.display} principal and ${d.display} secondary`)),
      });
    }
    return hits;
  },
});
