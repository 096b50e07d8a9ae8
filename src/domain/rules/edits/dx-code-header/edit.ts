import type { CodeEntry } from '../../../codes';
import { defineEdit, isNotChecked } from '../../define-edit';
import { SOURCES } from '../../sources';
import { codeLabel, diagnosisLines, icdReleaseFor, icdStatus, MAX_CODE_FIXES, moreText, noteWords, rankByNote, replaceDiagnosisFix, withTitle } from '../../support/icd';
import type { Hit } from '../../types';

type P = { line: number; code: string; release: string; count: number; more: number; mention: string; mentionCode: string };

/** Shortest codes first (the direct children a coder usually means), then in code order. */
function byDepth(a: CodeEntry, b: CodeEntry): number {
  return a.code.length - b.code.length || (a.code < b.code ? -1 : 1);
}

/** A category or subcategory heading is not a billable code; its billable codes are offered. */
export const dxCodeHeader = defineEdit<P>({
  id: 'DX-CODE-HEADER',
  title: 'Diagnosis code is a heading, not a billable code',
  severity: 'reject',
  category: 'diagnosis',
  source: SOURCES.icdGuidelines('Section I.B.2 (a code is invalid if it is not coded to the full number of characters required)'),
  explain: (p) =>
    `Diagnosis ${p.line}: ${p.code} is a heading in ${p.release}, not a billable code; report one of its ${p.count} billable codes` +
    (p.mention ? ` (the note mentions '${p.mention}', which fits ${p.mentionCode})` : '') +
    `${moreText(p.more)}.`,
  rule: () =>
    'A three-character category is reported only when it has no subdivisions, and every code must be carried to its full number of characters. A heading with codes below it is not billable, and a claim with one is rejected as invalid diagnosis coding.',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    if (lines.length === 0) return [];
    const release = icdReleaseFor(doc, ctx);
    if (isNotChecked(release)) return release;
    const hits: Hit<P>[] = [];
    for (const d of lines) {
      if (icdStatus(release.view, d.key!) !== 'header') continue;
      const heading = release.view.lookup(d.key!)!;
      const codes = [...release.view.billableDescendants(d.key!)].sort(byDepth);
      const ranked = rankByNote(heading.longTitle, codes, noteWords(doc.note));
      const shown = ranked.slice(0, MAX_CODE_FIXES);
      const top = ranked[0];
      const mentioned = top && top.mentions.length > 0 ? top : undefined;
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: {
          line: d.index + 1,
          code: withTitle(d.display, heading.longTitle),
          release: release.label,
          count: codes.length,
          more: codes.length - shown.length,
          mention: mentioned ? mentioned.mentions.join("', '") : '',
          mentionCode: mentioned ? mentioned.entry.display : '',
        },
        fixes: shown.map((r) => replaceDiagnosisFix(doc, d.index, r.entry.display, `Use ${codeLabel(r.entry)}`)),
      });
    }
    return hits;
  },
});
