import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { dxCodeFormat } from './edit';

describeEdit(dxCodeFormat, {
  pass: [
    { name: 'canonical codes', doc: aDoc().diagnoses('R07.2', 'S62.024A', 'I10').build() },
    { name: 'no dot and lower case still read (DX-CODE-DISPLAY offers the canonical form)', doc: aDoc().diagnoses('r079', 'e11.9').build() },
    { name: 'an empty code is the completeness edits’ business', doc: aDoc().diagnoses('R07.2', '').build() },
  ],
  fail: [
    {
      name: 'a dot in the wrong place and words instead of a code',
      doc: aDoc().diagnoses('R0.79', 'I10', 'chest pain').build(),
      hits: [
        { path: ['claim', 'diagnoses', 0, 'code'], params: { line: 1, typed: 'R0.79', problem: 'The dot in an ICD-10-CM code goes after the third character (like R07.9), found "R0.79".' } },
        {
          path: ['claim', 'diagnoses', 2, 'code'],
          params: { line: 3, typed: 'chest pain', problem: 'Expected an ICD-10-CM code such as R07.9 (a letter, a digit, a letter or digit, then up to 4 more), found "chest pain".' },
        },
      ],
      messages: [
        'Diagnosis 1: "R0.79" cannot be an ICD-10-CM code. The dot in an ICD-10-CM code goes after the third character (like R07.9), found "R0.79".',
        'Diagnosis 3: "chest pain" cannot be an ICD-10-CM code. Expected an ICD-10-CM code such as R07.9 (a letter, a digit, a letter or digit, then up to 4 more), found "chest pain".',
      ],
    },
    {
      name: 'a CPT code in the diagnosis field',
      doc: aDoc().diagnoses('99213').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, typed: '99213', problem: 'Expected an ICD-10-CM code such as R07.9 (a letter, a digit, a letter or digit, then up to 4 more), found "99213".' },
        },
      ],
    },
  ],
});
