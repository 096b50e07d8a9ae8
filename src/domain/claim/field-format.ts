import { parseDecimal } from '../money/parse-decimal';
import { isIsoDate, isIsoDateTime } from '../shared/dates';
import { EMIRATES_ID_PATTERN, EMIRATES_ID_PLACEHOLDERS } from './code-lists';

/**
 * Format checks for single fields, as the editor shows them inline while the
 * coder types. Claim-level completeness (what is missing, what disagrees) is the
 * rules engine's job; these only say whether a value that is there reads.
 */
export type FieldKind = 'emirates-id' | 'date-time' | 'date' | 'money' | 'quantity' | 'code' | 'modifier' | 'text';

/**
 * The problem with a field's value, or `undefined` when it reads (an empty value always reads).
 * @example fieldFormatProblem('emirates-id', '784-1979-4820153') //=> 'Expected 15 digits as 784-YYYY-NNNNNNN-C …'
 */
export function fieldFormatProblem(kind: FieldKind, value: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  switch (kind) {
    case 'emirates-id':
      if (EMIRATES_ID_PATTERN.test(v)) return undefined;
      return `Expected 15 digits as 784-YYYY-NNNNNNN-C, or a placeholder (${Object.keys(EMIRATES_ID_PLACEHOLDERS).join(', ')}); found "${v}".`;
    case 'date-time':
      return isIsoDateTime(v) ? undefined : `Expected a date and time as dd/MM/yyyy HH:mm; "${v}" does not read as one.`;
    case 'date':
      return isIsoDate(v) ? undefined : `Expected a date as dd/MM/yyyy; "${v}" does not read as one.`;
    case 'money': {
      const r = parseDecimal(v);
      if (!r.ok) return r.errors[0]?.message;
      if (r.value.value.isNegative()) return `Expected an amount of zero or more, found ${v}.`;
      return r.value.value.decimalPlaces() > 2 ? `Expected at most two decimal places, found ${v}.` : undefined;
    }
    case 'quantity': {
      const r = parseDecimal(v);
      if (!r.ok) return r.errors[0]?.message;
      return r.value.value.greaterThan(0) ? undefined : `Expected a quantity above zero, found ${v}.`;
    }
    case 'code':
      return /^[A-Za-z0-9.-]+$/.test(v) ? undefined : `A code has only letters, digits, "." and "-"; found "${v}".`;
    case 'modifier':
      return /^[A-Za-z0-9]{2}$/.test(v) ? undefined : `A modifier is two letters or digits (e.g. 25, LT); found "${v}".`;
    case 'text':
      return undefined;
  }
}

/**
 * Splits what a coder typed in a modifiers box into modifiers: separated by
 * spaces, commas or hyphens, upper-cased, duplicates dropped.
 * @example splitModifiers('25, lt') //=> ['25', 'LT']
 */
export function splitModifiers(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\s,;-]+/)) {
    const m = part.trim().toUpperCase();
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}
