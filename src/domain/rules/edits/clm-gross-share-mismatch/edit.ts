import { parseDecimal } from '../../../money';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';

type P = { gross: string; share: string; net: string; expected: string };

/** Gross − PatientShare = Net. */
export const clmGrossShareMismatch = defineEdit<P>({
  id: 'CLM-GROSS-SHARE-MISMATCH',
  title: 'Gross minus patient share is not Net',
  severity: 'reject',
  category: 'completeness',
  denialCode: DENIALS['PRCE-001'],
  source: SOURCES.eclaim('Claim.Gross, Claim.PatientShare, Claim.Net'),
  explain: (p) => `Gross ${p.gross} − patient share ${p.share} = ${p.expected}, but Net is ${p.net}.`,
  rule: () => 'Gross is the total charge including what the patient pays (copay, deductible); Net is what the payer is asked for. Net must equal Gross minus PatientShare.',
  check: (doc) => {
    const c = doc.claim;
    const [gross, share, net] = [parseDecimal(c.gross), parseDecimal(c.patientShare), parseDecimal(c.net)];
    if (!gross.ok || !share.ok || !net.ok) return [];
    const expected = gross.value.value.minus(share.value.value);
    if (expected.equals(net.value.value)) return [];
    const fixedGross = net.value.value.plus(share.value.value).toFixed(2);
    return [
      {
        path: ['claim', 'gross'],
        params: { gross: gross.value.value.toFixed(2), share: share.value.value.toFixed(2), net: net.value.value.toFixed(2), expected: expected.toFixed(2) },
        fixes: [{ label: `Set Gross to ${fixedGross} (Net + patient share)`, patches: [{ op: 'set', path: ['claim', 'gross'], value: fixedGross }] }],
      },
    ];
  },
});
