import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { bilatSideConflict } from './edit';

const ctx = { tables: procedureTables() };
const base = { date: '2025-10-05', line50: 0 };

describeEdit(bilatSideConflict, {
  pass: [
    { name: 'one 50 line', doc: aDoc().activities({ code: '20610', modifiers: ['50'] }).build(), ctx },
    { name: 'RT and LT on two lines', doc: aDoc().activities({ code: '73562', modifiers: ['RT'] }, { code: '73562', modifiers: ['LT'] }).build(), ctx },
    { name: 'a 50 line and the same code on another date', doc: aDoc().activities({ code: '20610', modifiers: ['50'] }, { code: '20610', modifiers: ['RT'], start: '2025-11-05T09:00' }).build() },
  ],
  fail: [
    {
      name: '50 with a side on one line',
      doc: aDoc().activities({ code: '20610', modifiers: ['50', 'RT'] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { ...base, line: 1, code: '20610', sides: 'RT', problem: 'side-on-50' as const },
          fixes: [{ label: 'Remove RT from activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['50'] }] }],
        },
      ],
      messages: ['Activity 1 (20610) carries 50 and RT: 50 already means both sides, so a side modifier contradicts it.'],
    },
    {
      name: 'RT and LT on one line of an indicator-1 code: replaced by 50',
      doc: aDoc().activities({ code: '20610', modifiers: ['RT', 'LT'], quantity: '2' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { ...base, line: 1, code: '20610', sides: 'RT and LT', problem: 'both-sides' as const },
          fixes: [
            {
              label: 'Replace RT and LT with 50 on activity 1 (quantity 1)',
              patches: [
                { op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['50'] },
                { op: 'set', path: ['claim', 'activities', 0, 'quantity'], value: '1' },
              ],
            },
          ],
        },
      ],
      messages: ['Activity 1 (20610) carries both RT and LT on one line: bill one line with 50 (bilateral indicator 1) or one line per side (indicator 3).'],
    },
    {
      name: 'RT and LT on one line without indicators: no fix is guessed',
      doc: aDoc().activities({ code: '73562', modifiers: ['RT', 'LT'] }).build(),
      hits: [{ path: ['claim', 'activities', 0, 'modifiers'], params: { ...base, line: 1, code: '73562', sides: 'RT and LT', problem: 'both-sides' as const } }],
    },
    {
      name: 'a side line beside a 50 line bills the side twice',
      doc: aDoc().activities({ code: '20610', modifiers: ['LT'] }, { code: '20610', modifiers: ['50'] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 0, 'code'],
          params: { ...base, line: 1, code: '20610', sides: 'LT', problem: 'beside-50' as const, line50: 2 },
          fixes: [{ label: 'Remove activity 1 (both sides are on activity 2)', patches: [{ op: 'remove', path: ['claim', 'activities', 0] }] }],
        },
      ],
      messages: ['Activity 1 bills 20610 again on 2025-10-05 beside activity 2, which already has 50 (both sides): the side is billed twice.'],
    },
  ],
});
