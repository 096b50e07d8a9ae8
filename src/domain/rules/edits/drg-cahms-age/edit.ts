import { CAHMS_AGE_LIMIT, roleOfServiceCode, SERVICE_ACTIVITY_TYPE } from '../../../drg';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { ageOnAdmission, drgClaimHits, drgDataOf, hitsOf, isInpatientClaim, toEngineHit, type DrgHitParams } from '../../support/drg';

/**
 * The CAHMS adjustor (service code 99-03) is for patients under 18 on admission. Wraps
 * `checkDrgClaim`; needs the date of birth but no table.
 */
export const drgCahmsAge = defineEdit<DrgHitParams>({
  id: 'DRG-CAHMS-AGE',
  title: 'CAHMS adjustor for a patient aged 18 or over',
  severity: 'reject',
  category: 'drg',
  profiles: ['DOH'],
  denialCode: DENIALS['PRCE-001'],
  source: SOURCES.dohAddendum05('§4.4.2.3 Adjustor for Children and Adolescent Mental Health Services (CAHMS): patients less than 18 years of age'),
  explain: (p) => p.message,
  rule: () =>
    `The CAHMS adjustor adds 50 % of the claim amount for mental-health stays of patients less than ${CAHMS_AGE_LIMIT} years of age (completed years on the admission date). An adult stay claiming it asks for money the rules do not give.`,
  check: (doc, ctx) => {
    if (!isInpatientClaim(doc)) return [];
    const cahmsLine = doc.claim.activities.some((a) => a.type.trim() === SERVICE_ACTIVITY_TYPE && roleOfServiceCode(a.code) === 'cahms');
    const data = drgDataOf(ctx);
    if (cahmsLine && ageOnAdmission(doc, data) === null) {
      return { notChecked: "the claim has a CAHMS line (99-03) but the patient's age on admission is not known: enter the date of birth and the admission (encounter Start)." };
    }
    return hitsOf(drgClaimHits(doc, data), 'DRG-CAHMS-AGE').map((h) => toEngineHit(h));
  },
});
