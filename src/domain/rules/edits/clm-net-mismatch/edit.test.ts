import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmNetMismatch } from './edit';

describeEdit(clmNetMismatch, {
  pass: [
    { name: 'net equals the lines', doc: aDoc().build() },
    { name: 'formatting differs but the amount is equal', doc: aDoc().claim({ net: '300' }).activity(0, { net: '300.000' }).build() },
    { name: 'unreadable amounts are another edit’s business', doc: aDoc().claim({ net: 'abc' }).build() },
  ],
  fail: [
    {
      name: 'a line was added without updating the claim',
      doc: aDoc()
        .activities({ code: '99213', net: '300.00', diagnosisLinks: ['R07.2'] }, { code: '93000', net: '150.00', diagnosisLinks: ['R07.2'] })
        .claim({ patientShare: '50.00', gross: '350.00' })
        .build(),
      hits: [
        {
          path: ['claim', 'net'],
          params: { claimNet: '300.00', sum: '450.00', lines: 2 },
          fixes: [
            {
              label: 'Set Net to 450.00 and Gross to 500.00 (Net + patient share)',
              patches: [
                { op: 'set', path: ['claim', 'net'], value: '450.00' },
                { op: 'set', path: ['claim', 'gross'], value: '500.00' },
              ],
            },
          ],
        },
      ],
      messages: ['Claim Net is 300.00 but the 2 activity lines add up to 450.00.'],
    },
  ],
});
