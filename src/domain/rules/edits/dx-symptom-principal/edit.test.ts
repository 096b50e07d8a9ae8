import { aDoc } from '@/testing/builders';
import { starterContext } from '@/testing/code-tables';
import { describeEdit } from '@/testing/describe-edit';
import { dxSymptomPrincipal } from './edit';

const ACS = 'Chest pain is an integral feature of angina pectoris and acute coronary syndromes (I20–I24).';

describeEdit(dxSymptomPrincipal, {
  ctx: starterContext(),
  pass: [
    { name: 'the outpatient sample: precordial pain with hypertension (same body system, not related)', doc: aDoc().diagnoses('R07.2', 'I10').build() },
    { name: 'the definitive diagnosis is principal', doc: aDoc().diagnoses('I21.4', 'R07.9').build() },
    { name: 'a symptom alone', doc: aDoc().diagnoses('R05.9').build() },
    { name: 'throat pain is not chest pain: R07.0 with NSTEMI', doc: aDoc().diagnoses('R07.0', 'I21.4').build() },
    { name: 'no symptom principal needs no table', ctx: { tables: {} }, doc: aDoc().diagnoses('I10').build() },
  ],
  fail: [
    {
      name: 'chest pain as principal with an NSTEMI',
      doc: aDoc().diagnoses('R07.9', 'I10', 'I21.4').build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 0, 'code'],
          params: { line: 1, code: 'R07.9 (Chest pain, unspecified)', definitive: 'I21.4 (Non-ST elevation (NSTEMI) myocardial infarction)', definitiveLine: 3, basis: ACS },
          fixes: [
            {
              label: 'Make I21.4 principal and R07.9 secondary',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 2, 'type'], value: 'Principal' },
              ],
            },
          ],
        },
      ],
      messages: [`Diagnosis 1: R07.9 (Chest pain, unspecified) is a symptom coded as principal, but diagnosis 3, I21.4 (Non-ST elevation (NSTEMI) myocardial infarction), is a related definitive diagnosis. ${ACS}`],
    },
    {
      name: 'cough with pneumonia, no code set loaded (codes without titles)',
      ctx: { tables: { codeCatalog: undefined } },
      doc: aDoc().diagnoses({ type: 'Secondary', code: 'j189', dxInfo: [], extensions: [] }, { type: 'Principal', code: 'r05.9', dxInfo: [], extensions: [] }).build(),
      hits: [
        {
          path: ['claim', 'diagnoses', 1, 'code'],
          params: { line: 2, code: 'R05.9', definitive: 'J18.9', definitiveLine: 1, basis: 'Cough is a routine feature of influenza, pneumonia and acute bronchitis or bronchiolitis.' },
          fixes: [
            {
              label: 'Make J18.9 principal and R05.9 secondary',
              patches: [
                { op: 'set', path: ['claim', 'diagnoses', 1, 'type'], value: 'Secondary' },
                { op: 'set', path: ['claim', 'diagnoses', 0, 'type'], value: 'Principal' },
              ],
            },
          ],
        },
      ],
    },
  ],
  notChecked: [
    {
      name: 'a symptom principal with no relations pack in force',
      ctx: { tables: { symptomDefinitive: undefined } },
      doc: aDoc().diagnoses('R07.9', 'I21.4').build(),
      why: 'no symptom–diagnosis relations pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.',
    },
  ],
});
