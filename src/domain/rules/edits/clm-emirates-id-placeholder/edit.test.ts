import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmEmiratesIdPlaceholder } from './edit';

describeEdit(clmEmiratesIdPlaceholder, {
  pass: [
    { name: 'a real ID', doc: aDoc().build() },
    { name: 'an invalid value is the format edit’s business', doc: aDoc().claim({ emiratesIdNumber: '123' }).build() },
  ],
  fail: [
    {
      name: 'expatriate resident without a card',
      doc: aDoc().claim({ emiratesIdNumber: '111-1111-1111111-1' }).build(),
      hits: [{ path: ['claim', 'emiratesIdNumber'], params: { value: '111-1111-1111111-1', meaning: 'Expatriate resident without a card' } }],
      messages: ['Emirates ID 111-1111-1111111-1 is the placeholder for "Expatriate resident without a card"; confirm that this describes the patient.'],
    },
  ],
});
