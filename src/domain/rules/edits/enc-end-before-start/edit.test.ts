import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { encEndBeforeStart } from './edit';

describeEdit(encEndBeforeStart, {
  pass: [
    { name: 'end after start', doc: aDoc().build() },
    { name: 'end equal to start', doc: aDoc().encounter({ end: '2025-10-05T09:00' }).build() },
    { name: 'no end', doc: aDoc().encounter({ end: '' }).build() },
  ],
  fail: [
    {
      name: 'day and month swapped',
      doc: aDoc().encounter({ start: '2025-10-05T09:00', end: '2025-05-10T09:30' }).build(),
      hits: [{ path: ['claim', 'encounter', 'end'], params: { start: '05/10/2025 09:00', end: '10/05/2025 09:30' } }],
      messages: ['The encounter ends 10/05/2025 09:30, before it starts 05/10/2025 09:00.'],
    },
  ],
});
