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
  const w = new Writer(conventions);
  w.s = `<?xml version="1.0" encoding="utf-8"?>\n<${SUBMISSION_ROOT}${attributesText(attributes)}>\n`;
  const ext = byAfter(submission.extensions);
  w.extensions(ext, null, 1);
  w.header(submission.header, submission.claims.length);
  w.extensions(ext, 'Header', 1);
  for (const claim of submission.claims) {
    w.claim(claim);
    w.flush();
  }
  w.extensions(ext, 'Claim', 1);
  w.remainingExtensions(ext, 1);
  w.s += `</${SUBMISSION_ROOT}>\n`;
  w.flush();
  return w.parts.join('');
}

type ExtensionsByAfter = Map<string | null, XmlElement[]>;

const NO_EXTENSIONS: ExtensionsByAfter = new Map();

function byAfter(extensions: readonly Extension[]): ExtensionsByAfter {
  if (extensions.length === 0) return NO_EXTENSIONS;
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

/**
 * Appends each claim to one string and flattens it when the claim is done: a few
 * thousand flat parts are far lighter on the garbage collector than a million small
 * strings kept alive until the end.
 */
class Writer {
  s = '';
  readonly parts: string[] = [];

  flush(): void {
    // charCodeAt makes V8 flatten the concatenation into one plain string now, while its pieces are still young.
    if (this.s.charCodeAt(0) >= 0) this.parts.push(this.s);
    this.s = '';
  }

  constructor(private readonly conventions: ObservationConventions) {}

  /** `<Name>text</Name>` unless the value is empty. */
  leaf(name: string, value: string, depth: number): void {
    if (value !== '') this.s += `${indent(depth)}<${name}>${escapeText(value)}</${name}>\n`;
  }

  /** A leaf followed by the extensions that came after it. */
  field(ext: ExtensionsByAfter, name: string, value: string, depth: number): void {
    if (value !== '') this.s += `${indent(depth)}<${name}>${escapeText(value)}</${name}>\n`;
    if (ext.size > 0) this.extensions(ext, name, depth);
  }

  open(name: string, depth: number): void {
    this.s += `${indent(depth)}<${name}>\n`;
  }

  close(name: string, depth: number): void {
    this.s += `${indent(depth)}</${name}>\n`;
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
    if (map.size === 0) return;
    for (const list of map.values()) for (const e of list) this.element(e, depth);
    map.clear();
  }

  element(e: XmlElement, depth: number): void {
    const start = `${indent(depth)}<${e.name}${attributesText(e.attributes)}`;
    if (e.children.length === 0) {
      this.s += e.text === '' ? `${start}/>\n` : `${start}>${escapeText(e.text)}</${e.name}>\n`;
      return;
    }
    this.s += `${start}>${escapeText(e.text)}\n`;
    for (const c of e.children) this.element(c, depth + 1);
    this.close(e.name, depth);
  }

  header(h: Header, recordCount: number): void {
    const ext = byAfter(h.extensions);
    this.open('Header', 1);
    this.extensions(ext, null, 2);
    this.field(ext, 'SenderID', h.senderId, 2);
    this.field(ext, 'ReceiverID', h.receiverId, 2);
    this.field(ext, 'TransactionDate', writeEclaimDateTime(h.transactionDate), 2);
    this.field(ext, 'RecordCount', String(recordCount), 2);
    this.field(ext, 'DispositionFlag', h.dispositionFlag, 2);
    this.remainingExtensions(ext, 2);
    this.close('Header', 1);
  }

  claim(c: Claim): void {
    const ext = byAfter(c.extensions);
    this.open('Claim', 1);
    this.extensions(ext, null, 2);
    this.field(ext, 'ID', c.id, 2);
    this.field(ext, 'IDPayer', c.idPayer, 2);
    this.field(ext, 'MemberID', c.memberId, 2);
    this.field(ext, 'PayerID', c.payerId, 2);
    this.field(ext, 'ProviderID', c.providerId, 2);
    this.field(ext, 'EmiratesIDNumber', c.emiratesIdNumber, 2);
    this.field(ext, 'Gross', c.gross, 2);
    this.field(ext, 'PatientShare', c.patientShare, 2);
    this.field(ext, 'Net', c.net, 2);
    this.encounter(c.encounter);
    this.extensions(ext, 'Encounter', 2);
    for (const d of c.diagnoses) this.diagnosis(d);
    this.extensions(ext, 'Diagnosis', 2);
    for (const a of c.activities) this.activity(a);
    this.extensions(ext, 'Activity', 2);
    if (c.resubmission) {
      const r = c.resubmission;
      const rext = byAfter(r.extensions);
      this.open('Resubmission', 2);
      this.extensions(rext, null, 3);
      this.field(rext, 'Type', r.type, 3);
      this.field(rext, 'Comment', r.comment, 3);
      this.field(rext, 'Attachment', r.attachment, 3);
      this.remainingExtensions(rext, 3);
      this.close('Resubmission', 2);
    }
    this.extensions(ext, 'Resubmission', 2);
    if (c.contract) {
      const kext = byAfter(c.contract.extensions);
      this.open('Contract', 2);
      this.extensions(kext, null, 3);
      this.field(kext, 'PackageName', c.contract.packageName, 3);
      this.remainingExtensions(kext, 3);
      this.close('Contract', 2);
    }
    this.extensions(ext, 'Contract', 2);
    this.remainingExtensions(ext, 2);
    this.close('Claim', 1);
  }

  encounter(e: Encounter): void {
    const start = writeEclaimDateTime(e.start);
    const end = writeEclaimDateTime(e.end);
    // An encounter with nothing in it is not written (the parser reads a missing one as empty).
    const empty = [e.facilityId, e.type, e.patientId, start, end, e.startType, e.endType, e.transferSource, e.transferDestination].every((v) => v === '');
    if (empty && e.extensions.length === 0) return;
    const ext = byAfter(e.extensions);
    this.open('Encounter', 2);
    this.extensions(ext, null, 3);
    this.field(ext, 'FacilityID', e.facilityId, 3);
    this.field(ext, 'Type', e.type, 3);
    this.field(ext, 'PatientID', e.patientId, 3);
    this.field(ext, 'Start', start, 3);
    this.field(ext, 'End', end, 3);
    this.field(ext, 'StartType', e.startType, 3);
    this.field(ext, 'EndType', e.endType, 3);
    this.field(ext, 'TransferSource', e.transferSource, 3);
    this.field(ext, 'TransferDestination', e.transferDestination, 3);
    this.remainingExtensions(ext, 3);
    this.close('Encounter', 2);
  }

  diagnosis(d: Diagnosis): void {
    const ext = byAfter(d.extensions);
    this.open('Diagnosis', 2);
    this.extensions(ext, null, 3);
    this.field(ext, 'Type', d.type, 3);
    this.field(ext, 'Code', d.code, 3);
    for (const info of d.dxInfo) {
      this.open('DxInfo', 3);
      this.leaf('Type', info.type, 4);
      this.leaf('Code', info.code, 4);
      this.close('DxInfo', 3);
    }
    this.extensions(ext, 'DxInfo', 3);
    this.remainingExtensions(ext, 3);
    this.close('Diagnosis', 2);
  }

  observation(o: Observation): void {
    this.open('Observation', 3);
    this.leaf('Type', o.type, 4);
    this.leaf('Code', o.code, 4);
    this.leaf('Value', o.value, 4);
    this.leaf('ValueType', o.valueType, 4);
    this.close('Observation', 3);
  }

  activity(a: Activity): void {
    const ext = byAfter(a.extensions);
    this.open('Activity', 2);
    this.extensions(ext, null, 3);
    this.field(ext, 'ID', a.id, 3);
    this.field(ext, 'Start', writeEclaimDateTime(a.start), 3);
    this.field(ext, 'Type', a.type, 3);
    this.field(ext, 'Code', a.code, 3);
    this.field(ext, 'Quantity', a.quantity, 3);
    this.field(ext, 'Net', a.net, 3);
    this.field(ext, 'OrderingClinician', a.orderingClinician, 3);
    this.field(ext, 'Clinician', a.clinician, 3);
    this.field(ext, 'PriorAuthorizationID', a.priorAuthorizationId, 3);
    for (const m of a.modifiers) this.observation(conventionObservation('modifier', m, this.conventions));
    for (const l of a.diagnosisLinks) this.observation(conventionObservation('diagnosisLink', l, this.conventions));
    for (const o of a.observations) this.observation(o);
    this.extensions(ext, 'Observation', 3);
    this.remainingExtensions(ext, 3);
    this.close('Activity', 2);
  }
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
