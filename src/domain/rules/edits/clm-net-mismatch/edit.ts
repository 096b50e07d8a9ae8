import { parseDecimal, D } from '../../../money';
import { recalculateTotals } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';

type P = { claimNet: string; sum: string; lines: number };

/** Claim Net equals the sum of the activity Nets. */
export const clmNetMismatch = defineEdit<P>({
  id: 'CLM-NET-MISMATCH',
  title: 'Claim Net differs from the sum of the lines',
  severity: 'reject',
  category: 'completeness',
  denialCode: DENIALS['PRCE-001'],
  source: SOURCES.eclaim('Claim.Net and Activity.Net'),
  explain: (p) => `Claim Net is ${p.claimNet} but the ${p.lines} activity lines add up to ${p.sum}.`,
  rule: () => 'The claim Net is what the payer is asked to pay; it must equal the sum of the activity Net amounts. A difference is a calculation discrepancy.',
  check: (doc) => {
    const c = doc.claim;
    const net = parseDecimal(c.net);
    const totals = recalculateTotals(c);
    if (!net.ok || !totals) return []; // unreadable amounts are reported by the amount-format edit
    if (net.value.value.equals(new D(totals.net))) return [];
    return [
      {
        path: ['claim', 'net'],
        params: { claimNet: net.value.value.toFixed(2), sum: totals.net, lines: c.activities.length },
        fixes: [
          {
            label: `Set Net to ${totals.net} and Gross to ${totals.gross} (Net + patient share)`,
            patches: [
              { op: 'set', path: ['claim', 'net'], value: totals.net },
              { op: 'set', path: ['claim', 'gross'], value: totals.gross },
            ],
          },
        ],
      },
    ];
  },
});
