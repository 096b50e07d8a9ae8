import type { CdiAnalysis, Mention } from '@/domain/cdi';

/** A stretch of the note: plain text, or a marked phrase with the mentions it holds. */
export type NoteSegment =
  | { readonly kind: 'text'; readonly text: string; readonly start: number }
  | { readonly kind: 'phrase'; readonly text: string; readonly start: number; readonly end: number; readonly mentions: readonly Mention[]; readonly key: string };

/** A code reference as the screen names it: `dx:0`, `act:1`. */
export type CodeRef = `${'dx' | 'act'}:${number}`;

export const mentionKey = (m: Pick<Mention, 'start' | 'end'>): string => `${m.start}:${m.end}`;

/**
 * Cuts the note into plain text and marked phrases. Overlapping mentions (a cue
 * inside a condition, "with CKD" and "CKD") share one phrase.
 * @example noteSegments('No chest pain.', mentions) //=> [{ kind: 'text', text: 'No ' }, { kind: 'phrase', text: 'chest pain', … }, { kind: 'text', text: '.' }]
 */
export function noteSegments(note: string, mentions: readonly Mention[]): NoteSegment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: { start: number; end: number; mentions: Mention[] }[] = [];
  for (const m of sorted) {
    const last = groups[groups.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.mentions.push(m);
    } else groups.push({ start: m.start, end: m.end, mentions: [m] });
  }
  const out: NoteSegment[] = [];
  let at = 0;
  for (const g of groups) {
    if (g.start > at) out.push({ kind: 'text', text: note.slice(at, g.start), start: at });
    out.push({ kind: 'phrase', text: note.slice(g.start, g.end), start: g.start, end: g.end, mentions: g.mentions, key: `${g.start}:${g.end}` });
    at = g.end;
  }
  if (at < note.length) out.push({ kind: 'text', text: note.slice(at), start: at });
  return out;
}

/** For each mention key, the codes on the claim it supports. */
export function codesByMention(analysis: CdiAnalysis): ReadonlyMap<string, readonly CodeRef[]> {
  const map = new Map<string, CodeRef[]>();
  for (const c of analysis.codes) {
    const ref: CodeRef = `${c.kind}:${c.index}`;
    for (const m of c.evidence) {
      const k = mentionKey(m);
      const list = map.get(k) ?? [];
      if (!list.includes(ref)) list.push(ref);
      map.set(k, list);
    }
  }
  return map;
}

/** For each mention key, the more specific codes it documents (evidence of a suggested replacement). */
export function suggestionsByMention(analysis: CdiAnalysis): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const c of analysis.codes) {
    if (!c.gap) continue;
    for (const m of c.gap.evidence) {
      const k = mentionKey(m);
      const list = map.get(k) ?? [];
      if (!list.includes(c.gap.suggested)) list.push(c.gap.suggested);
      map.set(k, list);
    }
  }
  return map;
}
