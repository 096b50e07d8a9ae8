import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { dobAfterDos } from './edit';

describeEdit(dobAfterDos, {
  pass: [
    { name: 'adult', doc: aDoc().build() },
    { name: 'born on the day of service', doc: aDoc().patient({ dateOfBirth: '2025-10-05' }).build() },
  ],
  fail: [
    {
      name: 'year typed wrong',
      doc: aDoc().patient({ dateOfBirth: '2052-04-12' }).build(),
      hits: [{ path: ['patient', 'dateOfBirth'], params: { dob: '12/04/2052', dos: '05/10/2025' } }],
      messages: ["The patient's date of birth 12/04/2052 is after the date of service 05/10/2025."],
    },
  ],
});
