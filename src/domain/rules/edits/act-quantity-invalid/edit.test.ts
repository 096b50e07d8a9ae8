import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { actQuantityInvalid } from './edit';

describeEdit(actQuantityInvalid, {
  pass: [
    { name: 'quantity 1', doc: aDoc().build() },
    { name: 'decimal quantity', doc: aDoc().activity(0, { quantity: '0.5' }).build() },
  ],
  fail: [
    {
      name: 'empty, zero and text',
      doc: aDoc().activities({ code: '99213', quantity: '' }, { code: '93000', quantity: '0' }, { code: '85025', quantity: 'two' }).build(),
      hits: [
        { path: ['claim', 'activities', 0, 'quantity'], params: { line: 1, value: '' }, fixes: [{ label: 'Set quantity to 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'quantity'], value: '1' }] }] },
        { path: ['claim', 'activities', 1, 'quantity'], params: { line: 2, value: '0' } },
        { path: ['claim', 'activities', 2, 'quantity'], params: { line: 3, value: 'two' } },
      ],
      messages: ['Activity 1 has no quantity.', 'Activity 2 quantity "0" is not a number above zero.', 'Activity 3 quantity "two" is not a number above zero.'],
    },
  ],
});
