import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmNoLines } from './edit';

describeEdit(clmNoLines, {
  pass: [{ name: 'diagnosis and activity', doc: aDoc().build() }],
  fail: [
    {
      name: 'a new, empty claim',
      doc: aDoc().diagnoses({ type: 'Principal', code: '', dxInfo: [], extensions: [] }).activities().build(),
      hits: [
        { path: ['claim', 'diagnoses'], params: { what: 'diagnosis codes' } },
        { path: ['claim', 'activities'], params: { what: 'activities' } },
      ],
      messages: ['The claim has no diagnosis codes.', 'The claim has no activities.'],
    },
  ],
});
