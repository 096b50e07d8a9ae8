import { ENCOUNTER_TYPES, ER_ENCOUNTER_TYPES } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { isEmergencyVisit } from '../../support/doc';
import type { Hit } from '../../types';

type P = { line: number; code: string; type: string; typeName: string };

/** Emergency-department visit codes need an encounter type that includes the emergency room. */
export const encTypeErVisit = defineEdit<P>({
  id: 'ENC-TYPE-ER-VISIT',
  title: 'Emergency visit code on a non-emergency encounter',
  severity: 'reject',
  category: 'completeness',
  denialCode: DENIALS['CODE-012'],
  source: SOURCES.dhamani('Incomplete patient and encounter data: encounter types that do not align with the claimed service'),
  explain: (p) => `Activity ${p.line} is an emergency-department visit (${p.code}) but the encounter type is ${p.type} (${p.typeName}).`,
  rule: () => 'CPT 99281–99285 are emergency-department visits. The encounter type must include the emergency room: 2 (no bed + ER), 4 (inpatient + ER) or 6 (day case + ER).',
  check: (doc) => {
    const type = doc.claim.encounter.type.trim();
    if (type === '' || ER_ENCOUNTER_TYPES.includes(type)) return [];
    const hits: Hit<P>[] = [];
    doc.claim.activities.forEach((a, i) => {
      if (a.type !== '3' || !isEmergencyVisit(a.code)) return;
      const typeName = ENCOUNTER_TYPES[type as keyof typeof ENCOUNTER_TYPES] ?? 'unknown type';
      hits.push({ path: ['claim', 'activities', i, 'code'], params: { line: i + 1, code: a.code.trim(), type, typeName } });
    });
    return hits;
  },
});
