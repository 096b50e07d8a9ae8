import { isIsoDate, isIsoDateTime } from '../../../shared/dates';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import type { DocPath, Hit } from '../../types';

type P = { field: string; value: string };

/** Every date that is filled must be a real date (and time). */
export const datesInvalid = defineEdit<P>({
  id: 'DATES-INVALID',
  title: 'A date does not read',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Date fields: dd/MM/yyyy HH:mm'),
  explain: (p) => `${p.field} "${p.value}" is not a real date${p.field === 'Date of birth' ? '' : ' and time'}.`,
  rule: () => 'E-claim dates are written dd/MM/yyyy HH:mm and must be real calendar dates. A date the payer cannot read fails validation.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    const check = (path: DocPath, field: string, value: string, dateOnly = false) => {
      const v = value.trim();
      if (v === '') return;
      if (dateOnly ? isIsoDate(v) : isIsoDateTime(v)) return;
      hits.push({ path, params: { field, value: v } });
    };
    const e = doc.claim.encounter;
    check(['patient', 'dateOfBirth'], 'Date of birth', doc.patient.dateOfBirth, true);
    check(['claim', 'encounter', 'start'], 'Encounter start', e.start);
    check(['claim', 'encounter', 'end'], 'Encounter end', e.end);
    doc.claim.activities.forEach((a, i) => check(['claim', 'activities', i, 'start'], `Activity ${i + 1} start`, a.start));
    return hits;
  },
});
