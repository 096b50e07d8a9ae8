import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import type { Fix } from '@/domain/rules';
import { dxUnspecified } from './edit';

const fix = (line: number, code: string, title: string, links?: { activity: number; value: string[] }[]): Fix => ({
  label: `Use ${code} (${title})`,
  patches: [
    { op: 'set', path: ['claim', 'diagnoses', line, 'code'], value: code },
    ...(links ?? []).map((l) => ({ op: 'set' as const, path: ['claim', 'activities', l.activity, 'diagnosisLinks'], value: l.value })),
  ],
});
const R07: [string, string][] = [
  ['R07.1', 'Chest pain on breathing'],
  ['R07.2', 'Precordial pain'],
  ['R07.81', 'Pleurodynia'],
  ['R07.82', 'Intercostal pain'],
  ['R07.89', 'Other chest pain'],
];
const WITH_ECG = aDoc()
  .diagnoses('R07.9', 'I10')
  .activities({ code: '99214', diagnosisLinks: ['R07.9', 'I10'] }, { code: '93000', diagnosisLinks: ['R07.9'] });

describeEdit(dxUnspecified, {
  ctx: starterContext(),
  pass: [
    { name: 'specific codes', doc: aDoc().diagnoses('R07.2', 'I10', 'S62.001A').build() },
    { name: 'a family default is not unspecified (E11.9)', doc: aDoc().diagnoses('E11.9').build() },
    { name: 'an unspecified code with no more specific sibling (A09)', doc: aDoc().diagnoses('A09').build() },
    { name: 'headings and unknown codes are other edits’', doc: aDoc().diagnoses('R07', 'R45.89').build() },
  ],
  fail: [
    {
      name: 'the Dhamani case: R07.9 with a note documenting precordial pain; R07.2 first and the ECG link carried',
      doc: WITH_ECG.note('46-year-old man with precordial chest pain, pressure-like. No shortness of breath.').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'R07.9 (Chest pain, unspecified)', count: 5, more: 0, mention: 'precordial', mentionCode: 'R07.2 (Precordial pain)' },
          fixes: [R07[1]!, R07[0]!, ...R07.slice(2)].map(([c, t]) =>
            fix(0, c, t, [
              { activity: 0, value: [c, 'I10'] },
              { activity: 1, value: [c] },
            ]),
          ),
        },
      ],
      messages: ["Diagnosis 1: R07.9 (Chest pain, unspecified) is unspecified, and the note mentions 'precordial', which fits R07.2 (Precordial pain); its family has 5 more specific codes."],
    },
    {
      name: 'a negated mention does not count',
      doc: aDoc().diagnoses('I10', 'R07.9').note('Chest pain. Denies pain on breathing.').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: { line: 2, code: 'R07.9 (Chest pain, unspecified)', count: 5, more: 0, mention: '', mentionCode: '' },
          fixes: R07.map(([c, t]) => fix(1, c, t)),
        },
      ],
      messages: ['Diagnosis 2: R07.9 (Chest pain, unspecified) is unspecified; its family has 5 more specific codes: use one if the record documents it.'],
    },
    {
      name: 'an injury code keeps its 7th character; the side in the note comes first',
      doc: aDoc().diagnoses('S62.009A').note('Fall on the outstretched right hand; tender right anatomical snuffbox.').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: {
            line: 1,
            code: 'S62.009A (Unspecified fracture of navicular [scaphoid] bone of unspecified wrist, initial encounter for closed fracture)',
            count: 2,
            more: 0,
            mention: 'right',
            mentionCode: 'S62.001A (Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture)',
          },
          fixes: [
            fix(0, 'S62.001A', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture'),
            fix(0, 'S62.002A', 'Unspecified fracture of navicular [scaphoid] bone of left wrist, initial encounter for closed fracture'),
          ],
        },
      ],
    },
  ],
  notChecked: [
    { name: 'no code set loaded', ctx: { tables: { codeCatalog: undefined } }, doc: aDoc().diagnoses('R07.9').build(), why: 'no code set is loaded yet (the code sets are still loading, or could not be read).' },
  ],
});
