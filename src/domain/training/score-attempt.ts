import { linkKey, type Activity, type EncounterDocument } from '../claim';
import { D, parseDecimal } from '../money';
import { fieldValue, isDrgLine, paymentOnClaim } from './key-document';
import { KEY_FIELDS, type KeyProcedure, type ScenarioKey } from './scenario.schema';

/**
 * Scoring a learner's attempt against a scenario's key (docs/adr/0070-training-scenarios-and-scoring.md).
 * Whole points only; every point lost carries a sentence saying what was expected and why.
 */

export type ScorePartId = 'principal' | 'secondary' | 'procedures' | 'modifiers' | 'linkage' | 'payment' | 'data';

export const SCORE_PART_LABELS: Readonly<Record<ScorePartId, string>> = {
  principal: 'Principal diagnosis',
  secondary: 'Secondary diagnoses',
  procedures: 'Procedures',
  modifiers: 'Modifiers',
  linkage: 'Diagnosis linkage',
  payment: 'DRG and payment',
  data: 'Patient and encounter data',
};

/** Points lost, and why. */
export type LostPoints = { readonly points: number; readonly reason: string };

export type ScorePart = {
  readonly id: ScorePartId;
  readonly label: string;
  readonly earned: number;
  readonly max: number;
  readonly lost: readonly LostPoints[];
};

export type AttemptScore = {
  readonly parts: readonly ScorePart[];
  readonly earned: number;
  readonly max: number;
  /** Whole per cent, rounded half up. */
  readonly percent: number;
};

/** What the learner hands in: the coded encounter and, for DRG exercises, the payment they worked out. */
export type Attempt = {
  readonly document: EncounterDocument;
  /** Total payment in AED as typed; when absent, the nets of the claim's DRG lines. */
  readonly payment?: string | undefined;
};

export type ScoreOptions = {
  /** A code's title for the explanations (e.g. from the code catalog). */
  readonly titleOf?: ((code: string) => string | undefined) | undefined;
};

/** Points per item (docs/adr/0070). */
export const POINTS = { principal: 4, secondary: 2, procedure: 2, modifiers: 1, linkage: 2, drgCode: 2, payment: 2, field: 1 } as const;

type Named = (code: string) => string;

function namer(options: ScoreOptions): Named {
  return (code) => {
    const title = options.titleOf?.(code);
    return title ? `${code} (${title})` : code;
  };
}

const category = (code: string): string => linkKey(code).slice(0, 3);
const subcategory = (code: string): string => linkKey(code).slice(0, 4);

function part(id: ScorePartId, max: number, lost: LostPoints[]): ScorePart {
  const lostTotal = lost.reduce((s, l) => s + l.points, 0);
  return { id, label: SCORE_PART_LABELS[id], earned: Math.max(0, max - lostTotal), max, lost };
}

type AttemptDx = { readonly code: string; readonly type: string };

function scorePrincipal(key: ScenarioKey, dx: readonly AttemptDx[], name: Named): ScorePart {
  const max = POINTS.principal;
  const expected = key.diagnoses[0];
  if (!expected) return part('principal', 0, []);
  const principal = dx.find((d) => d.type === 'Principal');
  const k = linkKey(expected.code);
  if (principal && linkKey(principal.code) === k) return part('principal', max, []);
  const candidates: LostPoints[] = [];
  if (dx.some((d) => d.type !== 'Principal' && linkKey(d.code) === k)) {
    candidates.push({ points: 2, reason: `Right code, wrong sequence: ${name(expected.code)} is coded as a secondary diagnosis but is the main reason for the encounter, so it is listed first as Principal.` });
  }
  if (principal && principal.code.trim() !== '') {
    if (subcategory(principal.code) === subcategory(expected.code) && linkKey(principal.code).length > 3) {
      candidates.push({ points: 1, reason: `Right category and 4th character, wrong final characters: ${name(principal.code)} was coded; the documentation supports ${name(expected.code)}.` });
    } else if (category(principal.code) === category(expected.code)) {
      candidates.push({ points: 2, reason: `Right category ${category(expected.code)}, wrong code: ${name(principal.code)} was coded; the documentation supports ${name(expected.code)} (check the 4th and later characters).` });
    }
  }
  candidates.sort((a, b) => a.points - b.points);
  const best = candidates[0];
  if (best) return part('principal', max, [best]);
  const reason = principal && principal.code.trim() !== '' ? `${name(principal.code)} is not the principal diagnosis: the documentation supports ${name(expected.code)}.` : `No principal diagnosis was coded: the key is ${name(expected.code)}.`;
  return part('principal', max, [{ points: max, reason }]);
}

function scoreSecondary(key: ScenarioKey, dx: readonly AttemptDx[], name: Named): ScorePart {
  const expected = key.diagnoses.slice(1);
  const keyCodes = new Set(key.diagnoses.map((d) => linkKey(d.code)));
  const principal = dx.find((d) => d.type === 'Principal');
  const secondaries = dx.filter((d) => d !== principal && d.code.trim() !== '');
  const used = new Set<number>();
  const lost: LostPoints[] = [];
  for (const e of expected) {
    const exact = secondaries.findIndex((d, i) => !used.has(i) && linkKey(d.code) === linkKey(e.code));
    if (exact >= 0) {
      used.add(exact);
      continue;
    }
    if (principal && linkKey(principal.code) === linkKey(e.code)) {
      lost.push({ points: 1, reason: `Right code, wrong sequence: ${name(e.code)} is coded as Principal but is a secondary diagnosis here.` });
      continue;
    }
    const near = secondaries.findIndex((d, i) => !used.has(i) && !keyCodes.has(linkKey(d.code)) && category(d.code) === category(e.code));
    if (near >= 0) {
      used.add(near);
      const got = secondaries[near]?.code ?? '';
      lost.push({ points: 1, reason: `Right category ${category(e.code)}, wrong code: ${name(got)} was coded; the documentation supports ${name(e.code)}.` });
      continue;
    }
    lost.push({ points: POINTS.secondary, reason: `Missing secondary diagnosis ${name(e.code)}: the note documents it and it affects care or payment.` });
  }
  secondaries.forEach((d, i) => {
    if (used.has(i) || keyCodes.has(linkKey(d.code))) return;
    lost.push({ points: 1, reason: `${name(d.code)} is not supported by the documentation for this encounter: code only what the note supports.` });
  });
  // With no secondary in the key, "code none" is itself the answer and earns its points.
  return part('secondary', POINTS.secondary * Math.max(expected.length, 1), lost);
}

type Match = { readonly key: KeyProcedure; readonly line: Activity | null };

const modifierSet = (mods: readonly string[]): string =>
  mods
    .map((m) => m.trim().toUpperCase())
    .filter(Boolean)
    .sort()
    .join(',');

function sameQuantity(a: string, b: string): boolean {
  const pa = parseDecimal(a.trim() || '1');
  const pb = parseDecimal(b.trim() || '1');
  return pa.ok && pb.ok ? pa.value.value.eq(pb.value.value) : a.trim() === b.trim();
}

function matchProcedures(key: ScenarioKey, lines: readonly Activity[]): { matches: Match[]; extras: Activity[] } {
  const used = new Set<number>();
  const matches = key.procedures.map((k) => {
    const same = lines.flatMap((l, i) => (!used.has(i) && l.code.trim().toUpperCase() === k.code.trim().toUpperCase() ? [i] : []));
    // Two lines of one code (e.g. with and without 59): pair each key line with the attempt line whose modifiers match.
    const pick = same.find((i) => modifierSet(lines[i]?.modifiers ?? []) === modifierSet(k.modifiers)) ?? same[0];
    if (pick === undefined) return { key: k, line: null };
    used.add(pick);
    return { key: k, line: lines[pick] ?? null };
  });
  return { matches, extras: lines.filter((_, i) => !used.has(i)) };
}

function scoreProcedures(matches: readonly Match[], extras: readonly Activity[], name: Named): ScorePart {
  const lost: LostPoints[] = [];
  for (const m of matches) {
    if (!m.line) lost.push({ points: POINTS.procedure, reason: `Missing procedure ${name(m.key.code)}: the note documents it.` });
    else if (!sameQuantity(m.line.quantity, m.key.quantity)) lost.push({ points: 1, reason: `${name(m.key.code)}: quantity ${m.line.quantity || '(blank)'} was given; the documentation supports ${m.key.quantity}.` });
  }
  for (const x of extras) lost.push({ points: 1, reason: `${name(x.code)} is not supported by the documentation for this encounter (or is bundled into another line).` });
  return part('procedures', POINTS.procedure * Math.max(matches.length, 1), lost);
}

function listText(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ');
}

function scoreModifiers(matches: readonly Match[], name: Named): ScorePart {
  const lost: LostPoints[] = [];
  for (const m of matches) {
    if (!m.line) {
      lost.push({ points: POINTS.modifiers, reason: `${name(m.key.code)} was not coded, so its modifiers (${listText(m.key.modifiers)}) could not be checked.` });
      continue;
    }
    if (modifierSet(m.line.modifiers) === modifierSet(m.key.modifiers)) continue;
    const want = new Set(m.key.modifiers.map((x) => x.trim().toUpperCase()));
    const got = new Set(m.line.modifiers.map((x) => x.trim().toUpperCase()).filter(Boolean));
    const missing = [...want].filter((x) => !got.has(x));
    const extra = [...got].filter((x) => !want.has(x));
    const bits = [missing.length > 0 ? `missing ${missing.join(', ')}` : '', extra.length > 0 ? `not supported ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
    lost.push({ points: POINTS.modifiers, reason: `${name(m.key.code)}: modifiers ${listText([...got])}, expected ${listText([...want])} (${bits}).` });
  }
  return part('modifiers', POINTS.modifiers * matches.length, lost);
}

function scoreLinkage(matches: readonly Match[], name: Named): ScorePart {
  const lost: LostPoints[] = [];
  for (const m of matches) {
    const want = m.key.links.map(linkKey);
    if (!m.line) {
      lost.push({ points: POINTS.linkage, reason: `${name(m.key.code)} was not coded, so its diagnosis links could not be checked.` });
      continue;
    }
    const got = new Set(m.line.diagnosisLinks.map(linkKey).filter(Boolean));
    const same = got.size === want.length && want.every((w) => got.has(w));
    if (same) continue;
    const primary = m.key.links[0];
    const linkedText = listText(m.line.diagnosisLinks.filter((l) => l.trim() !== ''));
    if (primary && got.has(linkKey(primary))) {
      lost.push({ points: 1, reason: `${name(m.key.code)} is linked to ${linkedText}; it is performed for ${listText(m.key.links)} (the main reason is linked; the rest of the links differ).` });
    } else {
      lost.push({ points: POINTS.linkage, reason: `${name(m.key.code)} is linked to ${linkedText}; it must be linked to ${listText(m.key.links)}, the diagnosis that justifies it.` });
    }
  }
  return part('linkage', POINTS.linkage * matches.length, lost);
}

function scorePayment(key: ScenarioKey, attempt: Attempt): ScorePart | null {
  const drg = key.drg;
  if (!drg) return null;
  const lost: LostPoints[] = [];
  const line = attempt.document.claim.activities.find((a) => a.type.trim() === '9' && a.code.trim() !== '');
  const code = line?.code.trim() ?? '';
  if (code === drg.code) {
    // right
  } else if (code !== '' && code.slice(0, 5) === drg.code.slice(0, 5)) {
    lost.push({ points: 1, reason: `IR-DRG ${code} is the right base DRG with the wrong severity level: the secondary diagnoses documented support ${drg.code}.` });
  } else {
    lost.push({ points: POINTS.drgCode, reason: code === '' ? `No IR-DRG was entered (type-9 line): the key is ${drg.code}.` : `IR-DRG ${code} was entered; the key is ${drg.code}.` });
  }
  const typed = attempt.payment?.trim() ?? '';
  const given = typed !== '' ? typed : paymentOnClaim(attempt.document);
  const p = parseDecimal(given.replace(/,/g, ''));
  if (given === '') {
    lost.push({ points: POINTS.payment, reason: `No payment was given: the calculator gives ${drg.payment} AED for this stay.` });
  } else if (!p.ok) {
    lost.push({ points: POINTS.payment, reason: `"${given}" is not an amount: the calculator gives ${drg.payment} AED.` });
  } else {
    const diff = p.value.value.minus(D(drg.payment)).abs();
    if (diff.isZero()) {
      // right
    } else if (diff.lte(D('1.00'))) {
      lost.push({ points: 1, reason: `${p.value.value.toFixed(2)} AED is within 1 AED of ${drg.payment} AED: round only at the named steps (Base rate × RW to whole AED, then 2 places).` });
    } else {
      lost.push({ points: POINTS.payment, reason: `${p.value.value.toFixed(2)} AED was given; the calculator gives ${drg.payment} AED (open the DRG panel's steps to see where the amounts part).` });
    }
  }
  return part('payment', POINTS.drgCode + POINTS.payment, lost);
}

function scoreData(key: ScenarioKey, doc: EncounterDocument): ScorePart | null {
  if (key.fields.length === 0) return null;
  const lost: LostPoints[] = [];
  for (const f of key.fields) {
    const got = fieldValue(doc, f.field).trim();
    if (got.toUpperCase() !== f.value.trim().toUpperCase()) {
      lost.push({ points: POINTS.field, reason: `${KEY_FIELDS[f.field]}: ${got === '' ? 'left blank' : `"${got}" was entered`}; the note gives "${f.value}". Payers reject claims they cannot match to the patient and policy.` });
    }
  }
  return part('data', POINTS.field * key.fields.length, lost);
}

/**
 * Scores an attempt against a scenario's key, part by part, with partial credit where the
 * learner was close: right category but wrong 4th character, right code in the wrong sequence,
 * the main link right but others missing, the right base DRG with the wrong severity, a
 * payment off only by rounding. Codes the documentation does not support cost points.
 * @param key - the scenario's answer key
 * @param attempt - the learner's encounter (and typed payment)
 * @param options - code titles for the explanations
 * @returns points per part (max and earned), each point lost with its reason, and the total
 * @example scoreAttempt(key, { document: coded }).percent //=> 100
 * See: docs/adr/0070-training-scenarios-and-scoring.md (points table).
 */
export function scoreAttempt(key: ScenarioKey, attempt: Attempt, options: ScoreOptions = {}): AttemptScore {
  const name = namer(options);
  const doc = attempt.document;
  const dx: AttemptDx[] = doc.claim.diagnoses.filter((d) => d.code.trim() !== '').map((d) => ({ code: d.code.trim(), type: d.type }));
  const lines = doc.claim.activities.filter((a) => !isDrgLine(a) && a.code.trim() !== '');
  const { matches, extras } = matchProcedures(key, lines);
  const parts: ScorePart[] = [
    scorePrincipal(key, dx, name),
    scoreSecondary(key, dx, name),
    scoreProcedures(matches, extras, name),
  ];
  if (matches.length > 0) parts.push(scoreModifiers(matches, name), scoreLinkage(matches, name));
  const payment = scorePayment(key, attempt);
  if (payment) parts.push(payment);
  const data = scoreData(key, doc);
  if (data) parts.push(data);
  const earned = parts.reduce((s, p) => s + p.earned, 0);
  const max = parts.reduce((s, p) => s + p.max, 0);
  const percent = max === 0 ? 0 : Math.floor((earned * 200 + max) / (2 * max));
  return { parts, earned, max, percent };
}
