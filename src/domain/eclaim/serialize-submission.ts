import type { Activity, Claim, Diagnosis, Encounter, Extension, Header, Observation, Submission, XmlElement } from '../claim';
import { DEFAULT_ROOT_ATTRIBUTES, SUBMISSION_ROOT, type EclaimFlavour } from './elements';
import { writeEclaimDateTime } from './field-readers';
import { OBSERVATION_CONVENTIONS, conventionObservation, type ObservationConventions } from './observation-conventions';

export type SerializeSubmissionOptions = {
  /** Picks the default root attributes when the submission has none of its own; default DOH. */
  readonly flavour?: EclaimFlavour;
  /** How modifiers and diagnosis links are written as Observations; default {@link OBSERVATION_CONVENTIONS}. */
  readonly conventions?: ObservationConventions;
};

/**
 * Writes a submission as `Claim.Submission` XML: the XML declaration, elements in
 * schema order (domain.md §1), timestamps as `dd/MM/yyyy HH:mm`, `RecordCount`
 * computed, empty fields omitted, modifiers and diagnosis links as Observations
 * (see observation-conventions.ts), and every extension written back after the
 * known sibling it followed. Text is escaped; characters XML 1.0 cannot hold
 * (control characters other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE/U+FFFF) are removed, and a carriage return is written as `&#13;`
 * so it survives a re-read.
 *
 * @param submission - the model
 * @param options - flavour for default root attributes, observation conventions
 * @returns the XML text (LF line ends, two-space indent)
 * @example serializeSubmission(submission, { flavour: 'DHA' }).split('\n')[1] //=> '<Claim.Submission xmlns:tns="http://www.eclaimlink.ae/DHD/ValidationSchema" …>'
 */
export function serializeSubmission(submission: Submission, options: SerializeSubmissionOptions = {}): string {
  const conventions = options.conventions ?? OBSERVATION_CONVENTIONS;
  const own = submission.rootAttributes;
  const attributes = Object.keys(own).length > 0 ? own : DEFAULT_ROOT_ATTRIBUTES[options.flavour ?? 'DOH'];
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n', `<${SUBMISSION_ROOT}${attributesText(attributes)}>\n`];
  const w = new Writer(out);
  const rootExt = byAfter(submission.extensions);
  w.extensions(rootExt, null, 1);
  writeHeader(w, submission.header, submission.claims.length);
  w.extensions(rootExt, 'Header', 1);
  for (const claim of submission.claims) writeClaim(w, claim, conventions);
  w.extensions(rootExt, 'Claim', 1);
  w.remainingExtensions(rootExt, 1);
  out.push(`</${SUBMISSION_ROOT}>\n`);
  return out.join('');
}

type ExtensionsByAfter = Map<string | null, XmlElement[]>;

function byAfter(extensions: readonly Extension[]): ExtensionsByAfter {
  const map: ExtensionsByAfter = new Map();
  for (const e of extensions) {
    const list = map.get(e.after);
    if (list) list.push(e.element);
    else map.set(e.after, [e.element]);
  }
  return map;
}

const INDENT = ['', '  ', '    ', '      ', '        ', '          '];
function indent(depth: number): string {
  return INDENT[depth] ?? '  '.repeat(depth);
}

class Writer {
  constructor(private readonly out: string[]) {}

  /** `<Name>text</Name>` unless the value is empty. */
  leaf(name: string, value: string, depth: number): void {
    if (value !== '') this.out.push(`${indent(depth)}<${name}>${escapeText(value)}</${name}>\n`);
  }

  open(name: string, depth: number): void {
    this.out.push(`${indent(depth)}<${name}>\n`);
  }

  close(name: string, depth: number): void {
    this.out.push(`${indent(depth)}</${name}>\n`);
  }

  /** Writes, then forgets, the extensions that followed `after`. */
  extensions(map: ExtensionsByAfter, after: string | null, depth: number): void {
    if (map.size === 0) return;
    const list = map.get(after);
    if (!list) return;
    for (const e of list) this.element(e, depth);
    map.delete(after);
  }

  /** Extensions whose `after` names no known sibling (not produced by the parser) go last. */
  remainingExtensions(map: ExtensionsByAfter, depth: number): void {
    for (const list of map.values()) for (const e of list) this.element(e, depth);
    map.clear();
  }

  element(e: XmlElement, depth: number): void {
    const start = `${indent(depth)}<${e.name}${attributesText(e.attributes)}`;
    if (e.children.length === 0) {
      this.out.push(e.text === '' ? `${start}/>\n` : `${start}>${escapeText(e.text)}</${e.name}>\n`);
      return;
    }
    this.out.push(`${start}>${escapeText(e.text)}\n`);
    for (const c of e.children) this.element(c, depth + 1);
    this.close(e.name, depth);
  }
}

function writeHeader(w: Writer, h: Header, recordCount: number): void {
  const ext = byAfter(h.extensions);
  w.open('Header', 1);
  w.extensions(ext, null, 2);
  w.leaf('SenderID', h.senderId, 2);
  w.extensions(ext, 'SenderID', 2);
  w.leaf('ReceiverID', h.receiverId, 2);
  w.extensions(ext, 'ReceiverID', 2);
  w.leaf('TransactionDate', writeEclaimDateTime(h.transactionDate), 2);
  w.extensions(ext, 'TransactionDate', 2);
  w.leaf('RecordCount', String(recordCount), 2);
  w.extensions(ext, 'RecordCount', 2);
  w.leaf('DispositionFlag', h.dispositionFlag, 2);
  w.extensions(ext, 'DispositionFlag', 2);
  w.remainingExtensions(ext, 2);
  w.close('Header', 1);
}

/** Writes a sequence of leaf fields, each followed by the extensions that came after it. */
function leaves(w: Writer, ext: ExtensionsByAfter, fields: readonly (readonly [string, string])[], depth: number): void {
  for (const [name, value] of fields) {
    w.leaf(name, value, depth);
    w.extensions(ext, name, depth);
  }
}

function writeClaim(w: Writer, c: Claim, conventions: ObservationConventions): void {
  const ext = byAfter(c.extensions);
  w.open('Claim', 1);
  w.extensions(ext, null, 2);
  leaves(
    w,
    ext,
    [
      ['ID', c.id],
      ['IDPayer', c.idPayer],
      ['MemberID', c.memberId],
      ['PayerID', c.payerId],
      ['ProviderID', c.providerId],
      ['EmiratesIDNumber', c.emiratesIdNumber],
      ['Gross', c.gross],
      ['PatientShare', c.patientShare],
      ['Net', c.net],
    ],
    2,
  );
  writeEncounter(w, c.encounter);
  w.extensions(ext, 'Encounter', 2);
  for (const d of c.diagnoses) writeDiagnosis(w, d);
  w.extensions(ext, 'Diagnosis', 2);
  for (const a of c.activities) writeActivity(w, a, conventions);
  w.extensions(ext, 'Activity', 2);
  if (c.resubmission) {
    const r = c.resubmission;
    const rext = byAfter(r.extensions);
    w.open('Resubmission', 2);
    w.extensions(rext, null, 3);
    leaves(
      w,
      rext,
      [
        ['Type', r.type],
        ['Comment', r.comment],
        ['Attachment', r.attachment],
      ],
      3,
    );
    w.remainingExtensions(rext, 3);
    w.close('Resubmission', 2);
  }
  w.extensions(ext, 'Resubmission', 2);
  if (c.contract) {
    const k = c.contract;
    const kext = byAfter(k.extensions);
    w.open('Contract', 2);
    w.extensions(kext, null, 3);
    leaves(w, kext, [['PackageName', k.packageName]], 3);
    w.remainingExtensions(kext, 3);
    w.close('Contract', 2);
  }
  w.extensions(ext, 'Contract', 2);
  w.remainingExtensions(ext, 2);
  w.close('Claim', 1);
}

function writeEncounter(w: Writer, e: Encounter): void {
  const fields = [
    ['FacilityID', e.facilityId],
    ['Type', e.type],
    ['PatientID', e.patientId],
    ['Start', writeEclaimDateTime(e.start)],
    ['End', writeEclaimDateTime(e.end)],
    ['StartType', e.startType],
    ['EndType', e.endType],
    ['TransferSource', e.transferSource],
    ['TransferDestination', e.transferDestination],
  ] as const;
  // An encounter with nothing in it is not written (the parser reads a missing one as empty).
  if (e.extensions.length === 0 && fields.every(([, v]) => v === '')) return;
  const ext = byAfter(e.extensions);
  w.open('Encounter', 2);
  w.extensions(ext, null, 3);
  leaves(w, ext, fields, 3);
  w.remainingExtensions(ext, 3);
  w.close('Encounter', 2);
}

function writeDiagnosis(w: Writer, d: Diagnosis): void {
  const ext = byAfter(d.extensions);
  w.open('Diagnosis', 2);
  w.extensions(ext, null, 3);
  leaves(
    w,
    ext,
    [
      ['Type', d.type],
      ['Code', d.code],
    ],
    3,
  );
  for (const info of d.dxInfo) {
    w.open('DxInfo', 3);
    w.leaf('Type', info.type, 4);
    w.leaf('Code', info.code, 4);
    w.close('DxInfo', 3);
  }
  w.extensions(ext, 'DxInfo', 3);
  w.remainingExtensions(ext, 3);
  w.close('Diagnosis', 2);
}

function writeObservation(w: Writer, o: Observation): void {
  w.open('Observation', 3);
  w.leaf('Type', o.type, 4);
  w.leaf('Code', o.code, 4);
  w.leaf('Value', o.value, 4);
  w.leaf('ValueType', o.valueType, 4);
  w.close('Observation', 3);
}

function writeActivity(w: Writer, a: Activity, conventions: ObservationConventions): void {
  const ext = byAfter(a.extensions);
  w.open('Activity', 2);
  w.extensions(ext, null, 3);
  leaves(
    w,
    ext,
    [
      ['ID', a.id],
      ['Start', writeEclaimDateTime(a.start)],
      ['Type', a.type],
      ['Code', a.code],
      ['Quantity', a.quantity],
      ['Net', a.net],
      ['OrderingClinician', a.orderingClinician],
      ['Clinician', a.clinician],
      ['PriorAuthorizationID', a.priorAuthorizationId],
    ],
    3,
  );
  for (const m of a.modifiers) writeObservation(w, conventionObservation('modifier', m, conventions));
  for (const l of a.diagnosisLinks) writeObservation(w, conventionObservation('diagnosisLink', l, conventions));
  for (const o of a.observations) writeObservation(w, o);
  w.extensions(ext, 'Observation', 3);
  w.remainingExtensions(ext, 3);
  w.close('Activity', 2);
}

function attributesText(attributes: Readonly<Record<string, string>>): string {
  let s = '';
  for (const [name, value] of Object.entries(attributes)) s += ` ${name}="${escapeAttribute(value)}"`;
  return s;
}

/** Whether a UTF-16 unit needs work: markup, quotes, and anything XML 1.0 cannot hold or would normalise. */
function special(c: number): boolean {
  return c < 0x20 || c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
}

function escapeWith(value: string, inAttribute: boolean): string {
  let i = 0;
  while (i < value.length && !special(value.charCodeAt(i))) i++;
  if (i === value.length) return value;
  let out = value.slice(0, i);
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!special(c)) {
      out += value[i];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(i, i + 2); // a valid surrogate pair (emoji and other astral characters)
        i += 1;
      }
      continue; // a lone high surrogate is dropped
    }
    switch (c) {
      case 0x26:
        out += '&amp;';
        break;
      case 0x3c:
        out += '&lt;';
        break;
      case 0x3e:
        out += '&gt;';
        break;
      case 0x22:
        out += '&quot;';
        break;
      case 0x27:
        out += '&apos;';
        break;
      case 0x0d:
        out += '&#13;';
        break;
      case 0x0a:
        out += inAttribute ? '&#10;' : '\n';
        break;
      case 0x09:
        out += inAttribute ? '&#9;' : '\t';
        break;
      default:
      // Other control characters, lone low surrogates, U+FFFE/U+FFFF: not allowed in XML 1.0, dropped.
    }
  }
  return out;
}

/**
 * Escapes element text for XML 1.0 (see {@link serializeSubmission} for what is removed).
 * @example escapeText('a < b & "c"') //=> 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeText(value: string): string {
  return escapeWith(value, false);
}

/** Escapes an attribute value; tab and line ends become character references so they survive. */
export function escapeAttribute(value: string): string {
  return escapeWith(value, true);
}
