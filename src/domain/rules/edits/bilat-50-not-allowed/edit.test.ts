import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { bilat50NotAllowed } from './edit';

const ctx = { tables: procedureTables() };

describeEdit(bilat50NotAllowed, {
  pass: [
    { name: 'indicator 1 with 50', doc: aDoc().activities({ code: '20610', modifiers: ['50'] }).build(), ctx },
    { name: 'indicator 3 with 50', doc: aDoc().activities({ code: '73562', modifiers: ['50'] }).build(), ctx },
    { name: 'a code not in the indicators', doc: aDoc().activities({ code: '27447', modifiers: ['50'] }).build(), ctx },
  ],
  fail: [
    {
      name: 'indicator 2: the code already covers both sides',
      doc: aDoc().activities({ code: '69210', modifiers: ['50'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '69210', indicator: '2', meaning: 'the code already describes both sides (or either side) and is paid once', table: 'Test indicators v1' },
          fixes: [{ label: 'Remove 50 from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
      ],
      messages: ['Activity 1 (69210) carries modifier 50, but 69210 has bilateral indicator 2: the code already describes both sides (or either side) and is paid once.'],
    },
    {
      name: 'indicator 0 and indicator 9',
      doc: aDoc().activities({ code: '11720', modifiers: ['50'] }, { code: '80061', modifiers: ['50', '91'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '11720', indicator: '0', meaning: 'bilateral reporting does not apply (the procedure cannot be bilateral, or another code describes the bilateral procedure)', table: 'Test indicators v1' },
          fixes: [{ label: 'Remove 50 from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
        {
          path: ['claim', 'activities', 1, 'modifiers'],
          params: { line: 2, code: '80061', indicator: '9', meaning: 'the bilateral concept does not apply', table: 'Test indicators v1' },
          fixes: [{ label: 'Remove 50 from activity 2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: ['91'] }] }],
        },
      ],
    },
  ],
  notChecked: [{ name: 'no fee-schedule indicators', doc: aDoc().activities({ code: '69210', modifiers: ['50'] }).build(), why: 'no fee-schedule (RVU) indicator table is loaded or switched on (import the CMS PFS relative value file or switch on the indicators pack on the Rules page).' }],
});
