import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { dateOfService } from '../../support/doc';
import { diagnosisLines, titleIn, withTitle } from '../../support/icd';
import { missingTable, optionalIcdView } from '../../support/tables';
import { MCE_LIST_INFO, mceFromTables, mceListsOf } from '../../tables/mce';
import type { Hit } from '../../types';

type P = { line: number; code: string; list: string; sex: string; pack: string };

/** A diagnosis on the MCE female-only or male-only list for a patient of the other sex. */
export const dxSexConflict = defineEdit<P>({
  id: 'DX-SEX-CONFLICT',
  title: 'Diagnosis inconsistent with the patient’s sex',
  severity: 'reject',
  category: 'diagnosis',
  denialCode: DENIALS['CODE-014'],
  source: SOURCES.mce('Sex conflict edit (5): female-only (5A) and male-only (5C) diagnosis lists'),
  explain: (p) => `Diagnosis ${p.line}: ${p.code} is on the MCE ${p.list} list, but the patient is ${p.sex}.`,
  rule: () =>
    'The Medicare Code Editor lists diagnoses that fit only one sex: pregnancy and gynaecological codes are female-only, prostate and testicular codes male-only. A diagnosis for the other sex means the code or the patient’s sex is wrong; DOH and DHA reject it as inconsistent with the patient’s gender (CODE-014).',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    if (lines.length === 0) return [];
    const mce = mceFromTables(ctx.tables);
    if (!mce) return { notChecked: missingTable('MCE lists', dateOfService(doc)) };
    const listed = lines.flatMap((d) => mceListsOf(mce, d.key!).filter((l) => l === 'female' || l === 'male').map((list) => ({ d, list })));
    if (listed.length === 0) return [];
    const sex = doc.patient.sex.trim().toUpperCase();
    if (sex !== 'F' && sex !== 'M') {
      const which = listed.map(({ d, list }) => `${d.display} (${MCE_LIST_INFO[list].label})`).join(', ');
      const recorded = sex === '' ? "the patient's sex is not given" : `the patient's sex is recorded as ${sex} (not F or M)`;
      return { notChecked: `${recorded}, so the sex limits of ${which} were not checked.` };
    }
    const view = optionalIcdView(doc, ctx);
    const hits: Hit<P>[] = [];
    for (const { d, list } of listed) {
      if ((list === 'female' && sex === 'F') || (list === 'male' && sex === 'M')) continue;
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: { line: d.index + 1, code: withTitle(d.display, titleIn(view, d.key) || (mce.titles.get(d.key!) ?? '')), list: MCE_LIST_INFO[list].label, sex: sex === 'M' ? 'male' : 'female', pack: `${mce.pack.name} ${mce.pack.version}` },
      });
    }
    return hits;
  },
});
