import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { actLinkNotOnClaim } from './edit';

describeEdit(actLinkNotOnClaim, {
  pass: [
    { name: 'links on the claim', doc: aDoc().build() },
    { name: 'dot and case do not matter', doc: aDoc().activity(0, { diagnosisLinks: ['r072'] }).build() },
  ],
  fail: [
    {
      name: 'link to a removed diagnosis',
      doc: aDoc().activity(0, { diagnosisLinks: ['R07.2', 'R07.9'] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'diagnosisLinks'],
          params: { line: 1, link: 'R07.9' },
          discriminator: 'R079',
          fixes: [{ label: 'Remove the link to R07.9', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'diagnosisLinks'], value: ['R07.2'] }] }],
        },
      ],
      messages: ["Activity 1 is linked to R07.9, which is not one of the claim's diagnoses."],
    },
  ],
});
