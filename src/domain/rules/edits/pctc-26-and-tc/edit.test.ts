import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { pctc26AndTc } from './edit';

describeEdit(pctc26AndTc, {
  pass: [
    { name: 'the global service', doc: aDoc().activities({ code: '93306' }).build() },
    { name: '26 alone', doc: aDoc().activities({ code: '93306', modifiers: ['26'] }).build() },
  ],
  fail: [
    {
      name: '26 and TC on one line',
      doc: aDoc().activities({ code: '71046', modifiers: ['26', 'tc'] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '71046' },
          fixes: [{ label: 'Remove 26 and TC from activity 1 (bill the global service)', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
      ],
      messages: ['Activity 1 (71046) carries both 26 and TC: the two components together are the global service, billed without either modifier.'],
    },
  ],
});
