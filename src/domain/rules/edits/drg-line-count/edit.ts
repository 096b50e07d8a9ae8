import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { drgClaimHits, drgDataOf, hitsOf, toEngineHit, type DrgHitParams } from '../../support/drg';

/**
 * An inpatient claim carries exactly one IR-DRG line (activity type 9). Wraps `checkDrgClaim`
 * (src/domain/drg); needs no table, so it runs even before the DRG tables are loaded.
 */
export const drgLineCount = defineEdit<DrgHitParams>({
  id: 'DRG-LINE-COUNT',
  title: 'Inpatient claim without exactly one IR-DRG line',
  severity: 'reject',
  category: 'drg',
  profiles: ['DOH'],
  denialCode: DENIALS['CODE-011'],
  source: SOURCES.dohAddendum05('§4.4.1 General IR-DRG rules: IR-DRGs are mandated for all inpatient encounters'),
  explain: (p) => p.message,
  rule: () =>
    'Every inpatient encounter (types 3 and 4) is paid by IR-DRG, for all products: the claim carries one activity of type 9 with the grouped DRG code, which holds the base payment. No type-9 line, or two of them, and the payer cannot price the stay.',
  check: (doc, ctx) => hitsOf(drgClaimHits(doc, drgDataOf(ctx)), 'DRG-LINE-COUNT').map((h) => toEngineHit(h)),
});
