import { emptyActivity, nextActivityId, type Activity, type Claim } from '../claim';
import { D, parseDecimal } from '../money';
import type { DrgPaymentResult } from './calculate-drg-payment';
import { DRG_ACTIVITY_TYPE, isDrgPaymentActivity, roleOfServiceCode, SERVICE_ACTIVITY_TYPE, SERVICE_CODES, type DrgClaimLine, type DrgLineRole } from './claim-lines';
import { money } from './steps';

/** One thing {@link applyDrgResultToClaim} changed, for the panel to list (and undo by keeping the old claim). */
export type DrgClaimChange = {
  readonly kind: 'added' | 'updated' | 'removed' | 'zeroed' | 'totals' | 'note';
  /** The activity concerned, when there is one. */
  readonly activityId?: string;
  readonly message: string;
};

/** Which claim to write: the whole payment, or one payer's share of a split stay. */
export type DrgClaimTarget = 'single' | 'payer-1' | 'payer-2';

export type DrgApplyOutcome = {
  readonly claim: Claim;
  readonly changes: readonly DrgClaimChange[];
  /** False when the result cannot be written (incomplete, or no share for the payer asked for); the claim is then returned unchanged. */
  readonly applied: boolean;
};

const SERVICE_ROLES: readonly DrgLineRole[] = ['add-on', 'cost-outlier', 'mh-outlier', 'cahms'];
const ROLE_CODE: Record<Exclude<DrgLineRole, 'drg'>, string> = {
  'add-on': SERVICE_CODES.addOn,
  'cost-outlier': SERVICE_CODES.costOutlier,
  'mh-outlier': SERVICE_CODES.mentalHealthOutlier,
  cahms: SERVICE_CODES.cahms,
};

function isZeroText(net: string): boolean {
  const p = parseDecimal(net);
  return p.ok && p.value.value.isZero();
}

/**
 * Writes a DRG result into a claim (§4.4.1): the type-9 IR-DRG line carries the base payment; service
 * code lines (Activity.Type 8) 99 (cost outlier), 99-02 (mental-health outlier), 99-03 (CAHMS) and, with
 * `addOnReporting = service-code-98`, 98 (add-on) are created or updated, and stale ones removed; every
 * other activity gets Net 0.00. Claim Net becomes the sum of the activity Nets; PatientShare is kept
 * (member share is collected as normal, §4.4.1) and Gross = Net + PatientShare.
 * A new IR-DRG line is dated at the encounter End and its Clinician is left for the coder
 * (the attending consultant at discharge).
 * @param claim - the claim to write into (not changed: a new claim is returned)
 * @param result - a DRG result that is not `incomplete`
 * @param target - the whole payment (`single`, default) or one payer's share of a split stay
 * @returns the new claim, the list of changes, and whether anything was written
 * @example applyDrgResultToClaim(claim, calc.result).claim.net //=> '19075.50'
 * See: DOH Claims & Adjudication Rules Addendum 05 §4.4.1; docs/adr/0032-drg-claim-lines.md.
 */
export function applyDrgResultToClaim(claim: Claim, result: DrgPaymentResult, target: DrgClaimTarget = 'single'): DrgApplyOutcome {
  const unchanged = (message: string): DrgApplyOutcome => ({ claim, changes: [{ kind: 'note', message }], applied: false });
  if (result.status === 'incomplete' || result.claimLines.length === 0) {
    return unchanged('The DRG calculation is incomplete: nothing was written to the claim.');
  }
  let lines: readonly DrgClaimLine[] = result.claimLines;
  if (target !== 'single') {
    const share = target === 'payer-1' ? result.split?.payer1 : result.split?.payer2;
    if (!share) return unchanged(`The result has no ${target} share: the split was not worked out.`);
    lines = share.lines;
  }
  const changes: DrgClaimChange[] = [];
  const a = result.assumptions;
  const dated = claim.encounter.end.trim() !== '' ? claim.encounter.end : claim.encounter.start;
  let activities: Activity[] = claim.activities.map((act) => ({ ...act }));
  const added: Activity[] = [];
  const newId = () => nextActivityId([...activities, ...added]);

  // The IR-DRG line.
  const drgLine = lines.find((l) => l.role === 'drg');
  const drgIdx = activities.findIndex((act) => act.type.trim() === DRG_ACTIVITY_TYPE);
  if (drgLine) {
    const existing = drgIdx >= 0 ? activities[drgIdx] : undefined;
    if (existing) {
      if (existing.code.trim() !== drgLine.code || existing.net !== drgLine.net) {
        changes.push({ kind: 'updated', activityId: existing.id, message: `IR-DRG ${drgLine.code}: Net ${existing.net || '(empty)'} → ${drgLine.net}.` });
      }
      activities[drgIdx] = { ...existing, code: drgLine.code, net: drgLine.net };
    } else {
      const act: Activity = { ...emptyActivity(newId(), dated), type: DRG_ACTIVITY_TYPE, code: drgLine.code, net: drgLine.net };
      added.push(act);
      changes.push({
        kind: 'added',
        activityId: act.id,
        message: `IR-DRG line ${drgLine.code} added with Net ${drgLine.net}, dated at discharge; set its Clinician (attending consultant at discharge).`,
      });
    }
  }
  activities.forEach((act, i) => {
    if (act.type.trim() === DRG_ACTIVITY_TYPE && i !== drgIdx && !isZeroText(act.net)) {
      activities[i] = { ...act, net: '0.00' };
      changes.push({ kind: 'zeroed', activityId: act.id, message: `A second IR-DRG line (${act.code}) was set to Net 0.00; a claim has one IR-DRG line.` });
    }
  });

  // Service-code lines: update the first of each, add missing ones, remove stale ones and duplicates.
  const removed = new Set<Activity>();
  for (const role of SERVICE_ROLES) {
    if (role === 'drg') continue;
    const code = ROLE_CODE[role];
    const wanted = lines.find((l) => l.role === role);
    // A 98 line is an ordinary activity when the add-on rides on the IR-DRG line.
    if (role === 'add-on' && a.addOnReporting !== 'service-code-98') continue;
    const existing = activities.filter((act) => act.type.trim() === SERVICE_ACTIVITY_TYPE && act.code.trim() === code);
    existing.forEach((act, k) => {
      if (wanted && k === 0) {
        if (act.net !== wanted.net) changes.push({ kind: 'updated', activityId: act.id, message: `Service code ${code}: Net ${act.net || '(empty)'} → ${wanted.net}.` });
        activities[activities.indexOf(act)] = { ...act, net: wanted.net };
      } else {
        removed.add(act);
        changes.push({
          kind: 'removed',
          activityId: act.id,
          message: wanted ? `A duplicate service code ${code} line was removed.` : `Service code ${code} removed: the calculation gives no ${roleText(role)}.`,
        });
      }
    });
    if (wanted && existing.length === 0) {
      const act: Activity = { ...emptyActivity(newId(), dated), type: SERVICE_ACTIVITY_TYPE, code, net: wanted.net };
      added.push(act);
      changes.push({ kind: 'added', activityId: act.id, message: `Service code ${code} (${roleText(role)}) added with Net ${wanted.net}.` });
    }
  }
  activities = activities.filter((act) => !removed.has(act));

  // Every other activity: Net 0 (§4.4.1).
  let zeroed = 0;
  activities = activities.map((act) => {
    if (isDrgPaymentActivity(act, a) || isZeroText(act.net)) return act.net === '' ? { ...act, net: '0.00' } : act;
    zeroed++;
    return { ...act, net: '0.00' };
  });
  if (zeroed > 0) changes.push({ kind: 'zeroed', message: `${zeroed} other ${zeroed === 1 ? 'activity' : 'activities'} set to Net 0.00 (§4.4.1: only the IR-DRG and outlier lines carry a Net).` });

  const all = [...activities, ...added];
  const net = all.reduce((s, act) => {
    const p = parseDecimal(act.net);
    return p.ok ? s.add(p.value.value) : s;
  }, D(0));
  let patientShare = claim.patientShare;
  let gross = claim.gross;
  if (patientShare.trim() === '') {
    patientShare = '0.00';
    changes.push({ kind: 'totals', message: 'PatientShare was empty and is set to 0.00.' });
  }
  const share = parseDecimal(patientShare);
  if (share.ok) {
    gross = money(net.add(share.value.value));
  } else {
    changes.push({ kind: 'note', message: `PatientShare "${patientShare}" is not a number: Gross was not updated.` });
  }
  const netText = money(net);
  if (netText !== claim.net || gross !== claim.gross) {
    changes.push({ kind: 'totals', message: `Claim Net ${claim.net || '(empty)'} → ${netText}; Gross ${claim.gross || '(empty)'} → ${gross} (PatientShare ${patientShare} kept).` });
  }
  return { claim: { ...claim, activities: all, net: netText, gross, patientShare }, changes, applied: true };
}

function roleText(role: DrgLineRole): string {
  switch (role) {
    case 'drg':
      return 'IR-DRG payment';
    case 'add-on':
      return 'HCPCS add-on';
    case 'cost-outlier':
      return 'cost outlier';
    case 'mh-outlier':
      return 'mental-health outlier';
    case 'cahms':
      return 'CAHMS adjustor';
  }
}

/** The role an existing activity plays in a DRG claim, if any (for the panel's line list). */
export function roleOfActivity(act: Pick<Activity, 'type' | 'code'>): DrgLineRole | null {
  if (act.type.trim() === DRG_ACTIVITY_TYPE) return 'drg';
  return act.type.trim() === SERVICE_ACTIVITY_TYPE ? roleOfServiceCode(act.code) : null;
}
