import { describeEdit } from '@/testing/describe-edit';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { drgOutlierUnverified } from './edit';

const noTariff = { tables: { drg: { tables: { ...TEST_TABLES, tariffs: [] }, assumptions: {} } } };
const unpriced = [activity('3', '3', '99999', '0'), activity('5', '9', '111101', '12750.00')];

describeEdit(drgOutlierUnverified, {
  ctx: { tables: { drg: { tables: TEST_TABLES, assumptions: {} } } },
  pass: [
    {
      // 27447 at 30,000 plus 10 × RB-01 at 2,000: cost 50,000, outlier (50,000 − 37,750) × 60 % = 7,350.
      name: 'a cost outlier worked out from fully priced activities',
      doc: inpatientDocument([activity('1', '3', '27447', '0'), activity('2', '8', 'RB-01', '0', '2025-10-01T10:00', '10'), activity('5', '9', '111101', '12750.00'), activity('6', '8', '99', '7350.00')]),
    },
    { name: 'no 99 line: nothing to verify, even without a tariff', doc: inpatientDocument(unpriced), ctx: noTariff },
  ],
  fail: [
    {
      name: 'a 99 line when no activity can be priced',
      doc: inpatientDocument([...unpriced, activity('6', '8', '99', '9000.00')]),
      ctx: noTariff,
      hits: [
        {
          path: ['claim', 'activities', 2, 'code'],
          params: {
            activityId: '6',
            code: '99',
            found: '9000.00',
            expected: '0.00',
            message: 'Service code 99 (Net 9000.00) could not be checked: some activities have no tariff price, so the cost outlier is not known.',
          },
        },
      ],
    },
  ],
  notChecked: [
    {
      name: 'the DRG tables are not loaded',
      doc: inpatientDocument([...unpriced, activity('6', '8', '99', '9000.00')]),
      ctx: { tables: { drg: undefined } },
      why: 'the IR-DRG tables and settings are not loaded, so the amounts cannot be compared with the calculation.',
    },
  ],
});
