import { SaxesParser } from 'saxes';
import type { XmlElement } from '../claim';
import type { Issue, Result } from '../shared/result';
import { OTHER_TRANSACTIONS } from './elements';

/**
 * Receives the elements of a document as saxes reads them. Positions are indexes into
 * the source string, so a consumer can re-read any element's exact source (or the text
 * between two tags) and turn an index into a line and column with a {@link Locator}
 * only when it has something to report.
 */
export interface XmlSink {
  /**
   * Whether the sink wants `text` events. A sink that reads text from the source by index
   * ({@link readTextBetween}) says no: saxes then builds no strings for character data,
   * which on a big file is most of its garbage.
   */
  readonly wantsText: boolean;
  /** `start`: the `<` of the start tag; `end`: just after its `>`. */
  open(name: string, attributes: Readonly<Record<string, string>>, start: number, end: number): void;
  /** Character data (CDATA included) directly inside the innermost open element. */
  text(text: string): void;
  /** `end`: just after the element's last `>`; `closeStart`: the `<` of its end tag, or -1 when self-closing. */
  close(name: string, end: number, closeStart: number): void;
}

/** What the reader skipped: XML comments carry no claim data (processing instructions are ignored too). */
export type XmlReadSummary = { readonly skipped: number };

/** Carries the first fatal problem out of the saxes callbacks. */
class StopReading extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

/** The attributes passed for a tag that has none (compare by identity to skip them). */
export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

const ALLOWED_ENTITIES = 'only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#38; are allowed';
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g;

/**
 * Reads a whole XML document with saxes and streams its elements to `sink`,
 * refusing anything a claim file never needs: a DOCTYPE (and with it any entity
 * declaration) is refused as soon as it is seen, before anything in it is used;
 * a root other than `expectedRoot` stops the read. The first well-formedness error
 * stops it too, with its line, column and the element being read.
 *
 * @param xml - the document (BOM already removed)
 * @param expectedRoot - the only root element accepted, or null for any
 * @param sink - receives open, text and close events
 * PERFORMANCE: saxes slows down about five-fold once more than seven event handlers are
 * set on a parser (its handler fields are added one by one and the object's layout
 * degrades), so this sets at most seven: opentag, closetag, comment, doctype, error, and
 * text and cdata only for a sink that wants them. Add one only with the benchmark
 * (npm run bench) in hand.
 *
 * @returns how many comments were skipped, or exactly one error
 * @example readXml('<a><b>1</b></a>', 'a', sink) //=> ok({ skipped: 0 }), sink saw open a, open b, text "1", close b, close a
 */
export function readXml(xml: string, expectedRoot: string | null, sink: XmlSink): Result<XmlReadSummary> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const open: string[] = [];
  let skipped = 0;
  let lastClosed = '';

  const stop = (code: string, message: string, line: number, column: number, element = open[open.length - 1]): never => {
    const inElement = element === undefined ? '' : `, in <${element}>`;
    throw new StopReading({ code, message: `Line ${line}, column ${column}${inElement}: ${message}`, severity: 'error', line, column });
  };

  parser.on('doctype', (doctype) => {
    const { line, column } = locate(xml, xml.lastIndexOf('<!DOCTYPE', parser.position));
    if (/<!ENTITY/i.test(doctype)) {
      stop(
        'xml.entity',
        'the file declares entities (<!ENTITY …>) in a DOCTYPE. They are refused and never expanded: entity declarations are how XML files are made to blow up in memory or read other files, and an e-claim never needs them.',
        line,
        column,
      );
    }
    stop('xml.doctype', 'the file has a DOCTYPE declaration. It is refused for security (a DOCTYPE can declare entities that expand into huge or outside content) and an e-claim never needs one.', line, column);
  });
  parser.on('comment', () => {
    skipped += 1;
  });
  parser.on('opentag', (tag) => {
    // Find the tag's `<` from the position after its `>` (no `<` can occur inside a tag), rather
    // than listening to 'opentagstart': see PERFORMANCE above.
    const end = parser.position;
    // A bare `<Name>` or `<Name/>` (almost every tag) is found in one step; others by a short walk.
    const bareLength = tag.name.length + (tag.isSelfClosing ? 3 : 2);
    const bare = xml.charCodeAt(end - bareLength) === 0x3c;
    const start = bare ? end - bareLength : backTo(xml, end - 1, 0x3c);
    if (open.length === 0 && expectedRoot !== null && tag.name !== expectedRoot) {
      const what = OTHER_TRANSACTIONS[tag.name];
      const { line, column } = locate(xml, start);
      stop('eclaim.root', `expected <${expectedRoot}>, found <${tag.name}>${what ? `: this is ${what}` : ''}.`, line, column);
    }
    open.push(tag.name);
    // saxes keeps attributes in a prototype-less (dictionary) object that is slow to walk:
    // a bare tag has none, so pass a shared empty one.
    sink.open(tag.name, bare ? NO_ATTRIBUTES : tag.attributes, start, end);
  });
  if (sink.wantsText) {
    parser.on('text', (text) => {
      if (open.length > 0) sink.text(text);
    });
    parser.on('cdata', (text) => {
      sink.text(text);
    });
  }
  parser.on('closetag', (tag) => {
    lastClosed = tag.name;
    open.pop();
    const end = parser.position;
    let closeStart = -1;
    if (!tag.isSelfClosing) {
      closeStart = end - tag.name.length - 3; // `</Name>`, unless written `</Name >`
      if (xml.charCodeAt(closeStart) !== 0x3c || xml.charCodeAt(closeStart + 1) !== 0x2f) closeStart = backTo(xml, end - 1, 0x3c);
    }
    sink.close(tag.name, end, closeStart);
  });
  parser.on('error', (e) => {
    const message = e.message.replace(/^\d+:\d+: /, '');
    const position = parser.position;
    // A bare `&` makes saxes read on to the end of the file; name it where it is.
    BARE_AMPERSAND.lastIndex = 0;
    const bare = BARE_AMPERSAND.exec(xml);
    if (bare && bare.index < position) {
      const { line, column } = locate(xml, bare.index);
      stop('xml.malformed', `a bare "&" is not allowed in XML: write it as &amp; (${ALLOWED_ENTITIES}).`, line, column);
    }
    const line = parser.line;
    const column = parser.column;
    if (message === 'unexpected close tag.') {
      const at = xml.lastIndexOf('</', position);
      const found = xml.slice(at + 2, position - 1).trim();
      const loc = locate(xml, at);
      stop('xml.malformed', `closing tag </${found}> does not match <${lastClosed}>.`, loc.line, loc.column, lastClosed);
    }
    const unmatched = /^unmatched closing tag: (.*)\.$/.exec(message);
    if (unmatched) {
      const loc = locate(xml, xml.lastIndexOf('</', position));
      stop('xml.malformed', `closing tag </${unmatched[1] ?? ''}> has no opening tag.`, loc.line, loc.column);
    }
    const unclosed = /^unclosed tag: (.*)$/.exec(message);
    if (unclosed) stop('xml.truncated', `the file ends before </${unclosed[1] ?? ''}>: is it cut short?`, line, column);
    if (message === 'unexpected end.') stop('xml.truncated', 'the file ends in the middle of a tag: is it cut short?', line, column);
    if (message === 'undefined entity.') {
      const loc = locate(xml, xml.lastIndexOf('&', position - 1));
      stop('xml.malformed', describeSaxesError(message), loc.line, loc.column);
    }
    const declaration = xml.lastIndexOf('<!', position);
    if (message === 'incorrect syntax.' && declaration !== -1 && xml.startsWith('<!ENTITY', declaration)) {
      const loc = locate(xml, declaration);
      stop('xml.entity', 'entity declarations (<!ENTITY …>) are refused and never expanded: an e-claim never needs them.', loc.line, loc.column);
    }
    stop('xml.malformed', describeSaxesError(message), line, column);
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof StopReading) return { ok: false, errors: [e.issue] };
    throw e;
  }
  return { ok: true, value: { skipped } };
}

/**
 * The index of the last `code` unit at or before `from`. Tags are short, so this walks a few
 * characters; String.prototype.lastIndexOf is a runtime call that costs more than the walk.
 */
function backTo(text: string, from: number, code: number): number {
  let i = from;
  while (i >= 0 && text.charCodeAt(i) !== code) i--;
  return i;
}

function describeSaxesError(message: string): string {
  switch (message) {
    case 'disallowed character.':
      return 'a character that XML does not allow here (a control character, or a stray < or &?).';
    case 'undefined entity.':
      return `an undefined entity reference (${ALLOWED_ENTITIES}).`;
    case 'text data outside of root node.':
      return 'text outside the root element.';
    case 'documents may contain only one root.':
      return 'a second top-level element after the root element has closed.';
    case 'document must contain a root element.':
      return 'the file has no root element.';
    default:
      return `the XML is not well-formed (${message.replace(/\.$/, '')}).`;
  }
}

const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The character data of well-formed source between two tags, as saxes would report it:
 * line ends normalised, entity and character references decoded. Null when the source holds
 * markup (a comment, a processing instruction or CDATA): the caller then re-reads the element.
 * @example readTextBetween('a &amp; b', 0, 9) //=> 'a & b'
 */
export function readTextBetween(source: string, from: number, to: number): string | null {
  let text = source.slice(from, to);
  if (text.includes('<')) return null;
  // Line ends first: a &#13; reference must survive as a carriage return.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return PREDEFINED[ref] ?? '';
  });
}

const isXmlSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/**
 * The trimmed text of a text-only field, read from the source between its tags in one pass
 * (this runs for every field of a big file). Falls back to {@link readTextBetween} when the
 * text holds a reference or a carriage return; null when it holds markup.
 * @example readFieldText('<ID> 12 </ID>', 4, 8) //=> '12'
 */
export function readFieldText(source: string, from: number, to: number): string | null {
  let a = from;
  let b = to;
  while (a < b && isXmlSpace(source.charCodeAt(a))) a++;
  while (b > a && isXmlSpace(source.charCodeAt(b - 1))) b--;
  for (let i = a; i < b; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x3c || c === 0x26 || c === 0x0d) return readTextBetween(source, from, to)?.trim() ?? null;
  }
  const text = source.slice(a, b);
  // Other Unicode spaces (no-break space…) at either end are trimmed too, as String#trim does.
  return text.length > 0 && (text.charCodeAt(0) > 0x7f || text.charCodeAt(text.length - 1) > 0x7f) ? text.trim() : text;
}

/** Builds XmlElement trees (text trimmed) from sink events. */
class TreeSink implements XmlSink {
  readonly wantsText = true;
  readonly roots: XmlElement[] = [];
  private readonly stack: { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string }[] = [];

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    this.stack.push({ name, attributes: { ...attributes }, children: [], text: '' });
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.text += text;
  }

  close(): void {
    const top = this.stack.pop();
    if (!top) return;
    const element: XmlElement = { name: top.name, attributes: top.attributes, children: top.children, text: top.text.trim() };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(element);
    else this.roots.push(element);
  }
}

/**
 * Reads the source of one element (already known to be well-formed) into an
 * {@link XmlElement}, text trimmed. Used to keep unknown elements exactly as written.
 * @example readXmlElement('<Foo a="1">x<Bar/></Foo>') //=> { name: 'Foo', attributes: { a: '1' }, children: [{ name: 'Bar', … }], text: 'x' }
 */
export function readXmlElement(source: string): XmlElement | null {
  const sink = new TreeSink();
  const r = readXml(source, null, sink);
  return r.ok ? (sink.roots[0] ?? null) : null;
}

/**
 * Turns indexes into 1-based lines and columns (columns in Unicode characters, as saxes
 * counts them). The line table is built on the first question, so a file without
 * warnings never pays for it.
 */
export class Locator {
  private starts: number[] | null = null;

  constructor(private readonly text: string) {}

  at(index: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo] ?? 0;
    return { line: lo + 1, column: [...this.text.slice(lineStart, index)].length + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * The 1-based line and column (in Unicode characters, as saxes counts them) of an index.
 * Used on error paths only, so a linear scan is fine.
 * @example locate('ab\ncd', 4) //=> { line: 2, column: 2 }
 */
export function locate(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(index, text.length));
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, end)].length + 1 };
}
