import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { filled, inpatient } from '../../support/doc';
import type { Hit } from '../../types';

type P = { field: string; element: string; inpatient: boolean };

/** Encounter elements every claim needs, plus the ones inpatient stays need (End, StartType, EndType). */
export const encRequiredFields = defineEdit<P>({
  id: 'ENC-REQUIRED-FIELDS',
  title: 'A required encounter field is empty',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Encounter: FacilityID, Type, PatientID, Start; End, StartType and EndType when Type is 3 or 4'),
  explain: (p) => (p.inpatient ? `${p.field} is empty; inpatient encounters (type 3 or 4) must report <${p.element}>.` : `${p.field} is empty; <${p.element}> is required on every encounter.`),
  rule: () =>
    'Every encounter names the facility, the encounter type, the patient (MRN) and the start. Inpatient encounters (types 3 and 4) also need the end (discharge), the start type (how the patient was admitted) and the end type (how they left).',
  check: (doc) => {
    const e = doc.claim.encounter;
    const hits: Hit<P>[] = [];
    const rows: Array<[Exclude<keyof typeof e, 'extensions'>, string, string, boolean]> = [
      ['facilityId', 'Facility ID', 'FacilityID', false],
      ['type', 'Encounter type', 'Type', false],
      ['patientId', 'Patient ID (MRN)', 'PatientID', false],
      ['start', 'Encounter start', 'Start', false],
    ];
    if (inpatient(doc)) {
      rows.push(['end', 'Discharge (end)', 'End', true], ['startType', 'Admission type (start type)', 'StartType', true], ['endType', 'Discharge type (end type)', 'EndType', true]);
    }
    for (const [key, field, element, ip] of rows) {
      if (filled(e[key])) continue;
      const fixes =
        key === 'facilityId' && filled(doc.claim.providerId)
          ? [{ label: `Use the provider ID ${doc.claim.providerId.trim()}`, patches: [{ op: 'set' as const, path: ['claim', 'encounter', 'facilityId'], value: doc.claim.providerId.trim() }] }]
          : [];
      hits.push({ path: ['claim', 'encounter', key], params: { field, element, inpatient: ip }, ...(fixes.length ? { fixes } : {}) });
    }
    return hits;
  },
});
