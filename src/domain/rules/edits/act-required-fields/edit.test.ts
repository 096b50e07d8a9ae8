import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { actRequiredFields } from './edit';

describeEdit(actRequiredFields, {
  pass: [
    { name: 'complete line', doc: aDoc().build() },
    { name: 'DHA does not require the ordering clinician', doc: aDoc('DHA').activity(0, { orderingClinician: '' }).build(), ctx: { profile: 'DHA' } },
  ],
  fail: [
    {
      name: 'a bare line',
      doc: aDoc().activity(0, { start: '', code: ' ', net: '', clinician: 'GD9', orderingClinician: '' }).build(),
      hits: [
        { path: ['claim', 'activities', 0, 'start'], params: { line: 1, field: 'start date', element: 'Start' }, fixes: [{ label: 'Use the encounter start', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'start'], value: '2025-10-05T09:00' }] }] },
        { path: ['claim', 'activities', 0, 'code'], params: { line: 1, field: 'code', element: 'Code' } },
        { path: ['claim', 'activities', 0, 'net'], params: { line: 1, field: 'net amount', element: 'Net' } },
        {
          path: ['claim', 'activities', 0, 'orderingClinician'],
          params: { line: 1, field: 'ordering clinician licence', element: 'OrderingClinician' },
          fixes: [{ label: 'Use the performing clinician GD9', patches: [{ op: 'set', path: ['claim', 'activities', 0, 'orderingClinician'], value: 'GD9' }] }],
        },
      ],
      messages: ['Activity 1 has no start date (<Start>).', 'Activity 1 has no code (<Code>).', 'Activity 1 has no net amount (<Net>).', 'Activity 1 has no ordering clinician licence (<OrderingClinician>).'],
    },
  ],
});
