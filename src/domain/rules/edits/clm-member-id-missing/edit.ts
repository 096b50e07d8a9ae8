import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { filled } from '../../support/doc';
import type { Fix } from '../../types';

/** The insurance card number (member ID) must be on the claim. */
export const clmMemberIdMissing = defineEdit<{ payer: string }>({
  id: 'CLM-MEMBER-ID-MISSING',
  title: 'No member ID',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.dhamani('Incomplete patient and encounter data: errors in insurance ID numbers'),
  explain: (p) => (p.payer === 'SelfPay' ? 'Member ID is empty; for a self-pay patient DOH expects FacilityID#PatientID.' : 'Member ID is empty; the payer cannot match the patient to a policy.'),
  rule: () =>
    'The member ID (insurance card number) links the claim to the patient\'s eligibility. Without it the payer rejects the claim as an unidentified member. For uninsured or self-pay patients DOH uses FacilityID#PatientID.',
  check: (doc) => {
    const c = doc.claim;
    if (filled(c.memberId)) return [];
    const payer = c.payerId.trim();
    const fixes: Fix[] = [];
    if (payer.toLowerCase() === 'selfpay' && filled(c.encounter.facilityId) && filled(c.encounter.patientId)) {
      const value = `${c.encounter.facilityId.trim()}#${c.encounter.patientId.trim()}`;
      fixes.push({ label: `Use ${value} (self-pay convention)`, patches: [{ op: 'set', path: ['claim', 'memberId'], value }] });
    }
    return [{ path: ['claim', 'memberId'], params: { payer: payer.toLowerCase() === 'selfpay' ? 'SelfPay' : payer }, ...(fixes.length ? { fixes } : {}) }];
  },
});
