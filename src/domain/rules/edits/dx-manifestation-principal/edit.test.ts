import { aDoc } from '@/testing/builders';
import { importedCatalog, starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxManifestationPrincipal } from './edit';

const PACK = 'MCE age, sex and manifestation lists (starter) 37.1';
const MCE = 'on the MCE manifestation list';

describeEdit(dxManifestationPrincipal, {
  ctx: starterContext(),
  pass: [
    { name: 'etiology first, manifestation second', doc: aDoc().diagnoses('E11.40', 'G63').build() },
    { name: 'Alzheimer’s first, dementia in other diseases second', doc: aDoc().diagnoses('G30.9', 'F02.80').build() },
    { name: 'no principal and several diagnoses is DX-PRINCIPAL-COUNT’s', ctx: { tables: {} }, doc: aDoc().diagnoses({ type: 'Secondary', code: 'G63', dxInfo: [], extensions: [] }, { type: 'Secondary', code: 'E11.40', dxInfo: [], extensions: [] }).build() },
  ],
  fail: [
    {
      name: 'polyneuropathy in diseases classified elsewhere as principal',
      doc: aDoc().diagnoses('G63', 'E11.40', 'W19.XXXA').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'G63 (Polyneuropathy in diseases classified elsewhere)', alone: false, basis: MCE, pack: PACK },
          fixes: [
            {
              label: 'Make E11.40 principal and G63 secondary',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 1, 'type'], value: 'Principal' },
              ],
            },
          ],
        },
      ],
      messages: [`Diagnosis 1: G63 (Polyneuropathy in diseases classified elsewhere) is a manifestation code (${MCE}) and cannot be the principal diagnosis; make the underlying condition principal.`],
    },
    {
      name: 'dementia in other diseases alone, typed without its dot',
      doc: aDoc().diagnoses('F0281').build(),
      hits: [{ path: ['claim', 'diagnoses', 0, 'code'], params: { line: 1, code: 'F02.81 (Dementia in other diseases classified elsewhere with behavioral disturbance)', alone: true, basis: MCE, pack: PACK }, fixes: [] }],
      messages: [`Diagnosis 1: F02.81 (Dementia in other diseases classified elsewhere with behavioral disturbance) is a manifestation code (${MCE}) and the only diagnosis; code the underlying condition first, then F02.81.`],
    },
    {
      name: 'a code titled "in diseases classified elsewhere" that the MCE pack in force does not list',
      ctx: { tables: { codeCatalog: importedCatalog([{ code: 'G992', display: 'G99.2', shortTitle: 'Myelopathy in diseases classd elswhr', longTitle: 'Myelopathy in diseases classified elsewhere', billable: true, kind: 'code' }]) } },
      doc: aDoc().diagnoses('G99.2', 'E11.9').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'G99.2 (Myelopathy in diseases classified elsewhere)', alone: false, basis: 'titled "in diseases classified elsewhere"', pack: PACK },
          fixes: [
            {
              label: 'Make E11.9 principal and G99.2 secondary',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 1, 'type'], value: 'Principal' },
              ],
            },
          ],
        },
      ],
    },
  ],
  notChecked: [
    {
      name: 'no MCE pack in force',
      ctx: { tables: { mce: undefined } },
      doc: aDoc().diagnoses('G63', 'E11.40').build(),
      why: 'no MCE lists pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.',
    },
  ],
});
