import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmEmiratesIdFormat } from './edit';

describeEdit(clmEmiratesIdFormat, {
  pass: [
    { name: 'a real pattern', doc: aDoc().build() },
    { name: 'a placeholder', doc: aDoc().claim({ emiratesIdNumber: '999-9999-9999999-9' }).build() },
  ],
  fail: [
    {
      name: 'empty',
      doc: aDoc().claim({ emiratesIdNumber: '' }).build(),
      hits: [{ path: ['claim', 'emiratesIdNumber'], params: { value: '' } }],
      messages: ['Emirates ID is empty; UAE claims must carry it (or a placeholder).'],
    },
    {
      name: 'digits without hyphens: the formatted value is offered',
      doc: aDoc().claim({ emiratesIdNumber: '784198012345671' }).build(),
      hits: [
        {
          path: ['claim', 'emiratesIdNumber'],
          params: { value: '784198012345671' },
          fixes: [{ label: 'Format as 784-1980-1234567-1', patches: [{ op: 'set', path: ['claim', 'emiratesIdNumber'], value: '784-1980-1234567-1' }] }],
        },
      ],
    },
    {
      name: 'a digit short',
      doc: aDoc().claim({ emiratesIdNumber: '784-1980-123456-1' }).build(),
      hits: [{ path: ['claim', 'emiratesIdNumber'], params: { value: '784-1980-123456-1' } }],
      messages: ['Emirates ID "784-1980-123456-1" does not match 999-9999-9999999-9.'],
    },
  ],
});
