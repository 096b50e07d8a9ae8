import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxSexConflict } from './edit';

const PACK = 'MCE age, sex and manifestation lists (starter) 37.1';

describeEdit(dxSexConflict, {
  ctx: starterContext(),
  pass: [
    { name: 'no listed codes', doc: aDoc().diagnoses('R07.2', 'I10').build() },
    { name: 'a delivery for a female patient', doc: aDoc().patient({ sex: 'F' }).diagnoses('O80', 'Z37.0').build() },
    { name: 'prostate hyperplasia for a male patient, sex in lower case', doc: aDoc().patient({ sex: 'm' }).diagnoses('N40.1').build() },
    { name: 'no listed codes needs no sex', doc: aDoc().patient({ sex: '' }).diagnoses('I10').build() },
  ],
  fail: [
    {
      name: 'a male patient with a pregnancy code',
      doc: aDoc().patient({ sex: 'M' }).diagnoses('R07.2', 'O24.419').build(),
      hits: [{ path: ['claim', 'diagnoses', 1, 'code'], params: { line: 2, code: 'O24.419 (Gestational diabetes mellitus in pregnancy, unspecified control)', list: 'female-only', sex: 'male', pack: PACK } }],
      messages: ['Diagnosis 2: O24.419 (Gestational diabetes mellitus in pregnancy, unspecified control) is on the MCE female-only list, but the patient is male.'],
    },
    {
      name: 'a female patient with a prostate code',
      doc: aDoc().patient({ sex: 'F' }).diagnoses('N40.0').build(),
      hits: [{ path: ['claim', 'diagnoses', 0, 'code'], params: { line: 1, code: 'N40.0 (Benign prostatic hyperplasia without lower urinary tract symptoms)', list: 'male-only', sex: 'female', pack: PACK } }],
    },
  ],
  notChecked: [
    { name: 'sex not given', doc: aDoc().patient({ sex: '' }).diagnoses('O80', 'N40.0').build(), why: "the patient's sex is not given, so the sex limits of O80 (female-only), N40.0 (male-only) were not checked." },
    { name: 'sex unknown', doc: aDoc().patient({ sex: 'U' }).diagnoses('O80').build(), why: "the patient's sex is recorded as U (not F or M), so the sex limits of O80 (female-only) were not checked." },
    { name: 'no MCE pack in force', ctx: { tables: { mce: undefined } }, doc: aDoc().diagnoses('O80').build(), why: 'no MCE lists pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.' },
  ],
});
