import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { drgNetNotZero } from './edit';

const withAddOnLine = inpatientDocument([activity('1', '9', '111101', '12750.00'), activity('2', '8', '98', '350.00')]);

describeEdit(drgNetNotZero, {
  ctx: { tables: { drg: { tables: TEST_TABLES, assumptions: {} } } },
  pass: [
    {
      name: 'Nets only on the IR-DRG, 99-02 and 99-03 lines',
      doc: inpatientDocument([activity('1', '3', '90837', '0.00'), activity('2', '9', '194101', '14807.00'), activity('3', '8', '99-02', '6048.61'), activity('4', '8', '99-03', '10427.81')]),
    },
    { name: 'an empty Net is not a Net', doc: inpatientDocument([activity('1', '3', '99223', ''), activity('2', '9', '111101', '12750.00')]) },
    { name: 'an outpatient claim is paid fee-for-service', doc: aDoc().build() },
    {
      name: 'a 98 line may carry the add-on when the setting writes it there',
      doc: withAddOnLine,
      ctx: { tables: { drg: { tables: TEST_TABLES, assumptions: { addOnReporting: 'service-code-98' } } } },
    },
  ],
  fail: [
    {
      name: 'a CPT line keeps its fee-for-service Net',
      doc: inpatientDocument([activity('1', '3', '27447', '30000.00'), activity('2', '9', '111101', '12750.00')]),
      hits: [
        {
          path: ['claim', 'activities', 0, 'net'],
          params: {
            activityId: '1',
            code: '27447',
            net: '30000.00',
            message: 'Activity 1 (27447) has Net 30000.00; on an IR-DRG claim only the IR-DRG line and service codes 99, 99-02, 99-03 carry a Net: set it to 0.00.',
          },
          fixes: [
            {
              label: 'Set Net to 0.00 (claim Net 12750.00)',
              patches: [
                { op: 'set', path: ['claim', 'activities', 0, 'net'], value: '0.00' },
                { op: 'set', path: ['claim', 'net'], value: '12750.00' },
                { op: 'set', path: ['claim', 'gross'], value: '12750.00' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'a 98 line under the default setting (the add-on rides on the IR-DRG line)',
      doc: withAddOnLine,
      hits: [
        {
          path: ['claim', 'activities', 1, 'net'],
          params: {
            activityId: '2',
            code: '98',
            net: '350.00',
            message: 'Activity 2 (98) has Net 350.00; on an IR-DRG claim only the IR-DRG line and service codes 99, 99-02, 99-03 carry a Net: set it to 0.00.',
          },
          fixes: [
            {
              label: 'Set Net to 0.00 (claim Net 12750.00)',
              patches: [
                { op: 'set', path: ['claim', 'activities', 1, 'net'], value: '0.00' },
                { op: 'set', path: ['claim', 'net'], value: '12750.00' },
                { op: 'set', path: ['claim', 'gross'], value: '12750.00' },
              ],
            },
          ],
        },
      ],
    },
  ],
  notChecked: [
    {
      name: 'a 98 line with a Net while the DRG settings are not loaded',
      doc: withAddOnLine,
      ctx: { tables: { drg: undefined } },
      why: 'the DRG settings are not loaded, and whether service code 98 may carry a Net depends on the setting "Where the HCPCS add-on is written".',
    },
  ],
});
