import { describe, expect, it } from 'vitest';
import type { PartialDrgAssumptions } from './assumptions';
import { calculateDrgPayment, type DrgPaymentInput } from './calculate-drg-payment';
import type { DrgCostActivity } from './calculate-cost';
import { toDrgExplanationMarkdown } from './summary';
import { drgInput, TEST_TABLES } from '@/testing/drg-fixtures';

/**
 * Golden explanation tables: each reference case writes its steps as a readable markdown table
 * (src/domain/drg/__golden__/<case>.md) and the test fails on any difference from the committed file.
 * Coders review these files in pull requests.
 *
 * To rewrite them after an intended change: `UPDATE_SNAPSHOT=1 npx vitest --run src/domain/drg/golden.test.ts`
 * (or `-u`), then read the diff before committing.
 */

type GoldenCase = {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: DrgPaymentInput;
  readonly assumptions?: PartialDrgAssumptions;
};

const surgicalActivities: DrgCostActivity[] = [
  { activityId: '1', type: '3', code: '99223', quantity: '1' },
  { activityId: '2', type: '3', code: '27447', quantity: '1' },
  { activityId: '3', type: '8', code: 'RB-01', quantity: '10' },
  { activityId: '4', type: '3', code: '99232', quantity: '4' },
  { activityId: '5', type: '5', code: 'D-0001', quantity: '40' },
  { activityId: '6', type: '4', code: 'C1776', quantity: '1', invoiceCost: '8000.00' },
];

const CASES: readonly GoldenCase[] = [
  {
    name: 'basic-surgical-cost-outlier',
    title: 'Basic product, surgical DRG with a cost outlier',
    description:
      'domain.md oracle E2: RW 1.5000, cost 60,000 → base 12,750, threshold 37,750, outlier (60,000 − 37,750) × 60 % = 13,350.00 (service code 99). The cost is priced from the activities at the test tariff, the HCPCS implant at its invoice cost.',
    input: drgInput({ cost: { kind: 'activities', activities: surgicalActivities } }),
  },
  {
    name: 'no-outlier',
    title: 'Cost under the threshold: no outlier',
    description: 'domain.md oracle E3: RW 1.5000, cost 30,000 (entered by hand) → (30,000 − 37,750) × 60 % < 0, so no outlier line.',
    input: drgInput({ cost: { kind: 'manual', amount: '30,000.00', note: 'Cost from the hospital costing report (entered by hand).' } }),
  },
  {
    name: 'mental-health-los-outlier',
    title: 'Mental-health DRG with a length-of-stay outlier',
    description:
      'domain.md oracle E4 (made-up Appendix-A-style DRG 199901: RW 0.9000, ALOS 10.00, high trim 20): 25 days 12 hours = 25.50 days → (25.50 − 20) × (0.9 / 10) × 8,500 = 4,207.50 (service code 99-02). Adult, so no CAHMS.',
    input: drgInput({ drgCode: '199901', caseType: 'medical', admission: '2025-10-01T08:00', discharge: '2025-10-26T20:00', dateOfBirth: '1985-02-11' }),
  },
  {
    name: 'mental-health-e5-rounding',
    title: 'Mental-health outlier that needs rounding',
    description: 'domain.md oracle E5 (made-up DRG 199902: RW 1.2345, ALOS 7.30, high trim 18), LOS 22 entered by hand: 4.00 × (1.2345 / 7.30) × 8,500 = 5,749.7260… → 5,749.73.',
    input: drgInput({ drgCode: '199902', caseType: 'medical', losDays: '22', dateOfBirth: '1990-06-01' }),
  },
  {
    name: 'cahms-15-with-los-outlier',
    title: 'CAHMS: a 15-year-old on 194101 with a LOS outlier',
    description:
      'Appendix A 194101 IM SCHIZOPHRENIA (RW 1.7420, ALOS 15.30, high trim 29). Stay of 35 days 6 hours = 35.25 days. Outlier 6.25 × (1.7420 / 15.30) × 8,500 = 6,048.61 (99-02); CAHMS 50 % × (14,807 + 6,048.61) = 10,427.81 (99-03).',
    input: drgInput({ drgCode: '194101', caseType: 'medical', admission: '2025-10-01T10:00', discharge: '2025-11-05T16:00', dateOfBirth: '2010-03-14' }),
  },
  {
    name: 'surgical-split-after-expiry',
    title: 'Surgical case split between two payers (surgery after expiry)',
    description:
      'domain.md oracle E7: T = 12,750 + 17,250 = 30,000; payer 1 covers through 2025-10-04 (X = 4 of Y = 10 midnights); surgery on 2025-10-06 → payer 1 = 30,000 × 4/10 + (6/10 × 30,000) × 30 % = 17,400.00, payer 2 = 12,600.00.',
    input: drgInput({
      cost: { kind: 'manual', amount: '66500' },
      split: { payer1LastCoveredDate: '2025-10-04', leadingSurgeryStart: '2025-10-06T09:00' },
    }),
  },
  {
    name: 'medical-split',
    title: 'Medical case across a policy expiry: payer 1 pays all',
    description: 'domain.md oracle E9: a medical (IM) DRG; payer 1 covers through 2025-10-04 only, but §4.4.2.4(1)(a) makes payer 1 responsible for the total DRG payment whatever the LOS.',
    input: drgInput({ drgCode: '051102', caseType: 'medical', cost: { kind: 'manual', amount: '0' }, split: { payer1LastCoveredDate: '2025-10-04' } }),
  },
  {
    name: 'rounding-trap-rw-1-0010',
    title: 'Rounding trap: RW 1.0010',
    description: 'domain.md oracle R1: 8,500 × 1.0010 = 8,508.5 exactly → 8,509 (half-up). Binary floats give 8,508.4999… and round to 8,508; half-even would also give 8,508.',
    input: drgInput({ drgCode: '051101', caseType: 'medical', cost: { kind: 'manual', amount: '0' } }),
  },
  {
    name: 'rounding-trap-appendix-a-194173',
    title: 'Rounding trap in Appendix A itself: 194173, a 9-year-old',
    description: 'Appendix A 194173 has RW 3.0010: 8,500 × 3.0010 = 25,508.5 → 25,509. Nine-year-old, stay of 5 days (no LOS outlier): CAHMS 50 % × 25,509 = 12,754.50.',
    input: drgInput({ drgCode: '194173', caseType: 'medical', admission: '2025-10-01T10:00', discharge: '2025-10-06T10:00', dateOfBirth: '2016-04-30' }),
  },
  {
    name: 'hcpcs-add-on',
    title: 'HCPCS add-on on a surgical DRG with a cost outlier',
    description:
      'RW 1.5000 + HCPCS add-on 3,500.00 → base payment 16,250.00 (in the IR-DRG line). The add-on is part of the outlier threshold by default: (60,000 − (16,250 + 25,000)) × 60 % = 11,250.00.',
    input: drgInput({ addOn: '3,500.00', cost: { kind: 'activities', activities: surgicalActivities } }),
  },
  {
    name: 'cost-incomplete',
    title: 'Activities without a tariff price: cost incomplete',
    description: 'Two activities have no price in the tariff: they are listed, never counted as zero, and the outlier is a lower bound (status provisional).',
    input: drgInput({
      cost: {
        kind: 'activities',
        activities: [
          ...surgicalActivities,
          { activityId: '7', type: '3', code: '36556', quantity: '1' },
          { activityId: '8', type: '4', code: 'L8699', quantity: '2' },
        ],
      },
    }),
  },
];

const committed = import.meta.glob<string>('./__golden__/*.md', { query: '?raw', import: 'default', eager: true });

describe('golden explanation tables', () => {
  it.each(CASES)('$name', async ({ name, title, description, input, assumptions }) => {
    const markdown = toDrgExplanationMarkdown(title, calculateDrgPayment(input, TEST_TABLES, assumptions), description);
    const file = `./__golden__/${name}.md`;
    if (expect.getState().snapshotState.snapshotUpdateState !== 'all') {
      // Without this, vitest would quietly write a missing file outside CI.
      expect(committed[file], `${file} is missing: run UPDATE_SNAPSHOT=1 npx vitest --run src/domain/drg/golden.test.ts`).toBeDefined();
    }
    await expect(markdown).toMatchFileSnapshot(file);
  });

  it('has no golden file without a case', () => {
    const expected = CASES.map((c) => `./__golden__/${c.name}.md`).sort();
    for (const file of Object.keys(committed)) expect(expected, `${file} has no case: delete it`).toContain(file);
    // Files written by this very run are not in `committed` yet.
    if (expect.getState().snapshotState.snapshotUpdateState !== 'all') expect(Object.keys(committed).sort()).toEqual(expected);
  });
});
