import type { Activity } from '@/domain/claim';
import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { ncci59CannotBypass } from './edit';

const ctx = { tables: procedureTables() };
const lines = (...rows: Partial<Activity>[]) => aDoc().activities(...rows.map((r) => ({ diagnosisLinks: ['R07.2'], ...r })));
const pair = { column1Line: 1, column1Code: '80053', column2Line: 2, column2Code: '80048', date: '2025-10-05', table: 'Test PTP v1, effective 2020-01-01', rationale: 'Panel' };
const removeLine2 = [{ label: 'Remove activity 2 (80048): it is included in 80053', patches: [{ op: 'remove' as const, path: ['claim', 'activities', 1] }] }];

describeEdit(ncci59CannotBypass, {
  pass: [
    { name: 'the indicator-0 pair without 59 (NCCI-PTP-BUNDLED reports it)', doc: lines({ code: '80053' }, { code: '80048' }).build(), ctx },
    { name: '59 on an indicator-1 pair does its job', doc: lines({ code: '45380' }, { code: '45378', modifiers: ['59'] }).build(), ctx },
    { name: '59 on codes no edit pairs', doc: lines({ code: '80053' }, { code: '93306', modifiers: ['59'] }).build(), ctx },
  ],
  fail: [
    {
      name: 'the article’s misuse: 59 appended to unbundle a test from its panel',
      doc: lines({ code: '80053' }, { code: '80048', modifiers: ['59'] }).build(),
      ctx,
      hits: [{ path: ['claim', 'activities', 1, 'modifiers'], params: { ...pair, line: 2, code: '80048', modifiers: '59' }, discriminator: '0-1', fixes: removeLine2 }],
      messages: ['Modifier 59 on activity 2 (80048) cannot unbundle 80048 from 80053 on 2025-10-05: this NCCI pair has modifier indicator 0, so activity 2 (80048) is denied with activity 1 whatever modifier is added.'],
    },
    {
      name: 'XU written on the column-1 line instead',
      doc: lines({ code: '80053', modifiers: ['XU'] }, { code: '80048' }).build(),
      ctx,
      hits: [{ path: ['claim', 'activities', 0, 'modifiers'], params: { ...pair, line: 1, code: '80053', modifiers: 'XU' }, discriminator: '0-1', fixes: removeLine2 }],
    },
  ],
  notChecked: [{ name: 'no PTP table', doc: lines({ code: '80053' }, { code: '80048', modifiers: ['59'] }).build(), why: 'no NCCI PTP table is loaded or switched on (import the CMS table or switch on a PTP pack on the Rules page).' }],
});
