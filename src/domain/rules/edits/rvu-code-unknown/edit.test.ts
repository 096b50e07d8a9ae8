import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { procedureTables } from '@/testing/procedure-fixtures';
import { rvuCodeUnknown } from './edit';

const ctx = { tables: procedureTables() };

describeEdit(rvuCodeUnknown, {
  pass: [
    { name: 'every code has indicators', doc: aDoc().activities({ code: '99213' }, { code: '20610' }).build(), ctx },
    { name: 'service codes and drugs are not CPT/HCPCS lines', doc: aDoc().activities({ code: '99213' }, { type: '8', code: '99-02' }).build(), ctx },
  ],
  fail: [
    {
      name: 'a CPT code missing from the loaded indicators',
      doc: aDoc().activities({ code: '99213' }, { code: '27447' }).build(),
      ctx,
      hits: [{ path: ['claim', 'activities', 1, 'code'], params: { line: 2, code: '27447', date: '2025-10-05', tables: 'Test indicators v1' } }],
      messages: ['Activity 2 (27447) is not in the fee-schedule indicators loaded for 2025-10-05 (Test indicators v1): the bilateral, global-period and 26/TC checks did not run for it.'],
    },
  ],
  notChecked: [{ name: 'no fee-schedule indicators', doc: aDoc().build(), why: 'no fee-schedule (RVU) indicator table is loaded or switched on (import the CMS PFS relative value file or switch on the indicators pack on the Rules page).' }],
});
