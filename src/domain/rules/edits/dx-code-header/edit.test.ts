import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import type { Fix } from '@/domain/rules';
import { dxCodeHeader } from './edit';

const use = (line: number, code: string, title: string, links: string[] | null = null): Fix => ({
  label: `Use ${code} (${title})`,
  patches: [
    { op: 'set', path: ['claim', 'diagnoses', line, 'code'], value: code },
    ...(links ? [{ op: 'set' as const, path: ['claim', 'activities', 0, 'diagnosisLinks'], value: links }] : []),
  ],
});
const R07_CHILDREN: [string, string][] = [
  ['R07.0', 'Pain in throat'],
  ['R07.1', 'Chest pain on breathing'],
  ['R07.2', 'Precordial pain'],
  ['R07.9', 'Chest pain, unspecified'],
  ['R07.81', 'Pleurodynia'],
  ['R07.82', 'Intercostal pain'],
  ['R07.89', 'Other chest pain'],
];
const STARTER = 'ICD-10-CM starter set';

describeEdit(dxCodeHeader, {
  ctx: starterContext(),
  pass: [
    { name: 'billable codes', doc: aDoc().diagnoses('R07.2', 'E11.9', 'I10').build() },
    { name: 'a heading whose codes need a 7th character is DX-SEVENTH-CHARACTER’s', doc: aDoc().diagnoses('S62.001', 'W19').build() },
    { name: 'an unknown code is DX-CODE-UNKNOWN’s', doc: aDoc().diagnoses('R45.89').build() },
  ],
  fail: [
    {
      name: 'R07 with the links carried; no note',
      doc: aDoc().diagnoses('R07').activity(0, { diagnosisLinks: ['R07'] }).note('').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'R07 (Pain in throat and chest)', release: STARTER, count: 7, more: 0, mention: '', mentionCode: '' },
          fixes: R07_CHILDREN.map(([c, t]) => use(0, c, t, [c])),
        },
      ],
      messages: ['Diagnosis 1: R07 (Pain in throat and chest) is a heading in ICD-10-CM starter set, not a billable code; report one of its 7 billable codes.'],
    },
    {
      name: 'R07 with a note documenting precordial pain: R07.2 first',
      doc: aDoc().diagnoses('R07.2', 'r07').note('Two days of precordial pain on exertion. No pain on breathing.').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: { line: 2, code: 'R07 (Pain in throat and chest)', release: STARTER, count: 7, more: 0, mention: 'precordial', mentionCode: 'R07.2' },
          fixes: [R07_CHILDREN[2]!, ...R07_CHILDREN.filter((_, i) => i !== 2)].map(([c, t]) => use(1, c, t)),
        },
      ],
      messages: ["Diagnosis 2: R07 (Pain in throat and chest) is a heading in ICD-10-CM starter set, not a billable code; report one of its 7 billable codes (the note mentions 'precordial', which fits R07.2)."],
    },
    {
      name: 'E11: eight offered, the rest counted',
      doc: aDoc().diagnoses('E11').note('').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'E11 (Type 2 diabetes mellitus)', release: STARTER, count: 86, more: 78, mention: '', mentionCode: '' },
          fixes: [
            use(0, 'E11.8', 'Type 2 diabetes mellitus with unspecified complications'),
            use(0, 'E11.9', 'Type 2 diabetes mellitus without complications'),
            use(0, 'E11.00', 'Type 2 diabetes mellitus with hyperosmolarity without nonketotic hyperglycemic-hyperosmolar coma (NKHHC)'),
            use(0, 'E11.01', 'Type 2 diabetes mellitus with hyperosmolarity with coma'),
            use(0, 'E11.10', 'Type 2 diabetes mellitus with ketoacidosis without coma'),
            use(0, 'E11.11', 'Type 2 diabetes mellitus with ketoacidosis with coma'),
            use(0, 'E11.21', 'Type 2 diabetes mellitus with diabetic nephropathy'),
            use(0, 'E11.22', 'Type 2 diabetes mellitus with diabetic chronic kidney disease'),
          ],
        },
      ],
      messages: ['Diagnosis 1: E11 (Type 2 diabetes mellitus) is a heading in ICD-10-CM starter set, not a billable code; report one of its 86 billable codes; 78 more not shown.'],
    },
  ],
  notChecked: [
    {
      name: 'no code set loaded',
      ctx: { tables: { codeCatalog: undefined } },
      doc: aDoc().diagnoses('R07').build(),
      why: 'no code set is loaded yet (the code sets are still loading, or could not be read).',
    },
  ],
});
