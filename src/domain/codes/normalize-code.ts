import { err, ok, type Issue, type Result } from '../shared/result';
import type { CodeSystem } from './code-types';

/** A typed code made canonical: the lookup key and the form a coder reads. */
export type NormalizedCode = { readonly code: string; readonly display: string };

const ICD_KEY = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/;
const CPT_KEY = /^[0-9]{4}[0-9FTU]$/;
const HCPCS_KEY = /^[A-V][0-9]{4}$/;
const MODIFIER_KEY = /^[0-9A-Z]{2}$/;
const LOCAL_KEY = /^[0-9A-Z]+(?:-[0-9A-Z]+)*$/;

/**
 * The canonical ICD-10-CM key of a typed code, or `null` when it cannot be one.
 * Accepts any case, surrounding spaces, the dot after the third character (or no
 * dot) and a trailing `-` ("S62.0-" means "a code under S62.0").
 * @example normalizeIcdKey(' r07.9 ') //=> 'R079'
 * @example normalizeIcdKey('R079') //=> 'R079'
 * @example normalizeIcdKey('R0.79') //=> null
 */
export function normalizeIcdKey(raw: string): string | null {
  let s = raw.trim().toUpperCase();
  while (s.endsWith('-')) s = s.slice(0, -1);
  const dot = s.indexOf('.');
  if (dot !== -1) {
    if (dot !== 3 || s.indexOf('.', dot + 1) !== -1) return null;
    s = s.slice(0, 3) + s.slice(4);
  }
  return ICD_KEY.test(s) ? s : null;
}

/**
 * How a coder writes an ICD-10-CM key: a dot after the third character.
 * @example icdDisplay('R079') //=> 'R07.9'
 * @example icdDisplay('I10') //=> 'I10'
 */
export function icdDisplay(key: string): string {
  return key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
}

/**
 * The lookup key of a typed code in a system: trimmed, upper case, ICD without its dot.
 * Does not check the shape; use {@link parseCode} to tell the user what is wrong.
 * @example toLookupKey('icd10cm', 'r07.9') //=> 'R079'
 * @example toLookupKey('hcpcs', ' lt ') //=> 'LT'
 */
export function toLookupKey(system: CodeSystem, raw: string): string {
  if (system === 'icd10cm') return normalizeIcdKey(raw) ?? raw.trim().toUpperCase();
  return raw.trim().toUpperCase();
}

/**
 * The display form of a canonical key.
 * @example toDisplay('icd10cm', 'S62001A') //=> 'S62.001A'
 * @example toDisplay('cpt', '99213') //=> '99213'
 */
export function toDisplay(system: CodeSystem, key: string): string {
  return system === 'icd10cm' ? icdDisplay(key) : key;
}

function issue(code: string, message: string): Issue {
  return { code, message, severity: 'error' };
}

/**
 * Reads a typed code of a system and says what is wrong with it when it cannot be one.
 * Only the shape is checked here; whether the code exists is a question for a release
 * (see `CodeSetView.lookup`).
 *
 * @param system the code system the field holds
 * @param raw what the coder typed, e.g. `r07.9`, ` R079 `, `99213`, `lt`
 * @returns the canonical key and display form, or one issue
 * @example parseCode('icd10cm', 'r07.9') //=> { ok: true, value: { code: 'R079', display: 'R07.9' } }
 * @example parseCode('cpt', '9921') //=> { ok: false, errors: [{ code: 'code.cpt.format', … }] }
 */
export function parseCode(system: CodeSystem, raw: string): Result<NormalizedCode> {
  const trimmed = raw.trim();
  if (trimmed === '') return err([issue('code.empty', 'Expected a code, found nothing.')]);
  switch (system) {
    case 'icd10cm': {
      const upper = trimmed.toUpperCase();
      const dot = upper.indexOf('.');
      if (dot !== -1 && (dot !== 3 || upper.indexOf('.', dot + 1) !== -1)) {
        return err([issue('code.icd.dot', `The dot in an ICD-10-CM code goes after the third character (like R07.9), found "${trimmed}".`)]);
      }
      const key = normalizeIcdKey(upper);
      if (key === null) {
        return err([
          issue(
            'code.icd.format',
            `Expected an ICD-10-CM code such as R07.9 (a letter, a digit, a letter or digit, then up to 4 more), found "${trimmed}".`,
          ),
        ]);
      }
      return ok({ code: key, display: icdDisplay(key) });
    }
    case 'cpt': {
      const key = trimmed.toUpperCase();
      if (!CPT_KEY.test(key)) {
        return err([issue('code.cpt.format', `Expected a CPT code of 5 characters such as 99213 (4 digits, then a digit, F, T or U), found "${trimmed}".`)]);
      }
      return ok({ code: key, display: key });
    }
    case 'hcpcs': {
      const key = trimmed.toUpperCase();
      if (!HCPCS_KEY.test(key) && !MODIFIER_KEY.test(key)) {
        return err([
          issue('code.hcpcs.format', `Expected a HCPCS Level II code such as J1100 (a letter A–V and 4 digits) or a modifier such as LT, found "${trimmed}".`),
        ]);
      }
      return ok({ code: key, display: key });
    }
    case 'local': {
      const key = trimmed.toUpperCase();
      if (key.length > 20 || !LOCAL_KEY.test(key)) {
        return err([issue('code.local.format', `Expected a service code such as 99 or 99-02 (letters and digits, parts joined by "-"), found "${trimmed}".`)]);
      }
      return ok({ code: key, display: key });
    }
  }
}

/**
 * Reads a typed CPT/HCPCS modifier.
 * @example parseModifier(' lt') //=> { ok: true, value: { code: 'LT', display: 'LT' } }
 */
export function parseModifier(raw: string): Result<NormalizedCode> {
  const key = raw.trim().toUpperCase();
  if (!MODIFIER_KEY.test(key)) {
    return err([issue('code.modifier.format', `Expected a modifier of 2 letters or digits such as 25 or LT, found "${raw.trim()}".`)]);
  }
  return ok({ code: key, display: key });
}

/** Whether a canonical key has the shape of an ICD-10-CM code. @example isIcdKey('R079') //=> true */
export function isIcdKey(key: string): boolean {
  return ICD_KEY.test(key);
}

/** Whether a canonical key has the shape of a CPT code. @example isCptKey('0001F') //=> true */
export function isCptKey(key: string): boolean {
  return CPT_KEY.test(key);
}

/** Whether a canonical key has the shape of a HCPCS Level II code. @example isHcpcsKey('J1100') //=> true */
export function isHcpcsKey(key: string): boolean {
  return HCPCS_KEY.test(key);
}

/** Whether a canonical key has the shape of a modifier. @example isModifierKey('LT') //=> true */
export function isModifierKey(key: string): boolean {
  return MODIFIER_KEY.test(key);
}

/** Whether a canonical key has the shape of a local service code. @example isLocalKey('99-02') //=> true */
export function isLocalKey(key: string): boolean {
  return key.length <= 20 && LOCAL_KEY.test(key);
}
