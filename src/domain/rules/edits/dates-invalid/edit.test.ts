import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { datesInvalid } from './edit';

describeEdit(datesInvalid, {
  pass: [
    { name: 'all dates read', doc: aDoc().build() },
    { name: 'empty dates are the required-field edits’ business', doc: aDoc().encounter({ end: '' }).patient({ dateOfBirth: '' }).build() },
  ],
  fail: [
    {
      name: 'an impossible start and a raw text activity date',
      doc: aDoc().encounter({ start: '31/02/2025 10:00' }).activity(0, { start: 'yesterday' }).build(),
      hits: [
        { path: ['claim', 'encounter', 'start'], params: { field: 'Encounter start', value: '31/02/2025 10:00' } },
        { path: ['claim', 'activities', 0, 'start'], params: { field: 'Activity 1 start', value: 'yesterday' } },
      ],
      messages: ['Encounter start "31/02/2025 10:00" is not a real date and time.', 'Activity 1 start "yesterday" is not a real date and time.'],
    },
    {
      name: 'a date of birth that does not exist',
      doc: aDoc().patient({ dateOfBirth: '1980-02-30' }).build(),
      hits: [{ path: ['patient', 'dateOfBirth'], params: { field: 'Date of birth', value: '1980-02-30' } }],
      messages: ['Date of birth "1980-02-30" is not a real date.'],
    },
  ],
});
