import { codeCatalogFromTables } from '../../../codes';
import { defineEdit, isNotChecked } from '../../define-edit';
import { SOURCES } from '../../sources';
import { diagnosisLines, icdReleaseFor, icdStatus, releaseLabel } from '../../support/icd';
import type { Hit } from '../../types';

type P = { line: number; code: string; release: string; dos: string; elsewhere: string };

/** A diagnosis code must exist in the ICD-10-CM release in force on the date of service. */
export const dxCodeUnknown = defineEdit<P>({
  id: 'DX-CODE-UNKNOWN',
  title: 'Diagnosis code not in the ICD-10-CM release in force',
  severity: 'reject',
  category: 'diagnosis',
  source: SOURCES.icdCodeFiles('the code set valid on the date of service (codes are valid per fiscal year, 1 October – 30 September)'),
  explain: (p) =>
    `Diagnosis ${p.line}: ${p.code} is not a code in ${p.release}, the release in force on ${p.dos}.` +
    (p.elsewhere ? ` It is a code in ${p.elsewhere}: check the date of service, or use the code that replaced it.` : ' Check it in the code lookup.'),
  rule: () =>
    'A diagnosis code is valid only if it is in the ICD-10-CM release in force on the date of service: codes are added, expanded and deleted every fiscal year (1 October). A code that is not in that release is rejected as an invalid diagnosis.',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    if (lines.length === 0) return [];
    const release = icdReleaseFor(doc, ctx);
    if (isNotChecked(release)) return release;
    const unknown = lines.filter((d) => icdStatus(release.view, d.key!) === 'unknown');
    if (unknown.length === 0) return [];
    if (!release.complete) {
      const codes = unknown.map((d) => d.display);
      const list = codes.length === 1 ? `${codes[0]} is` : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]} are`;
      return {
        notChecked: `${list} not in the ${release.label} (a few hundred common codes), so whether ${codes.length === 1 ? 'it is a valid code' : 'they are valid codes'} was not checked: import the CMS ICD-10-CM code file for ${release.dos} on the Code sets page.`,
      };
    }
    const catalog = codeCatalogFromTables(ctx.tables)!;
    const others = catalog.releases.filter((r) => r.system === 'icd10cm' && r.origin === 'imported' && r.id !== release.view.release.id);
    const hits: Hit<P>[] = [];
    for (const d of unknown) {
      const other = others.find((r) => catalog.view(r.id)?.lookup(d.key!)?.billable);
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: { line: d.index + 1, code: d.display, release: release.label, dos: release.dos, elsewhere: other ? releaseLabel(other) : '' },
      });
    }
    return hits;
  },
});
