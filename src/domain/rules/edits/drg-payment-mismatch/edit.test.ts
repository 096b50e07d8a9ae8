import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { drgPaymentMismatch } from './edit';

/** Payer A001 has the saved "Enhanced" profile (2025: base rate 9,000), so differences are rejects. */
const enhanced = (net: string) => inpatientDocument([activity('1', '9', '111101', net)], { payerId: 'A001' });
/** A 15-year-old on Appendix-A DRG 194101 for 35.25 days: LOS outlier 6048.61 and CAHMS 10427.81 (any product). */
const mentalHealth = (...extra: ReturnType<typeof activity>[]) =>
  inpatientDocument([activity('1', '3', '99223', '0.00'), activity('2', '9', '194101', '14807.00', '2025-11-05T16:00'), ...extra], {
    dateOfBirth: '2010-03-14',
    end: '2025-11-05T16:00',
  });

const enhancedFixed = enhanced('13500.00').claim;

describeEdit(drgPaymentMismatch, {
  ctx: { tables: { drg: { tables: TEST_TABLES, assumptions: {} } } },
  pass: [
    { name: 'the base payment of the payer’s saved profile (9,000 × 1.5000)', doc: enhanced('13500.00') },
    { name: 'a mental-health stay with its 99-02 and 99-03 lines', doc: mentalHealth(activity('3', '8', '99-02', '6048.61'), activity('4', '8', '99-03', '10427.81')) },
    { name: 'an outpatient claim (no DRG payment to compare)', doc: aDoc().build(), ctx: { tables: { drg: undefined } } },
    // Against the Basic product a difference is only a warning: DRG-PAYMENT-BASIC reports it.
    { name: 'a difference with the Basic product when no profile is saved', doc: inpatientDocument([activity('1', '9', '111101', '13500.00')]) },
  ],
  fail: [
    {
      name: 'the IR-DRG line carries the Basic base payment although the payer has a profile',
      doc: enhanced('12750.00'),
      hits: [
        {
          path: ['claim', 'activities', 0, 'net'],
          params: { activityId: '1', code: '111101', expected: '13500.00', found: '12750.00', message: 'IR-DRG 111101 carries Net 12750.00 but the base payment is 13500.00.' },
          fixes: [
            {
              label: 'Write the DRG calculation into the claim (total 13500.00)',
              patches: [
                { op: 'set', path: ['claim', 'activities'], value: [{ ...enhancedFixed.activities[0]!, net: '13500.00' }] },
                { op: 'set', path: ['claim', 'net'], value: '13500.00' },
                { op: 'set', path: ['claim', 'gross'], value: '13500.00' },
                { op: 'set', path: ['claim', 'patientShare'], value: '0.00' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'a mental-health stay over the high trim without its 99-02 and 99-03 lines (any product)',
      doc: mentalHealth(),
      hits: [
        {
          path: ['claim', 'activities'],
          params: { code: '99-02', expected: '6048.61', found: '', message: 'The calculation gives a mental-health LOS outlier of 6048.61 but the claim has no service code 99-02 line: add it.' },
          discriminator: '99-02',
          fixes: [{ label: 'Write the DRG calculation into the claim (total 31283.42)', patches: expect.arrayContaining([{ op: 'set', path: ['claim', 'net'], value: '31283.42' }]) as never }],
        },
        {
          path: ['claim', 'activities'],
          params: { code: '99-03', expected: '10427.81', found: '', message: 'The calculation gives a CAHMS adjustor of 10427.81 but the claim has no service code 99-03 line: add it.' },
          discriminator: '99-03',
          fixes: [{ label: 'Write the DRG calculation into the claim (total 31283.42)', patches: expect.arrayContaining([{ op: 'set', path: ['claim', 'net'], value: '31283.42' }]) as never }],
        },
      ],
    },
    {
      name: 'a 99-02 line on a DRG outside Appendix A',
      doc: inpatientDocument([activity('1', '9', '111101', '13500.00'), activity('2', '8', '99-02', '10.00')], { payerId: 'A001' }),
      hits: [
        {
          path: ['claim', 'activities', 1, 'code'],
          params: { activityId: '2', code: '99-02', found: '10.00', expected: '0.00', message: 'Service code 99-02 is the mental-health LOS outlier, but DRG 111101 is not in Appendix A: remove it.' },
          fixes: [{ label: 'Write the DRG calculation into the claim (total 13500.00)', patches: expect.arrayContaining([{ op: 'set', path: ['claim', 'net'], value: '13500.00' }]) as never }],
        },
      ],
    },
  ],
  notChecked: [
    { name: 'the DRG tables are not loaded', doc: enhanced('12750.00'), ctx: { tables: { drg: undefined } }, why: 'the IR-DRG tables and settings are not loaded, so the amounts cannot be compared with the calculation.' },
    {
      name: 'two IR-DRG lines',
      doc: inpatientDocument([activity('1', '9', '111101', '12750.00'), activity('2', '9', '111102', '0.00')]),
      why: 'the claim has 2 IR-DRG lines; the amounts are compared once it has exactly one (see DRG-LINE-COUNT).',
    },
    {
      name: 'a DRG in no table (the calculation stops)',
      doc: inpatientDocument([activity('1', '9', '061011', '12155.00')]),
      why: 'DRG 061011 is not in any weights table in effect on 2025-10-11 (Test weights 2025, Appendix A (test copy)); import the Mandatory Tariff weights or enter its RW, ALOS and trims by hand.',
    },
  ],
});
