import type { Activity } from '@/domain/claim';
import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { mod59NothingToBypass } from './edit';

const ctx = { tables: procedureTables() };
const lines = (...rows: Partial<Activity>[]) => aDoc().activities(...rows.map((r) => ({ diagnosisLinks: ['R07.2'], ...r })));

describeEdit(mod59NothingToBypass, {
  pass: [
    { name: '59 bypassing an indicator-1 pair', doc: lines({ code: '45380' }, { code: '45378', modifiers: ['59'] }).build(), ctx },
    { name: 'XS on the column-1 code of a pair (the pair exists)', doc: lines({ code: '45380', modifiers: ['XS'] }, { code: '45378' }).build(), ctx },
    { name: '59 on a repeat of the same code (a second site, or the MUE)', doc: lines({ code: '20610', modifiers: ['RT'] }, { code: '20610', modifiers: ['59'] }).build(), ctx },
    { name: 'no 59 anywhere', doc: lines({ code: '93306' }).build(), ctx },
    { name: '59 on an E/M is MOD-59-ON-EM’s finding', doc: lines({ code: '99213', modifiers: ['59'] }).build(), ctx },
  ],
  fail: [
    {
      name: '59 on a line no edit pairs with the other codes of the day',
      doc: lines({ code: '99213' }, { code: '93306', modifiers: ['59', 'RT'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'modifiers'],
          params: { line: 2, code: '93306', modifiers: '59', date: '2025-10-05', others: '99213' },
          fixes: [{ label: 'Remove 59 from activity 2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: ['RT'] }] }],
        },
      ],
      messages: ['Activity 2 (93306) carries 59, but no NCCI edit pairs 93306 with the other codes of 2025-10-05 (99213): there is nothing for it to bypass.'],
    },
    {
      name: 'XE on the only line of the day',
      doc: lines({ code: '93306', modifiers: ['XE'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '93306', modifiers: 'XE', date: '2025-10-05', others: '' },
          fixes: [{ label: 'Remove XE from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] }] }],
        },
      ],
      messages: ['Activity 1 (93306) carries XE, but no NCCI edit pairs 93306 with another code on 2025-10-05: there is nothing for it to bypass.'],
    },
  ],
  notChecked: [{ name: 'no PTP table', doc: lines({ code: '93306', modifiers: ['59'] }).build(), why: 'no NCCI PTP table is loaded or switched on (import the CMS table or switch on a PTP pack on the Rules page).' }],
});
