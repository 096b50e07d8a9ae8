import { aDoc } from '@/testing/builders';
import { starterContext, starterRuleTables } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxExcludes1 } from './edit';

const PACK = 'Excludes1 pairs (starter) FY2026.1';

describeEdit(dxExcludes1, {
  ctx: starterContext(),
  pass: [
    { name: 'unrelated diagnoses', doc: aDoc().diagnoses('R07.2', 'I10', 'E11.9').build() },
    { name: 'COPD with asthma is an Excludes2 (both may be coded)', doc: aDoc().diagnoses('J44.9', 'J45.909').build() },
    { name: 'type 2 diabetes in pregnancy is coded with E11 (only gestational diabetes is excluded)', doc: aDoc().diagnoses('O24.119', 'E11.9').build() },
    { name: 'the same code twice is not an Excludes1 pair', doc: aDoc().diagnoses('E11.9', 'E11.9').build() },
    { name: 'one diagnosis needs no table', ctx: { tables: {} }, doc: aDoc().diagnoses('E11.9').build() },
  ],
  fail: [
    {
      name: 'type 1 and type 2 diabetes: the category notes apply to the codes below',
      doc: aDoc().diagnoses('E11.65', 'I10', 'E10.9').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 2, 'code'],
          params: { line: 3, code: 'E10.9', otherLine: 1, other: 'E11.65 (Type 2 diabetes mellitus with hyperglycemia)', noteAt: 'E10', note: 'type 2 diabetes mellitus (E11.-)', pack: PACK },
          discriminator: 'with-1',
        },
      ],
      messages: ['Diagnoses 1 and 3: E11.65 (Type 2 diabetes mellitus with hyperglycemia) and E10.9 are not coded together. The tabular\'s Excludes1 note at E10 excludes "type 2 diabetes mellitus (E11.-)", unless the two conditions are unrelated.'],
    },
    {
      name: 'gestational diabetes with type 2 diabetes, and wheezing with asthma',
      doc: aDoc().diagnoses('O24.419', 'E11.9', 'r062', 'J45.909').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: {
            line: 2,
            code: 'E11.9 (Type 2 diabetes mellitus without complications)',
            otherLine: 1,
            other: 'O24.419 (Gestational diabetes mellitus in pregnancy, unspecified control)',
            noteAt: 'E11',
            note: 'gestational diabetes (O24.4-)',
            pack: PACK,
          },
          discriminator: 'with-1',
        },
        {
          path: ['claim', 'diagnoses', 3, 'code'],
          params: { line: 4, code: 'J45.909 (Unspecified asthma, uncomplicated)', otherLine: 3, other: 'R06.2', noteAt: 'J45', note: 'wheezing NOS (R06.2)', pack: PACK },
          discriminator: 'with-3',
        },
      ],
    },
  ],
  notChecked: [
    {
      name: 'two diagnoses and the Excludes1 pack switched off',
      ctx: { tables: { excludes1: undefined } },
      doc: aDoc().diagnoses('E11.9', 'E10.9').build(),
      why: 'no Excludes1 pairs pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.',
    },
    {
      name: 'a date of service before the starter pack',
      // The starter Excludes1 pack starts with FY2026 (2025-10-01): the tables for 2024 have no Excludes1 index.
      ctx: { tables: { excludes1: starterRuleTables('2024-05-01')['excludes1'] } },
      doc: aDoc().encounter({ start: '2024-05-01T09:00', end: '2024-05-01T09:30' }).diagnoses('E11.9', 'E10.9').build(),
      why: 'no Excludes1 pairs pack is in force on 2024-05-01: switch one on, or import one, on the Rules page.',
    },
  ],
});
