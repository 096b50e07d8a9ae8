import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { newbornMemberId } from './edit';

const newborn = () => aDoc().patient({ dateOfBirth: '2025-09-20', motherMemberId: 'MOM-77' });

describeEdit(newbornMemberId, {
  pass: [
    { name: 'newborn with its own member ID', doc: newborn().claim({ memberId: 'NB-1001' }).build() },
    { name: 'adult patient', doc: aDoc().build() },
    { name: 'no mother recorded', doc: aDoc().patient({ dateOfBirth: '2025-09-20' }).build() },
  ],
  fail: [
    {
      name: "15-day-old billed on the mother's member ID",
      doc: newborn().claim({ memberId: 'MOM-77' }).build(),
      hits: [{ path: ['claim', 'memberId'], params: { ageDays: 15, memberId: 'MOM-77' } }],
      messages: ["The patient is 15 days old and the claim uses the mother's member ID MOM-77; a newborn's claim needs the newborn's own member ID."],
    },
  ],
});
