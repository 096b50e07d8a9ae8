import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables, TEST_LINKAGE_PACK } from '@/testing/procedure-fixtures';
import { DENIALS } from '../../sources';
import { actDxNotSupported } from './edit';

const tables = procedureTables();
const echo = (links: string[]) => aDoc().diagnoses('Z00.00', 'R07.2', 'I10').activities({ code: '99213', diagnosisLinks: ['Z00.00'] }, { code: '93306', diagnosisLinks: links });
const echoRule = { section: 'linkage pack “Test linkage” v1, row 1: Transthoracic echocardiography', document: 'Test AUC for echocardiography' };

// Every case names its tables (the "no pack" case needs none).
const ctx = { tables };

describeEdit(actDxNotSupported, {
  pass: [
    { name: 'echo linked to the documented chest pain', doc: echo(['R07.2']).build(), ctx },
    { name: 'one supporting link is enough beside a routine-exam link', doc: echo(['Z00.00', 'R07.2']).build(), ctx },
    { name: 'a code no pack covers is not judged', doc: aDoc().activities({ code: '99214', diagnosisLinks: ['Z00.00'] }).build(), ctx },
    { name: 'a line with no link is left to ACT-NO-DIAGNOSIS-LINK', doc: echo([]).build(), ctx },
    { name: 'a deny-list row accepts any diagnosis not listed', doc: aDoc().diagnoses('D50.9').activities({ code: '85025', diagnosisLinks: ['D50.9'] }).build(), ctx },
    {
      name: 'only packs in force on the line’s date count (an expired version that rejected is ignored)',
      doc: echo(['R07.2']).build(),
      ctx: { tables: procedureTables([{ ...TEST_LINKAGE_PACK, id: 'old', effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31', entries: [{ ...TEST_LINKAGE_PACK.entries[0]!, supports: ['I50'] }] }, TEST_LINKAGE_PACK]) },
    },
  ],
  fail: [
    {
      name: 'the article’s echocardiogram billed against a routine check, with the documented symptom on the claim',
      doc: echo(['Z00.00']).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'diagnosisLinks'],
          params: {
            line: 2,
            code: '93306',
            family: 'Transthoracic echocardiography',
            linked: 'Z00.00',
            notSupportingLinked: 'Z00.00',
            candidates: 'R07.2',
            supportedBy: 'I50, R01, R07',
            notSupportedBy: 'Z00.0, Z09',
            pack: 'Test linkage v1',
            entrySource: 'Test AUC for echocardiography',
            note: 'Link the documented symptom.',
          },
          discriminator: 'test-linkage.0',
          source: echoRule,
          denialCode: DENIALS['MNEC-004'],
          fixes: [{ label: 'Link R07.2 to activity 2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'diagnosisLinks'], value: ['R07.2', 'Z00.00'] }] }],
        },
      ],
      messages: ['Activity 2 (93306, transthoracic echocardiography) is linked only to Z00.00, which does not support it; R07.2 on the claim does.'],
    },
    {
      name: 'a follow-up examination (Z09) and hypertension, no symptom on the claim: no fix is invented',
      doc: aDoc().diagnoses('Z09', 'I10').activities({ code: '93307', diagnosisLinks: ['Z09', 'I10'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'diagnosisLinks'],
          params: {
            line: 1,
            code: '93307',
            family: 'Transthoracic echocardiography',
            linked: 'Z09, I10',
            notSupportingLinked: 'Z09',
            candidates: '',
            supportedBy: 'I50, R01, R07',
            notSupportedBy: 'Z00.0, Z09',
            pack: 'Test linkage v1',
            entrySource: 'Test AUC for echocardiography',
            note: 'Link the documented symptom.',
          },
          discriminator: 'test-linkage.0',
          source: echoRule,
          denialCode: DENIALS['MNEC-004'],
        },
      ],
      messages: ['Activity 1 (93307, transthoracic echocardiography) is linked only to Z09, I10, which does not support it, and no other diagnosis on the claim does.'],
    },
    {
      name: 'arthroscopy for knee osteoarthritis alone predicts the row’s own denial (MNEC-003); the tear on the claim is offered',
      doc: aDoc().diagnoses('M17.11', 'M23.221').activities({ code: '29881', modifiers: ['RT'], diagnosisLinks: ['M17.11'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'diagnosisLinks'],
          params: {
            line: 1,
            code: '29881',
            family: 'Knee arthroscopy',
            linked: 'M17.11',
            notSupportingLinked: 'M17.11',
            candidates: 'M23.221',
            supportedBy: 'M23.2, S83.2',
            notSupportedBy: 'M17',
            pack: 'Test linkage v1',
            entrySource: 'Test NCD 150.9',
            note: '',
          },
          discriminator: 'test-linkage.1',
          source: { document: 'Test NCD 150.9', section: 'linkage pack “Test linkage” v1, row 2: Knee arthroscopy' },
          denialCode: DENIALS['MNEC-003'],
          fixes: [{ label: 'Link M23.221 to activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'diagnosisLinks'], value: ['M23.221', 'M17.11'] }] }],
        },
      ],
    },
    {
      name: 'a diagnosis on neither list',
      doc: aDoc().diagnoses('M54.50', 'R01.1').activities({ code: '93308', diagnosisLinks: ['M54.50'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'diagnosisLinks'],
          params: {
            line: 1,
            code: '93308',
            family: 'Transthoracic echocardiography',
            linked: 'M54.50',
            notSupportingLinked: '',
            candidates: 'R01.1',
            supportedBy: 'I50, R01, R07',
            notSupportedBy: 'Z00.0, Z09',
            pack: 'Test linkage v1',
            entrySource: 'Test AUC for echocardiography',
            note: 'Link the documented symptom.',
          },
          discriminator: 'test-linkage.0',
          source: echoRule,
          denialCode: DENIALS['MNEC-004'],
          fixes: [{ label: 'Link R01.1 to activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'diagnosisLinks'], value: ['R01.1', 'M54.50'] }] }],
        },
      ],
      messages: ['Activity 1 (93308, transthoracic echocardiography) is linked to M54.50, which is not among the diagnoses that support it; R01.1 on the claim does.'],
    },
  ],
  notChecked: [
    { name: 'no linkage pack is switched on', doc: echo(['Z00.00']).build(), why: 'no CPT–diagnosis linkage pack is switched on (see Rules, rule packs).' },
    {
      name: 'no linkage pack in force on the date of service',
      doc: echo(['Z00.00']).encounter({ start: '2023-03-01T09:00', end: '2023-03-01T09:30' }).activity(0, { start: '' }).activity(1, { start: '' }).build(),
      ctx,
      why: 'no CPT–diagnosis linkage pack is in force on 2023-03-01.',
    },
  ],
});
