import { describeEdit } from '@/testing/describe-edit';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { drgCahmsAge } from './edit';

/** A stay on Appendix-A DRG 194101 from 2025-10-01 with its 99-02 and 99-03 lines, for a given date of birth. */
const stay = (dateOfBirth: string) =>
  inpatientDocument(
    [activity('1', '3', '99223', '0.00'), activity('2', '9', '194101', '14807.00', '2025-11-05T16:00'), activity('3', '8', '99-02', '6048.61'), activity('4', '8', '99-03', '10427.81')],
    { dateOfBirth, end: '2025-11-05T16:00' },
  );

describeEdit(drgCahmsAge, {
  ctx: { tables: { drg: { tables: TEST_TABLES, assumptions: {} } } },
  pass: [
    { name: 'a 15-year-old', doc: stay('2010-03-14') },
    { name: 'a patient who turns 18 the day after admission', doc: stay('2007-10-02') },
    { name: 'no CAHMS line and no date of birth', doc: inpatientDocument([activity('1', '9', '194101', '14807.00')], { dateOfBirth: '' }) },
  ],
  fail: [
    {
      name: 'a patient who turned 18 on the admission date, even with no tables loaded',
      doc: stay('2007-10-01'),
      ctx: { tables: { drg: undefined } },
      hits: [
        {
          path: ['claim', 'activities', 3, 'code'],
          params: { activityId: '4', age: 18, message: 'Activity 4 claims the CAHMS adjustor (99-03) but the patient was 18 on admission; it is only for patients under 18: remove the line.' },
        },
      ],
    },
  ],
  notChecked: [
    {
      name: 'a CAHMS line and no date of birth',
      doc: stay(''),
      why: "the claim has a CAHMS line (99-03) but the patient's age on admission is not known: enter the date of birth and the admission (encounter Start).",
    },
  ],
});
