import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { drgLineCount } from './edit';

describeEdit(drgLineCount, {
  ctx: { tables: { drg: { tables: TEST_TABLES, assumptions: {} } } },
  pass: [
    { name: 'one IR-DRG line on an inpatient stay', doc: inpatientDocument([activity('1', '3', '99223', '0.00'), activity('2', '9', '111101', '12750.00')]) },
    { name: 'an outpatient claim carries no IR-DRG line', doc: aDoc().build() },
    {
      name: 'runs without the DRG tables (it needs none)',
      doc: inpatientDocument([activity('1', '9', '111101', '12750.00')]),
      ctx: { tables: { drg: undefined } },
    },
  ],
  fail: [
    {
      name: 'an inpatient stay without an IR-DRG line',
      doc: inpatientDocument([activity('1', '3', '99223', '0.00')]),
      hits: [{ path: ['claim', 'activities'], params: { count: 0, message: 'An inpatient claim needs one IR-DRG activity (type 9): add it with the grouped DRG code.' } }],
    },
    {
      name: 'two IR-DRG lines, even with no tables loaded',
      doc: inpatientDocument([activity('1', '9', '111101', '12750.00'), activity('2', '9', '111102', '0.00')]),
      ctx: { tables: { drg: undefined } },
      hits: [
        {
          path: ['claim', 'activities', 1, 'type'],
          params: { count: 2, activityId: '2', message: 'The claim has 2 IR-DRG activities; an inpatient claim carries exactly one: remove activity 2 (111102).' },
        },
      ],
      messages: ['The claim has 2 IR-DRG activities; an inpatient claim carries exactly one: remove activity 2 (111102).'],
    },
  ],
});
