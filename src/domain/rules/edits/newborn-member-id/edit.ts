import { ageInDays } from '../../../shared/dates';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { dateOfService, filled, hasDateOfBirth } from '../../support/doc';

type P = { ageDays: number; memberId: string };

/** A newborn is billed on the mother's insurance but under the newborn's own member ID. */
export const newbornMemberId = defineEdit<P>({
  id: 'NEWBORN-MEMBER-ID',
  title: "Newborn billed under the mother's member ID",
  severity: 'reject',
  category: 'completeness',
  profiles: ['DOH', 'DHA'],
  source: SOURCES.dohAddendum05('§4.4.2.4(2) Newborn inpatient encounter beyond the one-month coverage through the mother\'s insurance'),
  explain: (p) => `The patient is ${p.ageDays} days old and the claim uses the mother's member ID ${p.memberId}; a newborn's claim needs the newborn's own member ID.`,
  rule: () =>
    "The newborn's treatment is billed separately from the mother's, using the mother's insurance details (carrier and benefits) but the newborn's unique member ID (temporary or permanent), which payers issue on request. The mother's own treatment stays on the mother's member ID.",
  check: (doc) => {
    const dos = dateOfService(doc);
    const mother = doc.patient.motherMemberId.trim();
    const member = doc.claim.memberId.trim();
    if (!hasDateOfBirth(doc) || dos === '' || !filled(mother) || member !== mother) return [];
    const age = ageInDays(doc.patient.dateOfBirth, dos);
    if (age < 0 || age > 365) return [];
    return [{ path: ['claim', 'memberId'], params: { ageDays: age, memberId: member } }];
  },
});
