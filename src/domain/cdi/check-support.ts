import { isInpatient, type EncounterDocument } from '../claim';
import { replaceDiagnosisFix, type Fix } from '../rules';
import type { CodeFamily, CueKind, CuePack, CueRef, SpecificForm } from './cue-pack';
import { scanNote, type Mention, type NoteScan } from './scan-note';

/** Where a code stands against the note. `not-checked`: the pack has no words for it and the title gives none. */
export type SupportStatus = 'supported' | 'partly' | 'not-found' | 'not-checked';

export type CodeKind = 'dx' | 'act';

/** What the loaded code set says about a code (title, billable), or undefined when it does not hold it. */
export type CodeLookup = (kind: CodeKind, code: string) => { readonly title: string; readonly billable: boolean } | undefined;

/** The unspecified (or mismatched) code has a more specific form the note documents. */
export type SpecificityGap = {
  readonly suggested: string;
  readonly title: string;
  /** The cue or term mentions that document the specific form. */
  readonly evidence: readonly Mention[];
  /** Replaces the code (and the activity links to it); apply through the undoable patch path. */
  readonly fix: Fix;
};

export type CodeSupport = {
  readonly kind: CodeKind;
  /** Index in `claim.diagnoses` or `claim.activities`. */
  readonly index: number;
  /** The code as written on the claim. */
  readonly code: string;
  readonly title: string;
  readonly familyId: string | null;
  readonly status: SupportStatus;
  /** Why, in plain sentences (what was found, what is missing). */
  readonly reasons: readonly string[];
  /** The note phrases that support the code (condition and cue mentions). */
  readonly evidence: readonly Mention[];
  readonly gap?: SpecificityGap;
};

/** A condition the note documents that no code covers: a prompt for the reviewer, never a code. */
export type DocumentationPrompt = {
  /** `missing`: documented, not coded. `uncertain`: documented only as uncertain in an outpatient setting. */
  readonly kind: 'missing' | 'uncertain';
  readonly familyId: string;
  readonly label: string;
  readonly evidence: readonly Mention[];
  readonly message: string;
};

export type CdiAnalysis = {
  readonly setting: 'inpatient' | 'outpatient';
  readonly scan: NoteScan;
  readonly codes: readonly CodeSupport[];
  readonly prompts: readonly DocumentationPrompt[];
};

/** ICD-10-CM guideline sections the uncertainty rule follows. */
export const UNCERTAIN_RULES = {
  outpatient: 'ICD-10-CM guideline IV.H: in outpatient settings do not code diagnoses documented as probable, suspected or questionable; code the signs and symptoms.',
  inpatient: 'ICD-10-CM guidelines II.H and III.C: in inpatient settings code a diagnosis documented as uncertain at discharge as if it were established.',
} as const;

function keyOf(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function familyFor(pack: CuePack, kind: CodeKind, code: string): CodeFamily | undefined {
  const key = keyOf(code);
  let best: { family: CodeFamily; length: number } | undefined;
  for (const f of pack.families) {
    if (f.system !== kind) continue;
    for (const p of f.codes) if (key.startsWith(p) && (!best || p.length > best.length)) best = { family: f, length: p.length };
  }
  return best?.family;
}

/** Each distinct phrase once, quoted: `"Left", "knee pain"` (case-insensitive). */
export function quoteAll(ms: readonly Mention[]): string {
  return uniqueTexts(ms).map((t) => `"${t}"`).join(', ');
}

/** The distinct texts of mentions, in note order, first spelling kept. @example uniqueTexts([left, Left, knee]) //=> ['left', 'knee pain'] */
export function uniqueTexts(ms: readonly Mention[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of [...ms].sort((a, b) => a.start - b.start)) {
    const k = m.text.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(m.text);
    }
  }
  return out;
}

const asserted = (m: Mention) => `"${m.assertedAs ?? m.text}"`;

function cueMentions(scan: NoteScan, sentences: ReadonlySet<number>, kind: CueKind): Mention[] {
  return scan.mentions.filter((m) => m.kind === kind && m.assertion === 'affirmed' && sentences.has(m.sentence));
}

/** The mentions in the evidence sentences that document a specific form (any of its terms or cues), or [] when none do. */
function formEvidence(form: SpecificForm, scan: NoteScan, sentences: ReadonlySet<number>, note: string): Mention[] {
  const byCue = scan.mentions.filter(
    (m) => m.kind !== 'condition' && m.assertion === 'affirmed' && sentences.has(m.sentence) && form.cues.some((c: CueRef) => c.kind === m.kind && c.value === m.value),
  );
  const termWords = form.terms.map((t) => t.toLowerCase());
  const byTerm = scan.mentions.filter((m) => m.kind === 'condition' && m.assertion === 'affirmed' && sentences.has(m.sentence) && termWords.includes(note.slice(m.start, m.end).toLowerCase()));
  return [...byCue, ...byTerm];
}

function describeForm(form: SpecificForm): string {
  return [...form.terms.map((t) => `"${t}"`), ...form.cues.map((c) => `${c.value}`)].join(' or ');
}

const TITLE_CUES: readonly { readonly kind: CueKind; readonly value: string; readonly pattern: RegExp }[] = [
  { kind: 'laterality', value: 'right', pattern: /\bright\b/i },
  { kind: 'laterality', value: 'left', pattern: /\bleft\b/i },
  { kind: 'laterality', value: 'bilateral', pattern: /\bbilateral\b/i },
  { kind: 'episode', value: 'initial', pattern: /\binitial encounter\b/i },
  { kind: 'episode', value: 'subsequent', pattern: /\bsubsequent encounter\b/i },
  { kind: 'episode', value: 'sequela', pattern: /\bsequela\b/i },
  { kind: 'trimester', value: 'first', pattern: /\bfirst trimester\b/i },
  { kind: 'trimester', value: 'second', pattern: /\bsecond trimester\b/i },
  { kind: 'trimester', value: 'third', pattern: /\bthird trimester\b/i },
];

/** Axes the code title states (side, episode, trimester) that the note must document too. */
function titleChecks(title: string, scan: NoteScan, sentences: ReadonlySet<number>): { reasons: string[]; evidence: Mention[] } {
  const reasons: string[] = [];
  const evidence: Mention[] = [];
  for (const t of TITLE_CUES) {
    if (!t.pattern.test(title)) continue;
    // "Bilateral" titles also contain neither right nor left; "right" in a bilateral title does not occur in ICD-10-CM.
    // Side belongs to the sentence that names the condition; episode and trimester describe the whole encounter.
    const where = t.kind === 'laterality' ? sentences : new Set(scan.sentences.map((x) => x.index));
    const found = cueMentions(scan, where, t.kind);
    const same = found.filter((m) => m.value === t.value);
    if (same.length > 0) {
      evidence.push(...same);
      continue;
    }
    const other = [...new Set(found.map((m) => m.value))];
    reasons.push(
      other.length > 0
        ? `The code says ${t.kind} ${t.value}; the note documents ${other.join(', ')} (${quoteAll(found)}).`
        : t.kind === 'laterality'
          ? `The code says ${t.kind} ${t.value}; the note does not document the ${t.kind} where it mentions the condition.`
          : `The code says ${t.kind} ${t.value}; the note does not document the ${t.kind}.`,
    );
  }
  return { reasons, evidence };
}

function usable(m: Mention, inpatient: boolean): boolean {
  return m.assertion === 'affirmed' || (m.assertion === 'uncertain' && inpatient);
}

function checkFamilyCode(
  doc: EncounterDocument,
  kind: CodeKind,
  index: number,
  code: string,
  title: string,
  family: CodeFamily,
  scan: NoteScan,
  inpatient: boolean,
  lookup: CodeLookup | null,
): CodeSupport {
  const base = { kind, index, code, title, familyId: family.id };
  const all = scan.mentions.filter((m) => m.kind === 'condition' && m.value === family.id);
  const good = all.filter((m) => usable(m, inpatient));
  if (good.length === 0) {
    const uncertain = all.filter((m) => m.assertion === 'uncertain');
    if (uncertain.length > 0) {
      return {
        ...base,
        status: 'partly',
        reasons: [`${family.label} is documented only as uncertain (${uncertain.map(asserted).join(', ')}). ${UNCERTAIN_RULES.outpatient}`],
        evidence: uncertain,
      };
    }
    const negated = all.filter((m) => m.assertion === 'negated');
    return {
      ...base,
      status: 'not-found',
      reasons: [
        negated.length > 0
          ? `The note mentions ${family.label.toLowerCase()} only as absent (${negated.map(asserted).join(', ')}).`
          : `The note does not mention ${family.label.toLowerCase()}.`,
      ],
      evidence: [],
    };
  }
  const sentences = new Set(good.map((m) => m.sentence));
  const reasons: string[] = [];
  const evidence: Mention[] = [...good];
  if (good.some((m) => m.assertion === 'uncertain')) reasons.push(`Documented as uncertain; counted as established. ${UNCERTAIN_RULES.inpatient}`);
  const norm = keyOf(code);
  const own = family.specific.find((f) => keyOf(f.code) === norm);
  const documented = family.specific.map((f) => ({ form: f, ev: formEvidence(f, scan, sentences, doc.note) })).filter((x) => x.ev.length > 0);
  let status: SupportStatus = 'supported';
  let gapForm: { form: SpecificForm; ev: Mention[] } | undefined;
  if (own) {
    const ownEv = documented.find((d) => d.form === own);
    if (ownEv) evidence.push(...ownEv.ev);
    else {
      status = 'partly';
      const others = documented.filter((d) => d.form !== own);
      reasons.push(
        others.length > 0
          ? `The code is ${own.label.toLowerCase()}; the note documents ${others.map((d) => quoteAll(d.ev)).join('; ')} instead.`
          : `The code is ${own.label.toLowerCase()}; the note does not document ${describeForm(own)}.`,
      );
      gapForm = others.length === 1 ? others[0] : undefined;
    }
  } else {
    const t = titleChecks(title, scan, sentences);
    evidence.push(...t.evidence);
    if (t.reasons.length > 0) {
      status = 'partly';
      reasons.push(...t.reasons);
    }
    if (family.unspecified.some((u) => keyOf(u) === norm) && documented.length === 1) gapForm = documented[0];
    else if (family.unspecified.some((u) => keyOf(u) === norm) && documented.length > 1) {
      reasons.push(`The note documents several specific forms (${documented.map((d) => d.form.code).join(', ')}); choose the one that applies.`);
    }
  }
  const gap = gapForm ? toGap(doc, kind, index, code, gapForm.form, gapForm.ev, lookup) : undefined;
  if (gap) reasons.push(`The note documents the specific form (${quoteAll(gap.evidence)}): ${gap.suggested} ${gap.title}.`);
  return { ...base, status, reasons, evidence: dedupe(evidence), ...(gap ? { gap } : {}) };
}

function toGap(doc: EncounterDocument, kind: CodeKind, index: number, code: string, form: SpecificForm, evidence: readonly Mention[], lookup: CodeLookup | null): SpecificityGap | undefined {
  if (kind !== 'dx' || keyOf(form.code) === keyOf(code)) return undefined;
  const entry = lookup ? lookup('dx', form.code) : undefined;
  // With a code set loaded, suggest only a code it holds as billable; without one, the pack's label stands in.
  if (lookup && !entry?.billable) return undefined;
  const title = entry?.title ?? form.label;
  return { suggested: form.code, title, evidence, fix: replaceDiagnosisFix(doc, index, form.code, `Replace ${code} with ${form.code} (${title})`) };
}

function dedupe(ms: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return [...ms].sort((a, b) => a.start - b.start).filter((m) => {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Content words of a code title (the pack's title stop words left out). */
function titleWords(title: string, stop: ReadonlySet<string>): string[] {
  const words = title
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .match(/[a-z0-9]+/g);
  return [...new Set((words ?? []).filter((w) => w.length > 2 && !stop.has(w)))];
}

/** Without a family in the pack: the code title's words, affirmed in one sentence of the note. */
function checkByTitle(kind: CodeKind, index: number, code: string, title: string, note: string, pack: CuePack, scan: NoteScan, inpatient: boolean): CodeSupport {
  const base = { kind, index, code, title, familyId: null };
  const words = kind === 'dx' ? titleWords(title, new Set(pack.titleStopWords)) : [];
  if (words.length === 0) {
    return { ...base, status: 'not-checked', reasons: [title === '' ? 'The loaded code set has no title for this code and the cue pack has no terms for it.' : 'The cue pack has no terms for this code.'], evidence: [] };
  }
  const wordPack: CuePack = { ...pack, cues: [], families: words.map((w) => ({ id: w, label: w, system: 'dx', codes: ['X'], terms: [w], unspecified: [], specific: [], integralTo: [], prompt: false })) };
  const found = scanNote(note, wordPack).mentions.filter((m) => usable(m, inpatient));
  let best: Mention[] = [];
  for (const s of new Set(found.map((m) => m.sentence))) {
    const inS = found.filter((m) => m.sentence === s);
    if (new Set(inS.map((m) => m.value)).size > new Set(best.map((m) => m.value)).size) best = inS;
  }
  const covered = new Set(best.map((m) => m.value));
  const missing = words.filter((w) => !covered.has(w));
  const evidence = best.map((m) => ({ ...m, kind: 'condition' as const }));
  if (missing.length === 0) {
    const t = titleChecks(title, scan, new Set(best.map((m) => m.sentence)));
    return { ...base, status: t.reasons.length > 0 ? 'partly' : 'supported', reasons: [`Every word of the title is in one sentence of the note.`, ...t.reasons], evidence: dedupe([...evidence, ...t.evidence]) };
  }
  if (covered.size * 2 >= words.length) {
    return { ...base, status: 'partly', reasons: [`Some words of the title are in the note; not found: ${missing.join(', ')}.`], evidence };
  }
  return { ...base, status: 'not-found', reasons: [`The note does not mention ${title === '' ? 'this code' : `"${title}"`}.`], evidence: [] };
}

/** Activity lines the review looks at: CPT (3) and HCPCS (4); drugs, DRG lines and others are left out. */
const REVIEWED_ACTIVITY_TYPES: ReadonlySet<string> = new Set(['3', '4']);

/**
 * Checks each diagnosis (and CPT/HCPCS activity) of an encounter against its clinical
 * note: supported, partly or not found, with the note phrases that support it; an
 * unspecified code whose specific form the note documents gets a one-click
 * replacement; conditions the note documents that no code covers come back as prompts.
 * Negated mentions never support; uncertain mentions support inpatient encounters only.
 *
 * @param doc the encounter (its `note`, codes and encounter type)
 * @param pack the cue pack
 * @param lookup titles and billable flags from the loaded code set, or null when none is loaded
 * @returns the setting, the note scan, one entry per reviewed code, and the prompts
 * @example
 * checkDocumentation(docWith(['R07.9'], 'Precordial chest pain.'), pack, lookup).codes[0]
 * //=> { code: 'R07.9', status: 'supported', gap: { suggested: 'R07.2', … }, … }
 * See: ICD-10-CM Official Guidelines II.H, III.C, IV.H; docs/adr/0060-cdi-cue-scanner.md
 */
export function checkDocumentation(doc: EncounterDocument, pack: CuePack, lookup: CodeLookup | null): CdiAnalysis {
  const inpatient = isInpatient(doc.claim.encounter.type.trim());
  const scan = scanNote(doc.note, pack);
  const codes: CodeSupport[] = [];
  const check = (kind: CodeKind, index: number, code: string) => {
    const title = lookup?.(kind, code)?.title ?? '';
    const family = familyFor(pack, kind, code);
    codes.push(family ? checkFamilyCode(doc, kind, index, code, title, family, scan, inpatient, lookup) : checkByTitle(kind, index, code, title, doc.note, pack, scan, inpatient));
  };
  doc.claim.diagnoses.forEach((d, i) => {
    if (d.code.trim() !== '') check('dx', i, d.code.trim());
  });
  doc.claim.activities.forEach((a, i) => {
    if (a.code.trim() !== '' && REVIEWED_ACTIVITY_TYPES.has(a.type.trim())) check('act', i, a.code.trim());
  });
  const coded = doc.claim.diagnoses.map((d) => keyOf(d.code)).filter((k) => k !== '');
  const prompts: DocumentationPrompt[] = [];
  for (const f of pack.families) {
    if (f.system !== 'dx' || !f.prompt) continue;
    if (coded.some((k) => [...f.codes, ...f.integralTo].some((p) => k.startsWith(p)))) continue;
    const ms = scan.mentions.filter((m) => m.kind === 'condition' && m.value === f.id);
    const good = ms.filter((m) => usable(m, inpatient));
    if (good.length > 0) {
      prompts.push({ kind: 'missing', familyId: f.id, label: f.label, evidence: good, message: `The note documents ${f.label.toLowerCase()} (${quoteAll(good)}) but no code on the claim covers it. Review; code it only if the documentation supports it.` });
      continue;
    }
    const uncertain = ms.filter((m) => m.assertion === 'uncertain');
    if (uncertain.length > 0) {
      prompts.push({ kind: 'uncertain', familyId: f.id, label: f.label, evidence: uncertain, message: `${f.label} is documented as uncertain (${uncertain.map(asserted).join(', ')}). ${UNCERTAIN_RULES.outpatient}` });
    }
  }
  return { setting: inpatient ? 'inpatient' : 'outpatient', scan, codes, prompts };
}
