import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmGrossShareMismatch } from './edit';

describeEdit(clmGrossShareMismatch, {
  pass: [
    { name: 'no patient share', doc: aDoc().build() },
    { name: 'with a copay', doc: aDoc().claim({ gross: '350', patientShare: '50.00', net: '300.00' }).build() },
  ],
  fail: [
    {
      name: 'copay not deducted',
      doc: aDoc().claim({ gross: '300.00', patientShare: '30.00', net: '300.00' }).build(),
      hits: [
        {
          path: ['claim', 'gross'],
          params: { gross: '300.00', share: '30.00', net: '300.00', expected: '270.00' },
          fixes: [{ label: 'Set Gross to 330.00 (Net + patient share)', patches: [{ op: 'set', path: ['claim', 'gross'], value: '330.00' }] }],
        },
      ],
      messages: ['Gross 300.00 − patient share 30.00 = 270.00, but Net is 300.00.'],
    },
  ],
});
