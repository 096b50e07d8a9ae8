import type { Issue } from '../shared/result';
import { parseDecimal } from '../money';
import { CODE_SHAPES, MODIFIABLE_TYPES, MODIFIER_SHAPE, POA_VALUES, icdCode } from './vocabulary';

/**
 * Pieces shared by the quick text and the table: reading a code with its modifiers,
 * a diagnosis with its POA, a quantity, an amount, and resolving diagnosis links.
 * Each returns a value or a message (what was expected, what was found); the caller
 * adds where it was.
 */

export type Read<T> = { readonly ok: true; readonly value: T; readonly note?: string } | { readonly ok: false; readonly message: string };

const fail = (message: string): Read<never> => ({ ok: false, message });

/** What the user typed, quoted and clipped for a message. */
export function found(text: string): string {
  const t = text.trim();
  if (t === '') return 'nothing';
  return `"${t.length > 30 ? `${t.slice(0, 30)}…` : t}"`;
}

/**
 * A code with up to four `-MOD` modifiers (CPT and HCPCS only; other codes keep their hyphens).
 * @example readCode('93306-26-lt', '3') //=> ok({ code: '93306', modifiers: ['26', 'LT'] })
 */
export function readCode(text: string, type: string): Read<{ code: string; modifiers: string[] }> {
  const t = text.trim();
  if (t === '') return fail('expected a code, found nothing');
  if (!MODIFIABLE_TYPES.includes(type)) return { ok: true, value: { code: t, modifiers: [] } };
  const [rawCode = '', ...mods] = t.toUpperCase().split('-');
  const shape = CODE_SHAPES[type];
  if (shape && !shape.pattern.test(rawCode)) return fail(`expected a ${shape.name} code such as ${shape.example}, found ${found(rawCode)}`);
  if (mods.length > 4) return fail(`expected at most four modifiers, found ${mods.length} (${mods.join('-')})`);
  for (const m of mods) {
    if (!MODIFIER_SHAPE.test(m)) return fail(`expected a two-character modifier such as 26 or LT, found ${found(m)}`);
  }
  return { ok: true, value: { code: rawCode, modifiers: mods } };
}

/**
 * Modifiers written in their own column: separated by commas, spaces, semicolons or hyphens.
 * @example readModifierList('26, lt') //=> ok(['26', 'LT'])
 */
export function readModifierList(text: string): Read<string[]> {
  const mods = text
    .toUpperCase()
    .split(/[\s,;-]+/)
    .filter((m) => m !== '');
  if (mods.length > 4) return fail(`expected at most four modifiers, found ${mods.length} (${mods.join(', ')})`);
  for (const m of mods) {
    if (!MODIFIER_SHAPE.test(m)) return fail(`expected a two-character modifier such as 26 or LT, found ${found(m)}`);
  }
  return { ok: true, value: mods };
}

/**
 * An ICD-10-CM code, upper case and dotted.
 * @example readIcd('j189') //=> ok('J18.9')
 */
export function readIcd(text: string): Read<string> {
  const code = icdCode(text);
  return code === null ? fail(`expected an ICD-10-CM code such as R07.2, found ${found(text)}`) : { ok: true, value: code };
}

/**
 * A present-on-admission indicator: Y, N, U, W or 1.
 * @example readPoa('y') //=> ok('Y')
 */
export function readPoa(text: string): Read<string> {
  const t = text.trim().toUpperCase();
  return Object.hasOwn(POA_VALUES, t) ? { ok: true, value: t } : fail(`expected a POA indicator (Y, N, U, W or 1), found ${found(text)}`);
}

/**
 * A quantity above zero, as a plain decimal.
 * @example readQuantity('2') //=> ok('2')
 */
export function readQuantity(text: string): Read<string> {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t) || /^0+(\.0+)?$/.test(t)) return fail(`expected a quantity above 0 such as 1 or 2.5, found ${found(text)}`);
  return { ok: true, value: t };
}

/**
 * An amount of money, not negative; separators are read as parseDecimal reads them (with a note).
 * @example readAmount('1,250.00') //=> ok('1250.00', note)
 */
export function readAmount(text: string): Read<string> {
  const r = parseDecimal(text);
  if (!r.ok || r.value.canonical.startsWith('-')) return fail(`expected an amount such as 465.00, found ${found(text)}`);
  return r.value.note === undefined ? { ok: true, value: r.value.canonical } : { ok: true, value: r.value.canonical, note: `"${text.trim()}" read as ${r.value.canonical}` };
}

/** A link to a diagnosis as written: a 1-based position in the listing, or an ICD-10-CM code. */
export type LinkRef = { readonly text: string; readonly line: number; readonly column: number };

/**
 * Resolves links to the diagnoses' codes (duplicates dropped, order kept).
 * @param links - as written
 * @param codes - the diagnoses' codes in listing order
 * @param at - turns a link and a message into an issue located where the link was written
 */
export function resolveLinks(links: readonly LinkRef[], codes: readonly string[], at: (link: LinkRef, message: string) => Issue): { codes: string[]; errors: Issue[] } {
  const out: string[] = [];
  const errors: Issue[] = [];
  for (const link of links) {
    let code: string | undefined;
    if (/^\d+$/.test(link.text)) {
      const n = Number(link.text);
      code = n >= 1 ? codes[n - 1] : undefined;
      if (code === undefined) {
        errors.push(
          at(
            link,
            codes.length === 0
              ? `expected a diagnosis position, found ${link.text} but no diagnosis is listed`
              : codes.length === 1
                ? `expected diagnosis position 1 (one diagnosis is listed), found ${link.text}`
                : `expected a diagnosis position from 1 to ${codes.length}, found ${link.text}`,
          ),
        );
        continue;
      }
    } else {
      const icd = icdCode(link.text);
      if (icd === null) {
        errors.push(at(link, `expected a diagnosis position (1, 2, …) or an ICD-10-CM code, found ${found(link.text)}`));
        continue;
      }
      if (!codes.includes(icd)) {
        errors.push(at(link, `expected one of the listed diagnoses, found ${icd}, which is not listed`));
        continue;
      }
      code = icd;
    }
    if (!out.includes(code)) out.push(code);
  }
  return { codes: out, errors };
}
