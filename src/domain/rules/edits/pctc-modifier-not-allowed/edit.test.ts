import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { pctcModifierNotAllowed } from './edit';

const ctx = { tables: procedureTables() };

describeEdit(pctcModifierNotAllowed, {
  pass: [
    { name: '26 on an indicator-1 test', doc: aDoc().activities({ code: '93306', modifiers: ['26'] }).build(), ctx },
    { name: 'TC on an indicator-1 test', doc: aDoc().activities({ code: '73562', modifiers: ['TC', 'RT'] }).build(), ctx },
    { name: 'the professional-only code without a modifier', doc: aDoc().activities({ code: '93010' }).build(), ctx },
  ],
  fail: [
    {
      name: '26 on the interpretation-only code 93010 (indicator 2)',
      doc: aDoc().activities({ code: '93010', modifiers: ['26'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '93010', modifier: '26', indicator: '2', meaning: 'the professional component alone (the code is already the interpretation)', table: 'Test indicators v1' },
          fixes: [{ label: 'Remove 26 from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
      ],
      messages: ['Activity 1 (93010) carries 26, but 93010 has PC/TC indicator 2: the professional component alone (the code is already the interpretation), so 26 does not apply.'],
    },
    {
      name: 'TC on a visit and 26 on the global-only ECG',
      doc: aDoc().activities({ code: '99213', modifiers: ['TC'] }, { code: '93000', modifiers: ['26'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '99213', modifier: 'TC', indicator: '0', meaning: 'a physician service with no professional/technical split', table: 'Test indicators v1' },
          fixes: [{ label: 'Remove TC from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
        {
          path: ['claim', 'activities', 1, 'modifiers'],
          params: { line: 2, code: '93000', modifier: '26', indicator: '4', meaning: 'a global test only code (a separate code exists for each component)', table: 'Test indicators v1' },
          fixes: [{ label: 'Remove 26 from activity 2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: [] }] }],
        },
      ],
    },
  ],
  notChecked: [{ name: 'no fee-schedule indicators', doc: aDoc().activities({ code: '93010', modifiers: ['26'] }).build(), why: 'no fee-schedule (RVU) indicator table is loaded or switched on (import the CMS PFS relative value file or switch on the indicators pack on the Rules page).' }],
});
