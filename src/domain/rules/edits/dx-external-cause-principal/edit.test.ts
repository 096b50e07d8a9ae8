import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxExternalCausePrincipal } from './edit';

const row = (type: string, code: string) => ({ type, code, dxInfo: [], extensions: [] });

describeEdit(dxExternalCausePrincipal, {
  ctx: starterContext(),
  pass: [
    { name: 'the ER sample: the fracture principal, the fall secondary', doc: aDoc().diagnoses('S62.001A', 'W01.0XXA', 'Y92.009').build() },
    { name: 'no code set needed', ctx: { tables: {} }, doc: aDoc().diagnoses('S62.001A', 'W19.XXXA').build() },
  ],
  fail: [
    {
      name: 'the fall as principal: the injury is offered first',
      doc: aDoc().diagnoses(row('Principal', 'W01.0XXA'), row('Secondary', 'I10'), row('Secondary', 'S62.001A')).build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'W01.0XXA (Fall on same level from slipping, tripping and stumbling without subsequent striking against object, initial encounter)', alone: false },
          fixes: [
            {
              label: 'Make S62.001A principal and W01.0XXA secondary',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 2, 'type'], value: 'Principal' },
              ],
            },
            {
              label: 'Make I10 principal and W01.0XXA secondary',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 1, 'type'], value: 'Principal' },
              ],
            },
          ],
        },
      ],
      messages: [
        'Diagnosis 1: W01.0XXA (Fall on same level from slipping, tripping and stumbling without subsequent striking against object, initial encounter) is an external cause code (V00–Y99) and cannot be the principal diagnosis; make the injury or condition it explains principal.',
      ],
    },
    {
      name: 'an external cause alone, no code set',
      ctx: { tables: { codeCatalog: undefined } },
      doc: aDoc().diagnoses(row('Secondary', 'x58.xxxa')).build(),
      hits: [{ path: ['claim', 'diagnoses', 0, 'code'], params: { line: 1, code: 'X58.XXXA', alone: true }, fixes: [] }],
      messages: ['Diagnosis 1: X58.XXXA is an external cause code (V00–Y99) and the only diagnosis; add the injury or condition it explains and make that principal.'],
    },
  ],
});
