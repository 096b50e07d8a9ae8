import type { Observation } from '../claim';

/**
 * How CPT/HCPCS modifiers and diagnosis links travel in `Claim.Submission`.
 *
 * The e-claim has no element for either; both go in an Activity `Observation`.
 * The DOH/DHA convention for modifiers could not be confirmed, so this is OUR
 * convention, kept in this one place: the parser recognises it (case-insensitively)
 * and the serializer writes it. See docs/adr/0010-eclaim-observation-conventions.md
 * for the reasoning and for how to change it.
 */
export type ObservationConvention = {
  /** The Observation `Type` that marks it. */
  readonly type: string;
  /**
   * `null`: the payload (the modifier, the ICD code) is the Observation `Code` and
   * `Value` is empty. A string: `Code` is this fixed name and the payload is the `Value`.
   */
  readonly code: string | null;
  /** The `ValueType` written ('' writes none); when reading, an empty ValueType or this one is accepted. */
  readonly valueType: string;
};

export type ObservationConventions = {
  /** One observation per CPT/HCPCS modifier, in the order of `Activity.modifiers`. */
  readonly modifier: ObservationConvention;
  /** One observation per linked diagnosis (an ICD-10-CM code of the claim), in the order of `Activity.diagnosisLinks`. */
  readonly diagnosisLink: ObservationConvention;
};

/**
 * The convention in force.
 * - Modifier: `<Type>Modifiers</Type><Code>26</Code>`, nothing else: the shape of the confirmed
 *   `Universal Dental` observation, which carries the tooth number in Code with no Value or ValueType.
 * - Diagnosis link: `<Type>Text</Type><Code>LinkedDiagnosis</Code><Value>R07.2</Value><ValueType>Text</ValueType>`
 *   (`Text` is an observation type both regulators already use, so a receiver that does not
 *   know our code reads it as a harmless note).
 */
export const OBSERVATION_CONVENTIONS: ObservationConventions = {
  modifier: { type: 'Modifiers', code: null, valueType: '' },
  diagnosisLink: { type: 'Text', code: 'LinkedDiagnosis', valueType: 'Text' },
};

/** What an observation carries when it follows one of the conventions. */
export type ConventionReading = { readonly kind: 'modifier' | 'diagnosisLink'; readonly value: string };

/** Case-insensitive equality; the exact and length checks spare most calls to toLowerCase on big files. */
const same = (a: string, b: string): boolean => a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());

function matches(o: Observation, c: ObservationConvention): string | null {
  if (!same(o.type, c.type)) return null;
  if (o.valueType !== '' && !same(o.valueType, c.valueType)) return null;
  if (c.code === null) return o.value === '' ? o.code : null;
  return same(o.code, c.code) ? o.value : null;
}

/**
 * Whether an observation is a modifier or a diagnosis link under the conventions, and its payload.
 * An observation that only half fits (right Type, unexpected ValueType or an extra Value) is not
 * recognised, so it stays an ordinary observation and nothing in it is lost.
 *
 * @example readConventionObservation({ type: 'MODIFIERS', code: '26', value: '', valueType: '' }) //=> { kind: 'modifier', value: '26' }
 * @example readConventionObservation({ type: 'Text', code: 'Note', value: 'x', valueType: 'Text' }) //=> null
 */
export function readConventionObservation(o: Observation, conventions: ObservationConventions = OBSERVATION_CONVENTIONS): ConventionReading | null {
  const modifier = matches(o, conventions.modifier);
  if (modifier !== null) return { kind: 'modifier', value: modifier };
  const link = matches(o, conventions.diagnosisLink);
  if (link !== null) return { kind: 'diagnosisLink', value: link };
  return null;
}

/**
 * The observation that carries one modifier or diagnosis link.
 * @example conventionObservation('modifier', '26') //=> { type: 'Modifiers', code: '26', value: '', valueType: '' }
 */
export function conventionObservation(
  kind: ConventionReading['kind'],
  value: string,
  conventions: ObservationConventions = OBSERVATION_CONVENTIONS,
): Observation {
  const c = conventions[kind];
  return c.code === null ? { type: c.type, code: value, value: '', valueType: c.valueType } : { type: c.type, code: c.code, value, valueType: c.valueType };
}
