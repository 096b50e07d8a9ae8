import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { codeCatalogFromTables } from '../../../codes';
import { dateOfService } from '../../support/doc';
import { diagnosisLines, replaceDiagnosisFix } from '../../support/icd';
import type { Hit } from '../../types';

type P = { line: number; typed: string; display: string };

/**
 * A code typed without its dot, in lower case or with a trailing "-" is read and checked
 * as the code it stands for, and the coder is offered its canonical form (ADR 0040).
 */
export const dxCodeDisplay = defineEdit<P>({
  id: 'DX-CODE-DISPLAY',
  title: 'Diagnosis code not written in its standard form',
  severity: 'info',
  category: 'diagnosis',
  source: SOURCES.eclaim('Diagnosis.Code (ICD-10-CM code as published, with its dot)'),
  explain: (p) => `Diagnosis ${p.line}: "${p.typed}" was read as ${p.display}; the claim should carry it as ${p.display}.`,
  rule: () =>
    'ICD-10-CM codes are published and exchanged with a dot after the third character and in capitals (R07.9, S62.024A). The workbench reads other forms (R079, r07.9) as the same code, but a payer system comparing text may not, so write the standard form.',
  check: (doc, ctx) => {
    // Where a release is loaded, codes it does not hold as billable are reported (with fixes in standard form) by the validity edits.
    const dos = dateOfService(doc);
    const view = dos === '' ? undefined : codeCatalogFromTables(ctx.tables)?.viewFor('icd10cm', dos);
    const hits: Hit<P>[] = [];
    for (const d of diagnosisLines(doc)) {
      if (d.key === null || d.typed === d.display) continue;
      if (view && !view.lookup(d.key)?.billable) continue;
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: { line: d.index + 1, typed: d.typed, display: d.display },
        fixes: [replaceDiagnosisFix(doc, d.index, d.display, `Write ${d.display}`)],
      });
    }
    return hits;
  },
});
