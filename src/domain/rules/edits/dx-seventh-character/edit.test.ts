import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import type { Fix } from '@/domain/rules';
import { dxSeventhCharacter } from './edit';

const STARTER = 'ICD-10-CM starter set';
const TITLE = 'Unspecified fracture of navicular [scaphoid] bone of right wrist';
const S62001: [string, string][] = [
  ['A', 'initial encounter for closed fracture'],
  ['D', 'subsequent encounter for fracture with routine healing'],
  ['S', 'sequela'],
  ['B', 'initial encounter for open fracture'],
  ['G', 'subsequent encounter for fracture with delayed healing'],
  ['K', 'subsequent encounter for fracture with nonunion'],
  ['P', 'subsequent encounter for fracture with malunion'],
];
const use = (line: number, code: string, title: string, links?: string[]): Fix => ({
  label: `Use ${code} (${title})`,
  patches: [
    { op: 'set', path: ['claim', 'diagnoses', line, 'code'], value: code },
    ...(links ? [{ op: 'set' as const, path: ['claim', 'activities', 0, 'diagnosisLinks'], value: links }] : []),
  ],
});

describeEdit(dxSeventhCharacter, {
  ctx: starterContext(),
  pass: [
    { name: 'complete injury and external-cause codes', doc: aDoc().diagnoses('S62.001A', 'W19.XXXA', 'T15.01XA').build() },
    { name: 'codes without 7th characters', doc: aDoc().diagnoses('R07.2', 'E11.3211').build() },
    { name: 'a plain heading is DX-CODE-HEADER’s', doc: aDoc().diagnoses('R07').build() },
  ],
  fail: [
    {
      name: 'S62.001 without its 7th character, links carried',
      doc: aDoc().diagnoses('S62.001').activity(0, { diagnosisLinks: ['S62.001'] }).build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'S62.001', release: STARTER, problem: 'missing' as const, stem: 'S62.001', characters: 'A, D, S, B, G, K or P', suggestion: '', more: 0 },
          fixes: S62001.map(([c, t]) => use(0, `S62.001${c}`, `${TITLE}, ${t}`, [`S62.001${c}`])),
        },
      ],
      messages: ['Diagnosis 1: S62.001 is incomplete: its codes take a 7th character (A, D, S, B, G, K or P) after S62.001.'],
    },
    {
      name: 'W19 needs placeholders and a 7th character',
      doc: aDoc().diagnoses('S62.001A', 'W19').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: { line: 2, code: 'W19', release: STARTER, problem: 'missing' as const, stem: 'W19.XXX', characters: 'A', suggestion: '', more: 0 },
          fixes: [use(1, 'W19.XXXA', 'Unspecified fall, initial encounter')],
        },
      ],
      messages: ['Diagnosis 2: W19 is incomplete: its codes take a 7th character (A) after W19.XXX.'],
    },
    {
      name: 'T15.01A without the placeholder X',
      doc: aDoc().diagnoses('t1501a').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'T15.01A', release: STARTER, problem: 'placeholder' as const, stem: '', characters: '', suggestion: 'T15.01XA', more: 0 },
          fixes: [use(0, 'T15.01XA', 'Foreign body in cornea, right eye, initial encounter')],
        },
      ],
      messages: ['Diagnosis 1: T15.01A lacks the placeholder X: the 7th character must sit in the 7th position, which makes it T15.01XA.'],
    },
    {
      name: 'a 7th character the stem does not take',
      doc: aDoc().diagnoses('S62.001Z').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'S62.001Z', release: STARTER, problem: 'invalid' as const, stem: 'S62.001', characters: 'A, D, S, B, G, K or P', suggestion: '', more: 0 },
          fixes: S62001.map(([c, t]) => use(0, `S62.001${c}`, `${TITLE}, ${t}`)),
        },
      ],
      messages: ['Diagnosis 1: S62.001Z ends in a 7th character that S62.001 does not take; valid: A, D, S, B, G, K or P.'],
    },
  ],
  notChecked: [
    { name: 'no code set loaded', ctx: { tables: { codeCatalog: undefined } }, doc: aDoc().diagnoses('S62.001').build(), why: 'no code set is loaded yet (the code sets are still loading, or could not be read).' },
  ],
});
