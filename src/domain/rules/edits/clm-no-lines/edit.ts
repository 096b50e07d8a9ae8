import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import type { Hit } from '../../types';

type P = { what: string };

/** A claim has at least one diagnosis and at least one activity. */
export const clmNoLines = defineEdit<P>({
  id: 'CLM-NO-LINES',
  title: 'Claim without diagnoses or activities',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.dhamani('Missing ICD-10 diagnosis codes'),
  explain: (p) => `The claim has no ${p.what}.`,
  rule: () => 'Every claim reports at least one diagnosis (Diagnosis 1..n) and at least one activity (Activity 1..n). The Dhamani article puts missing ICD-10 codes first among its rejection causes.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    if (!doc.claim.diagnoses.some((d) => d.code.trim() !== '')) hits.push({ path: ['claim', 'diagnoses'], params: { what: 'diagnosis codes' } });
    if (doc.claim.activities.length === 0) hits.push({ path: ['claim', 'activities'], params: { what: 'activities' } });
    return hits;
  },
});
