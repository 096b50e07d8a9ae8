import { describe, expect, it } from 'vitest';
import { drgInputsFromDocument } from '@/domain/drg';
import { activity, inpatientDocument, TEST_TABLES } from '@/testing/drg-fixtures';
import { encounterValues, isOverridden, toPaymentInput, withOverride, type ManualDrgEntry } from './panel-input';

/** A surgical stay 01 → 11 October 2025 with two surgeries, on DRG 111101 (Test weights: "IP …"). */
const doc = inpatientDocument([
  activity('1', '3', '27447', '0.00', '2025-10-03T09:00'),
  activity('2', '3', '27486', '0.00', '2025-10-08T09:00'),
  activity('3', '9', '111101', '12750.00', '2025-10-11T10:00'),
]);
const prefill = drgInputsFromDocument(doc, TEST_TABLES, '2025-10-20');
const manual: ManualDrgEntry = { code: '061011', description: 'IP APPENDECTOMY', relativeWeight: '1.2345', alos: '2.50', lowTrim: '1', highTrim: '6' };

describe('DRG panel inputs', () => {
  it('shows the encounter’s values, dates as dd/MM/yyyy HH:mm, and empty for what the e-claim does not carry', () => {
    expect(encounterValues(prefill, null)).toEqual({
      drgCode: '111101',
      caseType: 'surgical',
      admission: '01/10/2025 10:00',
      discharge: '11/10/2025 10:00',
      los: '10.00',
      age: '45',
      cost: '30000.00',
      addOn: '',
      profileId: 'doh-basic',
      payer1LastCovered: '',
      leadingSurgery: '1',
      coveredDays: '',
      totalDays: '',
    });
  });

  it.each([
    ['a different value is an override', 'los', '9', { los: '9' }, true],
    ['the encounter’s own value is none (the override is dropped)', 'los', '10.00', {}, false],
    ['spaces do not make an override', 'drgCode', ' 111101 ', {}, false],
    ['an emptied field is an override (the coder is typing)', 'age', '', { age: '' }, true],
  ] as const)('%s', (_name, key, value, expected, overridden) => {
    const values = encounterValues(prefill, null);
    const next = withOverride({ los: '8' }, values, key, value);
    const rest = key === 'los' ? {} : { los: '8' };
    expect(next).toEqual({ ...rest, ...expected });
    expect(isOverridden(next, values, key)).toBe(overridden);
  });

  it('passes the encounter through unchanged when nothing is overridden', () => {
    expect(toPaymentInput(prefill, {}, null)).toEqual({ ...prefill.input, drgCode: '111101', caseType: 'surgical', profileId: 'doh-basic' });
  });

  it('applies every override: dates typed dd/MM/yyyy, LOS, age and cost by hand, add-on, profile, case type', () => {
    const input = toPaymentInput(prefill, { admission: '02/10/2025 08:30', discharge: '2025-10-12 09:00', los: '9.5', age: '17', cost: '61,000', addOn: '350', profileId: 'enhanced-a001', caseType: 'medical' }, null);
    expect(input).toMatchObject({
      admission: '2025-10-02T08:30',
      discharge: '2025-10-12T09:00',
      losDays: '9.5',
      ageYears: '17',
      cost: { kind: 'manual', amount: '61,000' },
      addOn: '350',
      profileId: 'enhanced-a001',
      caseType: 'medical',
    });
    expect(toPaymentInput(prefill, { admission: '31/02/2025 10:00' }, null).admission).toBe('31/02/2025 10:00');
    expect(toPaymentInput(prefill, { cost: '' }, null).cost).toEqual(prefill.input.cost);
  });

  it('builds the split from payer 1’s last covered date, the surgery chosen and the later ones', () => {
    expect(toPaymentInput(prefill, { payer1LastCovered: '05/10/2025' }, null).split).toEqual({
      payer1LastCoveredDate: '2025-10-05',
      leadingSurgeryStart: '2025-10-03T09:00',
      laterSurgeryStarts: ['2025-10-08T09:00'],
    });
    expect(toPaymentInput(prefill, { payer1LastCovered: '05/10/2025', leadingSurgery: '2', coveredDays: '4', totalDays: '10' }, null).split).toEqual({
      payer1LastCoveredDate: '2025-10-05',
      leadingSurgeryStart: '2025-10-08T09:00',
      laterSurgeryStarts: [],
      coveredDays: '4',
      totalDays: '10',
    });
    expect(toPaymentInput(prefill, { payer1LastCovered: '05/10/2025', leadingSurgery: '06/10/2025 11:00' }, null).split?.leadingSurgeryStart).toBe('2025-10-06T11:00');
    expect(toPaymentInput(prefill, { payer1LastCovered: '  ' }, null).split).toBeUndefined();
  });

  it('uses a DRG entered by hand only when asked, and reads medical/surgical from its description', () => {
    const unknown = drgInputsFromDocument(inpatientDocument([activity('1', '9', '061011', '0.00')]), TEST_TABLES);
    expect(encounterValues(unknown, null).caseType).toBe('unknown');
    expect(encounterValues(unknown, manual).caseType).toBe('surgical');
    expect(toPaymentInput(unknown, {}, manual).manualDrg).toBeUndefined();
    expect(toPaymentInput(unknown, {}, manual, true)).toMatchObject({ caseType: 'surgical', manualDrg: manual });
  });
});
