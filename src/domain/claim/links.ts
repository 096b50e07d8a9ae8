import { parseDecimal } from '../money/parse-decimal';
import { D } from '../money/decimal';
import type { Activity, Claim } from './claim.schema';

/**
 * The comparable form of a diagnosis code in links: upper case, no dot, no spaces.
 * @example linkKey(' r07.2 ') //=> 'R072'
 */
export function linkKey(code: string): string {
  return code.replace(/[\s.]/g, '').toUpperCase();
}

/**
 * Points every activity link that named `from` at `to` instead (a diagnosis code was edited).
 * Activities whose links do not change are returned as the same objects.
 * @example renameLinks(activities, 'R07.9', 'R07.2')
 */
export function renameLinks(activities: readonly Activity[], from: string, to: string): Activity[] {
  const f = linkKey(from);
  if (f === '' || f === linkKey(to)) return [...activities];
  return activities.map((a) =>
    a.diagnosisLinks.some((l) => linkKey(l) === f)
      ? { ...a, diagnosisLinks: dedupe(a.diagnosisLinks.map((l) => (linkKey(l) === f ? to : l))) }
      : a,
  );
}

/** Removes links that point at no diagnosis of the claim (after a diagnosis was removed); unchanged activities keep their identity. */
export function dropDanglingLinks(claim: Claim): Activity[] {
  const present = new Set(claim.diagnoses.map((d) => linkKey(d.code)).filter(Boolean));
  return claim.activities.map((a) =>
    a.diagnosisLinks.every((l) => present.has(linkKey(l))) ? a : { ...a, diagnosisLinks: a.diagnosisLinks.filter((l) => present.has(linkKey(l))) },
  );
}

function dedupe(links: string[]): string[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const k = linkKey(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Claim totals recomputed from the lines: Net = Σ activity Net; Gross = Net + PatientShare.
 * Returns `undefined` when an amount does not read (the edits report which).
 * @example recalculateTotals({ ...claim, patientShare: '50', activities: [{ net: '300' }, { net: '150.00' }] }) //=> { net: '450.00', gross: '500.00', patientShare: '50.00' }
 */
export function recalculateTotals(claim: Pick<Claim, 'patientShare' | 'activities'>): { net: string; gross: string; patientShare: string } | undefined {
  let net = new D(0);
  for (const a of claim.activities) {
    if (a.net.trim() === '') continue;
    const r = parseDecimal(a.net);
    if (!r.ok) return undefined;
    net = net.plus(r.value.value);
  }
  const shareText = claim.patientShare.trim() === '' ? '0' : claim.patientShare;
  const share = parseDecimal(shareText);
  if (!share.ok) return undefined;
  return { net: net.toFixed(2), gross: net.plus(share.value.value).toFixed(2), patientShare: share.value.value.toFixed(2) };
}
