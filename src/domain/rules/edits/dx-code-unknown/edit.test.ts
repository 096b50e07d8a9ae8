import { aDoc } from '@/testing/builders';
import { importedCatalog, starterCatalog } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxCodeUnknown } from './edit';

const imported = { tables: { codeCatalog: importedCatalog() } };
const starter = { tables: { codeCatalog: starterCatalog() } };

describeEdit(dxCodeUnknown, {
  ctx: imported,
  pass: [
    { name: 'codes of the release', doc: aDoc().diagnoses('R07.2', 'I10', 's62.001a').build() },
    { name: 'headers, missing 7th characters and placeholders are other edits’', doc: aDoc().diagnoses('R07', 'S62.001', 'T15.01A', 'S62.001Z').build() },
    { name: 'shapes that are not codes are DX-CODE-FORMAT’s', doc: aDoc().diagnoses('R0.79').build() },
    { name: 'the starter set holds the code', ctx: starter, doc: aDoc().diagnoses('R07.9').build() },
    { name: 'no diagnoses', ctx: { tables: {} }, doc: aDoc().diagnoses().build() },
  ],
  fail: [
    {
      name: 'a code that is not in the imported release',
      doc: aDoc().diagnoses('R07.2', 'R45.89').build(),
      hits: [{ path: ['claim', 'diagnoses', 1, 'code'], params: { line: 2, code: 'R45.89', release: 'ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)', dos: '2025-10-05', elsewhere: '' } }],
      messages: ['Diagnosis 2: R45.89 is not a code in ICD-10-CM FY2026 (2025-10-01 to 2026-09-30), the release in force on 2025-10-05. Check it in the code lookup.'],
    },
    {
      name: 'a code of the previous fiscal year',
      doc: aDoc().diagnoses('U07.1').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'U07.1', release: 'ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)', dos: '2025-10-05', elsewhere: 'ICD-10-CM FY2025 (2024-10-01 to 2025-09-30)' },
        },
      ],
      messages: [
        'Diagnosis 1: U07.1 is not a code in ICD-10-CM FY2026 (2025-10-01 to 2026-09-30), the release in force on 2025-10-05. It is a code in ICD-10-CM FY2025 (2024-10-01 to 2025-09-30): check the date of service, or use the code that replaced it.',
      ],
    },
  ],
  notChecked: [
    {
      name: 'the starter set cannot prove a code does not exist',
      ctx: starter,
      doc: aDoc().diagnoses('S62.025A', 'R07.2', 'M23.229').build(),
      why: 'S62.025A and M23.229 are not in the ICD-10-CM starter set (a few hundred common codes), so whether they are valid codes was not checked: import the CMS ICD-10-CM code file for 2025-10-05 on the Code sets page.',
    },
    {
      name: 'one code missing from the starter set',
      ctx: starter,
      doc: aDoc().diagnoses('M23.229').build(),
      why: 'M23.229 is not in the ICD-10-CM starter set (a few hundred common codes), so whether it is a valid code was not checked: import the CMS ICD-10-CM code file for 2025-10-05 on the Code sets page.',
    },
    {
      name: 'no code set loaded',
      ctx: { tables: { codeCatalog: undefined } },
      doc: aDoc().diagnoses('R07.2').build(),
      why: 'no code set is loaded yet (the code sets are still loading, or could not be read).',
    },
    {
      name: 'no release covers the date of service',
      doc: aDoc().encounter({ start: '2019-05-01T09:00', end: '2019-05-01T09:30' }).diagnoses('R07.2').build(),
      why: 'no ICD-10-CM release covers the date of service 2019-05-01; import the CMS ICD-10-CM file for that fiscal year on the Code sets page.',
    },
    {
      name: 'the encounter start does not read',
      doc: aDoc().encounter({ start: '05/10/2025 09:00' }).diagnoses('R07.2').build(),
      why: 'the encounter start does not read as a date, so the ICD-10-CM release for the date of service is unknown.',
    },
  ],
});

