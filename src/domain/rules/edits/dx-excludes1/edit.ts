import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { dateOfService } from '../../support/doc';
import { diagnosisKeys, diagnosisLines, titleIn, withTitle } from '../../support/icd';
import { missingTable, optionalIcdView } from '../../support/tables';
import { excludes1FromTables, matchExcludes1 } from '../../tables/excludes1';
import type { Hit } from '../../types';

type P = { line: number; code: string; otherLine: number; other: string; noteAt: string; note: string; pack: string };

/** Two diagnoses an Excludes1 note keeps apart (unless the conditions are unrelated). */
export const dxExcludes1 = defineEdit<P>({
  id: 'DX-EXCLUDES1',
  title: 'Excludes1: two diagnoses that are not coded together',
  severity: 'warn',
  category: 'diagnosis',
  source: SOURCES.icdGuidelines('Section I.A.12.a (Excludes1); notes of the ICD-10-CM Tabular List'),
  explain: (p) =>
    `Diagnoses ${p.otherLine} and ${p.line}: ${p.other} and ${p.code} are not coded together. The tabular's Excludes1 note at ${p.noteAt} excludes "${p.note}", unless the two conditions are unrelated.`,
  rule: () =>
    'An Excludes1 note ("NOT CODED HERE") means the excluded code is never used at the same time as the code above the note: the two describe mutually exclusive forms (type 1 and type 2 diabetes, congenital and acquired). A note at a category applies to every code below it. The exception: when the two conditions are unrelated to each other, both may be reported; then acknowledge this warning with the reason. Otherwise keep the code the record supports and remove the other.',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    if (lines.length < 2) return [];
    const table = excludes1FromTables(ctx.tables);
    if (!table) return { notChecked: missingTable('Excludes1 pairs', dateOfService(doc)) };
    const keys = diagnosisKeys(doc);
    const view = optionalIcdView(doc, ctx);
    const hits: Hit<P>[] = [];
    const byIndex = new Map(lines.map((d) => [d.index, d]));
    const show = (i: number) => withTitle(byIndex.get(i)!.display, titleIn(view, keys[i] ?? null));
    for (const m of matchExcludes1(table, keys)) {
      hits.push({
        path: ['claim', 'diagnoses', m.second, 'code'],
        params: { line: m.second + 1, code: show(m.second), otherLine: m.first + 1, other: show(m.first), noteAt: m.rule.noteAt, note: m.rule.note, pack: `${m.rule.pack.name} ${m.rule.pack.version}` },
        discriminator: `with-${m.first + 1}`,
      });
    }
    return hits;
  },
});
