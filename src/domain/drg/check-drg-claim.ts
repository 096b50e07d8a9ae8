import { isInpatient, type EncounterDocument } from '../claim';
import { parseDecimal } from '../money';
import { CAHMS_AGE_LIMIT } from './calculate-outliers';
import { calculateDrgPayment } from './calculate-drg-payment';
import { DEFAULT_DRG_ASSUMPTIONS, withDefaults, type PartialDrgAssumptions } from './assumptions';
import { DRG_ACTIVITY_TYPE, isDrgPaymentActivity, paymentServiceCodes, roleOfServiceCode, SERVICE_ACTIVITY_TYPE, type DrgClaimLine } from './claim-lines';
import { drgInputsFromDocument } from './drg-inputs-from-document';
import { BASIC_PROFILE_ID } from './parameters';
import { SOURCE } from './steps';
import type { DrgTables } from './tables';

/** Stable ids of the DRG claim edits. */
export type DrgEditId = 'DRG-LINE-COUNT' | 'DRG-NET-NOT-ZERO' | 'DRG-PAYMENT-MISMATCH' | 'DRG-CAHMS-AGE' | 'DRG-NOT-INPATIENT' | 'DRG-NOT-VERIFIED';

export type DrgHitSeverity = 'reject' | 'warn' | 'info';

/** A finding-like hit, ready for the rules engine to wrap (it adds its own rendering and source links). */
export type DrgClaimHit = {
  readonly id: DrgEditId;
  readonly severity: DrgHitSeverity;
  /** Where in the encounter document, e.g. `['claim', 'activities', 2, 'net']`. */
  readonly path: readonly (string | number)[];
  /** One sentence: what is wrong and how to fix it. */
  readonly message: string;
  /** Machine-readable details (codes, amounts as strings, line numbers). */
  readonly params: Readonly<Record<string, string | number>>;
  /** Tells apart two hits of one edit on the same path (e.g. two missing service-code lines). */
  readonly discriminator?: string;
};

/** What the rules engine needs to register each DRG edit. */
export type DrgEditInfo = {
  readonly id: DrgEditId;
  readonly title: string;
  /** The usual severity (a hit may be softer, e.g. when only the Basic product could be compared). */
  readonly severity: DrgHitSeverity;
  readonly source: string;
  /** DOH denial codes a payer would likely use (probable meanings, domain.md §1.8). */
  readonly predicts: readonly string[];
};

export const DRG_EDITS: Readonly<Record<DrgEditId, DrgEditInfo>> = {
  'DRG-LINE-COUNT': {
    id: 'DRG-LINE-COUNT',
    title: 'Inpatient claim without exactly one IR-DRG line',
    severity: 'reject',
    source: `${SOURCE.general} (IR-DRGs are mandated for all inpatient encounters)`,
    predicts: ['CODE-011'],
  },
  'DRG-NET-NOT-ZERO': {
    id: 'DRG-NET-NOT-ZERO',
    title: 'Net on an activity other than the IR-DRG and outlier lines',
    severity: 'reject',
    source: `${SOURCE.general} (Activity.Net must be zero for all activities except the IR-DRG code and service code 99)`,
    predicts: ['PRCE-001'],
  },
  'DRG-PAYMENT-MISMATCH': {
    id: 'DRG-PAYMENT-MISMATCH',
    title: 'IR-DRG, outlier or CAHMS line disagrees with the calculation',
    severity: 'reject',
    source: `${SOURCE.base}–${SOURCE.cahms.replace('DOH Addendum 05 ', '')}`,
    predicts: ['CODE-011', 'PRCE-001', 'CLAI-015'],
  },
  'DRG-CAHMS-AGE': {
    id: 'DRG-CAHMS-AGE',
    title: 'CAHMS adjustor for a patient aged 18 or over',
    severity: 'reject',
    source: SOURCE.cahms,
    predicts: ['PRCE-001'],
  },
  'DRG-NOT-INPATIENT': {
    id: 'DRG-NOT-INPATIENT',
    // Same rule as the rules engine's ENC-TYPE-DRG-LINE; keep one of the two when wrapping these edits.
    title: 'IR-DRG line on an encounter that is not inpatient',
    severity: 'reject',
    source: SOURCE.general,
    predicts: ['CODE-012'],
  },
  'DRG-NOT-VERIFIED': {
    id: 'DRG-NOT-VERIFIED',
    title: 'DRG amounts could not be verified',
    severity: 'info',
    source: SOURCE.payment,
    predicts: [],
  },
};

function hit(id: DrgEditId, severity: DrgHitSeverity, path: readonly (string | number)[], message: string, params: Record<string, string | number>): DrgClaimHit {
  return { id, severity, path, message, params: { ...params, predicts: DRG_EDITS[id].predicts.join(', ') } };
}

function sameAmount(a: string, b: string): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return x.ok && y.ok && x.value.value.eq(y.value.value);
}

/**
 * The DRG claim edits: an inpatient claim (Encounter.Type 3/4) without exactly one type-9 line; a
 * non-zero Net on any activity other than the IR-DRG line and the payment service codes; an IR-DRG,
 * outlier or CAHMS line that disagrees with the calculation; a CAHMS line for a patient aged 18 or
 * over; an IR-DRG line on an encounter that is not inpatient. Amount checks use the payment profile
 * saved for the claim's payer; when none is saved they compare with the Basic product and only warn.
 * @param doc - the encounter document
 * @param tables - weights tables, tariffs and saved profiles
 * @param assumptions - the DRG assumptions
 * @returns hits, in claim order; empty when nothing is wrong
 * @example checkDrgClaim(docWithTwoDrgLines, tables).map((h) => h.id) //=> ['DRG-LINE-COUNT']
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.1–4.4.2.3.
 */
export function checkDrgClaim(doc: EncounterDocument, tables: DrgTables, assumptions: PartialDrgAssumptions = DEFAULT_DRG_ASSUMPTIONS): DrgClaimHit[] {
  const a = withDefaults(assumptions);
  const claim = doc.claim;
  const hits: DrgClaimHit[] = [];
  const inpatient = isInpatient(claim.encounter.type.trim());
  const drgIdx = claim.activities.flatMap((act, i) => (act.type.trim() === DRG_ACTIVITY_TYPE ? [i] : []));

  if (!inpatient) {
    for (const i of drgIdx) {
      const act = claim.activities[i];
      hits.push(
        hit(
          'DRG-NOT-INPATIENT',
          'reject',
          ['claim', 'activities', i, 'type'],
          `Activity ${act?.id ?? ''} is an IR-DRG (${act?.code ?? ''}) but the encounter type "${claim.encounter.type}" is not inpatient (3 or 4): bill the services fee-for-service or correct the encounter type.`,
          { activityId: act?.id ?? '', code: act?.code ?? '', encounterType: claim.encounter.type },
        ),
      );
    }
    return hits;
  }

  if (drgIdx.length === 0) {
    hits.push(
      hit('DRG-LINE-COUNT', 'reject', ['claim', 'activities'], 'An inpatient claim needs one IR-DRG activity (type 9): add it with the grouped DRG code.', { count: 0 }),
    );
  } else if (drgIdx.length > 1) {
    for (const i of drgIdx.slice(1)) {
      hits.push(
        hit(
          'DRG-LINE-COUNT',
          'reject',
          ['claim', 'activities', i, 'type'],
          `The claim has ${drgIdx.length} IR-DRG activities; an inpatient claim carries exactly one: remove activity ${claim.activities[i]?.id ?? ''} (${claim.activities[i]?.code ?? ''}).`,
          { count: drgIdx.length, activityId: claim.activities[i]?.id ?? '' },
        ),
      );
    }
  }

  const allowed = paymentServiceCodes(a).join(', ');
  claim.activities.forEach((act, i) => {
    if (isDrgPaymentActivity(act, a)) return;
    const p = parseDecimal(act.net);
    if (act.net.trim() === '' || (p.ok && p.value.value.isZero())) return;
    hits.push(
      hit(
        'DRG-NET-NOT-ZERO',
        'reject',
        ['claim', 'activities', i, 'net'],
        `Activity ${act.id} (${act.code}) has Net ${act.net}; on an IR-DRG claim only the IR-DRG line and service codes ${allowed} carry a Net: set it to 0.00.`,
        { activityId: act.id, code: act.code, net: act.net },
      ),
    );
  });

  const from = drgInputsFromDocument(doc, tables, undefined, a);
  const calc = calculateDrgPayment(from.input, tables, a).result;
  const age = calc.ageYears ?? from.ageYears;

  const cahmsAdultIdx = new Set<number>();
  claim.activities.forEach((act, i) => {
    if (act.type.trim() === SERVICE_ACTIVITY_TYPE && roleOfServiceCode(act.code) === 'cahms' && age !== null && age >= CAHMS_AGE_LIMIT) {
      cahmsAdultIdx.add(i);
      hits.push(
        hit(
          'DRG-CAHMS-AGE',
          'reject',
          ['claim', 'activities', i, 'code'],
          `Activity ${act.id} claims the CAHMS adjustor (99-03) but the patient was ${age} on admission; it is only for patients under ${CAHMS_AGE_LIMIT}: remove the line.`,
          { activityId: act.id, age },
        ),
      );
    }
  });

  if (drgIdx.length !== 1 || calc.status === 'incomplete' || !calc.outlier) {
    if (drgIdx.length === 1) {
      const why = calc.issues.find((x) => x.severity === 'error')?.message ?? 'the calculation is incomplete';
      // `reason` lets the rules engine report this as "not checked" rather than as a finding.
      hits.push(hit('DRG-NOT-VERIFIED', 'info', ['claim', 'activities', drgIdx[0] ?? 0, 'net'], `The DRG amounts were not checked: ${why}`, { reason: why }));
    }
    return sortHits(hits);
  }

  // Compare the payment lines with the calculation.
  // A profile saved for the payer makes amount differences rejects; against the Basic product they only warn.
  const profileMatched = from.input.profileId !== BASIC_PROFILE_ID;
  const amountSeverity: DrgHitSeverity = profileMatched ? 'reject' : 'warn';
  const basisNote = profileMatched ? '' : ' (compared with the DOH Basic product: no payment profile is saved for this payer)';
  const costUnverified = calc.outlier.kind !== 'mental-health-los' && (!calc.outlier.evaluated || calc.cost?.complete === false);
  const expected = calc.claimLines;
  const drgI = drgIdx[0] ?? 0;
  const drgAct = claim.activities[drgI];
  const wantDrg = expected.find((l) => l.role === 'drg');
  if (drgAct && wantDrg && !sameAmount(drgAct.net, wantDrg.net)) {
    hits.push(
      hit(
        'DRG-PAYMENT-MISMATCH',
        amountSeverity,
        ['claim', 'activities', drgI, 'net'],
        `IR-DRG ${wantDrg.code} carries Net ${drgAct.net || '(empty)'} but the base payment is ${wantDrg.net}${basisNote}.`,
        { activityId: drgAct.id, code: wantDrg.code, expected: wantDrg.net, found: drgAct.net },
      ),
    );
  }
  const services = claim.activities.flatMap((act, i) => (act.type.trim() === SERVICE_ACTIVITY_TYPE && paymentServiceCodes(a).includes(act.code.trim()) ? [{ act, i }] : []));
  const wantServices = expected.filter((l) => l.role !== 'drg');
  const seen = new Set<DrgClaimLine>();
  for (const { act, i } of services) {
    if (cahmsAdultIdx.has(i)) continue;
    const role = roleOfServiceCode(act.code);
    const want = wantServices.find((l) => l.role === role && !seen.has(l));
    const costRole = role === 'cost-outlier';
    if (!want) {
      const mentalHealth = calc.drg?.mentalHealth === true;
      if ((role === 'cost-outlier' && mentalHealth) || (role === 'mh-outlier' && !mentalHealth)) {
        hits.push(
          hit(
            'DRG-PAYMENT-MISMATCH',
            'reject',
            ['claim', 'activities', i, 'code'],
            mentalHealth
              ? `Service code 99 is the cost outlier, which does not apply to mental-health DRG ${calc.drg?.code ?? ''} (Appendix A uses the LOS outlier 99-02): remove it.`
              : `Service code 99-02 is the mental-health LOS outlier, but DRG ${calc.drg?.code ?? ''} is not in Appendix A: remove it.`,
            { activityId: act.id, code: act.code, found: act.net, expected: '0.00' },
          ),
        );
        continue;
      }
      const unsure = costRole && costUnverified;
      hits.push(
        hit(
          unsure ? 'DRG-NOT-VERIFIED' : 'DRG-PAYMENT-MISMATCH',
          unsure ? 'info' : costRole ? amountSeverity : 'reject',
          ['claim', 'activities', i, 'code'],
          unsure
            ? `Service code ${act.code} (Net ${act.net}) could not be checked: ${calc.cost ? 'some activities have no tariff price' : 'no cost is known'}, so the cost outlier is not known.`
            : `Service code ${act.code} (Net ${act.net}) is on the claim but the calculation gives no ${roleLabel(role)}${costRole ? basisNote : ''}: remove it.`,
          { activityId: act.id, code: act.code, found: act.net, expected: '0.00' },
        ),
      );
      continue;
    }
    seen.add(want);
    if (!sameAmount(act.net, want.net)) {
      const unsure = costRole && costUnverified;
      hits.push(
        hit(
          unsure ? 'DRG-NOT-VERIFIED' : 'DRG-PAYMENT-MISMATCH',
          unsure ? 'info' : amountSeverity,
          ['claim', 'activities', i, 'net'],
          unsure
            ? `Service code ${act.code} carries ${act.net}; with the activities that have a tariff price the cost outlier is at least ${want.net}.`
            : `Service code ${act.code} carries Net ${act.net || '(empty)'} but the ${roleLabel(role)} is ${want.net}${basisNote}.`,
          { activityId: act.id, code: act.code, expected: want.net, found: act.net },
        ),
      );
    }
  }
  for (const want of wantServices) {
    if (seen.has(want)) continue;
    hits.push({
      ...hit(
        'DRG-PAYMENT-MISMATCH',
        want.role === 'cost-outlier' || want.role === 'add-on' ? amountSeverity : 'reject',
        ['claim', 'activities'],
        `The calculation gives a ${roleLabel(want.role)} of ${want.net} but the claim has no service code ${want.code} line: add it${want.role === 'cost-outlier' ? basisNote : ''}.`,
        { code: want.code, expected: want.net, found: '' },
      ),
      discriminator: want.code,
    });
  }
  return sortHits(hits);
}

function roleLabel(role: DrgClaimLine['role'] | null): string {
  switch (role) {
    case 'cost-outlier':
      return 'cost outlier';
    case 'mh-outlier':
      return 'mental-health LOS outlier';
    case 'cahms':
      return 'CAHMS adjustor';
    case 'add-on':
      return 'HCPCS add-on line';
    case 'drg':
    case null:
      return 'payment';
  }
}

/** Claim-level hits first, then by activity index; stable otherwise. */
function sortHits(hits: DrgClaimHit[]): DrgClaimHit[] {
  const key = (h: DrgClaimHit) => (typeof h.path[2] === 'number' ? h.path[2] : -1);
  return hits.map((h, i) => ({ h, i })).sort((x, y) => key(x.h) - key(y.h) || x.i - y.i).map(({ h }) => h);
}
