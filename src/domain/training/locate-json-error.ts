/**
 * Where JSON text first goes wrong, as 1-based line and column. `JSON.parse` messages carry a
 * position in some engines and not in others, so the place is found by a small scanner of our own.
 */

type Cursor = { i: number };

const WS = new Set([' ', '\t', '\n', '\r']);

function skip(t: string, c: Cursor): void {
  while (c.i < t.length && WS.has(t[c.i] ?? '')) c.i++;
}

function value(t: string, c: Cursor): boolean {
  skip(t, c);
  const ch = t[c.i];
  if (ch === '{') return container(t, c, '}', true);
  if (ch === '[') return container(t, c, ']', false);
  if (ch === '"') return str(t, c);
  for (const word of ['true', 'false', 'null']) {
    if (t.startsWith(word, c.i)) {
      c.i += word.length;
      return true;
    }
  }
  const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(c.i, c.i + 400));
  if (m && m[0] !== '' && m[0] !== '-') {
    c.i += m[0].length;
    return true;
  }
  return false;
}

function str(t: string, c: Cursor): boolean {
  c.i++;
  while (c.i < t.length) {
    const ch = t[c.i];
    if (ch === '"') {
      c.i++;
      return true;
    }
    if (ch === '\\') c.i++;
    else if (ch === '\n') return false;
    c.i++;
  }
  return false;
}

function container(t: string, c: Cursor, close: string, object: boolean): boolean {
  c.i++;
  skip(t, c);
  if (t[c.i] === close) {
    c.i++;
    return true;
  }
  for (;;) {
    if (object) {
      skip(t, c);
      if (t[c.i] !== '"' || !str(t, c)) return false;
      skip(t, c);
      if (t[c.i] !== ':') return false;
      c.i++;
    }
    if (!value(t, c)) return false;
    skip(t, c);
    if (t[c.i] === ',') {
      c.i++;
      continue;
    }
    if (t[c.i] === close) {
      c.i++;
      return true;
    }
    return false;
  }
}

/**
 * The 1-based line and column where JSON text stops being valid, or `null` when it is valid.
 * @example locateJsonError('{\n  "a": ,\n}') //=> { line: 2, column: 8 }
 */
export function locateJsonError(text: string): { line: number; column: number } | null {
  const c: Cursor = { i: 0 };
  const good = value(text, c);
  skip(text, c);
  if (good && c.i >= text.length) return null;
  const before = text.slice(0, c.i).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
