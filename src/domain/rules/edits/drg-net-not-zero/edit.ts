import { SERVICE_ACTIVITY_TYPE, SERVICE_CODES } from '../../../drg';
import { parseDecimal } from '../../../money';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { drgClaimHits, drgDataOf, hitsOf, isInpatientClaim, toEngineHit, zeroNetFix, type DrgHitParams } from '../../support/drg';

/**
 * On an IR-DRG claim only the IR-DRG line and the payment service codes (99, 99-02, 99-03; 98 when
 * the add-on is written on its own line) carry a Net. Wraps `checkDrgClaim`.
 */
export const drgNetNotZero = defineEdit<DrgHitParams>({
  id: 'DRG-NET-NOT-ZERO',
  title: 'Net on an activity other than the IR-DRG and outlier lines',
  severity: 'reject',
  category: 'drg',
  profiles: ['DOH'],
  denialCode: DENIALS['PRCE-001'],
  source: SOURCES.dohAddendum05('§4.4.1: Activity.Net must be set to zero for all activities except the IR-DRG code and service code 99'),
  explain: (p) => p.message,
  rule: () =>
    'Under IR-DRG every service is still reported fee-for-service, but the payment is the DRG: Activity.Net is 0.00 on every activity except the IR-DRG line and the outlier and adjustor service codes (99, 99-02, 99-03). A Net anywhere else makes the claim ask for more than the DRG.',
  check: (doc, ctx) => {
    const data = drgDataOf(ctx);
    if (!data && isInpatientClaim(doc)) {
      // Only the add-on setting decides whether a 98 line may carry a Net; without it, say so.
      const addOnLine = doc.claim.activities.some((a) => {
        const net = parseDecimal(a.net);
        return a.type.trim() === SERVICE_ACTIVITY_TYPE && a.code.trim() === SERVICE_CODES.addOn && net.ok && !net.value.value.isZero();
      });
      if (addOnLine) return { notChecked: 'the DRG settings are not loaded, and whether service code 98 may carry a Net depends on the setting "Where the HCPCS add-on is written".' };
    }
    return hitsOf(drgClaimHits(doc, data), 'DRG-NET-NOT-ZERO').map((h) => toEngineHit(h, [zeroNetFix(doc, Number(h.path[2]))]));
  },
});
