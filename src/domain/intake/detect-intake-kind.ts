import { QUICK_TEXT_KEYWORDS } from './quick-text';
import { COLUMN_SYNONYMS, headingKey } from './table-text';

/** What a pasted or dropped text looks like. */
export type IntakeKind = 'xml' | 'quick-text' | 'table' | 'unknown';

/**
 * Tells what a pasted or dropped text is, from its first meaningful line: XML when it
 * starts with `<`; a table when that line has tabs and names a Type or Code column;
 * quick text when it starts with a quick-text keyword (or the text is only # comments).
 *
 * @example detectIntakeKind('<?xml version="1.0"?><Claim.Submission/>') //=> 'xml'
 * @example detectIntakeKind('Type\tCode\nCPT\t93000') //=> 'table'
 * @example detectIntakeKind('# visit\nDX R07.2') //=> 'quick-text'
 * @example detectIntakeKind('Dear colleague') //=> 'unknown'
 */
export function detectIntakeKind(text: string): IntakeKind {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t === '') return 'unknown';
  if (t.startsWith('<')) return 'xml';
  const lines = t.split(/\r\n|\r|\n/);
  const first = lines.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (first === undefined) return 'quick-text';
  if (first.includes('\t')) {
    const columns = first.split('\t').map((h) => COLUMN_SYNONYMS[headingKey(h)]);
    if (columns.includes('type') || columns.includes('code')) return 'table';
  }
  const word = (/^\s*(\S+)/.exec(first)?.[1] ?? '').toUpperCase();
  return QUICK_TEXT_KEYWORDS.includes(word) ? 'quick-text' : 'unknown';
}
