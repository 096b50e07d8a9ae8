import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { encTypeErVisit } from './edit';

describeEdit(encTypeErVisit, {
  pass: [
    { name: 'office visit in clinic', doc: aDoc().build() },
    { name: 'ER visit on an ER encounter', doc: aDoc().encounter({ type: '2' }).activity(0, { code: '99284' }).build() },
    { name: 'ER visit on inpatient-via-ER', doc: aDoc().encounter({ type: '4' }).activity(0, { code: '99285' }).build() },
  ],
  fail: [
    {
      name: 'ER visit billed on an outpatient clinic encounter',
      doc: aDoc().activity(0, { code: '99283' }).build(),
      hits: [{ path: ['claim', 'activities', 0, 'code'], params: { line: 1, code: '99283', type: '1', typeName: 'No bed + no emergency room (outpatient)' } }],
      messages: ['Activity 1 is an emergency-department visit (99283) but the encounter type is 1 (No bed + no emergency room (outpatient)).'],
    },
  ],
});
