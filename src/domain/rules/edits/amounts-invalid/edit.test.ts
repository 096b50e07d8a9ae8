import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { amountsInvalid } from './edit';

describeEdit(amountsInvalid, {
  pass: [
    { name: 'plain amounts', doc: aDoc().build() },
    { name: 'thousands separators read', doc: aDoc().claim({ gross: '8,500.00', net: '8,500.00' }).build() },
  ],
  fail: [
    {
      name: 'text, negative and too many decimals',
      doc: aDoc().claim({ gross: 'abc', patientShare: '-5' }).activity(0, { net: '1.005' }).build(),
      hits: [
        { path: ['claim', 'gross'], params: { field: 'Gross', value: 'abc', problem: 'is not a number' } },
        { path: ['claim', 'patientShare'], params: { field: 'Patient share', value: '-5', problem: 'is negative' } },
        { path: ['claim', 'activities', 0, 'net'], params: { field: 'Activity 1 net', value: '1.005', problem: 'has more than two decimal places' } },
      ],
      messages: ['Gross "abc" is not a number.', 'Patient share "-5" is negative.', 'Activity 1 net "1.005" has more than two decimal places.'],
    },
  ],
});
