import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxCodeDisplay } from './edit';

describeEdit(dxCodeDisplay, {
  ctx: starterContext(),
  pass: [
    { name: 'standard forms', doc: aDoc().diagnoses('R07.2', 'I10', 'S62.001A').build() },
    { name: 'a header typed without its dot is DX-CODE-HEADER’s', doc: aDoc().diagnoses('R07').build() },
    { name: 'a code the release does not hold is DX-CODE-UNKNOWN’s', doc: aDoc().diagnoses('r4589').build() },
    { name: 'not a code at all is DX-CODE-FORMAT’s', doc: aDoc().diagnoses('R0.79').build() },
  ],
  fail: [
    {
      name: 'no dot, carried through the links',
      doc: aDoc().diagnoses('R072').activity(0, { diagnosisLinks: ['R072'] }).build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, typed: 'R072', display: 'R07.2' },
          fixes: [
            {
              label: 'Write R07.2',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'code'], value: 'R07.2' },
                { op: 'set', path: ['claim', 'activities', 0, 'diagnosisLinks'], value: ['R07.2'] },
              ],
            },
          ],
        },
      ],
      messages: ['Diagnosis 1: "R072" was read as R07.2; the claim should carry it as R07.2.'],
    },
    {
      name: 'lower case, no link to carry',
      doc: aDoc().diagnoses('R07.2', 'i10').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: { line: 2, typed: 'i10', display: 'I10' },
          fixes: [{ label: 'Write I10', patches: [{ op: 'set', path: ['claim', 'diagnoses', 1, 'code'], value: 'I10' }] }],
        },
      ],
    },
    {
      name: 'without a code set the form is still reported',
      ctx: { tables: { codeCatalog: undefined } },
      doc: aDoc().diagnoses('r07.2').activity(0, { diagnosisLinks: ['r07.2'] }).build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, typed: 'r07.2', display: 'R07.2' },
          fixes: [
            {
              label: 'Write R07.2',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'code'], value: 'R07.2' },
                { op: 'set', path: ['claim', 'activities', 0, 'diagnosisLinks'], value: ['R07.2'] },
              ],
            },
          ],
        },
      ],
    },
  ],
});
