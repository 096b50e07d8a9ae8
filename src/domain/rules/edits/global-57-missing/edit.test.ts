import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { global57Missing } from './edit';

const ctx = { tables: procedureTables() };

describeEdit(global57Missing, {
  pass: [
    { name: 'the decision-for-surgery visit with 57 the day before', doc: aDoc().activities({ code: '99214', modifiers: ['57'], start: '2025-10-04T16:00' }, { code: '29881' }).build(), ctx },
    { name: 'a visit two days before', doc: aDoc().activities({ code: '99214', start: '2025-10-03T16:00' }, { code: '29881' }).build(), ctx },
    { name: 'a visit with a minor procedure only', doc: aDoc().activities({ code: '99214', modifiers: ['25'] }, { code: '20610' }).build(), ctx },
  ],
  fail: [
    {
      name: 'a visit the day before the arthroscopy, without 57',
      doc: aDoc().activities({ code: '99214', start: '2025-10-04T16:00' }, { code: '29881', modifiers: ['RT'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '99214', date: '2025-10-04', when: 'day before' as const, procedureLine: 2, procedureCode: '29881', has25: false, table: 'Test indicators v1' },
          fixes: [{ label: 'Add modifier 57 to activity 1 (99214)', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['57'] }] }],
        },
      ],
      messages: ['Activity 1 (99214) is an E/M the day before activity 2 (29881), a major procedure with 90 global days, without modifier 57: unless this visit made the decision for surgery (then 57), it is part of the surgery\'s payment.'],
    },
    {
      name: 'same day with 25 instead of 57',
      doc: aDoc().activities({ code: '29881' }, { code: '99213', modifiers: ['25'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'modifiers'],
          params: { line: 2, code: '99213', date: '2025-10-05', when: 'same day' as const, procedureLine: 1, procedureCode: '29881', has25: true, table: 'Test indicators v1' },
          fixes: [{ label: 'Replace 25 with 57 on activity 2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: ['57'] }] }],
        },
      ],
    },
  ],
  notChecked: [{ name: 'no fee-schedule indicators', doc: aDoc().activities({ code: '99214' }, { code: '29881' }).build(), why: 'no fee-schedule (RVU) indicator table is loaded or switched on (import the CMS PFS relative value file or switch on the indicators pack on the Rules page).' }],
});
