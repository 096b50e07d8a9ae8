import { BASIC_PROFILE_ID, profileIdForPayer } from '../../../drg';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { amountsNotChecked, drgClaimHits, drgDataOf, hitsOf, isInpatientClaim, toEngineHit, type DrgHitParams } from '../../support/drg';

/**
 * When no payment profile is saved for the claim's payer, amounts are compared with the DOH Basic
 * product (base rate 8,500, gap 25,000, marginal 60 %); a negotiated product may differ, so a
 * difference is a warning. Wraps `checkDrgClaim` (its `warn` payment hits).
 */
export const drgPaymentBasic = defineEdit<DrgHitParams>({
  id: 'DRG-PAYMENT-BASIC',
  title: 'IR-DRG amount differs from the DOH Basic product',
  severity: 'warn',
  category: 'drg',
  profiles: ['DOH'],
  denialCode: DENIALS['PRCE-001'],
  source: SOURCES.dohAddendum05('§4.4.2 Payment calculations: Basic product base rate AED 8,500, gap AED 25,000, marginal 60 %'),
  explain: (p) => p.message,
  rule: () =>
    'No payment profile is saved for this payer, so the amounts were compared with the DOH Basic product. Other products negotiate base rate, gap and marginal in the Standard Provider Contract: if this payer is not on the Basic product, save its profile (DRG panel → Tables and settings) and the comparison becomes exact.',
  check: (doc, ctx) => {
    if (!isInpatientClaim(doc)) return [];
    const data = drgDataOf(ctx);
    // With a profile saved for the payer, DRG-PAYMENT-MISMATCH compares exactly and this edit has nothing to say.
    if (data && profileIdForPayer(data.tables.profiles, doc.claim.payerId) !== BASIC_PROFILE_ID) return [];
    const why = amountsNotChecked(doc, data);
    if (why) return why;
    return hitsOf(drgClaimHits(doc, data), 'DRG-PAYMENT-MISMATCH', 'warn').map((h) => toEngineHit(h));
  },
});
