import { CODE_SYSTEMS, type CodeEntry, type CodeSet, type CodeSystem } from './code-types';
import { extensionCharacter } from './specificity';

/**
 * The code search behind the lookup box: one query box for codes (with or without
 * the dot; a prefix lists the family), words in any order, partial words and the
 * abbreviations coders type. A compact inverted index built once per set of
 * releases (in a worker), queried in well under a millisecond for most queries.
 * See docs/adr/0023-code-search-index.md.
 *
 * Layout: documents are sorted by system then code (so a code prefix is a
 * contiguous range); the title vocabulary is sorted (so a word prefix is a
 * contiguous range of token ids); postings and each document's tokens are flat
 * typed arrays. A query is answered with bitsets (AND of clauses, OR of prefix
 * matches), then the survivors are scored and the best `limit` kept.
 */

/** A coder's abbreviation and what it stands for (src/data/codes/abbreviations.ts). */
export type Abbreviation = {
  /** What coders type, lower case: `htn`, `dm2`, `s/p`. */
  readonly abbr: string;
  /** The phrases it stands for; a title matches one when it has all of its words (as word prefixes). */
  readonly phrases: readonly string[];
  /** ICD-10-CM codes (canonical keys) coders usually mean by it; ranked first among the matches. */
  readonly prefer?: readonly string[];
};

/** Options of {@link buildSearchIndex}. */
export type SearchIndexOptions = {
  readonly abbreviations?: readonly Abbreviation[];
};

/** Options of one search. */
export type SearchOptions = {
  /** How many hits to return (default 20). */
  readonly limit?: number;
  /** Only these systems (default all in the index). */
  readonly systems?: readonly CodeSystem[];
  /** Leave headers out. */
  readonly billableOnly?: boolean;
};

/** One search result. */
export type SearchHit = {
  readonly system: CodeSystem;
  readonly code: string;
  readonly display: string;
  readonly title: string;
  readonly billable: boolean;
  readonly kind: CodeEntry['kind'];
  /** The header was derived by the importer (its title is not official). */
  readonly derived: boolean;
  /** `code` when the hit came from a code prefix, `text` when from its title. */
  readonly match: 'code' | 'text';
};

/** A built index; opaque to callers (pass it to {@link searchCodes}). */
export type SearchIndex = {
  readonly size: number;
  readonly vocabularySize: number;
  /** @internal */ readonly data: IndexData;
};

type IndexData = {
  n: number;
  words: number;
  systems: Uint8Array;
  codes: string[];
  displays: string[];
  titles: string[];
  flags: Uint8Array;
  systemStart: Int32Array;
  vocab: string[];
  postStart: Uint32Array;
  postList: Uint32Array;
  docTokStart: Uint32Array;
  docTokList: Uint32Array;
  docTokCount: Uint8Array;
  abbreviations: Map<string, { phrases: string[][]; prefer: Uint32Array }>;
};

const FLAG_BILLABLE = 1;
const FLAG_MODIFIER = 2;
const FLAG_DERIVED = 4;
const FLAG_UNTITLED = 8;

/** Words too common to search on; they are neither indexed nor required in queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to']);

const NON_ASCII = /[^ -~]/; // anything outside printable ASCII (accents, curly quotes)

/**
 * Splits a title or query into lower-case words: apostrophes dropped
 * (Alzheimer's → alzheimers), accents removed, any other punctuation splits.
 * @example tokenize("Alzheimer's disease, [late] onset") //=> ['alzheimers', 'disease', 'late', 'onset']
 */
export function tokenize(text: string): string[] {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const out: string[] = [];
  let start = -1;
  let pending = ''; // text before an apostrophe inside a word
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar) {
      if (start === -1) start = i;
      continue;
    }
    const apostrophe = c === 39 || c === 0x2019;
    if (apostrophe && start !== -1) {
      pending += s.slice(start, i);
      start = -1;
      continue;
    }
    if (start !== -1 || pending !== '') {
      const word = pending + (start === -1 ? '' : s.slice(start, i));
      if (word !== '') out.push(word);
      pending = '';
      start = -1;
    }
  }
  return out;
}

/**
 * Words that do not make a title more specific to a query: a title "Cough, unspecified"
 * is the whole concept "cough". Searchable, but weighed like a parenthesised word.
 */
const NONESSENTIAL_WORDS: ReadonlySet<string> = new Set(['unspecified']);

/**
 * Splits (part of) a title into its essential words (what the code is) and the
 * others, in one pass: words in parentheses or brackets are nonessential modifiers
 * ("Essential (primary) hypertension", "navicular [scaphoid]"), as is "unspecified"
 * and, for a code with a 7th-character extension, the encounter or sequela tail
 * (", initial encounter": passed with `allOther`), so the codes of a stem rank as
 * equals, in code order. Stop words are dropped.
 */
function splitTitle(text: string, allOther: boolean, essential: string[], other: string[]): void {
  essential.length = 0;
  other.length = 0;
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  let depth = 0;
  let start = -1;
  let pending = '';
  let wordIsEssential = true;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start === -1) {
        start = i;
        if (pending === '') wordIsEssential = !allOther && depth === 0;
      }
      continue;
    }
    if ((c === 39 || c === 0x2019) && start !== -1) {
      pending += s.slice(start, i);
      start = -1;
      continue;
    }
    if (start !== -1 || pending !== '') {
      const word = pending + (start === -1 ? '' : s.slice(start, i));
      pending = '';
      start = -1;
      if (!STOP_WORDS.has(word)) (wordIsEssential && !NONESSENTIAL_WORDS.has(word) ? essential : other).push(word);
    }
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the search index over code sets. When two sets hold the same code of the
 * same system, the first one given wins (pass the releases in force first).
 *
 * @param codeSets the releases to search (typically the one in force per system)
 * @param options the abbreviation table
 * @example searchCodes(buildSearchIndex([icd2022], { abbreviations }), 'htn')[0]?.code //=> 'I10'
 */
export function buildSearchIndex(codeSets: readonly CodeSet[], options: SearchIndexOptions = {}): SearchIndex {
  const order = new Map<CodeSystem, number>(CODE_SYSTEMS.map((s, i) => [s, i]));
  type Doc = { system: number; entry: CodeEntry };
  const docsRaw: Doc[] = [];
  const setsPerSystem = new Map<number, number>();
  for (const set of codeSets) {
    const sys = order.get(set.release.system)!;
    setsPerSystem.set(sys, (setsPerSystem.get(sys) ?? 0) + 1);
  }
  const seen = new Map<number, Set<string>>();
  for (const set of codeSets) {
    const sys = order.get(set.release.system)!;
    // Only a system given by more than one code set needs de-duplication.
    let codesSeen = setsPerSystem.get(sys)! > 1 ? seen.get(sys) : undefined;
    if (setsPerSystem.get(sys)! > 1 && !codesSeen) seen.set(sys, (codesSeen = new Set()));
    for (const entry of set.entries) {
      if (codesSeen) {
        if (codesSeen.has(entry.code)) continue;
        codesSeen.add(entry.code);
      }
      docsRaw.push({ system: sys, entry });
    }
  }
  docsRaw.sort((a, b) => a.system - b.system || compare(a.entry.code, b.entry.code));
  const n = docsRaw.length;
  const systems = new Uint8Array(n);
  const codes: string[] = new Array<string>(n);
  const displays: string[] = new Array<string>(n);
  const titles: string[] = new Array<string>(n);
  const flags = new Uint8Array(n);
  const systemStart = new Int32Array(CODE_SYSTEMS.length + 1);

  // Tokens get provisional ids in order of first appearance, then are renumbered in sorted order.
  const provisional = new Map<string, number>();
  const provisionalWords: string[] = [];
  const docTokStart = new Uint32Array(n + 1);
  const tokBuffer: number[] = [];
  const docTokCount = new Uint8Array(n);
  const idOf = (word: string) => {
    let id = provisional.get(word);
    if (id === undefined) {
      id = provisionalWords.length;
      provisional.set(word, id);
      provisionalWords.push(word);
    }
    return id;
  };
  const pushUnique = (id: number, start: number) => {
    for (let j = start; j < tokBuffer.length; j++) if (tokBuffer[j] === id) return;
    tokBuffer.push(id);
  };
  // The seven codes of a 7th-character stem share the stem's words, and the encounter
  // tails (", initial encounter for closed fracture") repeat thousands of times: their
  // word ids are worked out once.
  type Ids = { essential: number[]; other: number[] };
  const partCache = new Map<string, Ids>();
  const essentialWords: string[] = [];
  const otherWords: string[] = [];
  const partIds = (text: string, allOther: boolean, cache: boolean): Ids => {
    const hit = cache ? partCache.get(text) : undefined;
    if (hit) return hit;
    splitTitle(text, allOther, essentialWords, otherWords);
    const ids = { essential: essentialWords.map(idOf), other: otherWords.map(idOf) };
    if (cache) partCache.set(text, ids);
    return ids;
  };
  const titleIds = (entry: CodeEntry): Ids => {
    const title = entry.longTitle;
    const tail = extensionCharacter(entry.code) !== null ? title.lastIndexOf(', ') : -1;
    if (tail <= 0) return partIds(title, false, false);
    const stem = partIds(title.slice(0, tail), false, true);
    const rest = partIds(title.slice(tail), true, true);
    return { essential: stem.essential, other: stem.other.length === 0 ? rest.other : stem.other.concat(rest.other) };
  };
  for (let d = 0; d < n; d++) {
    const { system, entry } = docsRaw[d]!;
    systems[d] = system;
    codes[d] = entry.code;
    displays[d] = entry.display;
    titles[d] = entry.longTitle;
    const untitled = entry.derived === true && entry.longTitle.startsWith('(derived header');
    flags[d] =
      (entry.billable ? FLAG_BILLABLE : 0) | (entry.kind === 'modifier' ? FLAG_MODIFIER : 0) | (entry.derived ? FLAG_DERIVED : 0) | (untitled ? FLAG_UNTITLED : 0);
    docTokStart[d] = tokBuffer.length;
    if (!untitled) {
      // A document's essential words come first, then the others (see splitTitle).
      const start = tokBuffer.length;
      const { essential, other } = titleIds(entry);
      for (const id of essential) pushUnique(id, start);
      docTokCount[d] = Math.min(255, tokBuffer.length - start);
      for (const id of other) pushUnique(id, start);
    }
  }
  docTokStart[n] = tokBuffer.length;
  for (let s = 0, d = 0; s <= CODE_SYSTEMS.length; s++) {
    while (d < n && systems[d]! < s) d++;
    systemStart[s] = d;
  }

  const vocab = [...provisionalWords].sort(compare);
  const remap = new Uint32Array(provisionalWords.length);
  vocab.forEach((w, i) => (remap[provisional.get(w)!] = i));
  const docTokList = new Uint32Array(tokBuffer.length);
  const postCount = new Uint32Array(vocab.length);
  for (let i = 0; i < tokBuffer.length; i++) {
    const id = remap[tokBuffer[i]!]!;
    docTokList[i] = id;
    postCount[id]! += 1;
  }
  const postStart = new Uint32Array(vocab.length + 1);
  for (let t = 0; t < vocab.length; t++) postStart[t + 1] = postStart[t]! + postCount[t]!;
  const postList = new Uint32Array(tokBuffer.length);
  const fillAt = postStart.slice(0, vocab.length);
  for (let d = 0; d < n; d++) {
    for (let i = docTokStart[d]!; i < docTokStart[d + 1]!; i++) postList[fillAt[docTokList[i]!]!++] = d;
  }

  const abbreviations = new Map<string, { phrases: string[][]; prefer: Uint32Array }>();
  const icd = order.get('icd10cm')!;
  for (const a of options.abbreviations ?? []) {
    const prefer: number[] = [];
    for (const code of a.prefer ?? []) {
      const d = findDoc(codes, systemStart[icd]!, systemStart[icd + 1]!, code);
      if (d !== -1) prefer.push(d);
    }
    abbreviations.set(a.abbr.toLowerCase(), { phrases: a.phrases.map((p) => tokenize(p).filter((w) => !STOP_WORDS.has(w))), prefer: Uint32Array.from(prefer) });
  }

  return {
    size: n,
    vocabularySize: vocab.length,
    data: {
      n,
      words: Math.ceil(n / 32),
      systems,
      codes,
      displays,
      titles,
      flags,
      systemStart,
      vocab,
      postStart,
      postList,
      docTokStart,
      docTokList,
      docTokCount,
      abbreviations,
    },
  };
}

function lowerBound(list: readonly string[], from: number, to: number, key: string): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findDoc(codes: readonly string[], from: number, to: number, code: string): number {
  const i = lowerBound(codes, from, to, code);
  return i < to && codes[i] === code ? i : -1;
}

/** A word of the query: the range of vocabulary ids it matches and the id of an exact match. */
type Term = { lo: number; hi: number; exact: number; numeric: boolean };
type Clause = { alternatives: Term[][]; codePrefix: string | null; prefer: Uint32Array | null };

const ICD_OR_HCPCS_LIKE = /^[a-z][0-9][0-9a-z]{0,5}(\.[0-9a-z]{0,4})?-?$/;
const DIGITS_LIKE = /^[0-9]{2,5}[a-z]?(-[0-9]{1,2})?$/;
/** A 2-character token may be a modifier (lt, 25, xs). */
const MODIFIER_LIKE = /^[0-9a-z]{2}$/;

function makeTerm(data: IndexData, word: string): Term {
  const { vocab } = data;
  const lo = lowerBound(vocab, 0, vocab.length, word);
  const numeric = /^[0-9]+$/.test(word);
  // Single letters match only themselves ("hepatitis b"), so a stray letter does not match half the vocabulary.
  const hi = word.length === 1 && !numeric ? (vocab[lo] === word ? lo + 1 : lo) : lowerBound(vocab, lo, vocab.length, `${word}\uffff`);
  return { lo, hi, exact: vocab[lo] === word ? lo : -1, numeric };
}

/** Whether vocabulary id `id` satisfies the term (a number matches 3, 3a, 3b but not 30). */
function termAccepts(data: IndexData, term: Term, id: number, wordLength: number): boolean {
  if (id < term.lo || id >= term.hi) return false;
  if (!term.numeric || id === term.exact) return true;
  const c = data.vocab[id]!.charCodeAt(wordLength);
  return !(c >= 48 && c <= 57);
}

function parseQuery(data: IndexData, query: string): { clauses: Clause[]; termWords: Map<Term, number> } | null {
  const termWords = new Map<Term, number>();
  const term = (w: string) => {
    const t = makeTerm(data, w);
    termWords.set(t, w.length);
    return t;
  };
  const clauses: Clause[] = [];
  const raw = query.toLowerCase().trim().split(/[\s,;]+/).filter(Boolean);
  for (const token of raw) {
    const abbr = data.abbreviations.get(token);
    if (abbr) {
      clauses.push({ alternatives: abbr.phrases.map((p) => p.map(term)), codePrefix: null, prefer: abbr.prefer.length > 0 ? abbr.prefer : null });
      continue;
    }
    if (ICD_OR_HCPCS_LIKE.test(token) || DIGITS_LIKE.test(token) || (MODIFIER_LIKE.test(token) && !STOP_WORDS.has(token))) {
      const prefix = token.toUpperCase().replace(/\./g, '').replace(/-$/, '');
      const words = tokenize(token);
      clauses.push({ alternatives: words.length > 0 ? [words.map(term)] : [], codePrefix: prefix, prefer: null });
      continue;
    }
    for (const word of tokenize(token)) {
      if (STOP_WORDS.has(word)) continue;
      const sub = data.abbreviations.get(word);
      if (sub) clauses.push({ alternatives: sub.phrases.map((p) => p.map(term)), codePrefix: null, prefer: sub.prefer.length > 0 ? sub.prefer : null });
      else clauses.push({ alternatives: [[term(word)]], codePrefix: null, prefer: null });
    }
  }
  return clauses.length === 0 ? null : { clauses, termWords };
}

function termBits(data: IndexData, term: Term, wordLength: number): Uint32Array {
  const bits = new Uint32Array(data.words);
  const { postStart, postList } = data;
  for (let id = term.lo; id < term.hi; id++) {
    if (term.numeric && !termAccepts(data, term, id, wordLength)) continue;
    for (let p = postStart[id]!; p < postStart[id + 1]!; p++) {
      const d = postList[p]!;
      bits[d >>> 5]! |= 1 << (d & 31);
    }
  }
  return bits;
}

function codeRanges(data: IndexData, prefix: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let s = 0; s < CODE_SYSTEMS.length; s++) {
    const from = data.systemStart[s]!;
    const to = data.systemStart[s + 1]!;
    let i = lowerBound(data.codes, from, to, prefix);
    const start = i;
    while (i < to && data.codes[i]!.startsWith(prefix)) i++;
    if (i > start) ranges.push([start, i]);
  }
  return ranges;
}

function clauseBits(data: IndexData, clause: Clause, termWords: Map<Term, number>): { bits: Uint32Array; codeBits: Uint32Array | null } {
  const bits = new Uint32Array(data.words);
  for (const alt of clause.alternatives) {
    let acc: Uint32Array | null = null;
    for (const t of alt) {
      const b = termBits(data, t, termWords.get(t)!);
      if (acc === null) acc = b;
      else for (let w = 0; w < acc.length; w++) acc[w]! &= b[w]!;
    }
    if (acc) for (let w = 0; w < bits.length; w++) bits[w]! |= acc[w]!;
  }
  let codeBits: Uint32Array | null = null;
  if (clause.codePrefix !== null) {
    codeBits = new Uint32Array(data.words);
    for (const [from, to] of codeRanges(data, clause.codePrefix)) for (let d = from; d < to; d++) codeBits[d >>> 5]! |= 1 << (d & 31);
    for (let w = 0; w < bits.length; w++) bits[w]! |= codeBits[w]!;
  }
  return { bits, codeBits };
}

type Scored = { doc: number; tier: number; score: number; codeMatch: boolean };

function better(a: Scored, b: Scored, data: IndexData): boolean {
  if (a.tier !== b.tier) return a.tier > b.tier;
  if (a.score !== b.score) return a.score > b.score;
  const la = data.codes[a.doc]!.length;
  const lb = data.codes[b.doc]!.length;
  if (la !== lb) return la < lb;
  return a.doc < b.doc;
}

/**
 * Searches the index.
 *
 * - A query that is only codes (`r07`, `R07.9`, `e11.6`, `9921`) lists the codes
 *   under the prefix in code order, an exact match first.
 * - Otherwise every word must match the start of a title word (`diab hyperglyc`),
 *   in any order; an abbreviation (`htn`, `dm2`) stands for its phrases; a code-like
 *   word may also match a code prefix (`e11 hyperglyc`).
 * - Billable codes rank above headers; then by how much of the title the query
 *   covers, exact words over prefixes, a match on the first title word, the codes
 *   coders usually mean by an abbreviation, shorter codes; ties by system and code.
 *
 * @param index the built index
 * @param query what the coder typed
 * @param options limit, systems, billable only
 * @example searchCodes(index, 'precordial')[0]?.code //=> 'R072'
 * @example searchCodes(index, 'r07').map((h) => h.display) //=> ['R07', 'R07.0', 'R07.1', 'R07.2', 'R07.8', 'R07.81', 'R07.82', 'R07.89', 'R07.9']
 */
export function searchCodes(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const data = index.data;
  const limit = Math.max(1, options.limit ?? 20);
  const parsed = parseQuery(data, query);
  if (!parsed || data.n === 0) return [];
  const { clauses, termWords } = parsed;

  let final: Uint32Array | null = null;
  const codeBitsAll: (Uint32Array | null)[] = [];
  for (const clause of clauses) {
    const { bits, codeBits } = clauseBits(data, clause, termWords);
    codeBitsAll.push(codeBits);
    if (final === null) final = bits;
    else for (let w = 0; w < final.length; w++) final[w]! &= bits[w]!;
  }
  if (final === null) return [];

  const allowed = options.systems ? new Set(options.systems.map((s) => CODE_SYSTEMS.indexOf(s))) : null;
  const onlyCodes = clauses.every((c) => c.codePrefix !== null);
  const exactCode = onlyCodes && clauses.length === 1 ? clauses[0]!.codePrefix : null;
  const preferred = new Set<number>();
  for (const c of clauses) if (c.prefer) for (const d of c.prefer) preferred.add(d);

  const top: Scored[] = [];
  const consider = (s: Scored) => {
    if (top.length === limit) {
      if (!better(s, top[limit - 1]!, data)) return;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && better(s, top[i - 1]!, data)) i--;
    top.splice(i, 0, s);
  };

  for (let w = 0; w < final.length; w++) {
    let word = final[w]!;
    while (word !== 0) {
      const bit = word & -word;
      const d = (w << 5) + (31 - Math.clz32(bit));
      word ^= bit;
      if (allowed && !allowed.has(data.systems[d]!)) continue;
      const f = data.flags[d]!;
      const billable = (f & (FLAG_BILLABLE | FLAG_MODIFIER)) !== 0;
      if (options.billableOnly && !billable) continue;
      const codeMatch = codeBitsAll.some((b) => b !== null && (b[w]! & bit) !== 0);
      if (onlyCodes && codeMatch) {
        // Code listing: exact code first, then code order.
        const exact = exactCode !== null && data.codes[d] === exactCode;
        consider({ doc: d, tier: exact ? 2 : 1, score: -d, codeMatch: true });
        continue;
      }
      consider({ doc: d, tier: billable ? 1 : 0, score: scoreText(data, d, clauses, termWords, codeBitsAll, w, bit, preferred), codeMatch });
    }
  }
  return top.map(({ doc, codeMatch }) => {
    const f = data.flags[doc]!;
    return {
      system: CODE_SYSTEMS[data.systems[doc]!]!,
      code: data.codes[doc]!,
      display: data.displays[doc]!,
      title: data.titles[doc]!,
      billable: (f & FLAG_BILLABLE) !== 0,
      kind: (f & FLAG_MODIFIER) !== 0 ? 'modifier' : 'code',
      derived: (f & FLAG_DERIVED) !== 0,
      match: codeMatch ? 'code' : 'text',
    };
  });
}

/** How well one word of the query matches a document: quality (exact 1, prefix 0.8) and weight (essential word 1, other 0.3). */
function bestMatch(data: IndexData, t: Term, wordLength: number, from: number, to: number, essentialEnd: number): { quality: number; weight: number } | null {
  let best: { quality: number; weight: number } | null = null;
  for (let i = from; i < to; i++) {
    const id = data.docTokList[i]!;
    if (!termAccepts(data, t, id, wordLength)) continue;
    const quality = id === t.exact ? 1 : 0.8;
    // A word outside the essential part of the title (in parentheses, "unspecified", the encounter tail) earns little.
    const weight = i < essentialEnd ? 1 : 0.3;
    if (!best || quality * weight > best.quality * best.weight) best = { quality, weight };
  }
  return best;
}

function scoreText(
  data: IndexData,
  d: number,
  clauses: readonly Clause[],
  termWords: Map<Term, number>,
  codeBitsAll: readonly (Uint32Array | null)[],
  w: number,
  bit: number,
  preferred: ReadonlySet<number>,
): number {
  const from = data.docTokStart[d]!;
  const to = data.docTokStart[d + 1]!;
  const essentialEnd = from + data.docTokCount[d]!;
  let matched = 0; // essential words of the title the query accounts for
  let quality = 0; // sum of match qualities
  let terms = 0;
  let firstWordHit = false;
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const codeBits = codeBitsAll[c];
    if (codeBits && (codeBits[w]! & bit) !== 0) {
      // A code prefix match counts as one exact essential word.
      matched += 1;
      quality += 1;
      terms += 1;
      continue;
    }
    let best: { matched: number; quality: number; terms: number } | null = null;
    for (const alt of clause.alternatives) {
      let altMatched = 0;
      let altQuality = 0;
      let complete = true;
      for (const t of alt) {
        const m = bestMatch(data, t, termWords.get(t)!, from, to, essentialEnd);
        if (!m) {
          complete = false;
          break;
        }
        altMatched += m.weight;
        altQuality += m.quality;
      }
      if (complete && (!best || altMatched + altQuality > best.matched + best.quality)) best = { matched: altMatched, quality: altQuality, terms: alt.length };
    }
    if (best) {
      matched += best.matched;
      quality += best.quality;
      terms += best.terms;
      if (c === 0 && from < essentialEnd) {
        const first = data.docTokList[from]!;
        firstWordHit = clause.alternatives.some((alt) => alt[0] !== undefined && termAccepts(data, alt[0], first, termWords.get(alt[0])!));
      }
    }
  }
  const coverage = Math.min(1, matched / Math.max(data.docTokCount[d]!, 1));
  let score = coverage + 0.5 * (terms === 0 ? 0 : quality / terms);
  if (firstWordHit) score += 0.15;
  if (preferred.has(d)) score += 2;
  return score;
}
