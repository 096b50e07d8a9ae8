import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmMemberIdMissing } from './edit';

describeEdit(clmMemberIdMissing, {
  pass: [{ name: 'a member ID', doc: aDoc().build() }],
  fail: [
    {
      name: 'insured patient without a member ID',
      doc: aDoc().claim({ memberId: '' }).build(),
      hits: [{ path: ['claim', 'memberId'], params: { payer: 'A001' } }],
      messages: ['Member ID is empty; the payer cannot match the patient to a policy.'],
    },
    {
      name: 'self-pay: the DOH convention is offered',
      doc: aDoc().claim({ memberId: '', payerId: 'selfpay' }).build(),
      hits: [
        {
          path: ['claim', 'memberId'],
          params: { payer: 'SelfPay' },
          fixes: [{ label: 'Use MF1001#MRN-1 (self-pay convention)', patches: [{ op: 'set', path: ['claim', 'memberId'], value: 'MF1001#MRN-1' }] }],
        },
      ],
      messages: ['Member ID is empty; for a self-pay patient DOH expects FacilityID#PatientID.'],
    },
  ],
});
