import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { filled } from '../../support/doc';
import type { Hit } from '../../types';

type P = { line: number; field: string; element: string };

/** Each activity carries an ID, a start, a type, a code, a net amount and the clinician. */
export const actRequiredFields = defineEdit<P>({
  id: 'ACT-REQUIRED-FIELDS',
  title: 'A required activity field is empty',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Activity: ID, Start, Type, Code, Net, Clinician (DOH also OrderingClinician)'),
  explain: (p) => `Activity ${p.line} has no ${p.field} (<${p.element}>).`,
  rule: () =>
    'Each activity reports its ID, start, type, code, net amount and the licence of the clinician who performed it; DOH also requires the ordering clinician. (Quantity has its own edit.)',
  check: (doc, ctx) => {
    const hits: Hit<P>[] = [];
    doc.claim.activities.forEach((a, i) => {
      const rows: Array<[string, string, string, string]> = [
        ['id', 'ID', 'ID', a.id],
        ['start', 'start date', 'Start', a.start],
        ['type', 'activity type', 'Type', a.type],
        ['code', 'code', 'Code', a.code],
        ['net', 'net amount', 'Net', a.net],
        ['clinician', 'clinician licence', 'Clinician', a.clinician],
      ];
      if (ctx.profile === 'DOH') rows.push(['orderingClinician', 'ordering clinician licence', 'OrderingClinician', a.orderingClinician]);
      for (const [key, field, element, value] of rows) {
        if (filled(value)) continue;
        const fixes =
          key === 'orderingClinician' && filled(a.clinician)
            ? [{ label: `Use the performing clinician ${a.clinician.trim()}`, patches: [{ op: 'set' as const, path: ['claim', 'activities', i, key], value: a.clinician.trim() }] }]
            : key === 'start' && filled(doc.claim.encounter.start)
              ? [{ label: 'Use the encounter start', patches: [{ op: 'set' as const, path: ['claim', 'activities', i, key], value: doc.claim.encounter.start }] }]
              : [];
        hits.push({ path: ['claim', 'activities', i, key], params: { line: i + 1, field, element }, ...(fixes.length ? { fixes } : {}) });
      }
    });
    return hits;
  },
});
