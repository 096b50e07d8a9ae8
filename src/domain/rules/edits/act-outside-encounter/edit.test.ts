import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { actOutsideEncounter } from './edit';

describeEdit(actOutsideEncounter, {
  pass: [
    { name: 'inside', doc: aDoc().build() },
    { name: 'at the end instant', doc: aDoc().activity(0, { start: '2025-10-05T09:30' }).build() },
    { name: 'no end: later the same day', doc: aDoc().encounter({ end: '' }).activity(0, { start: '2025-10-05T18:00' }).build() },
  ],
  fail: [
    {
      name: 'before the start',
      doc: aDoc().activity(0, { start: '2025-10-04T09:00' }).build(),
      hits: [{ path: ['claim', 'activities', 0, 'start'], params: { line: 1, start: '04/10/2025 09:00', from: '05/10/2025 09:00', to: '05/10/2025 09:30' } }],
      messages: ['Activity 1 is dated 04/10/2025 09:00, outside the encounter (05/10/2025 09:00 to 05/10/2025 09:30).'],
    },
    {
      name: 'no end: the next day',
      doc: aDoc().encounter({ end: '' }).activity(0, { start: '2025-10-06T08:00' }).build(),
      hits: [{ path: ['claim', 'activities', 0, 'start'], params: { line: 1, start: '06/10/2025 08:00', from: '05/10/2025 09:00', to: '05/10/2025 23:59' } }],
    },
  ],
});
