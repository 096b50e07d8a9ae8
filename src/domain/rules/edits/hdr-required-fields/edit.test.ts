import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { hdrRequiredFields } from './edit';

describeEdit(hdrRequiredFields, {
  pass: [{ name: 'sender and receiver', doc: aDoc().build() }],
  fail: [
    {
      name: 'both empty: provider and payer are offered',
      doc: aDoc().header({ senderId: '', receiverId: '' }).build(),
      hits: [
        { path: ['header', 'senderId'], params: { field: 'Sender ID', element: 'SenderID', suggestion: 'MF1001' }, fixes: [{ label: 'Use MF1001', patches: [{ op: 'set', path: ['header', 'senderId'], value: 'MF1001' }] }] },
        { path: ['header', 'receiverId'], params: { field: 'Receiver ID', element: 'ReceiverID', suggestion: 'A001' }, fixes: [{ label: 'Use A001', patches: [{ op: 'set', path: ['header', 'receiverId'], value: 'A001' }] }] },
      ],
      messages: ["Header Sender ID is empty; the exported file's <SenderID> would be blank.", "Header Receiver ID is empty; the exported file's <ReceiverID> would be blank."],
    },
    {
      name: 'no receiver and no payer to offer',
      doc: aDoc().header({ receiverId: '' }).claim({ payerId: '' }).build(),
      hits: [{ path: ['header', 'receiverId'], params: { field: 'Receiver ID', element: 'ReceiverID', suggestion: '' } }],
    },
  ],
});
