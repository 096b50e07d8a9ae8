import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { bilatNoteNo50 } from './edit';

const ctx = { tables: procedureTables() };
const knees = () => aDoc().diagnoses('M17.0').activities({ code: '20610', diagnosisLinks: ['M17.0'] });

describeEdit(bilatNoteNo50, {
  pass: [
    { name: 'no bilateral wording in the note', doc: knees().note('Right knee injected with steroid.').build(), ctx },
    { name: 'the line has 50', doc: knees().activity(0, { modifiers: ['50'] }).note('Bilateral knee injections.').build(), ctx },
    { name: 'the line names a side (the wording is about something else)', doc: knees().activity(0, { modifiers: ['RT'] }).note('Bilateral knee pain; right knee injected.').build(), ctx },
    { name: 'a code whose bilateral indicator is not 1', doc: aDoc().activities({ code: '69210' }).note('Both ears cleared.').build(), ctx },
  ],
  fail: [
    {
      name: 'the note says both knees; one line, no 50',
      doc: knees().note('Osteoarthritis of both knees. Both knees injected with triamcinolone 40 mg under aseptic technique.').build(),
      ctx,
      hits: [
        {
          path: ['claim', 'activities', 0, 'modifiers'],
          params: { line: 1, code: '20610', quote: 'Osteoarthritis of both knees.', table: 'Test indicators v1' },
          fixes: [{ label: 'Add modifier 50 to activity 1', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['50'] }] }],
        },
      ],
      messages: ['The note says “Osteoarthritis of both knees.”, and activity 1 (20610, bilateral indicator 1) has no modifier 50: if 20610 was done on both sides, the line needs 50 (one unit).'],
    },
  ],
  notChecked: [{ name: 'no fee-schedule indicators', doc: knees().note('bilateral').build(), why: 'no fee-schedule (RVU) indicator table is loaded or switched on (import the CMS PFS relative value file or switch on the indicators pack on the Rules page).' }],
});
