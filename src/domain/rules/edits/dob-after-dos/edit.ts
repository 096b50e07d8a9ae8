import { formatDate, isIsoDate } from '../../../shared/dates';
import { defineEdit } from '../../define-edit';
import { DENIALS } from '../../sources';
import { dateOfService } from '../../support/doc';

/** A patient cannot be born after the service. */
export const dobAfterDos = defineEdit<{ dob: string; dos: string }>({
  id: 'DOB-AFTER-DOS',
  title: 'Date of birth after the date of service',
  severity: 'reject',
  category: 'completeness',
  denialCode: DENIALS['CLAI-009'],
  source: { document: 'DOH/DHA adjudication codes', section: 'CLAI-009 Date of birth after the date of service' },
  explain: (p) => `The patient's date of birth ${p.dob} is after the date of service ${p.dos}.`,
  rule: () => 'The date of birth must be on or before the date of service; payers deny such claims with CLAI-009.',
  check: (doc) => {
    const dob = doc.patient.dateOfBirth;
    const dos = dateOfService(doc);
    if (!isIsoDate(dob) || dos === '' || dob <= dos) return [];
    return [{ path: ['patient', 'dateOfBirth'], params: { dob: formatDate(dob), dos: formatDate(dos) } }];
  },
});
