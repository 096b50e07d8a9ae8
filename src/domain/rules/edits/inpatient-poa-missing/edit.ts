import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { filled, inpatient } from '../../support/doc';
import type { Hit } from '../../types';

type P = { line: number; code: string };

/** Inpatient diagnoses carry a present-on-admission indicator (DxInfo Type=POA). */
export const inpatientPoaMissing = defineEdit<P>({
  id: 'INPATIENT-POA-MISSING',
  title: 'Inpatient diagnosis without present-on-admission',
  severity: 'reject',
  category: 'completeness',
  profiles: ['DOH', 'DHA'],
  source: SOURCES.eclaim('Diagnosis.DxInfo Type=POA for inpatient encounters'),
  explain: (p) => `Diagnosis ${p.line}${p.code ? ` (${p.code})` : ''} has no present-on-admission indicator; this is an inpatient encounter.`,
  rule: () =>
    'On inpatient claims (types 3 and 4) every diagnosis reports whether it was present on admission: Y yes, N no, U documentation insufficient, W clinically undetermined, 1 exempt. It is sent as DxInfo Type=POA. Submission validators reject inpatient diagnoses without it.',
  check: (doc) => {
    if (!inpatient(doc)) return [];
    const hits: Hit<P>[] = [];
    doc.claim.diagnoses.forEach((d, i) => {
      const poa = d.dxInfo.find((x) => x.type.trim().toUpperCase() === 'POA');
      if (poa && filled(poa.code)) return;
      hits.push({ path: ['claim', 'diagnoses', i, 'dxInfo', 'poa'], params: { line: i + 1, code: d.code.trim() } });
    });
    return hits;
  },
});
