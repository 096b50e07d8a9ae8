import { linkKey, type EncounterDocument } from '../../claim';
import { codeCatalogFromTables, icdDisplay, normalizeIcdKey, unspecifiedBasis, type CodeEntry, type CodeRelease, type CodeSetView, type Specificity } from '../../codes';
import type { EditContext, Fix, NotChecked, Patch } from '../types';
import { dateOfService } from './doc';

/**
 * What the ICD-10-CM edits share: the claim's diagnosis lines in canonical form, the
 * release in force on the date of service, how a code stands in it, note words, and
 * the fixes that replace a diagnosis (carrying its activity links along).
 */

/** A diagnosis line with a code typed in it. */
export type DxLine = {
  readonly index: number;
  /** As typed, trimmed. */
  readonly typed: string;
  /** Canonical key (`R079`), or `null` when the text cannot be an ICD-10-CM code. */
  readonly key: string | null;
  /** How a coder writes it (`R07.9`); the typed text when it is not a code. */
  readonly display: string;
  readonly principal: boolean;
};

/**
 * The diagnosis lines that have a code (empty codes are the completeness edits' business).
 * @example diagnosisLines(doc) //=> [{ index: 0, typed: 'r079', key: 'R079', display: 'R07.9', principal: true }]
 */
export function diagnosisLines(doc: EncounterDocument): readonly DxLine[] {
  const cached = linesCache.get(doc);
  if (cached) return cached;
  const out: DxLine[] = [];
  doc.claim.diagnoses.forEach((d, index) => {
    const typed = d.code.trim();
    if (typed === '') return;
    const key = normalizeIcdKey(typed);
    out.push({ index, typed, key, display: key === null ? typed : icdDisplay(key), principal: isPrincipalType(d.type) });
  });
  linesCache.set(doc, out);
  return out;
}

// One engine pass hands the same document object to every edit; the lines and keys are
// worked out once per document (documents are never changed in place).
const linesCache = new WeakMap<EncounterDocument, readonly DxLine[]>();
const keysCache = new WeakMap<EncounterDocument, readonly (string | null)[]>();

/** Whether a Diagnosis.Type is Principal (any case). */
export function isPrincipalType(type: string): boolean {
  return type.trim().toLowerCase() === 'principal';
}

/** Canonical keys of every diagnosis line, by index (`null` where there is no code). */
export function diagnosisKeys(doc: EncounterDocument): readonly (string | null)[] {
  const cached = keysCache.get(doc);
  if (cached) return cached;
  const keys = doc.claim.diagnoses.map((d) => normalizeIcdKey(d.code));
  keysCache.set(doc, keys);
  return keys;
}

/**
 * The specificity of a billable code, skipping the family walk for codes whose title
 * cannot make them unspecified, and remembering answers per release view (pure: a view
 * never changes).
 * @example unspecifiedWithSiblings(view, 'R079')?.moreSpecific.map((e) => e.display) //=> ['R07.1', 'R07.2', 'R07.81', 'R07.82', 'R07.89']
 */
export function unspecifiedWithSiblings(view: CodeSetView, key: string): Specificity | undefined {
  const entry = view.lookup(key);
  if (!entry?.billable || unspecifiedBasis(entry.longTitle) === null) return undefined;
  let perView = specificityCache.get(view);
  if (!perView) specificityCache.set(view, (perView = new Map<string, Specificity | undefined>()));
  if (perView.has(entry.code)) return perView.get(entry.code);
  const spec = view.specificity(entry.code);
  const result = spec && spec.level === 'unspecified' && spec.moreSpecific.length > 0 ? spec : undefined;
  if (perView.size > 5000) perView.clear();
  perView.set(entry.code, result);
  return result;
}
const specificityCache = new WeakMap<CodeSetView, Map<string, Specificity | undefined>>();

/** The ICD-10-CM release in force on the claim's date of service. */
export type IcdRelease = {
  readonly view: CodeSetView;
  readonly dos: string;
  /** e.g. "ICD-10-CM FY2022 (2021-10-01 to 2022-09-30)". */
  readonly label: string;
  /** `false` for the starter set, which holds only a few hundred codes: absence proves nothing. */
  readonly complete: boolean;
};

/**
 * How a release reads in a message.
 * @example releaseLabel(fy2022) //=> 'ICD-10-CM FY2022 (2021-10-01 to 2022-09-30)'
 * @example releaseLabel(starter) //=> 'ICD-10-CM starter set'
 */
export function releaseLabel(release: Pick<CodeRelease, 'label' | 'effectiveFrom' | 'effectiveTo'>): string {
  if (release.effectiveFrom === null && release.effectiveTo === null) return release.label;
  return `${release.label} (${release.effectiveFrom ?? 'open'} to ${release.effectiveTo ?? 'open'})`;
}

/**
 * The ICD-10-CM release in force on the date of service, or why it cannot be known.
 * @example icdReleaseFor(doc, ctx) //=> { view, dos: '2025-10-05', label: 'ICD-10-CM starter set', complete: false }
 */
export function icdReleaseFor(doc: EncounterDocument, ctx: EditContext): IcdRelease | NotChecked {
  const cached = releaseCache.get(doc);
  if (cached && cached.tables === ctx.tables) return cached.result;
  const result = findRelease(doc, ctx);
  releaseCache.set(doc, { tables: ctx.tables, result });
  return result;
}
const releaseCache = new WeakMap<EncounterDocument, { tables: EditContext['tables']; result: IcdRelease | NotChecked }>();

function findRelease(doc: EncounterDocument, ctx: EditContext): IcdRelease | NotChecked {
  const dos = dateOfService(doc);
  if (dos === '') return { notChecked: 'the encounter start does not read as a date, so the ICD-10-CM release for the date of service is unknown.' };
  const catalog = codeCatalogFromTables(ctx.tables);
  if (!catalog) return { notChecked: 'no code set is loaded yet (the code sets are still loading, or could not be read).' };
  const view = catalog.viewFor('icd10cm', dos);
  if (!view) return { notChecked: `no ICD-10-CM release covers the date of service ${dos}; import the CMS ICD-10-CM file for that fiscal year on the Code sets page.` };
  return { view, dos, label: releaseLabel(view.release), complete: view.release.origin !== 'starter' };
}

/** How a well-formed code stands in a release. */
export type IcdStatus =
  /** May be reported. */
  | 'billable'
  /** A category or subcategory that needs more characters. */
  | 'header'
  /** Needs its 7th character (S62.024, T15.01, W19). */
  | 'needs-seventh'
  /** Has a 7th character but lacks the placeholder X before it (T15.01A → T15.01XA). */
  | 'placeholder'
  /** Has 7 characters, its stem takes a 7th character, but not this one (S62.024Z). */
  | 'bad-seventh'
  | 'unknown';

/**
 * How a canonical key stands in a release (one or two hash lookups).
 * @example icdStatus(view, 'R079') //=> 'billable'
 * @example icdStatus(view, 'T1501A') //=> 'placeholder'
 */
export function icdStatus(view: CodeSetView, key: string): IcdStatus {
  const e = view.lookup(key);
  if (e?.billable) return 'billable';
  if (view.requiresSeventhCharacter(key)) return 'needs-seventh';
  if (e) return 'header';
  if (view.suggestWithPlaceholder(key).length > 0) return 'placeholder';
  if (key.length === 7 && view.seventhCharacter(key) !== undefined) return 'bad-seventh';
  return 'unknown';
}

/** Fixes offered for one finding at most; the rest are counted in the message. */
export const MAX_CODE_FIXES = 8;

/** Each activity's links with their comparable keys, worked out once per document. */
type LinkIndex = readonly { readonly links: readonly string[]; readonly keys: readonly string[] }[];
const linkCache = new WeakMap<EncounterDocument, LinkIndex>();
function linkIndex(doc: EncounterDocument): LinkIndex {
  let index = linkCache.get(doc);
  if (!index) {
    index = doc.claim.activities.map((a) => ({ links: a.diagnosisLinks, keys: a.diagnosisLinks.map(linkKey) }));
    linkCache.set(doc, index);
  }
  return index;
}

/**
 * The activity links after diagnosis code `from` became `to`: the same result as
 * `renameLinks` (src/domain/claim/links.ts), and also when only the form changes
 * (R072 → R07.2); as set patches for the activities that change.
 */
function linkPatches(doc: EncounterDocument, from: string, to: string): Patch[] {
  const f = linkKey(from);
  if (f === '') return [];
  const patches: Patch[] = [];
  linkIndex(doc).forEach(({ links, keys }, j) => {
    let touched = false;
    for (let i = 0; i < keys.length; i++) if (keys[i] === f && links[i] !== to) touched = true;
    if (!touched) return;
    const seen = new Set<string>();
    const next: string[] = [];
    links.forEach((l, i) => {
      const value = keys[i] === f ? to : l;
      const k = keys[i] === f ? linkKey(to) : keys[i]!;
      if (seen.has(k)) return;
      seen.add(k);
      next.push(value);
    });
    patches.push({ op: 'set', path: ['claim', 'activities', j, 'diagnosisLinks'], value: next });
  });
  return patches;
}

/**
 * A fix that replaces diagnosis `index` with `replacement` and points the activity links
 * that named the old code at the new one (the diagnosis pointers travel with the code).
 * @example replaceDiagnosisFix(doc, 0, 'R07.2', 'Use R07.2 (Precordial pain)')
 */
export function replaceDiagnosisFix(doc: EncounterDocument, index: number, replacement: string, label: string): Fix {
  const old = doc.claim.diagnoses[index]?.code ?? '';
  return { label, patches: [{ op: 'set', path: ['claim', 'diagnoses', index, 'code'], value: replacement }, ...linkPatches(doc, old, replacement)] };
}

/**
 * A fix that makes diagnosis `to` the principal and every current principal Secondary.
 * @example makePrincipalFix(doc, 1, 'Make S62.024A principal and W01.0XXA secondary')
 */
export function makePrincipalFix(doc: EncounterDocument, to: number, label: string): Fix {
  const patches: Patch[] = [];
  doc.claim.diagnoses.forEach((d, i) => {
    if (i !== to && isPrincipalType(d.type)) patches.push({ op: 'set', path: ['claim', 'diagnoses', i, 'type'], value: 'Secondary' });
  });
  patches.push({ op: 'set', path: ['claim', 'diagnoses', to, 'type'], value: 'Principal' });
  return { label, patches };
}

/** How a code and its title read in a fix label. @example codeLabel(r072) //=> 'R07.2 (Precordial pain)' */
export function codeLabel(e: Pick<CodeEntry, 'display' | 'longTitle'>): string {
  return `${e.display} (${e.longTitle})`;
}

/** The title of a code in a view, or '' (for messages that read well without it). */
export function titleIn(view: CodeSetView | undefined, key: string | null): string {
  return key === null || !view ? '' : (view.lookup(key)?.longTitle ?? '');
}

/** A code with its title when there is one: "R07.9 (Chest pain, unspecified)" or "R07.9". */
export function withTitle(display: string, title: string): string {
  return title === '' ? display : `${display} (${title})`;
}

// ---------------------------------------------------------------------------
// Note words: a deliberately simple, deterministic match of title words in the note.

const NEGATIONS = new Set(['no', 'not', 'denies', 'denied', 'without', 'negative', 'nor']);
const NOT_DISTINCTIVE = new Set([
  'other', 'others', 'specified', 'unspecified', 'with', 'without', 'and', 'the', 'for', 'from', 'due', 'not', 'elsewhere', 'classified',
  'encounter', 'initial', 'subsequent', 'sequela', 'type', 'part', 'site', 'sites', 'than', 'into', 'more', 'less', 'also', 'nos',
]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? [];
}

/**
 * The words of a clinical note that are asserted: a word within three words after
 * "no", "not", "denies", "without", "negative" or "nor" (in the same sentence) is left out.
 * @example [...noteWords('Precordial pain. No shortness of breath.')] //=> ['precordial', 'pain', 'no']
 */
export function noteWords(note: string): ReadonlySet<string> {
  if (note === lastNote.text) return lastNote.words;
  const out = new Set<string>();
  for (const sentence of note.split(/[.;:\n]+/)) {
    let negatedFor = 0;
    for (const w of words(sentence)) {
      if (NEGATIONS.has(w)) {
        negatedFor = 3;
        out.add(w);
        continue;
      }
      if (negatedFor > 0) negatedFor -= 1;
      else out.add(w);
    }
  }
  lastNote = { text: note, words: out };
  return out;
}
let lastNote: { text: string; words: ReadonlySet<string> } = { text: '', words: new Set() };

/**
 * The words of `candidate`'s title that say what `own`'s title does not (4+ letters, not filler).
 * @example distinctiveWords('Chest pain, unspecified', 'Precordial pain') //=> ['precordial']
 */
export function distinctiveWords(own: string, candidate: string): readonly string[] {
  const id = `${own}\u0000${candidate}`;
  const cached = distinctiveCache.get(id);
  if (cached) return cached;
  const mine = new Set(words(own));
  const found = [...new Set(words(candidate))].filter((w) => w.length >= 4 && !mine.has(w) && !NOT_DISTINCTIVE.has(w));
  if (distinctiveCache.size > 5000) distinctiveCache.clear();
  distinctiveCache.set(id, found);
  return found;
}
const distinctiveCache = new Map<string, readonly string[]>();

/** A candidate code and the note words that point at it. */
export type RankedCode = { readonly entry: CodeEntry; readonly mentions: readonly string[] };

/**
 * Orders candidate codes: those whose distinctive title words the note mentions come
 * first (more mentions first), then the rest in the given order.
 * @example rankByNote('Chest pain, unspecified', [r071, r072, r0789], noteWords('precordial pain')) //=> [{ entry: r072, mentions: ['precordial'] }, { entry: r071, mentions: [] }, …]
 */
export function rankByNote(ownTitle: string, candidates: readonly CodeEntry[], note: ReadonlySet<string>): RankedCode[] {
  const ranked = candidates.map((entry, i) => ({ entry, i, mentions: note.size === 0 ? [] : distinctiveWords(ownTitle, entry.longTitle).filter((w) => note.has(w)) }));
  ranked.sort((a, b) => b.mentions.length - a.mentions.length || a.i - b.i);
  return ranked.map(({ entry, mentions }) => ({ entry, mentions }));
}

/**
 * "and 3 more" / '' for a count of fixes not offered.
 * @example moreText(3) //=> '; 3 more not shown'
 */
export function moreText(more: number): string {
  return more > 0 ? `; ${more} more not shown` : '';
}
