import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { global25Missing } from './edit';

const ctx = { tables: procedureTables() };
const base = { date: '2025-10-05', table: 'Test indicators v1' };

describeEdit(global25Missing, {
  pass: [
    { name: 'E/M with 25 on the day of a minor procedure', doc: aDoc().activities({ code: '99213', modifiers: ['25'] }, { code: '20610' }).build(), ctx },
    { name: 'E/M with a diagnostic test (global XXX)', doc: aDoc().activities({ code: '99213' }, { code: '93000' }).build(), ctx },
    { name: 'the minor procedure on another day', doc: aDoc().activities({ code: '99213' }, { code: '20610', start: '2025-10-06T09:00' }).build(), ctx },
    { name: 'E/M with 57 beside a major procedure too (GLOBAL-57-MISSING’s ground)', doc: aDoc().activities({ code: '99214', modifiers: ['57'] }, { code: '29881' }, { code: '20610' }).build(), ctx },
  ],
  fail: [
    {
      name: 'an E/M and a joint injection (000 days) without 25: the fix adds 25',
      doc: aDoc().activities({ code: '99214' }, { code: '20610' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { ...base, line: 1, code: '99214', procedureLine: 2, procedureCode: '20610', globalDays: '000', has57: false },
          fixes: [{ label: 'Add modifier 25 to activity 1 (99214)', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['25'] }] }],
        },
      ],
      messages: ['Activity 1 (99214) is an E/M on the day of activity 2 (20610), a minor procedure with 000 global days, without modifier 25: the payer treats the visit as part of the procedure.'],
    },
    {
      name: '57 with only a minor procedure: replaced by 25',
      doc: aDoc().activities({ code: '11720' }, { code: '99213', modifiers: ['57'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'modifiers'],
          params: { ...base, line: 2, code: '99213', procedureLine: 1, procedureCode: '11720', globalDays: '000', has57: true },
          fixes: [{ label: 'Replace 57 with 25 on activity 2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: ['25'] }] }],
        },
      ],
      messages: ['Activity 2 (99213) carries 57 on the day of activity 1 (11720), a minor procedure with 000 global days: 57 is for the decision for major surgery; a separate visit on the day of a minor procedure takes 25.'],
    },
  ],
  notChecked: [{ name: 'no fee-schedule indicators', doc: aDoc().activities({ code: '99214' }, { code: '20610' }).build(), why: 'no fee-schedule (RVU) indicator table is loaded or switched on (import the CMS PFS relative value file or switch on the indicators pack on the Rules page).' }],
});
