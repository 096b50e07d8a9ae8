import { recalculateTotals } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { filled } from '../../support/doc';
import type { Fix, Hit } from '../../types';

const FIELDS = [
  ['id', 'Claim ID', 'ID'],
  ['providerId', 'Provider ID', 'ProviderID'],
  ['gross', 'Gross', 'Gross'],
  ['patientShare', 'Patient share', 'PatientShare'],
  ['net', 'Net', 'Net'],
] as const;

type P = { field: string; element: string };

/** Claim-level elements every e-claim must carry (payer, member and Emirates ID have edits of their own). */
export const clmRequiredFields = defineEdit<P>({
  id: 'CLM-REQUIRED-FIELDS',
  title: 'A required claim field is empty',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Claim: ID, ProviderID, Gross, PatientShare, Net (each exactly once)'),
  explain: (p) => `${p.field} is empty; the e-claim element <${p.element}> is required on every claim.`,
  rule: () => 'Claim ID, Provider ID, Gross, Patient share and Net must be present on every claim, or the payer\'s validator rejects the file before adjudication.',
  check: (doc) => {
    const c = doc.claim;
    const totals = recalculateTotals(c);
    const hits: Hit<P>[] = [];
    for (const [key, field, element] of FIELDS) {
      if (filled(c[key])) continue;
      const fixes: Fix[] = [];
      if (key === 'providerId' && filled(c.encounter.facilityId)) {
        fixes.push({ label: `Use the facility ID ${c.encounter.facilityId.trim()}`, patches: [{ op: 'set', path: ['claim', 'providerId'], value: c.encounter.facilityId.trim() }] });
      }
      if ((key === 'gross' || key === 'net' || key === 'patientShare') && totals) {
        fixes.push({
          label: `Recalculate totals from the lines (Net ${totals.net}, Gross ${totals.gross})`,
          patches: [
            { op: 'set', path: ['claim', 'net'], value: totals.net },
            { op: 'set', path: ['claim', 'gross'], value: totals.gross },
            { op: 'set', path: ['claim', 'patientShare'], value: totals.patientShare },
          ],
        });
      }
      hits.push({ path: ['claim', key], params: { field, element }, ...(fixes.length ? { fixes } : {}) });
    }
    return hits;
  },
});
