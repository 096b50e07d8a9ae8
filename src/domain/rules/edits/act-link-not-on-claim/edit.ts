import { linkKey } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import type { Hit } from '../../types';

type P = { line: number; link: string };

/** Diagnosis links point at diagnoses that are on the claim. */
export const actLinkNotOnClaim = defineEdit<P>({
  id: 'ACT-LINK-NOT-ON-CLAIM',
  title: 'Activity linked to a diagnosis that is not on the claim',
  severity: 'reject',
  category: 'linkage',
  source: SOURCES.dhamani('CPT and diagnosis linkage'),
  explain: (p) => `Activity ${p.line} is linked to ${p.link}, which is not one of the claim's diagnoses.`,
  rule: () => 'A diagnosis pointer must name one of the claim\'s own diagnoses; a pointer to a code that is not reported supports nothing.',
  check: (doc) => {
    const present = new Set(doc.claim.diagnoses.map((d) => linkKey(d.code)).filter(Boolean));
    const hits: Hit<P>[] = [];
    doc.claim.activities.forEach((a, i) => {
      for (const l of a.diagnosisLinks) {
        if (linkKey(l) === '' || present.has(linkKey(l))) continue;
        hits.push({
          path: ['claim', 'activities', i, 'diagnosisLinks'],
          params: { line: i + 1, link: l.trim() },
          discriminator: linkKey(l),
          fixes: [{ label: `Remove the link to ${l.trim()}`, patches: [{ op: 'set', path: ['claim', 'activities', i, 'diagnosisLinks'], value: a.diagnosisLinks.filter((x) => linkKey(x) !== linkKey(l)) }] }],
        });
      }
    });
    return hits;
  },
});
