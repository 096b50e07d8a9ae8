import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { mod25Misuse } from './edit';

describeEdit(mod25Misuse, {
  pass: [
    { name: '25 on an E/M beside a same-day procedure', doc: aDoc().activities({ code: '99213', modifiers: ['25'] }, { code: '20610' }).build() },
    { name: 'a visit without 25', doc: aDoc().build() },
  ],
  fail: [
    {
      name: '25 on a visit billed alone',
      doc: aDoc().activities({ code: '99213', modifiers: ['25'] }, { code: '20610', start: '2025-10-06T09:00' }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '99213', date: '2025-10-05', problem: 'alone' as const },
          fixes: [{ label: 'Remove 25 from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
      ],
      messages: ['Activity 1 (99213) carries 25, but no procedure or other service is billed on 2025-10-05: there is nothing for the visit to be separate from.'],
    },
    {
      name: '25 on the procedure instead of the E/M',
      doc: aDoc().activities({ code: '99213' }, { code: '20610', modifiers: ['RT', '25'] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 1, 'modifiers'],
          params: { line: 2, code: '20610', date: '2025-10-05', problem: 'not-em' as const },
          fixes: [{ label: 'Remove 25 from activity 2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: ['RT'] }] }],
        },
      ],
      messages: ['Activity 2 (20610) carries 25, but 25 is only for E/M codes (99202–99499).'],
    },
  ],
});
