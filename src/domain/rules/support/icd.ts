import { linkKey, renameLinks, type Activity, type EncounterDocument } from '../../claim';
import { codeCatalogFromTables, icdDisplay, normalizeIcdKey, type CodeEntry, type CodeRelease, type CodeSetView } from '../../codes';
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
export function diagnosisLines(doc: EncounterDocument): DxLine[] {
  const out: DxLine[] = [];
  doc.claim.diagnoses.forEach((d, index) => {
    const typed = d.code.trim();
    if (typed === '') return;
    const key = normalizeIcdKey(typed);
    out.push({ index, typed, key, display: key === null ? typed : icdDisplay(key), principal: isPrincipalType(d.type) });
  });
  return out;
}

/** Whether a Diagnosis.Type is Principal (any case). */
export function isPrincipalType(type: string): boolean {
  return type.trim().toLowerCase() === 'principal';
}

/** Canonical keys of every diagnosis line, by index (`null` where there is no code). */
export function diagnosisKeys(doc: EncounterDocument): (string | null)[] {
  return doc.claim.diagnoses.map((d) => normalizeIcdKey(d.code));
}

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

/**
 * A fix that replaces diagnosis `index` with `replacement` and points the activity links
 * that named the old code at the new one (the diagnosis pointers travel with the code).
 * @example replaceDiagnosisFix(doc, 0, 'R07.2', 'Use R07.2 (Precordial pain)')
 */
export function replaceDiagnosisFix(doc: EncounterDocument, index: number, replacement: string, label: string): Fix {
  const old = doc.claim.diagnoses[index]?.code ?? '';
  const patches: Patch[] = [{ op: 'set', path: ['claim', 'diagnoses', index, 'code'], value: replacement }];
  const renamed = linkKey(old) === linkKey(replacement) ? rewriteLinks(doc.claim.activities, old, replacement) : renameLinks(doc.claim.activities, old, replacement);
  renamed.forEach((a, j) => {
    if (a !== doc.claim.activities[j]) patches.push({ op: 'set', path: ['claim', 'activities', j, 'diagnosisLinks'], value: a.diagnosisLinks });
  });
  return { label, patches };
}

/** Links naming the same code in another form (R072, r07.2) rewritten as `to`; unchanged activities keep their identity. */
function rewriteLinks(activities: readonly Activity[], from: string, to: string): Activity[] {
  const f = linkKey(from);
  return activities.map((a) => {
    if (!a.diagnosisLinks.some((l) => linkKey(l) === f && l !== to)) return a;
    const seen = new Set<string>();
    const links = a.diagnosisLinks.map((l) => (linkKey(l) === f ? to : l)).filter((l) => !seen.has(linkKey(l)) && seen.add(linkKey(l)));
    return { ...a, diagnosisLinks: links };
  });
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
  return out;
}

/**
 * The words of `candidate`'s title that say what `own`'s title does not (4+ letters, not filler).
 * @example distinctiveWords('Chest pain, unspecified', 'Precordial pain') //=> ['precordial']
 */
export function distinctiveWords(own: string, candidate: string): string[] {
  const mine = new Set(words(own));
  return [...new Set(words(candidate))].filter((w) => w.length >= 4 && !mine.has(w) && !NOT_DISTINCTIVE.has(w));
}

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
