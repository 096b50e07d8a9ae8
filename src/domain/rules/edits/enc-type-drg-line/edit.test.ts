import { aDoc, anInpatientDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { encTypeDrgLine } from './edit';

describeEdit(encTypeDrgLine, {
  pass: [
    { name: 'DRG on an inpatient stay', doc: anInpatientDoc().build() },
    { name: 'no DRG line on an outpatient claim', doc: aDoc().build() },
  ],
  fail: [
    {
      name: 'DRG line on a day case',
      doc: anInpatientDoc().encounter({ type: '5' }).build(),
      hits: [{ path: ['claim', 'activities', 1, 'type'], params: { line: 2, code: '044101', type: '5', typeName: 'Day-case bed + no emergency room' } }],
      messages: ['Activity 2 is an IR-DRG (044101) but the encounter type is 5 (Day-case bed + no emergency room), not inpatient.'],
    },
  ],
});
