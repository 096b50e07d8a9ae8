import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { filled } from '../../support/doc';

/** The payer (insurer licence) must be named. */
export const clmPayerMissing = defineEdit<{ receiver: string }>({
  id: 'CLM-PAYER-MISSING',
  title: 'No payer on the claim',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Claim.PayerID (required; DOH: SelfPay or @InsurerName when there is no licence)'),
  explain: (p) => (p.receiver ? `Payer ID is empty; the header is addressed to ${p.receiver}.` : 'Payer ID is empty, so the claim cannot be routed to an insurer.'),
  rule: () => 'Every claim names its payer by licence. In Abu Dhabi, use SelfPay for a resident paying directly and @InsurerName for an insurer without a licence.',
  check: (doc) => {
    if (filled(doc.claim.payerId)) return [];
    const receiver = doc.header.receiverId.trim();
    return [
      {
        path: ['claim', 'payerId'],
        params: { receiver },
        ...(receiver ? { fixes: [{ label: `Use the header's receiver ${receiver}`, patches: [{ op: 'set', path: ['claim', 'payerId'], value: receiver }] }] } : {}),
      },
    ];
  },
});
