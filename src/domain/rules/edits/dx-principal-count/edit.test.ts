import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { dxPrincipalCount } from './edit';

const row = (type: string, code: string) => ({ type, code, dxInfo: [], extensions: [] });

describeEdit(dxPrincipalCount, {
  pass: [
    { name: 'one principal', doc: aDoc().diagnoses('R07.2', 'I10').build() },
    { name: 'principal not first is another question (sequencing)', doc: aDoc().diagnoses(row('Secondary', 'I10'), row('Principal', 'R07.2')).build() },
    { name: 'no diagnoses at all is CLM-NO-LINES', doc: aDoc().diagnoses().build() },
  ],
  fail: [
    {
      name: 'none marked principal',
      doc: aDoc().diagnoses(row('Secondary', 'R07.2'), row('Secondary', 'I10')).build(),
      hits: [{ path: ['claim', 'diagnoses', 0, 'type'], params: { count: 0, lines: '' }, fixes: [{ label: 'Make diagnosis 1 (R07.2) principal', patches: [{ op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Principal' }] }] }],
      messages: ['No diagnosis is marked Principal.'],
    },
    {
      name: 'three marked principal',
      doc: aDoc().diagnoses(row('Principal', 'R07.2'), row('principal', 'I10'), row('Principal', 'E11.9')).build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'type'],
          params: { count: 3, lines: '1, 2, 3' },
          fixes: [
            {
              label: 'Keep diagnosis 1 as principal; make the others Secondary',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 1, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 2, 'type'], value: 'Secondary' },
              ],
            },
          ],
        },
      ],
      messages: ['3 diagnoses are marked Principal (lines 1, 2, 3); a claim has exactly one.'],
    },
  ],
});
