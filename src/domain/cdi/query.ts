import type { QueryTemplate } from './cue-pack';

/** Options every multiple-choice query ends with (AHIMA/ACDIS compliant query practice). */
export const REQUIRED_CHOICES = ['Other (please specify)', 'Clinically undetermined'] as const;

/**
 * Words a query must never contain: a query asks about documentation, never about
 * what an answer is worth (AHIMA/ACDIS, Guidelines for Achieving a Compliant Query Practice).
 */
export const FORBIDDEN_QUERY_WORDS: readonly RegExp[] = [
  /\bpayments?\b/i,
  /\bpaid\b/i,
  /\bpay\b/i,
  /\breimburse(ment|d)?s?\b/i,
  /\bdrgs?\b/i,
  /\brevenue\b/i,
  /\btariff\b/i,
  /\bprice\b/i,
  /\bcase[- ]mix\b/i,
  /\brelative weight\b/i,
  /\bfinancial\b/i,
  /\bdenials?\b/i,
];

/** The forbidden words a text contains ('' when none). @example forbiddenWordsIn('Impact on DRG payment') //=> ['DRG', 'payment'] */
export function forbiddenWordsIn(text: string): string[] {
  return FORBIDDEN_QUERY_WORDS.flatMap((re) => text.match(re)?.[0] ?? []);
}

export type QueryDraftInput = {
  readonly template: QueryTemplate;
  /** The condition as the record names it, e.g. `gastro-esophageal reflux disease (K21.9)`. */
  readonly condition: string;
  /** Sentences quoted from the note. */
  readonly indicators: readonly string[];
  /** Clinically reasonable options (multiple choice only); "Other" and "Clinically undetermined" are always added. */
  readonly options?: readonly string[];
  readonly provider?: string;
  readonly reviewer?: string;
};

/**
 * The options of a multiple-choice query: the given ones (blank and duplicate lines
 * dropped) followed by "Other (please specify)" and "Clinically undetermined".
 * @example queryOptions(['Precordial pain', 'Other']) //=> ['Precordial pain', 'Other (please specify)', 'Clinically undetermined']
 */
export function queryOptions(options: readonly string[]): string[] {
  const isRequired = (o: string) => /^other\b/i.test(o) || /^clinically undetermined$/i.test(o);
  const own = [...new Set(options.map((o) => o.trim()).filter((o) => o !== '' && !isRequired(o)))];
  return [...own, ...REQUIRED_CHOICES];
}

/**
 * Drafts a physician query from a template: fills in the condition, the clinical
 * indicators quoted from the note, the options (multiple choice) and the names.
 * The draft is text for the reviewer to edit; the app never sends it.
 *
 * @example
 * draftQuery({ template: clarifyChoice, condition: 'gastro-esophageal reflux disease (K21.9)', indicators: ['Denies heartburn.'], options: ['Gastro-esophageal reflux disease'] })
 * //=> 'Dr. ___,\n\nThe coded summary … \n- "Denies heartburn."\n…\n[ ] Gastro-esophageal reflux disease\n[ ] Other (please specify)\n[ ] Clinically undetermined\n…'
 * See: AHIMA/ACDIS, Guidelines for Achieving a Compliant Query Practice (2022 update)
 */
export function draftQuery(input: QueryDraftInput): string {
  const indicators = input.indicators.length > 0 ? input.indicators.map((s) => `- "${s}"`).join('\n') : '- (add the clinical indicators from the record)';
  const options = input.template.format === 'choice' ? queryOptions(input.options ?? []).map((o) => `[ ] ${o}`).join('\n') : '';
  const values: Record<string, string> = {
    condition: input.condition,
    indicators,
    options,
    provider: input.provider?.trim() || '___',
    reviewer: input.reviewer?.trim() || 'CDI reviewer',
  };
  return input.template.body.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
