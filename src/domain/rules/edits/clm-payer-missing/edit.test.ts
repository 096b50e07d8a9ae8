import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmPayerMissing } from './edit';

describeEdit(clmPayerMissing, {
  pass: [
    { name: 'a payer', doc: aDoc().build() },
    { name: 'self-pay', doc: aDoc().claim({ payerId: 'SelfPay' }).build() },
  ],
  fail: [
    {
      name: 'no payer; the header receiver is offered',
      doc: aDoc().claim({ payerId: '' }).build(),
      hits: [{ path: ['claim', 'payerId'], params: { receiver: 'A001' }, fixes: [{ label: "Use the header's receiver A001", patches: [{ op: 'set', path: ['claim', 'payerId'], value: 'A001' }] }] }],
      messages: ['Payer ID is empty; the header is addressed to A001.'],
    },
    {
      name: 'no payer and no receiver',
      doc: aDoc().claim({ payerId: ' ' }).header({ receiverId: '' }).build(),
      hits: [{ path: ['claim', 'payerId'], params: { receiver: '' } }],
      messages: ['Payer ID is empty, so the claim cannot be routed to an insurer.'],
    },
  ],
});
