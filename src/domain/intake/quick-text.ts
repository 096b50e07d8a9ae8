import type { Activity, Diagnosis, EncounterDocument, PayerProfileId } from '../claim';
import { PAYER_PROFILES, emptyActivity, emptyClaim, emptyDocument, emptyEncounter, emptyHeader } from '../claim';
import { parseDateTimeText } from '../shared/dates';
import type { Issue, Result } from '../shared/result';
import { found, readAmount, readCode, readIcd, readPoa, readQuantity, resolveLinks, type LinkRef } from './line-parts';
import {
  ACTIVITY_KINDS,
  DIAGNOSIS_KINDS,
  ENCOUNTER_END_TYPES,
  ENCOUNTER_START_TYPES,
  ENCOUNTER_TYPES,
  ENCOUNTER_TYPE_NAMES,
  END_TYPE_NAMES,
  START_TYPE_NAMES,
  codeOrName,
  listOf,
} from './vocabulary';

export type IntakeOptions = {
  /** The payer profile when the text does not name one (quick text `PROFILE`); default DOH. */
  readonly profile?: PayerProfileId;
};

/** A parsed snippet: a whole encounter document, plus what was read leniently. */
export type ParsedIntake = { readonly document: EncounterDocument; readonly warnings: readonly Issue[] };

/** Keywords that set one value; each may appear once. */
const KEYS = ['PROFILE', 'CLAIM', 'MEMBER', 'PAYER', 'PROVIDER', 'EID', 'SENDER', 'RECEIVER', 'GROSS', 'SHARE', 'NET', 'DOB', 'SEX', 'MOTHER', 'FACILITY', 'MRN', 'TYPE', 'START', 'END', 'ADMIT', 'DISCHARGE'] as const;
/** Keywords that set a default for the activity lines after them; they may repeat. */
const DEFAULTS = ['CLINICIAN', 'ORDERING', 'AUTH'] as const;
const ALIASES: Readonly<Record<string, string>> = { PATIENT: 'MRN', PATIENTSHARE: 'SHARE', SRV: 'SERVICE' };
/** Diagnosis lines: DX (the first is the principal unless PDX is used), PDX, ADX (admitting), RFV (reason for visit). */
const DX_KEYWORDS = ['DX', 'PDX', 'ADX', 'RFV'] as const;
/** Activity lines, by Activity.Type. */
const ACTIVITY_KEYWORDS = ['CPT', 'HCPCS', 'DRUG', 'DENTAL', 'SERVICE', 'DRG'] as const;

/** Every keyword the quick text knows (for detection and messages). */
export const QUICK_TEXT_KEYWORDS: readonly string[] = [...KEYS, ...DEFAULTS, ...Object.keys(ALIASES), 'NOTE', 'TRANSFER', ...DX_KEYWORDS, ...ACTIVITY_KEYWORDS];

type Token = { readonly text: string; readonly column: number };

/** Splits `text` (starting at 1-based `column`) into tokens at whitespace and, if asked, commas. */
function tokenize(text: string, column: number, commas = false): Token[] {
  const out: Token[] = [];
  const re = commas ? /[^\s,]+/g : /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ text: m[0], column: column + m.index });
  return out;
}

/** The line without a `#` comment: one at the start, or one after whitespace (`MF1#MRN` is not a comment). */
function stripComment(line: string): string {
  const m = /(^|\s)#/.exec(line);
  return m === null ? line : line.slice(0, m.index);
}

type DxDraft = { kind: string; code: string; poa: string; line: number; column: number };
type ActivityDraft = { activity: Activity; links: LinkRef[]; explicitStart: boolean; line: number };

/**
 * Reads the quick text form (see QUICK-TEXT.md) into an encounter document.
 *
 * All-or-nothing: when any line is wrong the result lists every wrong line (line, column,
 * what was expected, what was found) and nothing is imported, so a half-read snippet
 * never surprises the coder.
 *
 * @param text - the pasted or typed text
 * @param options - the profile to use when the text has no PROFILE line
 * @returns the document and warnings, or all the errors
 * @example parseQuickText('DX R07.2\nCPT 93000 > 1 @120').value.document.claim.activities[0].diagnosisLinks //=> ['R07.2']
 * @example parseQuickText('CPT').errors[0].message //=> 'Line 1, column 4: expected a code after CPT, found nothing.'
 */
export function parseQuickText(text: string, options: IntakeOptions = {}): Result<ParsedIntake> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const issue = (severity: 'error' | 'warning', line: number, column: number, message: string, code: string): void => {
    (severity === 'error' ? errors : warnings).push({ code, message: `Line ${line}, column ${column}: ${message}.`, severity, line, column });
  };
  const error = (line: number, column: number, message: string, code = 'intake.syntax'): void => issue('error', line, column, message, code);

  const values = new Map<string, { value: string; line: number }>();
  const diagnoses: DxDraft[] = [];
  const activities: ActivityDraft[] = [];
  const noteLines: string[] = [];
  let clinician = '';
  let ordering = '';
  let auth = '';
  let transferSource = '';
  let transferDestination = '';
  let meaningful = 0;

  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i] ?? '';
    const head = /^(\s*)(\S+)/.exec(raw);
    if (head === null) continue;
    const keywordColumn = (head[1] ?? '').length + 1;
    const word = (head[2] ?? '').toUpperCase();
    if (word.startsWith('#')) continue;

    // NOTE takes the rest of its line as written (no comments), or a block up to a line """.
    if (word === 'NOTE') {
      meaningful += 1;
      const rest = raw.slice(keywordColumn - 1 + 4).trim();
      if (rest.startsWith('"""')) {
        const first = rest.slice(3);
        if (first.trim() !== '') noteLines.push(first);
        let closed = false;
        for (i += 1; i < lines.length; i++) {
          const l = lines[i] ?? '';
          if (l.trim() === '"""') {
            closed = true;
            break;
          }
          noteLines.push(l);
        }
        if (!closed) error(lineNo, keywordColumn, 'expected a line """ to close the note started here, found the end of the text');
      } else noteLines.push(rest);
      continue;
    }

    const content = stripComment(raw);
    const kw = ALIASES[word] ?? word;
    const restStart = keywordColumn + (head[2] ?? '').length; // 1-based column just after the keyword
    const rest = content.slice(restStart - 1);
    const valueOffset = rest.length - rest.trimStart().length;
    const value = rest.trim();
    const valueColumn = restStart + valueOffset;
    meaningful += 1;

    if ((KEYS as readonly string[]).includes(kw)) {
      if (value === '') {
        error(lineNo, valueColumn, `expected ${KEY_WHAT[kw] ?? 'a value'} after ${word}, found nothing`);
        continue;
      }
      const before = values.get(kw);
      if (before) {
        error(lineNo, keywordColumn, `expected ${kw} once, found it again (first on line ${before.line})`, 'intake.repeated');
        continue;
      }
      const read = readKey(kw, value);
      if (!read.ok) error(lineNo, valueColumn, read.message);
      else {
        values.set(kw, { value: read.value, line: lineNo });
        if (read.note) issue('warning', lineNo, valueColumn, read.note, 'intake.lenient');
      }
      continue;
    }
    if ((DEFAULTS as readonly string[]).includes(kw)) {
      if (value === '') error(lineNo, valueColumn, `expected ${KEY_WHAT[kw] ?? 'a value'} after ${word}, found nothing`);
      else if (kw === 'CLINICIAN') clinician = value;
      else if (kw === 'ORDERING') ordering = value;
      else auth = value;
      continue;
    }
    if (kw === 'TRANSFER') {
      const m = /^(FROM|TO)\s+(\S.*)$/i.exec(value);
      if (m === null) error(lineNo, valueColumn, `expected FROM or TO and a facility after TRANSFER, found ${found(value)}`);
      else if ((m[1] ?? '').toUpperCase() === 'FROM') transferSource = (m[2] ?? '').trim();
      else transferDestination = (m[2] ?? '').trim();
      continue;
    }
    const dxKind = (DX_KEYWORDS as readonly string[]).includes(kw) ? DIAGNOSIS_KINDS[kw] : undefined;
    if (dxKind !== undefined) {
      const tokens = tokenize(rest, restStart, true);
      if (tokens.length === 0) error(lineNo, valueColumn, `expected an ICD-10-CM code after ${word}, found nothing`);
      for (const t of tokens) {
        const [codeText = '', poaText] = t.text.split(':');
        const code = readIcd(codeText);
        if (!code.ok) {
          error(lineNo, t.column, code.message);
          continue;
        }
        let poa = '';
        if (poaText !== undefined) {
          const p = readPoa(poaText);
          if (!p.ok) {
            error(lineNo, t.column + codeText.length + 1, p.message);
            continue;
          }
          poa = p.value;
        }
        diagnoses.push({ kind: dxKind, code: code.value, poa, line: lineNo, column: t.column });
      }
      continue;
    }
    const type = (ACTIVITY_KEYWORDS as readonly string[]).includes(kw) ? ACTIVITY_KINDS[kw] : undefined;
    if (type !== undefined) {
      const draft = readActivityLine(kw, type, rest, restStart, lineNo, error, (col, msg) => issue('warning', lineNo, col, msg, 'intake.lenient'));
      if (draft) {
        draft.activity = { ...draft.activity, clinician: draft.activity.clinician || clinician, priorAuthorizationId: draft.activity.priorAuthorizationId || auth };
        draft.activity = { ...draft.activity, orderingClinician: ordering || draft.activity.clinician };
        activities.push(draft);
      }
      continue;
    }
    error(lineNo, keywordColumn, `expected a keyword such as DX, CPT, CLAIM or START, found ${found(head[2] ?? '')}`, 'intake.keyword');
  }

  if (meaningful === 0) {
    return { ok: false, errors: [{ code: 'intake.empty', message: 'The text has nothing to read: every line is empty or a # comment.', severity: 'error' }] };
  }

  // Diagnoses: the first DX is the principal unless a PDX line names it.
  const principals = diagnoses.filter((d) => d.kind === 'Principal');
  for (const extra of principals.slice(1)) {
    const first = principals[0];
    error(extra.line, extra.column, `expected one principal diagnosis, found a second one (${extra.code}; PDX ${first?.code ?? ''} is on line ${first?.line ?? 0})`, 'intake.principal');
  }
  let firstDx = principals.length === 0;
  const claimDiagnoses: Diagnosis[] = diagnoses.map((d) => {
    let type = d.kind;
    if (type === 'DX') {
      type = firstDx ? 'Principal' : 'Secondary';
      firstDx = false;
    }
    return { type, code: d.code, dxInfo: d.poa === '' ? [] : [{ type: 'POA', code: d.poa }], extensions: [] };
  });
  const seen = new Map<string, number>();
  for (const d of diagnoses) {
    const at = seen.get(d.code);
    if (at !== undefined) issue('warning', d.line, d.column, `${d.code} is listed twice (first on line ${at})`, 'intake.duplicate');
    else seen.set(d.code, d.line);
  }

  const codes = claimDiagnoses.map((d) => d.code);
  const start = values.get('START')?.value ?? '';
  const end = values.get('END')?.value ?? '';
  const claimActivities = activities.map((a, n): Activity => {
    const links = resolveLinks(a.links, codes, (link, message) => ({ code: 'intake.link', message: `Line ${link.line}, column ${link.column}: ${message}.`, severity: 'error', line: link.line, column: link.column }));
    errors.push(...links.errors);
    // The DRG line is dated at discharge (domain.md §1.6); every other line at the encounter start.
    const defaultStart = a.activity.type === '9' && end !== '' ? end : start;
    return { ...a.activity, id: String(n + 1), start: a.explicitStart ? a.activity.start : defaultStart, diagnosisLinks: links.codes };
  });

  if (errors.length > 0) return { ok: false, errors: errors.sort((x, y) => (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0)) };

  const v = (key: string): string => values.get(key)?.value ?? '';
  const profile = v('PROFILE');
  const base = emptyDocument(isPayerProfile(profile) ? profile : (options.profile ?? 'DOH'));
  const document: EncounterDocument = {
    ...base,
    header: { ...emptyHeader(), senderId: v('SENDER'), receiverId: v('RECEIVER') },
    claim: {
      ...emptyClaim(),
      id: v('CLAIM'),
      memberId: v('MEMBER'),
      payerId: v('PAYER'),
      providerId: v('PROVIDER'),
      emiratesIdNumber: v('EID'),
      gross: v('GROSS'),
      patientShare: v('SHARE'),
      net: v('NET'),
      encounter: {
        ...emptyEncounter(),
        facilityId: v('FACILITY'),
        type: v('TYPE'),
        patientId: v('MRN'),
        start,
        end,
        startType: v('ADMIT'),
        endType: v('DISCHARGE'),
        transferSource,
        transferDestination,
      },
      diagnoses: claimDiagnoses,
      activities: claimActivities,
    },
    patient: { dateOfBirth: v('DOB'), sex: v('SEX'), motherMemberId: v('MOTHER') },
    note: noteLines.join('\n'),
  };
  return { ok: true, value: { document, warnings } };
}

/** What each key expects, for "expected … after KEY, found nothing". */
const KEY_WHAT: Readonly<Record<string, string>> = {
  PROFILE: 'a payer profile (DOH, DHA, OMAN or GENERIC)',
  CLAIM: 'a claim ID',
  MEMBER: 'a member ID',
  PAYER: 'a payer ID',
  PROVIDER: 'a provider licence',
  EID: 'an Emirates ID such as 784-1985-1234567-1',
  SENDER: 'a sender ID',
  RECEIVER: 'a receiver ID',
  GROSS: 'an amount',
  SHARE: 'an amount',
  NET: 'an amount',
  DOB: 'a date of birth such as 12/04/1980',
  SEX: 'F, M or U',
  MOTHER: "the mother's member ID",
  FACILITY: 'a facility licence',
  MRN: 'a patient ID (MRN)',
  TYPE: 'an encounter type',
  START: 'a date and time such as 05/10/2025 09:00',
  END: 'a date and time such as 05/10/2025 09:40',
  ADMIT: 'a start type',
  DISCHARGE: 'an end type',
  CLINICIAN: 'a clinician licence',
  ORDERING: 'a clinician licence',
  AUTH: 'a prior authorization ID',
};

function isPayerProfile(s: string): s is PayerProfileId {
  return Object.hasOwn(PAYER_PROFILES, s);
}

type KeyRead = { ok: true; value: string; note?: string } | { ok: false; message: string };

function readKey(key: string, value: string): KeyRead {
  switch (key) {
    case 'PROFILE': {
      const p = value.toUpperCase();
      return isPayerProfile(p) ? { ok: true, value: p } : { ok: false, message: `expected a payer profile (DOH, DHA, OMAN or GENERIC), found ${found(value)}` };
    }
    case 'DOB': {
      const r = parseDateTimeText(value);
      if (!r.ok || !r.value.timeAssumed) return { ok: false, message: `expected a date of birth such as 12/04/1980 or 1980-04-12, found ${found(value)}` };
      return { ok: true, value: r.value.iso.slice(0, 10) };
    }
    case 'SEX': {
      const s = { F: 'F', FEMALE: 'F', M: 'M', MALE: 'M', U: 'U', UNKNOWN: 'U' }[value.toUpperCase()];
      return s === undefined ? { ok: false, message: `expected F, M or U, found ${found(value)}` } : { ok: true, value: s };
    }
    case 'START':
    case 'END': {
      const r = parseDateTimeText(value);
      if (!r.ok) return { ok: false, message: `expected a date and time such as 05/10/2025 09:00, found ${found(value)}${r.errors[0]?.code === 'date.invalid' ? ', which is not a real date and time' : ''}` };
      return r.value.timeAssumed ? { ok: true, value: r.value.iso, note: `"${value}" has no time: 00:00 assumed` } : { ok: true, value: r.value.iso };
    }
    case 'TYPE': {
      const t = codeOrName(value, ENCOUNTER_TYPES, ENCOUNTER_TYPE_NAMES);
      return t === null ? { ok: false, message: `expected an encounter type (a number such as 1 or 3, or ${listOf(ENCOUNTER_TYPE_NAMES, 9)}…), found ${found(value)}` } : { ok: true, value: t };
    }
    case 'ADMIT': {
      const t = codeOrName(value, ENCOUNTER_START_TYPES, START_TYPE_NAMES);
      return t === null ? { ok: false, message: `expected a start type (1–8, or ${listOf(START_TYPE_NAMES)}…), found ${found(value)}` } : { ok: true, value: t };
    }
    case 'DISCHARGE': {
      const t = codeOrName(value, ENCOUNTER_END_TYPES, END_TYPE_NAMES);
      return t === null ? { ok: false, message: `expected an end type (1–7, or ${listOf(END_TYPE_NAMES)}…), found ${found(value)}` } : { ok: true, value: t };
    }
    case 'GROSS':
    case 'SHARE':
    case 'NET': {
      const r = readAmount(value);
      return r.ok ? (r.note === undefined ? { ok: true, value: r.value } : { ok: true, value: r.value, note: r.note }) : { ok: false, message: r.message };
    }
    default:
      return { ok: true, value };
  }
}

const QUANTITY = /^[x×](\d.*)?$/i;
const MARKERS = ['ON', 'BY', 'AUTH'];

/**
 * Reads `CPT 93306-26 x1 > 1,2 @465.00 on 05/10/2025 09:20 by GD123 auth PA-1`.
 * Reports its own errors; returns null when the line has one.
 */
function readActivityLine(
  keyword: string,
  type: string,
  rest: string,
  restColumn: number,
  line: number,
  error: (line: number, column: number, message: string) => void,
  note: (column: number, message: string) => void,
): ActivityDraft | null {
  const tokens = tokenize(rest, restColumn);
  const first = tokens[0];
  if (first === undefined) {
    error(line, restColumn, `expected a code after ${keyword}, found nothing`);
    return null;
  }
  const code = readCode(first.text, type);
  if (!code.ok) {
    error(line, first.column, code.message);
    return null;
  }
  let activity: Activity = { ...emptyActivity('', ''), type, code: code.value.code, modifiers: code.value.modifiers };
  const links: LinkRef[] = [];
  let explicitStart = false;
  let ok = true;
  const bad = (column: number, message: string): void => {
    error(line, column, message);
    ok = false;
  };
  let i = 1;
  const next = (): Token | undefined => tokens[i++];
  while (i < tokens.length && ok) {
    const t = next();
    if (t === undefined) break;
    const upper = t.text.toUpperCase();
    if (QUANTITY.test(t.text)) {
      const q = t.text.length > 1 ? { text: t.text.slice(1), column: t.column + 1 } : next();
      const r = readQuantity(q?.text ?? '');
      if (!r.ok) bad(q?.column ?? t.column + 1, `${r.message} after x`);
      else activity = { ...activity, quantity: r.value };
    } else if (t.text.startsWith('>')) {
      let items: Token[] = t.text.length > 1 ? splitItems({ text: t.text.slice(1), column: t.column + 1 }) : [];
      while (i < tokens.length) {
        const peek = tokens[i];
        if (peek === undefined || peek.text.startsWith('@') || peek.text.startsWith('>') || QUANTITY.test(peek.text) || MARKERS.includes(peek.text.toUpperCase())) break;
        items = items.concat(splitItems(peek));
        i += 1;
      }
      if (items.length === 0) bad(t.column + 1, 'expected diagnosis positions such as 1,2 after >, found nothing');
      for (const item of items) links.push({ text: item.text, line, column: item.column });
    } else if (t.text.startsWith('@')) {
      const a = t.text.length > 1 ? { text: t.text.slice(1), column: t.column + 1 } : next();
      const r = readAmount(a?.text ?? '');
      if (!r.ok) bad(a?.column ?? t.column + 1, `${r.message} after @`);
      else {
        activity = { ...activity, net: r.value };
        if (r.note) note(a?.column ?? t.column, r.note);
      }
    } else if (upper === 'ON') {
      const d = next();
      const maybeTime = tokens[i];
      const withTime = maybeTime !== undefined && /^\d{1,2}:\d{2}$/.test(maybeTime.text);
      if (withTime) i += 1;
      const dateText = d === undefined ? '' : withTime ? `${d.text} ${maybeTime.text}` : d.text;
      const r = parseDateTimeText(dateText);
      if (!r.ok) bad(d?.column ?? t.column + 3, `expected a date such as 05/10/2025 09:20 after on, found ${found(dateText)}`);
      else {
        activity = { ...activity, start: r.value.iso };
        explicitStart = true;
      }
    } else if (upper === 'BY' || upper === 'AUTH') {
      const id = next();
      if (id === undefined) bad(t.column + t.text.length, `expected ${upper === 'BY' ? 'a clinician licence' : 'a prior authorization ID'} after ${t.text}, found nothing`);
      else if (upper === 'BY') activity = { ...activity, clinician: id.text };
      else activity = { ...activity, priorAuthorizationId: id.text };
    } else {
      bad(t.column, `expected x<quantity>, > <diagnosis links>, @<net>, on <date>, by <clinician> or auth <id>, found ${found(t.text)}`);
    }
  }
  return ok ? { activity, links, explicitStart, line } : null;
}

/** `1,2` or `1,` → items with their columns. */
function splitItems(t: Token): Token[] {
  return tokenize(t.text, t.column, true);
}
