import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { mod59OnEm } from './edit';

describeEdit(mod59OnEm, {
  pass: [
    { name: 'E/M with 25 and a procedure with 59', doc: aDoc().activities({ code: '99213', modifiers: ['25'] }, { code: '20610', modifiers: ['59'] }).build() },
    { name: 'E/M without modifiers', doc: aDoc().build() },
  ],
  fail: [
    {
      name: '59 on the E/M beside a same-day procedure: replace with 25, or remove',
      doc: aDoc().activities({ code: '99214', modifiers: ['59'] }, { code: '20610' }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '99214', modifiers: '59', sameDayProcedure: true },
          fixes: [
            { label: 'Replace 59 with 25 on activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['25'] }] },
            { label: 'Remove 59 from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] },
          ],
        },
      ],
      messages: ['Activity 1 (99214) is an E/M visit with 59: 59 and its X forms are never used on an E/M code; an E/M separate from a same-day procedure takes 25 (or 57 when it decided major surgery).'],
    },
    {
      name: 'XE on a visit billed alone',
      doc: aDoc().activities({ code: '99213', modifiers: ['XE'] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '99213', modifiers: 'XE', sameDayProcedure: false },
          fixes: [{ label: 'Remove XE from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
      ],
      messages: ['Activity 1 (99213) is an E/M visit with XE: 59 and its X forms are never used on an E/M code.'],
    },
  ],
});
