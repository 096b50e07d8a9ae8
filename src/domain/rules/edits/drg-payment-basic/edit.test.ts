import { describeEdit } from '@/testing/describe-edit';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { drgPaymentBasic } from './edit';

describeEdit(drgPaymentBasic, {
  ctx: { tables: { drg: { tables: TEST_TABLES, assumptions: {} } } },
  pass: [
    { name: 'the Basic base payment (8,500 × 1.5000) when no profile is saved for the payer', doc: inpatientDocument([activity('1', '9', '111101', '12750.00')]) },
    { name: 'a payer with a saved profile is compared exactly by DRG-PAYMENT-MISMATCH', doc: inpatientDocument([activity('1', '9', '111101', '12750.00')], { payerId: 'A001' }) },
  ],
  fail: [
    {
      name: 'a negotiated base payment on a payer with no saved profile',
      doc: inpatientDocument([activity('1', '9', '111101', '13500.00')]),
      hits: [
        {
          path: ['claim', 'activities', 0, 'net'],
          params: {
            activityId: '1',
            code: '111101',
            expected: '12750.00',
            found: '13500.00',
            message: 'IR-DRG 111101 carries Net 13500.00 but the base payment is 12750.00 (compared with the DOH Basic product: no payment profile is saved for this payer).',
          },
        },
      ],
    },
  ],
  notChecked: [
    { name: 'the DRG tables are not loaded', doc: inpatientDocument([activity('1', '9', '111101', '13500.00')]), ctx: { tables: { drg: undefined } }, why: 'the IR-DRG tables and settings are not loaded, so the amounts cannot be compared with the calculation.' },
  ],
});
