import type { Activity, Claim, Contract, Diagnosis, DxInfo, Encounter, Extension, Header, Observation, Resubmission, Submission } from '../claim';
import type { Issue, Result } from '../shared/result';
import { ELEMENT_ORDER, MAX_SUBMISSION_BYTES, SUBMISSION_ROOT, flavourOf, type EclaimFlavour, type KnownParent } from './elements';
import { readEclaimDateTime, readEclaimDecimal, type FieldReading } from './field-readers';
import { OBSERVATION_CONVENTIONS, readConventionObservation, type ObservationConventions } from './observation-conventions';
import { Locator, NO_ATTRIBUTES, readFieldText, readTextBetween, readXml, readXmlElement, type XmlSink } from './xml-reader';

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

  const ctx: Ctx = { warnings: [], conventions: options.conventions ?? OBSERVATION_CONVENTIONS, xml: text, locator: new Locator(text) };
  const read = readSubmission(text, ctx);
  if (!read.ok) return read;
  const submission = read.value;
  return { ok: true, value: { submission, flavour: flavourOf(submission.rootAttributes), warnings: ctx.warnings } };
}

type Ctx = {
  readonly warnings: Issue[];
  readonly conventions: ObservationConventions;
  readonly xml: string;
  readonly locator: Locator;
};

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

/** How a known child is read: a text field, a single element, or a repeatable element. */
type ChildKind = 'leaf' | 'one' | 'many';

/**
 * Everything the sink needs about one known child of one known element, found with a
 * single lookup per element read (tag names from saxes are fresh strings, so every
 * lookup by name costs a hash: do it once).
 */
type Child = {
  /** The name as a constant string. */
  readonly name: string;
  readonly kind: ChildKind;
  /** Position in ELEMENT_ORDER: where a text field's value goes in `values`. */
  readonly slot: number;
  readonly convert: ((text: string) => FieldReading) | undefined;
  readonly required: boolean;
};

type Spec = { readonly children: ReadonlyMap<string, Child>; readonly required: readonly Child[] };

const SPECS = new Map<string, Spec>(
  Object.entries(ELEMENT_ORDER).map(([parent, names]) => {
    const children = names.map(
      (name: string, slot: number): Child => ({
        name,
        kind: REPEATABLE.has(name) ? 'many' : CONTAINERS.has(name) ? 'one' : 'leaf',
        slot,
        convert: CONVERTERS[parent as KnownParent]?.[name],
        required: REQUIRED[parent as KnownParent]?.has(name) ?? false,
      }),
    );
    return [parent, { children: new Map(children.map((c) => [c.name, c])), required: children.filter((c) => c.required) }];
  }),
);
const NO_SPEC: Spec = { children: new Map(), required: [] };

/** Slot numbers by child name, per element: `v[CLAIM.ID]` reads a claim's ID. */
function slotsOf<P extends KnownParent>(parent: P): { readonly [K in (typeof ELEMENT_ORDER)[P][number]]: number } {
  // Object.fromEntries cannot carry the key names in its type; the map above them is the same list.
  return Object.fromEntries(ELEMENT_ORDER[parent].map((c: string, i: number) => [c, i])) as { readonly [K in (typeof ELEMENT_ORDER)[P][number]]: number };
}
const HEADER = slotsOf('Header');
const CLAIM = slotsOf('Claim');
const ENCOUNTER = slotsOf('Encounter');
const DIAGNOSIS = slotsOf('Diagnosis');
const DXINFO = slotsOf('DxInfo');
const ACTIVITY = slotsOf('Activity');
const OBSERVATION = slotsOf('Observation');
const RESUBMISSION = slotsOf('Resubmission');
const CONTRACT = slotsOf('Contract');

/** A known element being read: its leaf values and the children built so far. */
type Container = {
  readonly kept: false;
  readonly name: KnownParent;
  readonly parent: Container | null;
  /** 1-based position among its repeated siblings (`Activity[3]`), 0 for a single element. */
  readonly index: number;
  /** Index of its `<` in the source (its line and column are worked out only for a warning). */
  readonly start: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly spec: Spec;
  /** Text-field values by slot (converted); a slot is filled once its element closed. */
  readonly values: (string | undefined)[];
  /** Counts of repeatable children opened, for `where` paths. */
  counts: Record<string, number> | null;
  extensions: Extension[] | null;
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
  /** Set on the Header (and passed to the root): RecordCount is checked once the claims are counted. */
  recordCount: { value: string; start: number } | null;
};

/** An element kept whole as an extension; its source is re-read when it closes. */
type Kept = {
  readonly kept: true;
  readonly name: string;
  readonly parent: Container;
  readonly start: number;
  readonly after: string | null;
  readonly reason: string;
  /** Open elements inside it, itself included. */
  depth: number;
};

type Frame = Container | Kept;

function container(name: KnownParent, parent: Container | null, index: number, start: number, attributes: Readonly<Record<string, string>>): Container {
  return {
    kept: false,
    name,
    parent,
    index,
    start,
    attributes,
    spec: SPECS.get(name) ?? NO_SPEC,
    values: new Array<string | undefined>(ELEMENT_ORDER[name].length),
    counts: null,
    extensions: null,
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

/** `Claim[2]/Activity[1]`: made only when a warning needs it. Paths start below the root. */
function whereOf(c: Container): string {
  if (c.parent === null) return SUBMISSION_ROOT;
  return childWhere(whereOf(c.parent), c.index > 0 ? `${c.name}[${c.index}]` : c.name);
}

function childWhere(parentWhere: string, child: string): string {
  return parentWhere === SUBMISSION_ROOT ? child : `${parentWhere}/${child}`;
}

/** Adds a warning about the element whose `<` is at `start`. */
function warn(ctx: Ctx, code: string, start: number, inElement: string, where: string, message: string): void {
  const { line, column } = ctx.locator.at(start);
  ctx.warnings.push({ code, message: `Line ${line}, column ${column}, in <${inElement}>: ${message}`, severity: 'warning', line, column, where });
}

/**
 * The text in the source between two tags, once XML whitespace, comments and processing
 * instructions are left out ('' for the usual indentation). CDATA counts as text.
 */
function strayText(source: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) {
      const gap = source
        .slice(from, to)
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<\?[\s\S]*?\?>/g, '')
        .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
      return (readTextBetween(gap, 0, gap.length) ?? gap).trim();
    }
  }
  return '';
}
const KEPT_UNKNOWN = (name: string): string => `unknown element <${name}> is kept as it is and written back in place.`;
const KEPT_SECOND = (name: string): string => `a second <${name}>: the first is used, this one is kept as it is and written back in place.`;
const KEPT_FLAT = (name: string): string => `<${name}> holds elements the model does not know; the whole <${name}> is kept as it is and written back in place.`;
const KEPT_NOT_TEXT = (name: string): string => `<${name}> should hold text only but holds elements; it is kept as it is and written back in place.`;

/**
 * Streams saxes events into the claim model. Known elements with children get a frame on
 * the stack; a text field being read lives in the `leaf*` fields (no object per field: a
 * 1,000-claim file has a quarter of a million of them); an element kept whole is one frame
 * that counts its depth and is re-read from the source when it closes.
 *
 * Text is read from the source between tags (`wantsText` is false), not from saxes text
 * events: saxes then makes no string for the indentation between elements, and the sink
 * gets half as many calls.
 */
class SubmissionSink implements XmlSink {
  readonly wantsText = false;
  private readonly stack: Frame[] = [];
  root: Container | null = null;
  /** The text field being read, if any. */
  private leaf: Child | null = null;
  private leafParent: Container | null = null;
  private leafStart = 0;
  /** Where the field's text starts (just after its start tag). */
  private leafTextStart = 0;
  /** Just after the last tag read: text from here to the next tag is the gap to check. */
  private lastEnd = 0;

  constructor(private readonly ctx: Ctx) {}

  open(name: string, attributes: Readonly<Record<string, string>>, start: number, end: number): void {
    if (this.leaf !== null) {
      this.leafHoldsElement();
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.root = container('Claim.Submission', null, 0, start, attributes);
      this.stack.push(this.root);
      this.lastEnd = end;
      return;
    }
    if (top.kept) {
      top.depth += 1;
      return;
    }
    this.checkGap(top, start);
    this.lastEnd = end;
    const child = top.spec.children.get(name);
    let reason: string | null = null;
    if (child === undefined) reason = KEPT_UNKNOWN(name);
    else if (child.kind !== 'many' && isTaken(top, child)) reason = KEPT_SECOND(name);
    if (reason !== null || child === undefined) {
      if (FLAT.has(top.name)) this.keepFlat(top, 1);
      else this.stack.push({ kept: true, name, parent: top, start, after: top.after, reason: reason ?? KEPT_UNKNOWN(name), depth: 1 });
      return;
    }
    if (attributes !== NO_ATTRIBUTES) for (const attr in attributes) {
      const where = childWhere(whereOf(top), child.kind === 'many' ? `${name}[${(top.counts?.[child.name] ?? 0) + 1}]` : name);
      warn(this.ctx, 'eclaim.attribute.ignored', start, name, where, `attribute ${attr}="${attributes[attr] ?? ''}" is not part of the e-claim and is not kept.`);
    }
    if (child.kind === 'leaf') {
      this.leaf = child;
      this.leafParent = top;
      this.leafStart = start;
      this.leafTextStart = end;
      return;
    }
    let index = 0;
    if (child.kind === 'many') {
      const counts = (top.counts ??= {});
      index = counts[child.name] = (counts[child.name] ?? 0) + 1;
    }
    this.stack.push(container(child.name as KnownParent, top, index, start, attributes));
  }

  /** A text field with an element inside: keep it (or its whole Observation/DxInfo) as it is. */
  private leafHoldsElement(): void {
    const parent = this.leafParent;
    const name = this.leaf?.name;
    this.leaf = null;
    this.leafParent = null;
    if (parent === null || name === undefined) return;
    // Depth counts the field and the element just opened inside it.
    if (FLAT.has(parent.name)) this.keepFlat(parent, 2);
    else this.stack.push({ kept: true, name, parent, start: this.leafStart, after: parent.after, reason: KEPT_NOT_TEXT(name), depth: 2 });
  }

  /** Turns an open Observation/DxInfo into one kept element; `inside` elements are open within it. */
  private keepFlat(flat: Container, inside: number): void {
    const parent = flat.parent;
    if (parent === null) return;
    this.stack.length = this.stack.indexOf(flat);
    this.stack.push({
      kept: true,
      name: flat.name,
      parent,
      start: flat.start,
      after: parent.after,
      reason: KEPT_FLAT(flat.name),
      depth: 1 + inside,
    });
  }

  /** Not called: this sink reads text from the source (see the class comment). */
  text(): void {}

  /** Text between two tags directly inside a container is not part of the e-claim: note it for a warning. */
  private checkGap(c: Container, to: number): void {
    const stray = strayText(this.ctx.xml, this.lastEnd, to);
    if (stray !== '') c.stray = c.stray === '' ? stray : `${c.stray} ${stray}`;
  }

  close(_name: string, end: number, closeStart: number): void {
    if (this.leaf !== null) {
      const source = this.ctx.xml;
      const text = closeStart < 0 ? '' : (readFieldText(source, this.leafTextStart, closeStart) ?? readXmlElement(source.slice(this.leafStart, end))?.text ?? '');
      this.closeLeaf(text);
      this.lastEnd = end;
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return;
    if (top.kept) {
      top.depth -= 1;
      if (top.depth > 0) return;
      this.lastEnd = end;
      this.stack.pop();
      const element = readXmlElement(this.ctx.xml.slice(top.start, end));
      if (element) (top.parent.extensions ??= []).push({ after: top.after, element });
      warn(this.ctx, 'eclaim.element.kept', top.start, top.parent.name, childWhere(whereOf(top.parent), top.name), top.reason);
      return;
    }
    if (closeStart >= 0) this.checkGap(top, closeStart);
    this.lastEnd = end;
    this.stack.pop();
    this.closeContainer(top);
  }

  private closeLeaf(raw: string): void {
    const parent = this.leafParent;
    const child = this.leaf;
    this.leaf = null;
    this.leafParent = null;
    if (parent === null || child === null) return;
    const name = child.name;
    let value = raw;
    if (value !== '') {
      const convert = child.convert;
      if (convert) {
        const r = convert(value);
        value = r.value;
        if (r.note) warn(this.ctx, r.note.code, this.leafStart, name, childWhere(whereOf(parent), name), r.note.message);
      }
    } else if (child.required) {
      warn(this.ctx, 'eclaim.element.empty', this.leafStart, name, childWhere(whereOf(parent), name), `<${name}> is empty.`);
    }
    if (name === 'RecordCount' && parent.name === 'Header') parent.recordCount = { value, start: this.leafStart };
    parent.values[child.slot] = value;
    parent.after = name;
  }

  private closeContainer(c: Container): void {
    const ctx = this.ctx;
    if (c.stray !== '') {
      warn(ctx, 'eclaim.text.ignored', c.start, c.name, whereOf(c), `text "${clip(c.stray.trim())}" directly inside <${c.name}> is not part of the e-claim and is not kept.`);
    }
    for (const child of c.spec.required) {
      if (child.kind === 'many') {
        if ((c.counts?.[child.name] ?? 0) === 0) warn(ctx, 'eclaim.element.missing', c.start, c.name, whereOf(c), `expected at least one <${child.name}>, found none.`);
      } else if (!isTaken(c, child)) warn(ctx, 'eclaim.element.missing', c.start, c.name, whereOf(c), `expected <${child.name}>, found none.`);
    }
    const parent = c.parent;
    if (parent === null) return;
    parent.after = c.name;
    const v = c.values;
    const extensions = c.extensions ?? [];
    switch (c.name) {
      case 'Header':
        parent.header = { senderId: v[HEADER.SenderID] ?? '', receiverId: v[HEADER.ReceiverID] ?? '', transactionDate: v[HEADER.TransactionDate] ?? '', dispositionFlag: v[HEADER.DispositionFlag] ?? '', extensions };
        parent.recordCount = c.recordCount;
        return;
      case 'Claim':
        (parent.claims ??= []).push({
          id: v[CLAIM.ID] ?? '',
          idPayer: v[CLAIM.IDPayer] ?? '',
          memberId: v[CLAIM.MemberID] ?? '',
          payerId: v[CLAIM.PayerID] ?? '',
          providerId: v[CLAIM.ProviderID] ?? '',
          emiratesIdNumber: v[CLAIM.EmiratesIDNumber] ?? '',
          gross: v[CLAIM.Gross] ?? '',
          patientShare: v[CLAIM.PatientShare] ?? '',
          net: v[CLAIM.Net] ?? '',
          encounter: c.encounter ?? emptyEncounterOf(),
          diagnoses: c.diagnoses ?? [],
          activities: c.activities ?? [],
          resubmission: c.resubmission,
          contract: c.contract,
          extensions,
        });
        return;
      case 'Encounter':
        parent.encounter = {
          facilityId: v[ENCOUNTER.FacilityID] ?? '',
          type: v[ENCOUNTER.Type] ?? '',
          patientId: v[ENCOUNTER.PatientID] ?? '',
          start: v[ENCOUNTER.Start] ?? '',
          end: v[ENCOUNTER.End] ?? '',
          startType: v[ENCOUNTER.StartType] ?? '',
          endType: v[ENCOUNTER.EndType] ?? '',
          transferSource: v[ENCOUNTER.TransferSource] ?? '',
          transferDestination: v[ENCOUNTER.TransferDestination] ?? '',
          extensions,
        };
        return;
      case 'Diagnosis':
        (parent.diagnoses ??= []).push({ type: v[DIAGNOSIS.Type] ?? '', code: v[DIAGNOSIS.Code] ?? '', dxInfo: c.dxInfo ?? [], extensions });
        return;
      case 'DxInfo':
        (parent.dxInfo ??= []).push({ type: v[DXINFO.Type] ?? '', code: v[DXINFO.Code] ?? '' });
        return;
      case 'Observation':
        (parent.observations ??= []).push({ type: v[OBSERVATION.Type] ?? '', code: v[OBSERVATION.Code] ?? '', value: v[OBSERVATION.Value] ?? '', valueType: v[OBSERVATION.ValueType] ?? '' });
        return;
      case 'Activity':
        (parent.activities ??= []).push(this.activityOf(c, extensions));
        return;
      case 'Resubmission':
        parent.resubmission = { type: v[RESUBMISSION.Type] ?? '', comment: v[RESUBMISSION.Comment] ?? '', attachment: v[RESUBMISSION.Attachment] ?? '', extensions };
        return;
      case 'Contract':
        parent.contract = { packageName: v[CONTRACT.PackageName] ?? '', extensions };
        return;
      case 'Claim.Submission':
        return;
    }
  }

  /** Sorts an activity's observations into modifiers, diagnosis links and the rest. */
  private activityOf(c: Container, extensions: Extension[]): Activity {
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
      warn(this.ctx, 'eclaim.modifier.too-many', c.start, c.name, whereOf(c), `more than four modifiers; ${extra.map((m) => `"${m}"`).join(', ')} kept as plain observations.`);
    }
    return {
      id: v[ACTIVITY.ID] ?? '',
      start: v[ACTIVITY.Start] ?? '',
      type: v[ACTIVITY.Type] ?? '',
      code: v[ACTIVITY.Code] ?? '',
      quantity: v[ACTIVITY.Quantity] ?? '',
      net: v[ACTIVITY.Net] ?? '',
      orderingClinician: v[ACTIVITY.OrderingClinician] ?? '',
      clinician: v[ACTIVITY.Clinician] ?? '',
      priorAuthorizationId: v[ACTIVITY.PriorAuthorizationID] ?? '',
      modifiers,
      diagnosisLinks,
      observations,
      extensions,
    };
  }
}

/** Whether a container already has its one `child`. */
function isTaken(c: Container, child: Child): boolean {
  if (child.kind === 'leaf') return c.values[child.slot] !== undefined;
  switch (child.name) {
    case 'Header':
      return c.header !== null;
    case 'Encounter':
      return c.encounter !== null;
    case 'Resubmission':
      return c.resubmission !== null;
    case 'Contract':
      return c.contract !== null;
    default:
      return false;
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
    ctx.warnings.push({ code: 'xml.skipped', message: `${n} XML comment${n === 1 ? ' was' : 's were'} skipped: comments carry no claim data.`, severity: 'warning' });
  }
  const claims = root.claims ?? [];
  const claimCount = claims.length;
  if (claimCount === 0) warn(ctx, 'eclaim.claims.none', root.start, SUBMISSION_ROOT, SUBMISSION_ROOT, 'the file holds no <Claim>: there is nothing to code.');
  const rc = root.recordCount;
  if (rc && rc.value !== '' && rc.value !== String(claimCount)) {
    warn(ctx, 'eclaim.record-count', rc.start, 'RecordCount', 'Header/RecordCount', `says ${rc.value}, but the file holds ${claimCount} claim${claimCount === 1 ? '' : 's'}; it is recomputed on export.`);
  }
  return { ok: true, value: { header: root.header ?? emptyHeaderOf(), claims, rootAttributes: { ...root.attributes }, extensions: root.extensions ?? [] } };
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
