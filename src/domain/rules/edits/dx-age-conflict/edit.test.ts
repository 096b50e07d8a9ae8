import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxAgeConflict } from './edit';

const PACK = 'MCE age, sex and manifestation lists (starter) 37.1';

describeEdit(dxAgeConflict, {
  ctx: starterContext(),
  pass: [
    { name: 'no listed codes', doc: aDoc().diagnoses('R07.2', 'I10').build() },
    { name: 'a pregnancy code at 28', doc: aDoc().patient({ sex: 'F', dateOfBirth: '1997-08-02' }).diagnoses('O80', 'Z3A.39').build() },
    { name: 'a child health examination on the day before the 18th birthday', doc: aDoc().patient({ dateOfBirth: '2007-10-06' }).diagnoses('Z00.129').build() },
    { name: 'a newborn examination at 20 days', doc: aDoc().patient({ dateOfBirth: '2025-09-15' }).diagnoses('Z00.111').build() },
    { name: 'no listed codes needs no date of birth', doc: aDoc().patient({ dateOfBirth: '' }).diagnoses('I10').build() },
    { name: 'a birth date after the date of service is DOB-AFTER-DOS’s', doc: aDoc().patient({ dateOfBirth: '2026-01-01' }).diagnoses('Z00.129').build() },
  ],
  fail: [
    {
      name: 'a child health examination for a 46-year-old, and an adult code for a 46-year-old is fine',
      doc: aDoc().diagnoses('Z00.129', 'N40.0').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'Z00.129 (Encounter for routine child health examination without abnormal findings)', list: 'pediatric', ages: 'ages 0–17', age: 45, dos: '2025-10-05', pack: PACK },
          discriminator: 'pediatric',
        },
      ],
      messages: ['Diagnosis 1: Z00.129 (Encounter for routine child health examination without abnormal findings) is on the MCE pediatric list (ages 0–17), but the patient is 45 on 2025-10-05.'],
    },
    {
      name: 'an 8-year-old with a pregnancy code and a prostate code',
      doc: aDoc().patient({ dateOfBirth: '2017-03-01', sex: 'F' }).diagnoses('O80', 'N40.1').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'O80 (Encounter for full-term uncomplicated delivery)', list: 'maternity', ages: 'ages 9–64', age: 8, dos: '2025-10-05', pack: PACK },
          discriminator: 'maternity',
        },
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: { line: 2, code: 'N40.1 (Benign prostatic hyperplasia with lower urinary tract symptoms)', list: 'adult', ages: 'ages 15–124', age: 8, dos: '2025-10-05', pack: PACK },
          discriminator: 'adult',
        },
      ],
    },
    {
      name: 'a newborn examination at one year, no code set (the MCE title is used)',
      ctx: { tables: { codeCatalog: undefined } },
      doc: aDoc().patient({ dateOfBirth: '2024-10-05' }).diagnoses('Z00.110').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'Z00.110 (Health examination for newborn under 8 days old)', list: 'newborn', ages: 'age 0', age: 1, dos: '2025-10-05', pack: PACK },
          discriminator: 'newborn',
        },
      ],
    },
  ],
  notChecked: [
    {
      name: 'no date of birth',
      doc: aDoc().patient({ dateOfBirth: '' }).diagnoses('O80', 'I10').build(),
      why: "the patient's date of birth is not given, so the age limits of O80 (maternity, ages 9–64) were not checked.",
    },
    { name: 'no MCE pack in force', ctx: { tables: { mce: undefined } }, doc: aDoc().diagnoses('I10').build(), why: 'no MCE lists pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.' },
  ],
});
