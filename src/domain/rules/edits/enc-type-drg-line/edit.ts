import { ENCOUNTER_TYPES } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { inpatient } from '../../support/doc';
import type { Hit } from '../../types';

type P = { line: number; code: string; type: string; typeName: string };

/** IR-DRG lines (activity type 9) belong on inpatient encounters only. */
export const encTypeDrgLine = defineEdit<P>({
  id: 'ENC-TYPE-DRG-LINE',
  title: 'IR-DRG line on a non-inpatient encounter',
  severity: 'reject',
  category: 'drg',
  profiles: ['DOH', 'DHA'],
  denialCode: DENIALS['CODE-012'],
  source: SOURCES.dohAddendum05('§4.4.1 General IR-DRG rules: IR-DRGs are mandated for all inpatient encounters'),
  explain: (p) => `Activity ${p.line} is an IR-DRG (${p.code || 'no code'}) but the encounter type is ${p.type || 'empty'}${p.typeName ? ` (${p.typeName})` : ''}, not inpatient.`,
  rule: () => 'IR-DRG payment applies to inpatient encounters (types 3 and 4). Outpatient, ER and day-case claims are paid fee-for-service and carry no type-9 line.',
  check: (doc) => {
    if (inpatient(doc)) return [];
    const type = doc.claim.encounter.type.trim();
    const hits: Hit<P>[] = [];
    doc.claim.activities.forEach((a, i) => {
      if (a.type !== '9') return;
      hits.push({ path: ['claim', 'activities', i, 'type'], params: { line: i + 1, code: a.code.trim(), type, typeName: ENCOUNTER_TYPES[type as keyof typeof ENCOUNTER_TYPES] ?? '' } });
    });
    return hits;
  },
});
