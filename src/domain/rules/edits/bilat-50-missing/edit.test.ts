import type { Activity } from '@/domain/claim';
import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { bilat50Missing } from './edit';

const ctx = { tables: procedureTables() };
const lines = (...rows: Partial<Activity>[]) => aDoc().diagnoses('M17.0', 'M25.561', 'M25.562').activities(...rows);

describeEdit(bilat50Missing, {
  pass: [
    { name: 'one line with 50 and one unit', doc: lines({ code: '20610', modifiers: ['50'], diagnosisLinks: ['M17.0'] }).build(), ctx },
    { name: 'one side only', doc: lines({ code: '20610', modifiers: ['RT'], diagnosisLinks: ['M17.0'] }).build(), ctx },
    { name: 'indicator 3 codes take RT and LT lines', doc: lines({ code: '73562', modifiers: ['RT'] }, { code: '73562', modifiers: ['LT'] }).build(), ctx },
    { name: 'RT and LT on different dates', doc: lines({ code: '20610', modifiers: ['RT'] }, { code: '20610', modifiers: ['LT'], start: '2025-10-20T09:00' }).build(), ctx },
    { name: 'a code not in the indicators', doc: lines({ code: '27447', modifiers: ['RT'] }, { code: '27447', modifiers: ['LT'] }).build(), ctx },
  ],
  fail: [
    {
      name: 'the article’s missing 50: both knees injected, billed as RT and LT lines; the fix merges them, keeping both links and the amounts',
      doc: lines(
        { code: '99213', diagnosisLinks: ['M17.0'], net: '200.00' },
        { code: '20610', modifiers: ['RT'], diagnosisLinks: ['M25.561', 'M17.0'], net: '300.00' },
        { code: '20610', modifiers: ['LT'], diagnosisLinks: ['M25.562', 'M17.0'], net: '300.00' },
      ).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'modifiers'],
          params: { line: 2, otherLine: 3, code: '20610', date: '2025-10-05', how: 'sides' as const, units: '', table: 'Test indicators v1' },
          fixes: [
            {
              label: 'Merge activities 2 and 3 into one line with 50, quantity 1',
              patches: [
                { op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: ['50'] },
                { op: 'set', path: ['claim', 'activities', 1, 'quantity'], value: '1' },
                { op: 'set', path: ['claim', 'activities', 1, 'diagnosisLinks'], value: ['M25.561', 'M17.0', 'M25.562'] },
                { op: 'set', path: ['claim', 'activities', 1, 'net'], value: '600.00' },
                { op: 'remove', path: ['claim', 'activities', 2] },
              ],
            },
          ],
        },
      ],
      messages: ['Activities 2 and 3 bill 20610 for the right and the left side on 2025-10-05; 20610 has bilateral indicator 1, so a bilateral procedure is one line with modifier 50 and one unit.'],
    },
    {
      name: 'LT first, then RT',
      doc: lines({ code: '29881', modifiers: ['LT'] }, { code: '29881', modifiers: ['RT'], net: '' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, otherLine: 2, code: '29881', date: '2025-10-05', how: 'sides' as const, units: '', table: 'Test indicators v1' },
          fixes: [
            {
              label: 'Merge activities 1 and 2 into one line with 50, quantity 1',
              patches: [
                { op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['50'] },
                { op: 'set', path: ['claim', 'activities', 0, 'quantity'], value: '1' },
                { op: 'set', path: ['claim', 'activities', 0, 'diagnosisLinks'], value: [] },
                { op: 'set', path: ['claim', 'activities', 0, 'net'], value: '0.00' },
                { op: 'remove', path: ['claim', 'activities', 1] },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'two units on one line without 50',
      doc: lines({ code: '20610', quantity: '2', diagnosisLinks: ['M17.0'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'quantity'],
          params: { line: 1, otherLine: 1, code: '20610', date: '2025-10-05', how: 'units' as const, units: '2', table: 'Test indicators v1' },
          fixes: [
            {
              label: 'Bill activity 1 as one line with 50, quantity 1',
              patches: [
                { op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['50'] },
                { op: 'set', path: ['claim', 'activities', 0, 'quantity'], value: '1' },
              ],
            },
          ],
        },
      ],
      messages: ['Activity 1 (20610) reports 2 units on 2025-10-05 without modifier 50; 20610 has bilateral indicator 1: if the units are the two sides, bill one line with 50 and one unit.'],
    },
  ],
  notChecked: [{ name: 'no fee-schedule indicators', doc: lines({ code: '20610', quantity: '2' }).build(), why: 'no fee-schedule (RVU) indicator table is loaded or switched on (import the CMS PFS relative value file or switch on the indicators pack on the Rules page).' }],
});
