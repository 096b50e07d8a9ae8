import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { actIdDuplicate } from './edit';

describeEdit(actIdDuplicate, {
  pass: [{ name: 'unique IDs', doc: aDoc().activities({ code: '99213' }, { code: '93000' }).build() }],
  fail: [
    {
      name: 'two lines with ID 1 and one with ID 2',
      doc: aDoc().activities({ id: '1', code: '99213' }, { id: '2', code: '93000' }, { id: '1', code: '71046' }, { id: ' 2 ', code: '85025' }).build(),
      hits: [
        { path: ['claim', 'activities', 2, 'id'], params: { line: 3, id: '1', firstLine: 1 }, fixes: [{ label: 'Renumber activity 3 as 5', patches: [{ op: 'set', path: ['claim', 'activities', 2, 'id'], value: '5' }] }] },
        { path: ['claim', 'activities', 3, 'id'], params: { line: 4, id: '2', firstLine: 2 }, fixes: [{ label: 'Renumber activity 4 as 6', patches: [{ op: 'set', path: ['claim', 'activities', 3, 'id'], value: '6' }] }] },
      ],
      messages: ['Activity 3 has ID "1", already used by activity 1.', 'Activity 4 has ID "2", already used by activity 2.'],
    },
  ],
});
