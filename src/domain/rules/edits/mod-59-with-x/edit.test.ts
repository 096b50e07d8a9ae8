import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { mod59WithX } from './edit';

describeEdit(mod59WithX, {
  pass: [
    { name: 'XS alone', doc: aDoc().activities({ code: '45378', modifiers: ['XS'] }).build() },
    { name: '59 alone', doc: aDoc().activities({ code: '45378', modifiers: ['59'] }).build() },
  ],
  fail: [
    {
      name: '59 and XS on one line (case and spaces as typed)',
      doc: aDoc().activities({ code: '45378', modifiers: ['59', ' xs'] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '45378', x: 'XS' },
          fixes: [{ label: 'Remove 59 from activity 1 (keep XS)', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [' xs'] }] }],
        },
      ],
      messages: ['Activity 1 (45378) carries both 59 and XS: the X modifier says the same thing more precisely, so 59 must not be added to it.'],
    },
  ],
});
