import type { Activity } from '@/domain/claim';
import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { mueUnitsExceeded } from './edit';

const ctx = { tables: procedureTables() };
const lines = (...rows: Partial<Activity>[]) => aDoc().activities(...rows.map((r) => ({ diagnosisLinks: ['R07.2'], ...r })));

describeEdit(mueUnitsExceeded, {
  pass: [
    { name: 'MAI 1: two lines at the limit each', doc: lines({ code: '20610', quantity: '2', modifiers: ['RT'] }, { code: '20610', quantity: '2', modifiers: ['LT'] }).build(), ctx },
    { name: 'MAI 2: a bilateral line with 50 counts as one unit', doc: lines({ code: '29881', quantity: '2', modifiers: ['50'] }).build(), ctx },
    { name: 'MAI 3: one unit on each of two dates', doc: lines({ code: '93306' }, { code: '93306', start: '2025-10-06T10:00' }).build(), ctx },
    { name: 'a code without an MUE', doc: lines({ code: '99213', quantity: '3' }).build(), ctx },
    { name: 'an unreadable quantity is ACT-QUANTITY-INVALID’s finding', doc: lines({ code: '20610', quantity: 'x' }).build(), ctx },
  ],
  fail: [
    {
      name: 'MAI 1: one line over the value',
      doc: lines({ code: '20610', quantity: '3' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'quantity'],
          params: { line: 1, lines: '1', code: '20610', date: '2025-10-05', units: '3', mue: 2, mai: 1, table: 'Test MUE v1', rationale: 'Anatomic', with50: false },
        },
      ],
      messages: ['Activity 1 (20610) reports 3 units; the MUE for 20610 is 2 per line (MAI 1, a claim-line edit: a line over the MUE is denied entirely).'],
    },
    {
      name: 'MAI 2: RT and LT lines add up to two units (the bilateral rule: one line with 50)',
      doc: lines({ code: '29881', modifiers: ['RT'] }, { code: '29881', modifiers: ['LT'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'quantity'],
          params: { line: 1, lines: '1, 2', code: '29881', date: '2025-10-05', units: '2', mue: 1, mai: 2, table: 'Test MUE v1', rationale: 'Policy', with50: false },
        },
      ],
      messages: ['Activities 1, 2 report 2 units of 29881 on 2025-10-05; the MUE is 1 per day (MAI 2, a date-of-service edit based on policy: the units of the date are added up and no modifier or appeal helps).'],
    },
    {
      name: 'MAI 3: two units on one line',
      doc: lines({ code: '93306', quantity: '2.00' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'quantity'],
          params: { line: 1, lines: '1', code: '93306', date: '2025-10-05', units: '2', mue: 1, mai: 3, table: 'Test MUE v1', rationale: 'Clinical', with50: false },
        },
      ],
      messages: ['Activity 1 reports 2 units of 93306 on 2025-10-05; the MUE is 1 per day (MAI 3, a date-of-service edit based on clinical benchmarks: the units of the date are added up; the denial can be appealed with documentation).'],
    },
    {
      name: 'MAI 2: a 50 line and another line of the same code',
      doc: lines({ code: '29881', modifiers: ['50'] }, { code: '29881', modifiers: ['RT'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'quantity'],
          params: { line: 1, lines: '1, 2', code: '29881', date: '2025-10-05', units: '2', mue: 1, mai: 2, table: 'Test MUE v1', rationale: 'Policy', with50: true },
        },
      ],
    },
  ],
  notChecked: [{ name: 'no MUE table', doc: lines({ code: '93306' }).build(), why: 'no MUE table is loaded or switched on (import the CMS MUE table or switch on an MUE pack on the Rules page).' }],
});
