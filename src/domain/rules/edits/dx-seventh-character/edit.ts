import { defineEdit, isNotChecked } from '../../define-edit';
import { SOURCES } from '../../sources';
import { codeLabel, diagnosisLines, icdReleaseFor, icdStatus, MAX_CODE_FIXES, moreText, replaceDiagnosisFix } from '../../support/icd';
import type { Fix, Hit } from '../../types';

type P = { line: number; code: string; problem: 'missing' | 'placeholder' | 'invalid'; stem: string; characters: string; suggestion: string; more: number; release: string };

/** Initial encounter, subsequent encounter and sequela first: the ones coders reach for. */
const FIRST = ['A', 'D', 'S'];
function characterOrder(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia !== ib) return (ia === -1 ? 9 : ia) - (ib === -1 ? 9 : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function orList(chars: readonly string[]): string {
  return chars.length <= 1 ? chars.join('') : `${chars.slice(0, -1).join(', ')} or ${chars[chars.length - 1]}`;
}

/** A code whose category takes a 7th character must have one, in 7th position (placeholder X before it). */
export const dxSeventhCharacter = defineEdit<P>({
  id: 'DX-SEVENTH-CHARACTER',
  title: '7th character missing, misplaced or not valid',
  severity: 'reject',
  category: 'diagnosis',
  source: SOURCES.icdGuidelines('Section I.A.4 (placeholder character X) and I.A.5 (7th characters)'),
  explain: (p) => {
    switch (p.problem) {
      case 'missing':
        return `Diagnosis ${p.line}: ${p.code} is incomplete: its codes take a 7th character (${p.characters}) after ${p.stem}${moreText(p.more)}.`;
      case 'placeholder':
        return `Diagnosis ${p.line}: ${p.code} lacks the placeholder X: the 7th character must sit in the 7th position, which makes it ${p.suggestion}.`;
      case 'invalid':
        return `Diagnosis ${p.line}: ${p.code} ends in a 7th character that ${p.stem} does not take; valid: ${p.characters}${moreText(p.more)}.`;
    }
  },
  rule: () =>
    'Some categories (injuries, poisonings, external causes, some obstetric and musculoskeletal codes) take a 7th character for the encounter or the fetus. It is required for every code of the category and must be the 7th character: a code shorter than six characters is filled with the placeholder X first (T15.01 + A → T15.01XA). A code without it, or with it in the wrong place, is invalid.',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    if (lines.length === 0) return [];
    const release = icdReleaseFor(doc, ctx);
    if (isNotChecked(release)) return release;
    const { view } = release;
    const hits: Hit<P>[] = [];
    for (const d of lines) {
      const key = d.key!;
      const status = icdStatus(view, key);
      const base = { line: d.index + 1, code: d.display, release: release.label };
      const path = ['claim', 'diagnoses', d.index, 'code'];
      if (status === 'placeholder') {
        const [s] = view.suggestWithPlaceholder(key);
        hits.push({ path, params: { ...base, problem: 'placeholder', stem: '', characters: '', suggestion: s!.display, more: 0 }, fixes: [replaceDiagnosisFix(doc, d.index, s!.display, `Use ${codeLabel(s!)}`)] });
        continue;
      }
      if (status !== 'needs-seventh' && status !== 'bad-seventh') continue;
      const info = view.seventhCharacter(key)!;
      const options = [...info.characters].sort((a, b) => characterOrder(a.char, b.char));
      const shown = options.slice(0, MAX_CODE_FIXES);
      const fixes: Fix[] = shown.map((o) => replaceDiagnosisFix(doc, d.index, o.entry.display, `Use ${codeLabel(o.entry)}`));
      hits.push({
        path,
        params: {
          ...base,
          problem: status === 'needs-seventh' ? 'missing' : 'invalid',
          stem: info.stemDisplay,
          characters: orList(options.map((o) => o.char)),
          suggestion: '',
          more: options.length - shown.length,
        },
        fixes,
      });
    }
    return hits;
  },
});
