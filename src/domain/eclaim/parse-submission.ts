import type { Activity, Claim, Contract, Diagnosis, DxInfo, Encounter, Extension, Header, Observation, Resubmission, Submission } from '../claim';
import type { Issue, Result } from '../shared/result';
import { MAX_SUBMISSION_BYTES, isKnownChild, SUBMISSION_ROOT, flavourOf, type EclaimFlavour, type KnownParent } from './elements';
import { readEclaimDateTime, readEclaimDecimal, type FieldReading } from './field-readers';
import { OBSERVATION_CONVENTIONS, readConventionObservation, type ObservationConventions } from './observation-conventions';
import { readXml, readXmlElement, type XmlSink } from './xml-reader';

export type ParseSubmissionOptions = {
  /** Largest accepted file in bytes (UTF-8); default {@link MAX_SUBMISSION_BYTES}. */
  readonly maxBytes?: number;
  /** How modifiers and diagnosis links travel as Observations; default {@link OBSERVATION_CONVENTIONS}. */
  readonly conventions?: ObservationConventions;
};

export type ParsedSubmission = {
  readonly submission: Submission;
  /** From the root's namespaces and schema location. */
  readonly flavour: EclaimFlavour | 'unknown';
  /** Everything that was read leniently, kept raw, or is missing, with its line and column. */
  readonly warnings: Issue[];
};

/**
 * Reads a DOH or DHA `Claim.Submission` file into the claim model.
 *
 * Fails (not ok) only when the file cannot be read as a claim file at all:
 * malformed XML (line, column, element), a DOCTYPE or entity declaration (refused
 * for security, nothing expanded), more than `maxBytes`, a root other than
 * `<Claim.Submission>`, or input that is not XML. Everything else is a warning and
 * nothing is dropped: unknown elements become `extensions` (written back in place),
 * unreadable dates and numbers stay raw, missing required elements are reported.
 *
 * @param xml - the file's text (a BOM and CRLF line ends are fine)
 * @param options - size limit and observation conventions
 * @returns the submission, its flavour and the warnings; or the one error that stopped it
 * @example parseSubmission(xml).value.submission.claims[0].activities[0].modifiers //=> ['26']
 * @example parseSubmission('<Remittance.Advice/>').errors[0].message //=> 'Line 1, column 1: expected <Claim.Submission>, found <Remittance.Advice>: …'
 * See: domain.md §1 (e-claim XML), docs/adr/0010 and 0011.
 */
export function parseSubmission(xml: string, options: ParseSubmissionOptions = {}): Result<ParsedSubmission> {
  const maxBytes = options.maxBytes ?? MAX_SUBMISSION_BYTES;
  const size = utf8Length(xml, maxBytes);
  if (size > maxBytes) {
    return fail('eclaim.too-large', `The file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one e-claim file: split it into smaller submissions.`);
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const notXml = sniffNonXml(text);
  if (notXml) return fail(notXml.code, notXml.message);

  const ctx: Ctx = { warnings: [], conventions: options.conventions ?? OBSERVATION_CONVENTIONS, xml: text };
  const read = readSubmission(text, ctx);
  if (!read.ok) return read;
  const submission = read.value;
  return { ok: true, value: { submission, flavour: flavourOf(submission.rootAttributes), warnings: ctx.warnings } };
}

type Ctx = { readonly warnings: Issue[]; readonly conventions: ObservationConventions; readonly xml: string };

const CONTAINERS: ReadonlySet<string> = new Set(['Header', 'Claim', 'Encounter', 'Diagnosis', 'DxInfo', 'Activity', 'Observation', 'Resubmission', 'Contract']);
const REPEATABLE: ReadonlySet<string> = new Set(['Claim', 'Diagnosis', 'DxInfo', 'Activity', 'Observation']);
/** Observation and DxInfo have no extensions of their own: one that does not fit is kept whole as an extension of its parent. */
const FLAT: ReadonlySet<string> = new Set(['Observation', 'DxInfo']);

const REQUIRED: Readonly<Partial<Record<KnownParent, ReadonlySet<string>>>> = {
  'Claim.Submission': new Set(['Header']),
  Header: new Set(['SenderID', 'ReceiverID', 'TransactionDate', 'RecordCount', 'DispositionFlag']),
  Claim: new Set(['ID', 'PayerID', 'ProviderID', 'EmiratesIDNumber', 'Gross', 'PatientShare', 'Net', 'Encounter', 'Diagnosis', 'Activity']),
  Encounter: new Set(['FacilityID', 'Type', 'PatientID', 'Start']),
  Diagnosis: new Set(['Type', 'Code']),
  DxInfo: new Set(['Type', 'Code']),
  Activity: new Set(['ID', 'Start', 'Type', 'Code', 'Quantity', 'Net', 'Clinician']),
  Observation: new Set(['Type', 'Code']),
  Resubmission: new Set(['Type', 'Comment']),
};

/** Leaves that are dates or numbers, read with a converter; all others are trimmed text. */
const CONVERTERS: Readonly<Partial<Record<KnownParent, Readonly<Record<string, (text: string) => FieldReading>>>>> = {
  Header: { TransactionDate: readEclaimDateTime },
  Claim: { Gross: readEclaimDecimal, PatientShare: readEclaimDecimal, Net: readEclaimDecimal },
  Encounter: { Start: readEclaimDateTime, End: readEclaimDateTime },
  Activity: { Start: readEclaimDateTime, Quantity: readEclaimDecimal, Net: readEclaimDecimal },
};

/** A known element being read: its leaf values and the children built so far. */
type Container = {
  readonly kind: 'container';
  readonly name: KnownParent;
  readonly parent: Container | null;
  readonly where: string;
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly attributes: Readonly<Record<string, string>>;
  /** Leaf values by element name (converted); a name is present once its element closed. */
  readonly values: Record<string, string>;
  /** Counts of repeatable children opened, for `where` paths (`Activity[3]`). */
  counts: Record<string, number> | null;
  readonly extensions: Extension[];
  /** The last known child taken, for the next extension's `after`. */
  after: string | null;
  stray: string;
  header: Header | null;
  encounter: Encounter | null;
  resubmission: Resubmission | null;
  contract: Contract | null;
  // Lists are made when the first child arrives: most containers have none.
  claims: Claim[] | null;
  diagnoses: Diagnosis[] | null;
  activities: Activity[] | null;
  observations: Observation[] | null;
  dxInfo: DxInfo[] | null;
  /** Set on the Header: RecordCount is checked once the claims are counted. */
  recordCount: { value: string; line: number; column: number } | null;
};

/** A known text-only element being read. */
type Leaf = { readonly kind: 'leaf'; readonly name: string; readonly parent: Container; readonly line: number; readonly column: number; readonly start: number; text: string };

/** An element kept whole as an extension; its source is re-read when it closes. */
type Kept = {
  readonly kind: 'kept';
  readonly name: string;
  readonly parent: Container;
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly after: string | null;
  readonly reason: string;
  depth: number;
};

type Frame = Container | Leaf | Kept;

function container(name: KnownParent, parent: Container | null, where: string, line: number, column: number, start: number, attributes: Readonly<Record<string, string>>): Container {
  return {
    kind: 'container',
    name,
    parent,
    where,
    line,
    column,
    start,
    attributes,
    values: {},
    counts: null,
    extensions: [],
    after: null,
    stray: '',
    header: null,
    encounter: null,
    resubmission: null,
    contract: null,
    claims: null,
    diagnoses: null,
    activities: null,
    observations: null,
    dxInfo: null,
    recordCount: null,
  };
}

type At = { readonly line: number; readonly column: number };

function warn(ctx: Ctx, code: string, at: At, inElement: string, where: string, message: string): void {
  ctx.warnings.push({ code, message: `Line ${at.line}, column ${at.column}, in <${inElement}>: ${message}`, severity: 'warning', line: at.line, column: at.column, where });
}

const NOT_WHITESPACE = /\S/;
const KEPT_UNKNOWN = (name: string): string => `unknown element <${name}> is kept as it is and written back in place.`;
const KEPT_SECOND = (name: string): string => `a second <${name}>: the first is used, this one is kept as it is and written back in place.`;
const KEPT_FLAT = (name: string): string => `<${name}> holds elements the model does not know; the whole <${name}> is kept as it is and written back in place.`;
const KEPT_NOT_TEXT = (name: string): string => `<${name}> should hold text only but holds elements; it is kept as it is and written back in place.`;

/** Streams saxes events into the claim model, one frame per open element. */
class SubmissionSink implements XmlSink {
  private readonly stack: Frame[] = [];
  root: Container | null = null;

  constructor(private readonly ctx: Ctx) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number, column: number, start: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.root = container('Claim.Submission', null, SUBMISSION_ROOT, line, column, start, attributes);
      this.stack.push(this.root);
      return;
    }
    if (top.kind === 'kept') {
      top.depth += 1;
      return;
    }
    if (top.kind === 'leaf') {
      // A text-only element with an element inside: keep it (or its Observation/DxInfo) whole.
      if (FLAT.has(top.parent.name)) this.keepFlat(top.parent);
      else {
        const k = kept(top.parent, top.name, top, KEPT_NOT_TEXT(top.name));
        k.depth = 1;
        this.stack[this.stack.length - 1] = k;
      }
      (this.stack[this.stack.length - 1] as Kept).depth += 1;
      return;
    }
    let reason: string | null = null;
    if (!isKnownChild(top.name, name)) reason = KEPT_UNKNOWN(name);
    else if (!REPEATABLE.has(name) && isTaken(top, name)) reason = KEPT_SECOND(name);
    if (reason !== null) {
      if (FLAT.has(top.name)) {
        this.keepFlat(top);
        (this.stack[this.stack.length - 1] as Kept).depth += 1;
      } else this.stack.push({ kind: 'kept', name, parent: top, line, column, start, after: top.after, reason, depth: 1 });
      return;
    }
    const isContainer = CONTAINERS.has(name);
    let where = '';
    if (isContainer) {
      let step = name;
      if (REPEATABLE.has(name)) {
        const counts = (top.counts ??= {});
        step = `${name}[${(counts[name] = (counts[name] ?? 0) + 1)}]`;
      }
      where = childWhere(top.where, step);
    }
    for (const attr in attributes) {
      warn(this.ctx, 'eclaim.attribute.ignored', { line, column }, name, where || childWhere(top.where, name), `attribute ${attr}="${attributes[attr] ?? ''}" is not part of the e-claim and is not kept.`);
    }
    if (isContainer) this.stack.push(container(name as KnownParent, top, where, line, column, start, attributes));
    else this.stack.push({ kind: 'leaf', name, parent: top, line, column, start, text: '' });
  }

  /** Turns an open Observation/DxInfo (and anything open inside it) into one kept element. */
  private keepFlat(flat: Container): void {
    const index = this.stack.indexOf(flat);
    const depth = this.stack.length - index;
    const parent = flat.parent;
    if (parent === null) return;
    this.stack.length = index;
    const k = kept(parent, flat.name, flat, KEPT_FLAT(flat.name));
    k.depth = depth;
    this.stack.push(k);
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return;
    if (top.kind === 'leaf') top.text += text;
    else if (top.kind === 'container' && NOT_WHITESPACE.test(text)) top.stray += text;
  }

  close(_name: string, end: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return;
    if (top.kind === 'kept') {
      top.depth -= 1;
      if (top.depth > 0) return;
      this.stack.pop();
      const element = readXmlElement(this.ctx.xml.slice(top.start, end));
      if (element) top.parent.extensions.push({ after: top.after, element });
      warn(this.ctx, 'eclaim.element.kept', top, top.parent.name, childWhere(top.parent.where, top.name), top.reason);
      return;
    }
    this.stack.pop();
    if (top.kind === 'leaf') {
      this.closeLeaf(top);
      return;
    }
    this.closeContainer(top);
  }

  private closeLeaf(leaf: Leaf): void {
    const parent = leaf.parent;
    const text = leaf.text.trim();
    const where = childWhere(parent.where, leaf.name);
    let value = text;
    const convert = text === '' ? undefined : CONVERTERS[parent.name]?.[leaf.name];
    if (convert) {
      const r = convert(text);
      value = r.value;
      if (r.note) warn(this.ctx, r.note.code, leaf, leaf.name, where, r.note.message);
    }
    if (value === '' && REQUIRED[parent.name]?.has(leaf.name)) warn(this.ctx, 'eclaim.element.empty', leaf, leaf.name, where, `<${leaf.name}> is empty.`);
    if (parent.name === 'Header' && leaf.name === 'RecordCount') parent.recordCount = { value, line: leaf.line, column: leaf.column };
    parent.values[leaf.name] = value;
    parent.after = leaf.name;
  }

  private closeContainer(c: Container): void {
    const ctx = this.ctx;
    if (c.stray !== '') {
      warn(ctx, 'eclaim.text.ignored', c, c.name, c.where, `text "${clip(c.stray.trim())}" directly inside <${c.name}> is not part of the e-claim and is not kept.`);
    }
    for (const name of REQUIRED[c.name] ?? []) {
      if (REPEATABLE.has(name)) {
        if ((c.counts?.[name] ?? 0) === 0) warn(ctx, 'eclaim.element.missing', c, c.name, c.where, `expected at least one <${name}>, found none.`);
      } else if (!isTaken(c, name)) warn(ctx, 'eclaim.element.missing', c, c.name, c.where, `expected <${name}>, found none.`);
    }
    const parent = c.parent;
    if (parent === null) return;
    parent.after = c.name;
    const v = c.values;
    switch (c.name) {
      case 'Header':
        parent.header = { senderId: v['SenderID'] ?? '', receiverId: v['ReceiverID'] ?? '', transactionDate: v['TransactionDate'] ?? '', dispositionFlag: v['DispositionFlag'] ?? '', extensions: c.extensions };
        parent.recordCount = c.recordCount;
        return;
      case 'Claim':
        (parent.claims ??= []).push({
          id: v['ID'] ?? '',
          idPayer: v['IDPayer'] ?? '',
          memberId: v['MemberID'] ?? '',
          payerId: v['PayerID'] ?? '',
          providerId: v['ProviderID'] ?? '',
          emiratesIdNumber: v['EmiratesIDNumber'] ?? '',
          gross: v['Gross'] ?? '',
          patientShare: v['PatientShare'] ?? '',
          net: v['Net'] ?? '',
          encounter: c.encounter ?? emptyEncounterOf(),
          diagnoses: c.diagnoses ?? [],
          activities: c.activities ?? [],
          resubmission: c.resubmission,
          contract: c.contract,
          extensions: c.extensions,
        });
        return;
      case 'Encounter':
        parent.encounter = {
          facilityId: v['FacilityID'] ?? '',
          type: v['Type'] ?? '',
          patientId: v['PatientID'] ?? '',
          start: v['Start'] ?? '',
          end: v['End'] ?? '',
          startType: v['StartType'] ?? '',
          endType: v['EndType'] ?? '',
          transferSource: v['TransferSource'] ?? '',
          transferDestination: v['TransferDestination'] ?? '',
          extensions: c.extensions,
        };
        return;
      case 'Diagnosis':
        (parent.diagnoses ??= []).push({ type: v['Type'] ?? '', code: v['Code'] ?? '', dxInfo: c.dxInfo ?? [], extensions: c.extensions });
        return;
      case 'DxInfo':
        (parent.dxInfo ??= []).push({ type: v['Type'] ?? '', code: v['Code'] ?? '' });
        return;
      case 'Observation':
        (parent.observations ??= []).push({ type: v['Type'] ?? '', code: v['Code'] ?? '', value: v['Value'] ?? '', valueType: v['ValueType'] ?? '' });
        return;
      case 'Activity':
        (parent.activities ??= []).push(this.activityOf(c));
        return;
      case 'Resubmission':
        parent.resubmission = { type: v['Type'] ?? '', comment: v['Comment'] ?? '', attachment: v['Attachment'] ?? '', extensions: c.extensions };
        return;
      case 'Contract':
        parent.contract = { packageName: v['PackageName'] ?? '', extensions: c.extensions };
        return;
      case 'Claim.Submission':
        return;
    }
  }

  /** Sorts an activity's observations into modifiers, diagnosis links and the rest. */
  private activityOf(c: Container): Activity {
    const v = c.values;
    const modifiers: string[] = [];
    const diagnosisLinks: string[] = [];
    const observations: Observation[] = [];
    const extra: string[] = [];
    for (const o of c.observations ?? []) {
      const reading = readConventionObservation(o, this.ctx.conventions);
      if (reading === null) observations.push(o);
      else if (reading.kind === 'diagnosisLink') diagnosisLinks.push(reading.value);
      else if (modifiers.length < 4) modifiers.push(reading.value);
      else {
        extra.push(reading.value);
        observations.push(o);
      }
    }
    if (extra.length > 0) {
      warn(this.ctx, 'eclaim.modifier.too-many', c, c.name, c.where, `more than four modifiers; ${extra.map((m) => `"${m}"`).join(', ')} kept as plain observations.`);
    }
    return {
      id: v['ID'] ?? '',
      start: v['Start'] ?? '',
      type: v['Type'] ?? '',
      code: v['Code'] ?? '',
      quantity: v['Quantity'] ?? '',
      net: v['Net'] ?? '',
      orderingClinician: v['OrderingClinician'] ?? '',
      clinician: v['Clinician'] ?? '',
      priorAuthorizationId: v['PriorAuthorizationID'] ?? '',
      modifiers,
      diagnosisLinks,
      observations,
      extensions: c.extensions,
    };
  }
}

/** `Claim[2]/Activity[1]`: paths start below the root. */
function childWhere(parentWhere: string, child: string): string {
  return parentWhere === SUBMISSION_ROOT ? child : `${parentWhere}/${child}`;
}

function kept(parent: Container, name: string, at: { line: number; column: number; start: number }, reason: string): Kept {
  return { kind: 'kept', name, parent, line: at.line, column: at.column, start: at.start, after: parent.after, reason, depth: 0 };
}

/** Whether a container already has its one `name` child. */
function isTaken(c: Container, name: string): boolean {
  switch (name) {
    case 'Header':
      return c.header !== null;
    case 'Encounter':
      return c.encounter !== null;
    case 'Resubmission':
      return c.resubmission !== null;
    case 'Contract':
      return c.contract !== null;
    default:
      return c.values[name] !== undefined;
  }
}

function readSubmission(xml: string, ctx: Ctx): Result<Submission> {
  const sink = new SubmissionSink(ctx);
  const read = readXml(xml, SUBMISSION_ROOT, sink);
  if (!read.ok) return read;
  const root = sink.root;
  if (root === null) return fail('xml.malformed', 'The file has no XML element.');
  if (read.value.skipped > 0) {
    const n = read.value.skipped;
    ctx.warnings.push({ code: 'xml.skipped', message: `${n} XML comment${n === 1 ? '' : 's'} or processing instruction${n === 1 ? ' was' : 's were'} skipped: they carry no claim data.`, severity: 'warning' });
  }
  const claims = root.claims ?? [];
  const claimCount = claims.length;
  if (claimCount === 0) warn(ctx, 'eclaim.claims.none', root, SUBMISSION_ROOT, SUBMISSION_ROOT, 'the file holds no <Claim>: there is nothing to code.');
  const rc = root.recordCount;
  if (rc && rc.value !== '' && rc.value !== String(claimCount)) {
    warn(ctx, 'eclaim.record-count', rc, 'RecordCount', 'Header/RecordCount', `says ${rc.value}, but the file holds ${claimCount} claim${claimCount === 1 ? '' : 's'}; it is recomputed on export.`);
  }
  return { ok: true, value: { header: root.header ?? emptyHeaderOf(), claims, rootAttributes: { ...root.attributes }, extensions: root.extensions } };
}

function emptyHeaderOf(): Header {
  return { senderId: '', receiverId: '', transactionDate: '', dispositionFlag: '', extensions: [] };
}

function emptyEncounterOf(): Encounter {
  return { facilityId: '', type: '', patientId: '', start: '', end: '', startType: '', endType: '', transferSource: '', transferDestination: '', extensions: [] };
}

function fail(code: string, message: string): Result<never> {
  return { ok: false, errors: [{ code, message, severity: 'error' }] };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const NON_ASCII = /[\u0080-\uffff]+/g;

/** UTF-8 length of `s` (exact; ASCII-only text costs one regex scan). */
function utf8Length(s: string, limit: number): number {
  if (s.length > limit) return s.length; // at least one byte per UTF-16 unit: over the limit already
  let bytes = s.length;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(s); m !== null; m = NON_ASCII.exec(s)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      // Each UTF-16 unit is already counted once: add the extra bytes.
      if (c < 0x800) bytes += 1;
      else if (c >= 0xd800 && c <= 0xdbff) bytes += 1; // a pair (2 units) is 4 bytes
      else if (c >= 0xdc00 && c <= 0xdfff) bytes += 1;
      else bytes += 2;
    }
  }
  return bytes;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

const SIGNATURES: readonly (readonly [string, string])[] = [
  ['PK\u0003\u0004', 'a ZIP archive (an .xlsx, .docx or .zip file)'],
  ['%PDF', 'a PDF document'],
  ['\u00d0\u00cf\u0011\u00e0', 'an old-style Office file (.xls or .doc)'],
  ['\u001f\u008b', 'a gzip-compressed file'],
];

function sniffNonXml(text: string): { code: string; message: string } | null {
  for (const [signature, what] of SIGNATURES) {
    if (text.startsWith(signature)) return { code: 'eclaim.not-xml', message: `This is ${what}, not an e-claim XML file: export the claim as XML and load that.` };
  }
  const start = text.search(/\S/);
  if (start === -1) return { code: 'eclaim.empty', message: 'The file is empty: expected an e-claim XML file starting with <?xml or <Claim.Submission>.' };
  if (text[start] !== '<') {
    const firstLine = text.slice(start).split(/\r?\n/, 1)[0] ?? '';
    return { code: 'eclaim.not-xml', message: `This is not XML: an e-claim file starts with <?xml or <Claim.Submission>, found "${clip(firstLine)}".` };
  }
  return null;
}
