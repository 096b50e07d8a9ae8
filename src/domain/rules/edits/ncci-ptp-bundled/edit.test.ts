import type { Activity } from '@/domain/claim';
import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { ncciPtpBundled } from './edit';

const ctx = { tables: procedureTables() };
const lines = (...rows: Partial<Activity>[]) => aDoc().activities(...rows.map((r) => ({ diagnosisLinks: ['R07.2'], ...r })));
const base = { date: '2025-10-05', table: 'Test PTP v1, effective 2020-01-01', rationale: 'Test rationale', modifiers: 'none', pairType: 'procedure and procedure' };

describeEdit(ncciPtpBundled, {
  pass: [
    { name: 'one panel alone', doc: lines({ code: '80053' }).build(), ctx },
    { name: 'indicator 1 with XS on the column-2 line', doc: lines({ code: '45380' }, { code: '45378', modifiers: ['XS'] }).build(), ctx },
    { name: 'indicator 1 with 59 on the column-2 line', doc: lines({ code: '45380' }, { code: '45378', modifiers: ['59'] }).build(), ctx },
    { name: 'E/M with 25 beside the procedure it is paired with', doc: lines({ code: '99213', modifiers: ['25'] }, { code: '20610' }).build(), ctx },
    { name: 'E/M with 57', doc: lines({ code: '99213', modifiers: ['57'] }, { code: '20610' }).build(), ctx },
    { name: 'different knees (RT and LT) bypass an indicator-1 pair', doc: lines({ code: '29880', modifiers: ['RT'] }, { code: '29881', modifiers: ['LT'] }).build(), ctx },
    { name: 'indicator 9 is not applied', doc: lines({ code: '93000' }, { code: '93010' }).build(), ctx },
    { name: 'an edit deleted before the date of service', doc: lines({ code: '71046' }, { code: '71045' }).build(), ctx },
    { name: 'the pair on two different dates', doc: lines({ code: '80053' }, { code: '80048', start: '2025-10-06T09:00' }).build(), ctx },
    { name: '59 on an indicator-0 pair is NCCI-59-CANNOT-BYPASS’s finding', doc: lines({ code: '80053' }, { code: '80048', modifiers: ['59'] }).build(), ctx },
  ],
  fail: [
    {
      name: 'a panel and a test it includes (indicator 0)',
      doc: lines({ code: '80053' }, { code: '80048' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'code'],
          params: { ...base, rationale: 'Panel', line: 2, code: '80048', column1Line: 1, column1Code: '80053', indicator: '0', why: 'this NCCI pair has modifier indicator 0, so no modifier makes 80048 payable with 80053.' },
          discriminator: 'with-0',
          fixes: [{ label: 'Remove activity 2 (80048): it is included in 80053', patches: [{ op: 'remove', path: ['claim', 'activities', 1] }] }],
        },
      ],
      messages: ['Activity 2 (80048) is bundled into activity 1 (80053) on 2025-10-05: this NCCI pair has modifier indicator 0, so no modifier makes 80048 payable with 80053.'],
    },
    {
      name: 'indicator 0 whatever other modifier the line carries',
      doc: lines({ code: '80053' }, { code: '80048', modifiers: ['91'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'code'],
          params: { ...base, rationale: 'Panel', modifiers: '91', line: 2, code: '80048', column1Line: 1, column1Code: '80053', indicator: '0', why: 'this NCCI pair has modifier indicator 0, so no modifier (not even 91) makes 80048 payable with 80053.' },
          discriminator: 'with-0',
          fixes: [{ label: 'Remove activity 2 (80048): it is included in 80053', patches: [{ op: 'remove', path: ['claim', 'activities', 1] }] }],
        },
      ],
    },
    {
      name: 'indicator 1 without a modifier (column-2 line later on the claim than its column 1, or earlier)',
      doc: lines({ code: '45378' }, { code: '45380' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'code'],
          params: { ...base, line: 1, code: '45378', column1Line: 2, column1Code: '45380', indicator: '1', why: 'the pair has modifier indicator 1 and activity 1 carries no NCCI-associated modifier that documents a distinct service.' },
          discriminator: 'with-1',
        },
      ],
      messages: ['Activity 1 (45378) is bundled into activity 2 (45380) on 2025-10-05: the pair has modifier indicator 1 and activity 1 carries no NCCI-associated modifier that documents a distinct service.'],
    },
    {
      name: '59 written on the column-1 line: the fix moves it',
      doc: lines({ code: '45380', modifiers: ['59'] }, { code: '45378' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'code'],
          params: {
            ...base,
            line: 2,
            code: '45378',
            column1Line: 1,
            column1Code: '45380',
            indicator: '1',
            why: 'the pair has modifier indicator 1 and activity 2 carries no NCCI-associated modifier that documents a distinct service; 59 is on the column-1 line (activity 1) but belongs on activity 2.',
          },
          discriminator: 'with-0',
          fixes: [
            {
              label: 'Move 59 from activity 1 to activity 2',
              patches: [
                { op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: [] },
                { op: 'set', path: ['claim', 'activities', 1, 'modifiers'], value: ['59'] },
              ],
            },
          ],
        },
      ],
    },
    {
      name: '25 on a procedure pair bypasses nothing',
      doc: lines({ code: '45380' }, { code: '45378', modifiers: ['25'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'code'],
          params: {
            ...base,
            modifiers: '25',
            line: 2,
            code: '45378',
            column1Line: 1,
            column1Code: '45380',
            indicator: '1',
            why: 'the pair has modifier indicator 1 and activity 2 carries no NCCI-associated modifier that documents a distinct service (25 bypasses only E/M–procedure pairs).',
          },
          discriminator: 'with-0',
        },
      ],
    },
    {
      name: 'an E/M with the procedure it is bundled with, no 25: the fix adds 25 to the E/M',
      doc: lines({ code: '99213' }, { code: '20610' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'code'],
          params: {
            ...base,
            pairType: 'E/M and procedure',
            rationale: 'E/M included in the procedure',
            line: 1,
            code: '99213',
            column1Line: 2,
            column1Code: '20610',
            indicator: '1',
            why: 'an E/M billed with a procedure it is bundled with needs modifier 25 on the E/M (57 when the visit decided major surgery).',
          },
          discriminator: 'with-1',
          fixes: [{ label: 'Add modifier 25 to activity 1 (99213)', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['25'] }] }],
        },
      ],
    },
    {
      name: '59 on the E/M does not bypass an E/M pair; the fix swaps it for 25',
      doc: lines({ code: '99213', modifiers: ['59'] }, { code: '20610' }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'code'],
          params: {
            ...base,
            pairType: 'E/M and procedure',
            rationale: 'E/M included in the procedure',
            modifiers: '59',
            line: 1,
            code: '99213',
            column1Line: 2,
            column1Code: '20610',
            indicator: '1',
            why: 'an E/M billed with a procedure it is bundled with needs modifier 25 on the E/M (57 when the visit decided major surgery); 59 on an E/M code bypasses nothing.',
          },
          discriminator: 'with-1',
          fixes: [{ label: 'Add modifier 25 to activity 1 (99213)', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['25'] }] }],
        },
      ],
    },
    {
      name: 'the same side on both knees does not bypass',
      doc: lines({ code: '29880', modifiers: ['RT'] }, { code: '29881', modifiers: ['RT'] }).build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 1, 'code'],
          params: { ...base, modifiers: 'RT', line: 2, code: '29881', column1Line: 1, column1Code: '29880', indicator: '1', why: 'the pair has modifier indicator 1 and activity 2 carries no NCCI-associated modifier that documents a distinct service.' },
          discriminator: 'with-0',
        },
      ],
    },
  ],
  notChecked: [
    { name: 'no PTP table', doc: lines({ code: '80053' }, { code: '80048' }).build(), why: 'no NCCI PTP table is loaded or switched on (import the CMS table or switch on a PTP pack on the Rules page).' },
    {
      name: 'no PTP source covers the date',
      doc: lines({ code: '80053' }, { code: '80048' }).encounter({ start: '2019-05-01T09:00', end: '2019-05-01T10:00' }).activity(0, { start: '' }).activity(1, { start: '' }).build(),
      ctx,
      why: 'no NCCI PTP table covers 2019-05-01.',
    },
  ],
});
