import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { byDate, hasModifier, procedureLines } from '../../support/procedure';
import { FEE_TABLE_WORDS, referenceNotCheckedReason } from '../../support/reference';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import { withModifiers } from '../../support/procedure';
import type { Hit } from '../../types';

type P = { line: number; code: string; quote: string; table: string };

const BILATERAL_WORDS = /\b(bilateral(?:ly)?|both (?:sides|knees|ears|eyes|shoulders|hips|wrists|ankles|feet|hands|elbows|legs|arms|breasts|lungs|kidneys))\b/i;

/** The sentence of the note around a match (at most about 120 characters, cut at a word). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  const after = stops.length > 0 ? Math.min(...stops) + 1 : text.length;
  const sentence = text.slice(before, after).replace(/\s+/g, ' ').trim();
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/** The note says the procedure was bilateral, but its only line (bilateral indicator 1) has no 50 and no side. */
export const bilatNoteNo50 = defineEdit<P>({
  id: 'BILAT-NOTE-NO-50',
  title: 'Note says bilateral; line has no modifier 50',
  severity: 'warn',
  category: 'modifier',
  denialCode: DENIALS['PRCE-008'],
  source: SOURCES.dhamani('Modifier misuse: failing to apply modifier 50 for bilateral procedures'),
  explain: (p) => `The note says “${p.quote}”, and activity ${p.line} (${p.code}, bilateral indicator 1) has no modifier 50: if ${p.code} was done on both sides, the line needs 50 (one unit).`,
  rule: (p) =>
    'A procedure with bilateral-surgery indicator 1 done on both sides is billed as one line with modifier 50 and one unit (paid at 150 %). Billed without 50 it is paid as one side. Read the note: if the bilateral wording is about this procedure, add 50; if it is about something else, acknowledge this warning.' +
    (p.table ? ` Indicator from ${p.table}.` : ''),
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...FEE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const m = BILATERAL_WORDS.exec(doc.note);
    if (!m) return [];
    const quote = sentenceAround(doc.note, m.index, m.index + m[0].length);
    const hits: Hit<P>[] = [];
    for (const [date, lines] of byDate(procedureLines(doc))) {
      for (const l of lines) {
        if (lines.some((o) => o !== l && o.code === l.code)) continue; // two lines: BILAT-50-MISSING or BILAT-SIDE-CONFLICT
        if (['50', 'RT', 'LT'].some((x) => hasModifier(l, x)) || (l.quantity && l.quantity.greaterThan(1))) continue;
        const ind = lookup.find(l.code, date);
        if (ind?.bilateral !== '1') continue;
        hits.push({
          path: ['claim', 'activities', l.index, 'modifiers'],
          params: { line: l.line, code: l.code, quote, table: ind.source.label },
          fixes: [{ label: `Add modifier 50 to activity ${l.line}`, patches: [{ op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { add: ['50'] }) }] }],
        });
      }
    }
    return hits;
  },
});
