import { roleOfServiceCode, SERVICE_ACTIVITY_TYPE } from '../../../drg';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { amountsNotChecked, drgClaimHits, drgDataOf, hitsOf, isInpatientClaim, toEngineHit, type DrgHitParams } from '../../support/drg';

/**
 * A cost-outlier line (99) that cannot be checked because some activities have no Mandatory
 * Tariff price: the cost, and so the outlier, is only known as a lower bound. Wraps the
 * line-level `DRG-NOT-VERIFIED` hits of `checkDrgClaim`.
 */
export const drgOutlierUnverified = defineEdit<DrgHitParams>({
  id: 'DRG-OUTLIER-UNVERIFIED',
  title: 'Cost-outlier line could not be verified (activities without a tariff price)',
  severity: 'info',
  category: 'drg',
  profiles: ['DOH'],
  source: SOURCES.dohAddendum05('§4.4.2.2: cost for outlier is established using the Mandatory Tariff prices regardless of the product'),
  explain: (p) => p.message,
  rule: () =>
    'The outlier cost is every activity priced at the Mandatory Tariff. When some activities have no price in the loaded tariff, the cost is a lower bound and the cost outlier cannot be confirmed: load the full tariff, or check the unpriced activities.',
  check: (doc, ctx) => {
    if (!isInpatientClaim(doc)) return [];
    // Only a cost-outlier line can be unverifiable; without one there is nothing to report.
    if (!doc.claim.activities.some((a) => a.type.trim() === SERVICE_ACTIVITY_TYPE && roleOfServiceCode(a.code) === 'cost-outlier')) return [];
    const data = drgDataOf(ctx);
    const why = amountsNotChecked(doc, data);
    if (why) return why;
    return hitsOf(drgClaimHits(doc, data), 'DRG-NOT-VERIFIED')
      .filter((h) => h.params['reason'] === undefined)
      .map((h) => toEngineHit(h));
  },
});
