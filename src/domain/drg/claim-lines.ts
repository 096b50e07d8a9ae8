import { D } from '../money';
import type { DrgAssumptions } from './assumptions';
import { money, roundTo } from './steps';

/** Service codes (Activity.Type 8) that carry DRG money besides the IR-DRG line. */
export const SERVICE_CODES = {
  /** Cost outlier, non-mental-health DRGs (§4.4.1, §4.4.2.2). */
  costOutlier: '99',
  /** Mental-health LOS outlier (§4.4.2.2). */
  mentalHealthOutlier: '99-02',
  /** CAHMS adjustor (§4.4.2.3). */
  cahms: '99-03',
  /** HCPCS add-on on its own line (older practice; only with `addOnReporting = service-code-98`). */
  addOn: '98',
} as const;

/** Activity.Type of the IR-DRG line and of service codes. */
export const DRG_ACTIVITY_TYPE = '9';
export const SERVICE_ACTIVITY_TYPE = '8';

/** What a payment line is for. */
export type DrgLineRole = 'drg' | 'add-on' | 'cost-outlier' | 'mh-outlier' | 'cahms';

/** An e-claim line the DRG result writes. */
export type DrgClaimLine = {
  readonly role: DrgLineRole;
  /** Activity.Type: `9` for the IR-DRG, `8` for service codes. */
  readonly activityType: string;
  readonly code: string;
  /** Activity.Net, 2 places. */
  readonly net: string;
};

/** Service codes that may carry a Net on a DRG claim under the given assumptions. */
export function paymentServiceCodes(a: Pick<DrgAssumptions, 'addOnReporting'>): string[] {
  const codes: string[] = [SERVICE_CODES.costOutlier, SERVICE_CODES.mentalHealthOutlier, SERVICE_CODES.cahms];
  if (a.addOnReporting === 'service-code-98') codes.push(SERVICE_CODES.addOn);
  return codes;
}

/**
 * Whether an activity is one of the DRG payment lines (the IR-DRG line or a payment service code).
 * @example isDrgPaymentActivity({ type: '8', code: '99-02' }, DEFAULT_DRG_ASSUMPTIONS) //=> true
 */
export function isDrgPaymentActivity(act: { readonly type: string; readonly code: string }, a: Pick<DrgAssumptions, 'addOnReporting'>): boolean {
  if (act.type.trim() === DRG_ACTIVITY_TYPE) return true;
  return act.type.trim() === SERVICE_ACTIVITY_TYPE && paymentServiceCodes(a).includes(act.code.trim());
}

/** Which role a payment service code plays. */
export function roleOfServiceCode(code: string): DrgLineRole | null {
  switch (code.trim()) {
    case SERVICE_CODES.costOutlier:
      return 'cost-outlier';
    case SERVICE_CODES.mentalHealthOutlier:
      return 'mh-outlier';
    case SERVICE_CODES.cahms:
      return 'cahms';
    case SERVICE_CODES.addOn:
      return 'add-on';
    default:
      return null;
  }
}

/**
 * Splits the payment lines between two payers: each line except CAHMS gets payer 1's share of T
 * in proportion (2 dp), the IR-DRG line taking the rounding difference so payer 1's lines add up to
 * exactly its share; CAHMS lines get the CAHMS split; payer 2 gets the rest of every line.
 * Lines that come to zero for a payer are left out, except the IR-DRG line.
 * @example allocateLines([{ role: 'drg', activityType: '9', code: '111101', net: '30000.00' }], '17400.00', '0.00', a).payer1[0].net //=> '17400.00'
 */
export function allocateLines(
  lines: readonly DrgClaimLine[],
  payer1Share: string,
  payer1Cahms: string,
  a: Pick<DrgAssumptions, 'roundingTieBreak'>,
): { payer1: DrgClaimLine[]; payer2: DrgClaimLine[] } {
  const paymentLines = lines.filter((l) => l.role !== 'cahms');
  const t = paymentLines.reduce((s, l) => s.add(l.net), D(0));
  const p1 = D(payer1Share);
  const shares = paymentLines.map((l) => (t.isZero() || l.role === 'drg' ? D(0) : roundTo(D(l.net).mul(p1).div(t), 2, a.roundingTieBreak)));
  const drgShare = p1.sub(shares.reduce((s, x) => s.add(x), D(0)));
  const payer1: DrgClaimLine[] = [];
  const payer2: DrgClaimLine[] = [];
  lines.forEach((l) => {
    const i = paymentLines.indexOf(l);
    const part = l.role === 'cahms' ? D(payer1Cahms) : l.role === 'drg' ? drgShare : (shares[i] ?? D(0));
    const rest = D(l.net).sub(part);
    if (l.role === 'drg' || !part.isZero()) payer1.push({ ...l, net: money(part) });
    if (l.role === 'drg' || !rest.isZero()) payer2.push({ ...l, net: money(rest) });
  });
  return { payer1, payer2 };
}
