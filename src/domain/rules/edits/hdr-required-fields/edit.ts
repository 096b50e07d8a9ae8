import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { filled } from '../../support/doc';
import type { Hit } from '../../types';

type P = { field: string; element: string; suggestion: string };

/** The e-claim header names the sender (facility) and the receiver (payer or TPA). */
export const hdrRequiredFields = defineEdit<P>({
  id: 'HDR-REQUIRED-FIELDS',
  title: 'E-claim header incomplete',
  severity: 'warn',
  category: 'completeness',
  profiles: ['DOH', 'DHA'],
  source: SOURCES.eclaim('Header: SenderID, ReceiverID (exactly one each)'),
  explain: (p) => `Header ${p.field} is empty; the exported file's <${p.element}> would be blank.`,
  rule: () =>
    'Every Claim.Submission file has a header with the sender (your facility licence) and the receiver (the payer or TPA licence). The exchange refuses a file without them; the workbench fills the transaction date and record count on export.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    const rows = [
      ['senderId', 'Sender ID', 'SenderID', doc.claim.providerId.trim()],
      ['receiverId', 'Receiver ID', 'ReceiverID', doc.claim.payerId.trim()],
    ] as const;
    for (const [key, field, element, suggestion] of rows) {
      if (filled(doc.header[key])) continue;
      hits.push({
        path: ['header', key],
        params: { field, element, suggestion },
        ...(suggestion ? { fixes: [{ label: `Use ${suggestion}`, patches: [{ op: 'set', path: ['header', key], value: suggestion }] }] } : {}),
      });
    }
    return hits;
  },
});
