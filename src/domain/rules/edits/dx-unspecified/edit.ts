import { defineEdit, isNotChecked } from '../../define-edit';
import { SOURCES } from '../../sources';
import { codeLabel, diagnosisLines, icdReleaseFor, MAX_CODE_FIXES, moreText, noteWords, rankByNote, replaceDiagnosisFix, unspecifiedWithSiblings, withTitle } from '../../support/icd';
import type { Hit } from '../../types';

type P = { line: number; code: string; count: number; more: number; mention: string; mentionCode: string };

/** An unspecified code where its family has codes that say more: the note may support one. */
export const dxUnspecified = defineEdit<P>({
  id: 'DX-UNSPECIFIED',
  title: 'Unspecified diagnosis where more specific codes exist',
  severity: 'warn',
  category: 'diagnosis',
  source: SOURCES.dhamani('Diagnosis specificity: R07.9 submitted when the note supports R07.2'),
  explain: (p) =>
    p.mention
      ? `Diagnosis ${p.line}: ${p.code} is unspecified, and the note mentions '${p.mention}', which fits ${p.mentionCode}; its family has ${p.count} more specific codes${moreText(p.more)}.`
      : `Diagnosis ${p.line}: ${p.code} is unspecified; its family has ${p.count} more specific codes: use one if the record documents it${moreText(p.more)}.`,
  rule: () =>
    'Code to the highest specificity the documentation supports. An unspecified code is right only when the record says no more; when the note documents the type, site or side, payers reject or query the unspecified code (the Dhamani article: R07.9 where the note supports R07.2). A code whose words the note mentions is offered first; the note match is a prompt to read the note, not a coding decision.',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    if (lines.length === 0) return [];
    const release = icdReleaseFor(doc, ctx);
    if (isNotChecked(release)) return release;
    const hits: Hit<P>[] = [];
    for (const d of lines) {
      const spec = unspecifiedWithSiblings(release.view, d.key!);
      if (!spec) continue;
      const own = release.view.lookup(d.key!)!;
      const ranked = rankByNote(own.longTitle, spec.moreSpecific, noteWords(doc.note));
      const shown = ranked.slice(0, MAX_CODE_FIXES);
      const top = ranked[0]!;
      const mentioned = top.mentions.length > 0;
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: {
          line: d.index + 1,
          code: withTitle(d.display, own.longTitle),
          count: ranked.length,
          more: ranked.length - shown.length,
          mention: mentioned ? top.mentions.join("', '") : '',
          mentionCode: mentioned ? codeLabel(top.entry) : '',
        },
        fixes: shown.map((r) => replaceDiagnosisFix(doc, d.index, r.entry.display, `Use ${codeLabel(r.entry)}`)),
      });
    }
    return hits;
  },
});
