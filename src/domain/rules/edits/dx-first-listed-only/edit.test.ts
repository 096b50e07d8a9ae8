import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxFirstListedOnly } from './edit';

const row = (type: string, code: string) => ({ type, code, dxInfo: [], extensions: [] });
const NOTE_Z00 =
  'Encounter for general examination without complaint, suspected or reported diagnosis; Z00.6 (examination for normal comparison and control in clinical research program) is the exception (Official Guidelines I.C.21.c.16).';

describeEdit(dxFirstListedOnly, {
  ctx: starterContext(),
  pass: [
    { name: 'a routine examination first-listed', doc: aDoc().diagnoses('Z00.00', 'I10').build() },
    { name: 'Z00.6 is the exception', doc: aDoc().diagnoses('I10', 'Z00.6').build() },
    { name: 'secondary Z codes that may be secondary', doc: aDoc().diagnoses('E11.9', 'Z79.4', 'Z87.891').build() },
    { name: 'one diagnosis needs no table', ctx: { tables: {} }, doc: aDoc().diagnoses('Z00.00').build() },
  ],
  fail: [
    {
      name: 'a general adult examination reported as secondary',
      doc: aDoc().diagnoses('I10', 'Z00.00').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: { line: 2, code: 'Z00.00 (Encounter for general adult medical examination without abnormal findings)', type: 'Secondary', listed: 'Z00', confidence: 'H' as const, note: NOTE_Z00 },
          fixes: [
            {
              label: 'Make Z00.00 principal',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 1, 'type'], value: 'Principal' },
              ],
            },
          ],
        },
      ],
      messages: ['Diagnosis 2: Z00.00 (Encounter for general adult medical examination without abnormal findings) is reported as Secondary, but Z00 codes may only be the first-listed (principal) diagnosis.'],
    },
    {
      name: 'supervision of a normal pregnancy as secondary (a likely entry)',
      doc: aDoc().diagnoses(row('Principal', 'O21.0'), row('Admitting', 'Z34.00')).build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: {
            line: 2,
            code: 'Z34.00 (Encounter for supervision of normal first pregnancy, unspecified trimester)',
            type: 'Admitting',
            listed: 'Z34',
            confidence: 'M' as const,
            note: 'Encounter for supervision of normal pregnancy (Official Guidelines I.C.21.c.16).',
          },
          fixes: [
            {
              label: 'Make Z34.00 principal',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 1, 'type'], value: 'Principal' },
              ],
            },
          ],
        },
      ],
      messages: [
        'Diagnosis 2: Z34.00 (Encounter for supervision of normal first pregnancy, unspecified trimester) is reported as Admitting, but Z34 codes may only be the first-listed (principal) diagnosis (this entry of the list is likely, from one source).',
      ],
    },
  ],
  notChecked: [
    {
      name: 'a secondary diagnosis and the pack switched off',
      ctx: { tables: { firstListedOnly: undefined } },
      doc: aDoc().diagnoses('I10', 'Z00.00').build(),
      why: 'no first-listed-only codes pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.',
    },
  ],
});
