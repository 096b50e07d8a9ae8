import { nextActivityId } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import type { Activity } from '../../../claim';
import type { Hit } from '../../types';

type P = { line: number; id: string; firstLine: number };

/** Activity IDs are unique within the claim (the remittance refers to lines by ID). */
export const actIdDuplicate = defineEdit<P>({
  id: 'ACT-ID-DUPLICATE',
  title: 'Two activities share an ID',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Activity.ID: unique within the claim'),
  explain: (p) => `Activity ${p.line} has ID "${p.id}", already used by activity ${p.firstLine}.`,
  rule: () => 'Each activity has an ID unique within its claim: the payer\'s remittance advice pays or denies lines by that ID, so duplicates make payments unmatchable.',
  check: (doc) => {
    const seen = new Map<string, number>();
    const hits: Hit<P>[] = [];
    const taken: Pick<Activity, 'id'>[] = [...doc.claim.activities];
    doc.claim.activities.forEach((a, i) => {
      const id = a.id.trim();
      if (id === '') return;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        return;
      }
      const fresh = nextActivityId(taken);
      taken.push({ id: fresh });
      hits.push({
        path: ['claim', 'activities', i, 'id'],
        params: { line: i + 1, id, firstLine: first + 1 },
        fixes: [{ label: `Renumber activity ${i + 1} as ${fresh}`, patches: [{ op: 'set', path: ['claim', 'activities', i, 'id'], value: fresh }] }],
      });
    });
    return hits;
  },
});
