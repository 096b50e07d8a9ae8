import type { CueKind, CuePack } from './cue-pack';

/** How a mention is asserted in the note. */
export type Assertion = 'affirmed' | 'negated' | 'uncertain';

/** One sentence (or clause ended by `;`) of the note, with its character range. */
export type NoteSentence = { readonly index: number; readonly start: number; readonly end: number; readonly text: string };

/**
 * A term of the pack found in the note: a documentation cue (laterality, acuity…)
 * or a condition of a code family (`kind: 'condition'`, `value` = the family id).
 * `start`/`end` are character offsets into the note (end exclusive).
 */
export type Mention = {
  readonly kind: CueKind | 'condition';
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly assertion: Assertion;
  /** The negation or uncertainty trigger as written in the note (absent when affirmed). */
  readonly trigger?: string;
  /** The phrase from the trigger to the mention (or back), as written: `suspected atrial fibrillation`, `Denies chest pain`. */
  readonly assertedAs?: string;
};

export type NoteScan = { readonly sentences: readonly NoteSentence[]; readonly mentions: readonly Mention[] };

type Token = { readonly word: string; readonly start: number; readonly end: number };
type Span = { readonly from: number; readonly to: number };

/** Sentence ends: a new line, or `.;!?` followed by white space or the end (so `R07.2` and `1.5 mg` stay whole). */
const SENTENCE_END = /\n|[.;!?](?=\s|$)/g;
const WORD = /[a-z0-9]+/g;

function splitSentences(note: string): NoteSentence[] {
  const out: NoteSentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = note.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') out.push({ index: out.length, start: from + lead, end: from + lead + text.length, text });
  };
  for (const m of note.matchAll(SENTENCE_END)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(note.length);
  return out;
}

function tokenize(text: string, offset = 0): Token[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => ({ word: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

function termWords(term: string): string[] {
  return tokenize(term).map((t) => t.word);
}

/** A note word matches a term word when equal, or its plural (`sugars`, `fractures`). */
function sameWord(noteWord: string, termWord: string): boolean {
  return noteWord === termWord || noteWord === `${termWord}s` || noteWord === `${termWord}es`;
}

/** A term as word sequence with what it stands for. */
type Entry<T> = { readonly words: readonly string[]; readonly payload: T };
/** Terms indexed by their first word, for one pass over a sentence's tokens. */
type TermIndex<T> = ReadonlyMap<string, readonly Entry<T>[]>;

function indexTerms<T>(entries: readonly { term: string; payload: T }[]): TermIndex<T> {
  const map = new Map<string, Entry<T>[]>();
  for (const { term, payload } of entries) {
    const words = termWords(term);
    const first = words[0];
    if (first === undefined) continue;
    map.set(first, [...(map.get(first) ?? []), { words, payload }]);
  }
  return map;
}

/** The forms a note word may be the plural of (`sugars` → `sugar`, `fractures` → `fracture`, `sugares` → `sugar`). */
function baseForms(word: string): string[] {
  const out = [word];
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  return out;
}

function matchIndex<T>(tokens: readonly Token[], index: TermIndex<T>): { span: Span; payload: T }[] {
  const out: { span: Span; payload: T }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const form of baseForms(tokens[i]!.word)) {
      for (const e of index.get(form) ?? []) {
        if (i + e.words.length <= tokens.length && e.words.every((w, k) => sameWord(tokens[i + k]!.word, w))) out.push({ span: { from: i, to: i + e.words.length }, payload: e.payload });
      }
    }
  }
  return out;
}

type Compiled = {
  readonly negBefore: TermIndex<null>;
  readonly negAfter: TermIndex<null>;
  readonly uncBefore: TermIndex<null>;
  readonly uncAfter: TermIndex<null>;
  readonly terminators: TermIndex<null>;
  readonly cues: TermIndex<{ kind: CueKind; value: string }>;
  readonly conditions: TermIndex<{ kind: 'condition'; value: string }>;
};

// Packs are immutable values: compile each once.
const compiled = new WeakMap<CuePack, Compiled>();

function compile(pack: CuePack): Compiled {
  const hit = compiled.get(pack);
  if (hit) return hit;
  const plain = (terms: readonly string[]) => indexTerms(terms.map((term) => ({ term, payload: null })));
  const c: Compiled = {
    negBefore: plain(pack.negation.before),
    negAfter: plain(pack.negation.after),
    uncBefore: plain(pack.uncertainty.before),
    uncAfter: plain(pack.uncertainty.after),
    terminators: plain(pack.terminators),
    cues: indexTerms(pack.cues.flatMap((cue) => cue.terms.map((term) => ({ term, payload: { kind: cue.kind, value: cue.value } })))),
    conditions: indexTerms(pack.families.flatMap((f) => f.terms.map((term) => ({ term, payload: { kind: 'condition' as const, value: f.id } })))),
  };
  compiled.set(pack, c);
  return c;
}

const spans = (xs: readonly { span: Span }[]): Span[] => xs.map((x) => x.span);

type Candidate = { readonly kind: CueKind | 'condition'; readonly value: string; readonly span: Span };

/** Longest first; a candidate overlapping an accepted one is dropped ("acute on chronic" beats "acute" and "chronic"). */
function longestFirst(cands: readonly Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.span.to - b.span.from - (a.span.to - a.span.from) || a.span.from - b.span.from);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => c.span.from < k.span.to && k.span.from < c.span.to)) kept.push(c);
  }
  return kept.sort((a, b) => a.span.from - b.span.from || a.kind.localeCompare(b.kind));
}

type Scope = { readonly before: readonly Span[]; readonly after: readonly Span[] };

/**
 * NegEx-style scope: a trigger before the mention reaches `window` words forward, an
 * after-trigger reaches `window` words back; a terminator ("but", "however") between
 * them ends the reach. Sentences bound every scope.
 */
function triggerFor(span: Span, scope: Scope, terminators: readonly Span[], window: number): Span | undefined {
  const blocked = (from: number, to: number) => terminators.some((t) => t.from >= from && t.to <= to);
  const before = scope.before
    .filter((t) => t.to <= span.from && span.from - t.to <= window && !blocked(t.to, span.from))
    .sort((a, b) => b.to - a.to)[0];
  if (before) return before;
  return scope.after.filter((t) => t.from >= span.to && t.from - span.to <= window && !blocked(span.to, t.from)).sort((a, b) => a.from - b.from)[0];
}

/**
 * Scans a clinical note for the pack's documentation cues and condition terms, and
 * says for each mention whether it is affirmed, negated ("no chest pain", "denies",
 * "ruled out") or uncertain ("probable", "suspected"). Rule-based and deterministic:
 * the same note and pack always give the same mentions.
 *
 * @param note the encounter's clinical note
 * @param pack the cue pack (vocabularies, triggers, window)
 * @returns the note's sentences and the mentions, in note order
 * @example
 * scanNote('Denies chest pain but reports shortness of breath.', pack).mentions.map((m) => [m.value, m.assertion])
 * //=> [['chest-pain', 'negated'], ['dyspnea', 'affirmed']]
 * See: docs/adr/0060-cdi-cue-scanner.md
 */
export function scanNote(note: string, pack: CuePack): NoteScan {
  const sentences = splitSentences(note);
  const mentions: Mention[] = [];
  const cp = compile(pack);
  for (const s of sentences) {
    const tokens = tokenize(s.text, s.start);
    const negAfter = spans(matchIndex(tokens, cp.negAfter));
    // "was ruled out" is an after-trigger: its "ruled out" must not also reach forward ("… was ruled out on the X-ray").
    const negation: Scope = { before: spans(matchIndex(tokens, cp.negBefore)).filter((b) => !negAfter.some((a) => b.from < a.to && a.from < b.to)), after: negAfter };
    const uncAfter = spans(matchIndex(tokens, cp.uncAfter));
    const uncertainty: Scope = { before: spans(matchIndex(tokens, cp.uncBefore)).filter((b) => !uncAfter.some((a) => b.from < a.to && a.from < b.to)), after: uncAfter };
    const terminators = spans(matchIndex(tokens, cp.terminators));
    const cues = longestFirst(matchIndex(tokens, cp.cues).map((m) => ({ ...m.payload, span: m.span })));
    const conditions = longestFirst(matchIndex(tokens, cp.conditions).map((m) => ({ ...m.payload, span: m.span })));
    for (const c of [...cues, ...conditions].sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to)) {
      const start = tokens[c.span.from]!.start;
      const end = tokens[c.span.to - 1]!.end;
      const insideTrigger = (t: Span) => t.from <= c.span.from && c.span.to <= t.to;
      // A term that is itself part of a trigger ("no acute distress" keeps "acute"; "ruled out" is not a finding).
      const neg = triggerFor(c.span, { before: negation.before.filter((t) => !insideTrigger(t)), after: negation.after.filter((t) => !insideTrigger(t)) }, terminators, pack.window);
      const unc = neg ? undefined : triggerFor(c.span, { before: uncertainty.before.filter((t) => !insideTrigger(t)), after: uncertainty.after.filter((t) => !insideTrigger(t)) }, terminators, pack.window);
      const trig = neg ?? unc;
      const base = { kind: c.kind, value: c.value, start, end, text: note.slice(start, end), sentence: s.index };
      mentions.push(
        trig
          ? {
              ...base,
              assertion: neg ? 'negated' : 'uncertain',
              trigger: note.slice(tokens[trig.from]!.start, tokens[trig.to - 1]!.end),
              assertedAs: note.slice(Math.min(start, tokens[trig.from]!.start), Math.max(end, tokens[trig.to - 1]!.end)),
            }
          : { ...base, assertion: 'affirmed' },
      );
    }
  }
  return { sentences, mentions };
}
