import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { amountsNotChecked, drgClaimHits, drgDataOf, hitsOf, isInpatientClaim, toEngineHit, writeCalculationFix, type DrgHitParams } from '../../support/drg';

/**
 * The IR-DRG line, the outlier line (99 or 99-02) and the CAHMS line (99-03) carry what the
 * Addendum 05 calculation gives, for the payment profile saved for the payer, or for any product
 * where the difference does not depend on it. Wraps `checkDrgClaim` (its `reject` hits).
 */
export const drgPaymentMismatch = defineEdit<DrgHitParams>({
  id: 'DRG-PAYMENT-MISMATCH',
  title: 'IR-DRG, outlier or CAHMS line disagrees with the calculation',
  severity: 'reject',
  category: 'drg',
  profiles: ['DOH'],
  denialCode: DENIALS['CODE-011'],
  source: SOURCES.dohAddendum05('§4.4.2.1 base payment, §4.4.2.2 outlier payment, §4.4.2.3 CAHMS adjustor'),
  explain: (p) => p.message,
  rule: () =>
    'The IR-DRG line carries the base payment (base rate × RW to 4 decimals, to a whole AED, plus any HCPCS add-on); service code 99 carries the cost outlier, 99-02 the mental-health LOS outlier and 99-03 the CAHMS adjustor, each as the addendum works it out. A payer that recalculates a different amount answers with CODE-011 (incorrect DRG calculated) or PRCE-001 (price/calculation discrepancy). The DRG panel shows every step of the calculation.',
  check: (doc, ctx) => {
    if (!isInpatientClaim(doc)) return [];
    const data = drgDataOf(ctx);
    const why = amountsNotChecked(doc, data);
    if (why || !data) return why ?? [];
    const hits = hitsOf(drgClaimHits(doc, data), 'DRG-PAYMENT-MISMATCH', 'reject');
    if (hits.length === 0) return [];
    const fix = writeCalculationFix(doc, data);
    return hits.map((h) => toEngineHit(h, fix ? [fix] : []));
  },
});
