import type { Dec } from '../money';
import { useOf, type DrgAssumptions } from './assumptions';
import { money, NO_ROUNDING, roundingLabel, roundTo, showAmount, showExact, showMin, SOURCE, step, type Calculation, type DrgStep } from './steps';

export type CostOutlierInput = {
  /** Cost at Mandatory Tariff prices (plus HCPCS cost). */
  readonly cost: Dec;
  /** Base payment including the add-on (§4.4.2.1). */
  readonly basePayment: Dec;
  readonly addOn: Dec;
  readonly gap: Dec;
  /** Percent, e.g. 60. */
  readonly marginalPercent: Dec;
};

export type OutlierResult = {
  /** True when an outlier is payable. */
  readonly applies: boolean;
  /** The amount, 2 places (`'0.00'` when none). */
  readonly amount: string;
  /** The amount before rounding (equal to `amount` when rounded). */
  readonly exact: string;
};

/**
 * Cost outlier for a non-mental-health DRG (§4.4.2.2):
 * (Cost − (Base payment + Gap)) × Marginal when positive, else none; 2 dp.
 * Whether the add-on is part of "Base payment" here is the `addOnInOutlierThreshold` assumption.
 * @param input - cost, base payment, add-on, gap and marginal
 * @param a - the assumptions
 * @example calculateCostOutlier({ cost: D('60000'), basePayment: D('12750'), addOn: D('0'), gap: D('25000'), marginalPercent: D('60') }, DEFAULT_DRG_ASSUMPTIONS).result.amount //=> '13350.00'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.2.2.
 */
export function calculateCostOutlier(input: CostOutlierInput, a: DrgAssumptions): Calculation<OutlierResult> {
  const withAddOn = a.addOnInOutlierThreshold;
  const basis = withAddOn ? input.basePayment : input.basePayment.sub(input.addOn);
  const threshold = basis.add(input.gap);
  const excess = input.cost.sub(threshold);
  const steps: DrgStep[] = [
    step({
      id: 'outlier.threshold',
      label: 'Outlier threshold',
      formula: withAddOn ? 'Base payment + Gap' : '(Base payment − Add-on) + Gap',
      substituted: withAddOn ? `${money(input.basePayment)} + ${showExact(input.gap)}` : `(${money(input.basePayment)} − ${money(input.addOn)}) + ${showExact(input.gap)}`,
      result: money(threshold),
      rounding: NO_ROUNDING,
      source: SOURCE.outlier,
      assumptions: [useOf(a, 'addOnInOutlierThreshold')],
    }),
    step({
      id: 'outlier.excess',
      label: 'Cost above the threshold',
      formula: withAddOn ? 'Cost − (Base payment + Gap)' : 'Cost − ((Base payment − Add-on) + Gap)',
      substituted: `${money(input.cost)} − ${money(threshold)}`,
      result: money(excess),
      rounding: NO_ROUNDING,
      source: SOURCE.outlier,
    }),
  ];
  if (excess.lte(0)) {
    steps.push(
      step({
        id: 'outlier.amount',
        label: 'Cost outlier',
        formula: 'none when Cost ≤ Base payment + Gap',
        substituted: `${money(excess)} ≤ 0`,
        result: '0.00',
        rounding: NO_ROUNDING,
        source: SOURCE.outlier,
        note: 'The cost does not exceed the threshold: no outlier and no service-code 99 line.',
      }),
    );
    return { result: { applies: false, amount: '0.00', exact: '0' }, steps };
  }
  const exact = excess.mul(input.marginalPercent).div(100);
  const amount = roundTo(exact, 2, a.roundingTieBreak);
  steps.push(
    step({
      id: 'outlier.amount',
      label: 'Cost outlier (service code 99)',
      formula: '(Cost − threshold) × Marginal',
      substituted: `${money(excess)} × ${showExact(input.marginalPercent)}%`,
      result: money(amount),
      rounding: roundingLabel(2, a.roundingTieBreak),
      source: SOURCE.outlier,
      assumptions: [useOf(a, 'roundingTieBreak')],
      note: exact.eq(amount) ? undefined : `Exact value ${showExact(exact)}.`,
    }),
  );
  return { result: { applies: amount.gt(0), amount: money(amount), exact: exact.toFixed() }, steps };
}

export type MentalHealthOutlierInput = {
  /** Actual LOS already rounded to 2 dp. */
  readonly los: Dec;
  readonly highTrim: Dec;
  /** RW rounded to 4 dp. */
  readonly relativeWeight: Dec;
  readonly alos: Dec;
  readonly baseRate: Dec;
};

/**
 * Length-of-stay outlier for a mental-health DRG of Appendix A (§4.4.2.2): when the actual LOS
 * (2 dp) is above the high trim, (Actual LOS − High trim) × (RW / ALOS) × Base rate, reported as
 * service code 99-02. Rounded to 2 dp unless the `roundMhOutlier` assumption says otherwise.
 * @param input - LOS, high trim, RW, ALOS and base rate
 * @param a - the assumptions
 * @example calculateMentalHealthOutlier({ los: D('25.50'), highTrim: D('20'), relativeWeight: D('0.9000'), alos: D('10.00'), baseRate: D('8500') }, DEFAULT_DRG_ASSUMPTIONS).result.amount //=> '4207.50'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.2.2 and Appendix A.
 */
export function calculateMentalHealthOutlier(input: MentalHealthOutlierInput, a: DrgAssumptions): Calculation<OutlierResult> {
  const above = input.los.gt(input.highTrim);
  const steps: DrgStep[] = [
    step({
      id: 'mh.compare',
      label: 'Actual LOS above the high trim?',
      formula: 'Actual LOS > High trim',
      substituted: `${input.los.toFixed(2)} > ${showExact(input.highTrim)}`,
      result: above ? 'yes' : 'no',
      rounding: NO_ROUNDING,
      source: SOURCE.outlier,
      note: above ? undefined : 'The stay does not exceed the high trim: no mental-health outlier and no 99-02 line.',
    }),
  ];
  if (!above) return { result: { applies: false, amount: '0.00', exact: '0' }, steps };
  const excessDays = input.los.sub(input.highTrim);
  // One division at the end keeps the product exact until the last step.
  const exact = excessDays.mul(input.relativeWeight).mul(input.baseRate).div(input.alos);
  const amount = a.roundMhOutlier ? roundTo(exact, 2, a.roundingTieBreak) : exact;
  steps.push(
    step({
      id: 'mh.days',
      label: 'Days above the high trim',
      formula: 'Actual LOS − High trim',
      substituted: `${input.los.toFixed(2)} − ${showExact(input.highTrim)}`,
      result: showMin(excessDays, 2),
      rounding: NO_ROUNDING,
      source: SOURCE.outlier,
    }),
    step({
      id: 'mh.amount',
      label: 'Mental-health LOS outlier (service code 99-02)',
      formula: '(Actual LOS − High trim) × (RW / ALOS) × Base rate',
      substituted: `${showMin(excessDays, 2)} × (${showMin(input.relativeWeight, 4)} / ${showMin(input.alos, 2)}) × ${showExact(input.baseRate)}`,
      result: a.roundMhOutlier ? money(amount) : showExact(amount),
      rounding: a.roundMhOutlier ? roundingLabel(2, a.roundingTieBreak) : NO_ROUNDING,
      source: SOURCE.outlier,
      assumptions: [useOf(a, 'roundMhOutlier'), ...(a.roundMhOutlier ? [useOf(a, 'roundingTieBreak')] : [])],
      note: exact.eq(amount) ? undefined : `Exact value ${showExact(exact)}.`,
    }),
  );
  return { result: { applies: true, amount: money(roundTo(amount, 2, a.roundingTieBreak)), exact: amount.toFixed() }, steps };
}

export type CahmsInput = {
  /** Age in completed years on the admission date, or `null` when unknown. */
  readonly age: number | null;
  /** Labels of the tables that list the DRG as CAHMS-eligible (empty = not eligible). */
  readonly eligibleIn: readonly string[];
  readonly drgCode: string;
  /** Base payment including the add-on. */
  readonly basePayment: Dec;
  readonly addOn: Dec;
  /** The outlier as carried into the total (exact when its rounding is switched off). */
  readonly outlier: Dec;
};

export type CahmsResult = {
  readonly applies: boolean;
  /** 2 places (`'0.00'` when it does not apply). */
  readonly amount: string;
  /** As carried into the total (exact when rounding is switched off). */
  readonly exact: string;
  /** Why it applies or not, in one sentence. */
  readonly reason: string;
};

/** The CAHMS adjustor: 50 % of the total claim amount (§4.4.2.3). */
export const CAHMS_PERCENT = '50';
/** Patients under this age (completed years) get the CAHMS adjustor. */
export const CAHMS_AGE_LIMIT = 18;

/**
 * CAHMS adjustor (§4.4.2.3): for a patient under 18 on an Appendix-A DRG, 50 % of the total claim
 * amount (base payment + outlier), 2 dp, reported as service code 99-03. Whether the add-on is part of
 * the claim amount and whether the result is rounded are assumptions.
 * @param input - age, eligibility, base payment, add-on and outlier
 * @param a - the assumptions
 * @example calculateCahms({ age: 17, eligibleIn: ['Appendix A'], drgCode: '194101', basePayment: D('12750'), addOn: D('0'), outlier: D('0') }, DEFAULT_DRG_ASSUMPTIONS).result.amount //=> '6375.00'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.2.3 and Appendix A.
 */
export function calculateCahms(input: CahmsInput, a: DrgAssumptions): Calculation<CahmsResult> {
  const eligible = input.eligibleIn.length > 0;
  const under = input.age !== null && input.age < CAHMS_AGE_LIMIT;
  const applies = eligible && under;
  let reason: string;
  if (!eligible) reason = `DRG ${input.drgCode} is not on the CAHMS list (Appendix A).`;
  else if (input.age === null) reason = 'The patient’s age is unknown, so the CAHMS adjustor cannot be decided.';
  else if (!under) reason = `The patient is ${input.age}, not under ${CAHMS_AGE_LIMIT}.`;
  else reason = `The patient is ${input.age} (under ${CAHMS_AGE_LIMIT}) and DRG ${input.drgCode} is listed in ${input.eligibleIn.join(', ')}.`;
  const steps: DrgStep[] = [
    step({
      id: 'cahms.eligible',
      label: 'CAHMS adjustor applies?',
      formula: `Age < ${CAHMS_AGE_LIMIT} and DRG in Appendix A`,
      substituted: `${input.age === null ? 'age unknown' : `${input.age} < ${CAHMS_AGE_LIMIT}`} and ${eligible ? `${input.drgCode} listed` : `${input.drgCode} not listed`}`,
      result: applies ? 'yes' : 'no',
      rounding: NO_ROUNDING,
      source: SOURCE.cahms,
      note: reason,
    }),
  ];
  if (!applies) return { result: { applies: false, amount: '0.00', exact: '0', reason }, steps };
  const basis = a.cahmsIncludesAddOn ? input.basePayment.add(input.outlier) : input.basePayment.sub(input.addOn).add(input.outlier);
  const exact = basis.mul(CAHMS_PERCENT).div(100);
  const amount = a.roundCahms ? roundTo(exact, 2, a.roundingTieBreak) : exact;
  steps.push(
    step({
      id: 'cahms.basis',
      label: 'Total claim amount for CAHMS',
      formula: a.cahmsIncludesAddOn ? 'Base payment + Outlier' : '(Base payment − Add-on) + Outlier',
      substituted: a.cahmsIncludesAddOn
        ? `${money(input.basePayment)} + ${showAmount(input.outlier)}`
        : `(${money(input.basePayment)} − ${money(input.addOn)}) + ${showAmount(input.outlier)}`,
      result: showAmount(basis),
      rounding: NO_ROUNDING,
      source: SOURCE.cahms,
      assumptions: [useOf(a, 'cahmsIncludesAddOn')],
    }),
    step({
      id: 'cahms.amount',
      label: 'CAHMS adjustor (service code 99-03)',
      formula: `${CAHMS_PERCENT}% × total claim amount`,
      substituted: `${CAHMS_PERCENT}% × ${showAmount(basis)}`,
      result: a.roundCahms ? money(amount) : showExact(amount),
      rounding: a.roundCahms ? roundingLabel(2, a.roundingTieBreak) : NO_ROUNDING,
      source: SOURCE.cahms,
      assumptions: [useOf(a, 'roundCahms'), ...(a.roundCahms ? [useOf(a, 'roundingTieBreak')] : [])],
      note: exact.eq(amount) ? undefined : `Exact value ${showExact(exact)}.`,
    }),
  );
  return { result: { applies: true, amount: money(roundTo(amount, 2, a.roundingTieBreak)), exact: amount.toFixed(), reason }, steps };
}

