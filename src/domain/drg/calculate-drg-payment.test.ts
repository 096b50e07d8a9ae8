import { describe, expect, it } from 'vitest';
import { calculateDrgPayment, DRG_GUIDANCE, type DrgPaymentInput } from './calculate-drg-payment';
import type { PartialDrgAssumptions } from './assumptions';
import { costActivities, drgInput, TEST_APPENDIX, TEST_TABLES, TEST_WEIGHTS } from '@/testing/drg-fixtures';
import type { DrgTables } from './tables';

const run = (overrides: Partial<DrgPaymentInput> = {}, a: PartialDrgAssumptions = {}, tables: DrgTables = TEST_TABLES) =>
  calculateDrgPayment(drgInput(overrides), tables, a);
const codes = (r: ReturnType<typeof run>) => r.result.issues.map((i) => i.code);
const lines = (r: ReturnType<typeof run>) => r.result.claimLines.map((l) => [l.activityType, l.code, l.net]);

describe('calculateDrgPayment: the result table', () => {
  it('E2: surgical DRG with a cost outlier (manual cost 60,000)', () => {
    const r = run({ cost: { kind: 'manual', amount: '60000' } });
    expect(r.result).toMatchObject({
      status: 'complete',
      issues: [],
      effectiveDate: '2025-10-11',
      lengthOfStay: '10.00',
      base: { relativeWeight: '1.5000', drgAmount: '12750.00', addOn: '0.00', basePayment: '12750.00' },
      outlier: { kind: 'cost', amount: '13350.00', serviceCode: '99', evaluated: true },
      cahms: { applies: false, amount: '0.00' },
      totalDrgPayment: '26100.00',
      total: '26100.00',
      split: null,
      guidance: [DRG_GUIDANCE.outlierExclusions],
    });
    expect(lines(r)).toEqual([
      ['9', '111101', '12750.00'],
      ['8', '99', '13350.00'],
    ]);
    expect(r.steps.map((s) => s.id)).toEqual([
      'context.date',
      'parameters',
      'drg',
      'drg.kind',
      'base.rw',
      'base.exact',
      'base.round',
      'base.add-on',
      'base.payment',
      'los.minutes',
      'los.count',
      'los.round',
      'cost.total',
      'outlier.threshold',
      'outlier.excess',
      'outlier.amount',
      'cahms.eligible',
      'total.drg',
      'total',
    ]);
  });

  it('E3: no outlier line when the cost stays under the threshold', () => {
    const r = run({ cost: { kind: 'manual', amount: '30000' } });
    expect(r.result).toMatchObject({ status: 'complete', outlier: { kind: 'none', amount: '0.00', serviceCode: null }, total: '12750.00', guidance: [] });
    expect(lines(r)).toEqual([['9', '111101', '12750.00']]);
  });

  it('prices the activities at the tariff in effect', () => {
    const r = run({ cost: { kind: 'activities', activities: costActivities([['3', '27447', '1'], ['8', 'RB-01', '10'], ['4', 'C1776', '1']]) } });
    expect(r.result.cost).toMatchObject({ amount: '59500.00', complete: true, tariffLabel: 'Test tariff 2025' });
    expect(r.result.outlier).toMatchObject({ kind: 'cost', amount: '13050.00' });
  });

  it('marks the cost incomplete when an activity has no price, and the result provisional', () => {
    const r = run({ cost: { kind: 'activities', activities: costActivities([['3', '27447', '1'], ['8', 'RB-01', '10'], ['3', '99999', '1']]) } });
    expect(r.result.status).toBe('provisional');
    expect(r.result.issues).toEqual([
      {
        code: 'drg.cost.incomplete',
        message: '1 activity has no tariff price (99999): the cost is incomplete and the outlier may be higher.',
        severity: 'warning',
      },
    ]);
    expect(r.result.outlier).toMatchObject({ kind: 'cost', amount: '7350.00' });
  });

  it('warns when no tariff is loaded', () => {
    const r = run({ cost: { kind: 'activities', activities: costActivities([['3', '27447', '1']]) } }, {}, { ...TEST_TABLES, tariffs: [] });
    expect(codes(r)).toEqual(['drg.tariff.missing', 'drg.cost.incomplete']);
  });

  it('does not evaluate the cost outlier without a cost, and says so', () => {
    const r = run();
    expect(r.result).toMatchObject({ status: 'provisional', outlier: { kind: 'none', evaluated: false }, total: '12750.00' });
    expect(codes(r)).toEqual(['drg.cost.missing']);
  });

  it('E4: mental-health LOS outlier from the timestamps (25.50 days)', () => {
    const r = run({ drgCode: '199901', caseType: 'medical', admission: '2025-10-01T08:00', discharge: '2025-10-26T20:00', ageYears: '40' });
    expect(r.result).toMatchObject({
      status: 'complete',
      lengthOfStay: '25.50',
      drg: { mentalHealth: true, cahmsEligible: true },
      outlier: { kind: 'mental-health-los', amount: '4207.50', serviceCode: '99-02' },
      total: '11857.50',
      guidance: [DRG_GUIDANCE.mentalHealthAuthorization],
    });
    expect(lines(r)).toEqual([
      ['9', '199901', '7650.00'],
      ['8', '99-02', '4207.50'],
    ]);
  });

  it('rounding trap: a LOS that rounds to exactly the high trim gives no outlier', () => {
    // 194101: high trim 29. 29 days 7 minutes = 29.0049 days → 29.00.
    const r = run({ drgCode: '194101', caseType: 'medical', admission: '2025-10-01T08:00', discharge: '2025-10-30T08:07', ageYears: '30' });
    expect(r.result).toMatchObject({ lengthOfStay: '29.00', outlier: { kind: 'none', amount: '0.00' }, total: '14807.00' });
    const r2 = run({ drgCode: '194101', caseType: 'medical', admission: '2025-10-01T08:00', discharge: '2025-10-30T08:08', ageYears: '30' });
    expect(r2.result).toMatchObject({ lengthOfStay: '29.01', outlier: { kind: 'mental-health-los', amount: '9.68' } });
  });

  it('CAHMS: a 15-year-old on Appendix-A DRG 194101 with a LOS outlier', () => {
    const r = run({ drgCode: '194101', caseType: 'medical', admission: '2025-10-01T10:00', discharge: '2025-11-05T16:00', dateOfBirth: '2010-03-14' });
    expect(r.result).toMatchObject({
      status: 'complete',
      ageYears: 15,
      lengthOfStay: '35.25',
      outlier: { amount: '6048.61' },
      cahms: { applies: true, amount: '10427.81' },
      totalDrgPayment: '20855.61',
      total: '31283.42',
    });
    expect(lines(r)).toEqual([
      ['9', '194101', '14807.00'],
      ['8', '99-02', '6048.61'],
      ['8', '99-03', '10427.81'],
    ]);
  });

  it('takes mental-health eligibility from Appendix A even when the row comes from a table without flags', () => {
    const r = run({ drgCode: '194101', caseType: 'medical', ageYears: '10', weightsTableId: TEST_WEIGHTS.id });
    expect(r.result.drg).toMatchObject({ sourceLabel: 'Test weights 2025', mentalHealth: true, cahmsEligible: true });
    expect(r.steps.find((s) => s.id === 'drg.kind')?.substituted).toBe('194101 listed in Appendix A (test copy)');
  });

  it('a mental-health DRG before Addendum 05: Appendix A is not in effect, so no LOS outlier and a warning', () => {
    const r = run({ drgCode: '194101', caseType: 'medical', admission: '2025-08-01T10:00', discharge: '2025-09-20T10:00', ageYears: '10' });
    expect(r.result).toMatchObject({ drg: { mentalHealth: false, cahmsEligible: false }, cahms: { applies: false } });
    expect(codes(r)).toEqual(['drg.rules.before-addendum', 'drg.cost.missing']);
  });

  it('R1 through the whole calculation: RW 1.0010 gives 8,509 (half-up) or 8,508 (half-even)', () => {
    expect(run({ drgCode: '051101', caseType: 'medical', cost: { kind: 'manual', amount: '0' } }).result.total).toBe('8509.00');
    const even = run({ drgCode: '051101', caseType: 'medical', cost: { kind: 'manual', amount: '0' } }, { roundingTieBreak: 'half-even' });
    expect(even.result.total).toBe('8508.00');
    expect(even.steps.find((s) => s.id === 'base.round')).toMatchObject({ rounding: 'whole AED half-even', assumptions: [{ key: 'roundingTieBreak', value: 'half-even', isDefault: false }] });
  });

  it('HCPCS add-on: in the DRG line by default, on a 98 line when told so', () => {
    const input = { addOn: '3,500.00', cost: { kind: 'manual', amount: '60000' } } as const;
    const r = run(input);
    expect(r.result).toMatchObject({ base: { basePayment: '16250.00' }, outlier: { amount: '11250.00' }, total: '27500.00' });
    expect(lines(r)).toEqual([
      ['9', '111101', '16250.00'],
      ['8', '99', '11250.00'],
    ]);
    const r98 = run(input, { addOnReporting: 'service-code-98' });
    expect(lines(r98)).toEqual([
      ['9', '111101', '12750.00'],
      ['8', '98', '3500.00'],
      ['8', '99', '11250.00'],
    ]);
  });

  it('uses a negotiated profile with a per-DRG override', () => {
    const r = run({ profileId: 'enhanced-a001', cost: { kind: 'manual', amount: '60000' } });
    // 9,000 × 1.5 = 13,500; threshold 13,500 + 15,000; (60,000 − 28,500) × 80 %.
    expect(r.result).toMatchObject({ base: { basePayment: '13500.00' }, outlier: { amount: '25200.00' }, total: '38700.00' });
    expect(r.steps.find((s) => s.id === 'parameters')).toMatchObject({
      substituted: 'Enhanced (payer A001), 2025-01-01 – 2025-12-31, contract override for DRG 111101',
      result: '9000 · 15000 · 80%',
      source: 'Payment profile "Enhanced (payer A001)" (negotiated, Standard Provider Contract)',
    });
  });

  it('picks tables by the admission date when told to', () => {
    const r = run({ admission: '2025-09-30T10:00', discharge: '2025-10-02T10:00', drgCode: '194101', caseType: 'medical', ageYears: '20' }, { effectiveDateBasis: 'admission' });
    expect(r.result.effectiveDate).toBe('2025-09-30');
    expect(r.result.drg?.mentalHealth).toBe(false);
  });

  it('falls back to the other date when the basis date is missing', () => {
    const r = run({ discharge: '', cost: { kind: 'manual', amount: '0' } });
    expect(r.result.effectiveDate).toBe('2025-10-01');
    expect(codes(r)).toEqual(['drg.dates.fallback']);
    expect(r.result.lengthOfStay).toBeNull();
  });
});

describe('calculateDrgPayment: manual entry', () => {
  it('prices a DRG typed in by hand and marks it manual', () => {
    const r = run({ drgCode: '222222', manualDrg: { relativeWeight: '2.0000', description: 'IP SOMETHING NEW' }, cost: { kind: 'manual', amount: '0' } });
    expect(r.result).toMatchObject({ status: 'complete', drg: { origin: 'manual', sourceLabel: 'Manual entry', relativeWeight: '2.0000' }, total: '17000.00' });
    expect(r.steps.find((s) => s.id === 'drg')).toMatchObject({ source: 'Manual entry', note: 'Entered by hand: no weights table in effect lists this DRG.' });
  });

  it('notes the table value when a listed DRG is entered by hand, and keeps its Appendix A eligibility', () => {
    const r = run({ drgCode: '194101', caseType: 'medical', ageYears: '40', manualDrg: { relativeWeight: '1.8', alos: '15.3', lowTrim: '1', highTrim: '29' } });
    expect(r.result.drg).toMatchObject({ relativeWeight: '1.8', alos: '15.3', mentalHealth: true });
    expect(r.steps.find((s) => s.id === 'drg')?.note).toBe('Entered by hand; Appendix A (test copy) lists RW 1.7420 for this DRG.');
  });

  it('needs ALOS and high trim for a mental-health DRG entered by hand', () => {
    const r = run({ drgCode: '194101', caseType: 'medical', manualDrg: { relativeWeight: '1.8' } });
    expect(r.result.status).toBe('incomplete');
    expect(codes(r)).toEqual(['drg.manual.trims']);
  });

  it('uses a LOS and an age entered by hand', () => {
    const r = run({ drgCode: '199901', caseType: 'medical', losDays: '25,5', ageYears: '17' });
    expect(r.result).toMatchObject({ lengthOfStay: '25.50', ageYears: 17, outlier: { amount: '4207.50' }, cahms: { amount: '5928.75' } });
  });
});

describe('calculateDrgPayment: bad input becomes issues', () => {
  it.each<[string, Partial<DrgPaymentInput>, string[]]>([
    ['no dates', { admission: '', discharge: '' }, ['drg.dates.missing']],
    ['an unreadable admission', { admission: '01/10/2025 10:00', discharge: '' }, ['drg.admission.format', 'drg.dates.missing']],
    ['an unreadable discharge', { discharge: '2025-10-32T10:00', cost: { kind: 'manual', amount: '0' } }, ['drg.discharge.format', 'drg.dates.fallback']],
    ['discharge before admission', { discharge: '2025-09-30T10:00', cost: { kind: 'manual', amount: '0' } }, ['drg.dates.order', 'drg.rules.before-addendum']],
    ['no DRG code', { drgCode: ' ' }, ['drg.code.missing']],
    ['a malformed DRG code', { drgCode: '11-1101' }, ['drg.code.format']],
    ['an unknown DRG', { drgCode: '999999' }, ['drg.code.unknown']],
    ['an unknown profile', { profileId: 'gone' }, ['drg.profile.unknown']],
    ['a bad add-on', { addOn: 'some' }, ['drg.add-on.number']],
    ['a negative manual cost', { cost: { kind: 'manual', amount: '-5' } }, ['drg.cost.number']],
    ['a bad manual RW', { drgCode: '222222', manualDrg: { relativeWeight: '0' } }, ['drg.manual.number']],
    ['a bad LOS', { drgCode: '199901', losDays: 'long' }, ['drg.los.number', 'drg.los.missing']],
    ['a bad age', { drgCode: '199901', ageYears: 'teen' }, ['drg.age.number', 'drg.age.unknown']],
    ['a bad date of birth', { drgCode: '199901', dateOfBirth: '14/03/2010' }, ['drg.dob.format', 'drg.age.unknown']],
    ['a date of birth after admission', { drgCode: '199901', dateOfBirth: '2025-10-05' }, ['drg.dob.after-admission', 'drg.age.unknown']],
  ])('%s', (_name, overrides, expected) => {
    const r = run(overrides);
    expect(codes(r)).toEqual(expected);
    expect(r.result.status).toBe('incomplete');
    expect(r.result.total).toBeNull();
    expect(r.result.claimLines).toEqual([]);
  });

  it('names the tables in effect when a DRG is unknown', () => {
    const r = run({ drgCode: '999999' });
    expect(r.result.issues[0]?.message).toBe(
      'DRG 999999 is not in any weights table in effect on 2025-10-11 (Test weights 2025, Appendix A (test copy)); import the Mandatory Tariff weights or enter its RW, ALOS and trims by hand.',
    );
  });

  it('reports a bad number in a saved profile', () => {
    const tables: DrgTables = {
      ...TEST_TABLES,
      profiles: [{ id: 'bad', name: 'Bad', payerIds: [], note: '', versions: [{ effectiveFrom: '', effectiveTo: '', baseRate: 'x', gap: '1', marginalPercent: '1', drgOverrides: [] }] }],
    };
    expect(codes(run({ profileId: 'bad' }, {}, tables))).toEqual(['drg.profile.number']);
  });

  it('only warns about a bad date of birth when the DRG is not eligible for CAHMS', () => {
    const r = run({ dateOfBirth: '14/03/2010', cost: { kind: 'manual', amount: '0' } });
    expect(r.result).toMatchObject({ status: 'provisional', total: '12750.00' });
    expect(r.result.issues).toEqual([{ code: 'drg.dob.format', message: 'The date of birth must be a date as YYYY-MM-DD, found "14/03/2010".', severity: 'warning' }]);
  });

  it('gives the newborn guidance when a stay that began in the first month of life runs past it', () => {
    const r = run({ drgCode: '151101', caseType: 'medical', dateOfBirth: '2025-09-25', admission: '2025-10-01T10:00', discharge: '2025-10-30T10:00', cost: { kind: 'manual', amount: '0' } });
    expect(r.result.guidance).toEqual([DRG_GUIDANCE.newborn]);
    const within = run({ drgCode: '151101', caseType: 'medical', dateOfBirth: '2025-09-25', admission: '2025-10-01T10:00', discharge: '2025-10-20T10:00', cost: { kind: 'manual', amount: '0' } });
    expect(within.result.guidance).toEqual([]);
  });

  it('warns when the age is needed but missing', () => {
    const r = run({ drgCode: '194101', caseType: 'medical' });
    expect(r.result.status).toBe('provisional');
    expect(codes(r)).toEqual(['drg.age.unknown']);
  });

  it('a weights table chosen by hand outside its dates is used with a warning', () => {
    const r = run({ drgCode: '194101', caseType: 'medical', ageYears: '30', admission: '2025-09-01T10:00', discharge: '2025-09-05T10:00', weightsTableId: TEST_APPENDIX.id });
    expect(r.result.drg).toMatchObject({ sourceLabel: 'Appendix A (test copy)', mentalHealth: true });
    expect(codes(r)).toEqual(['drg.rules.before-addendum', 'drg.table.outside-dates']);
  });

  it('tells when another table lists the DRG with a different RW', () => {
    const other = { ...TEST_WEIGHTS, id: 'old', label: 'Old weights', effectiveFrom: '2024-01-01', rows: [{ ...TEST_WEIGHTS.rows[0]!, relativeWeight: '1.4000' }] };
    const r = run({ cost: { kind: 'manual', amount: '0' } }, {}, { ...TEST_TABLES, weights: [other, TEST_WEIGHTS] });
    expect(r.steps.find((s) => s.id === 'drg')?.note).toBe('Also in Old weights with RW 1.4000; the table shown first is used.');
    expect(r.result.base?.drgAmount).toBe('12750.00');
  });
});

describe('calculateDrgPayment: split between two payers (§4.4.2.4)', () => {
  const surgical = { cost: { kind: 'manual', amount: '66500' } } as const; // T = 12,750 + 17,250 = 30,000

  it('E7: surgery after expiry → the days formula, with each payer’s e-claim lines', () => {
    const r = run({ ...surgical, split: { payer1LastCoveredDate: '2025-10-04', leadingSurgeryStart: '2025-10-06T09:00' } });
    expect(r.result.split).toEqual({
      rule: 'surgical-formula',
      coveredDays: '4',
      totalDays: '10',
      payer1: {
        drgPayment: '17400.00',
        cahms: '0.00',
        total: '17400.00',
        lines: [
          { role: 'drg', activityType: '9', code: '111101', net: '7395.00' },
          { role: 'cost-outlier', activityType: '8', code: '99', net: '10005.00' },
        ],
      },
      payer2: {
        drgPayment: '12600.00',
        cahms: '0.00',
        total: '12600.00',
        lines: [
          { role: 'drg', activityType: '9', code: '111101', net: '5355.00' },
          { role: 'cost-outlier', activityType: '8', code: '99', net: '7245.00' },
        ],
      },
    });
    expect(r.result.guidance).toContain(DRG_GUIDANCE.splitLines);
    expect(r.steps.find((s) => s.id === 'split.rule')?.substituted).toBe("Surgery on 2025-10-06, after payer 1's last covered date 2025-10-04.");
  });

  it.each<[string, Partial<DrgPaymentInput>, string | null, string | null, string | null]>([
    ['medical case: payer 1 pays all', { caseType: 'medical', split: { payer1LastCoveredDate: '2025-10-04' } }, 'medical', '30000.00', '0.00'],
    [
      'surgery within cover, none after: payer 1 pays all',
      { split: { payer1LastCoveredDate: '2025-10-04', leadingSurgeryStart: '2025-10-02T09:00' } },
      'surgical-within-coverage',
      '30000.00',
      '0.00',
    ],
    [
      'surgery within cover but a later one after expiry: the formula',
      { split: { payer1LastCoveredDate: '2025-10-04', leadingSurgeryStart: '2025-10-02T09:00', laterSurgeryStarts: ['2025-10-03T09:00', '2025-10-07T09:00'] } },
      'surgical-formula',
      '17400.00',
      '12600.00',
    ],
    ['cover through the last night: nothing to split', { split: { payer1LastCoveredDate: '2025-10-10', leadingSurgeryStart: '2025-10-06T09:00' } }, 'fully-covered', '30000.00', '0.00'],
    ['X and Y entered by hand (E8 ratio)', { split: { payer1LastCoveredDate: '2025-10-04', leadingSurgeryStart: '2025-10-06T09:00', coveredDays: '3', totalDays: '7' } }, 'surgical-formula', '18000.00', '12000.00'],
    ['case type unknown: undecided', { caseType: 'unknown', split: { payer1LastCoveredDate: '2025-10-04' } }, null, null, null],
    ['surgery date missing: undecided', { split: { payer1LastCoveredDate: '2025-10-04' } }, null, null, null],
  ])('%s', (_name, overrides, rule, p1, p2) => {
    const r = run({ ...surgical, ...overrides });
    expect([r.result.split?.rule ?? null, r.result.split?.payer1?.drgPayment ?? null, r.result.split?.payer2?.drgPayment ?? null]).toEqual([rule, p1, p2]);
  });

  it.each<[string, Partial<DrgPaymentInput>, string]>([
    ['a bad expiry date', { split: { payer1LastCoveredDate: '04/10/2025' } }, 'drg.split.expiry'],
    ['cover ended before admission', { split: { payer1LastCoveredDate: '2025-09-30' } }, 'drg.split.not-covered'],
    ['X above Y', { split: { payer1LastCoveredDate: '2025-10-04', coveredDays: '8', totalDays: '7' } }, 'drg.split.days'],
    ['only one of X and Y', { split: { payer1LastCoveredDate: '2025-10-04', coveredDays: '3' } }, 'drg.split.days'],
    ['no dates for counting', { discharge: '', split: { payer1LastCoveredDate: '2025-10-04' } }, 'drg.split.dates'],
  ])('split refused: %s', (_name, overrides, code) => {
    const r = run({ ...surgical, ...overrides });
    expect(codes(r)).toContain(code);
    expect(r.result.split).toMatchObject({ rule: null, payer1: null, payer2: null });
  });

  it('splits the CAHMS adjustor in the same share by default, or leaves it to payer 1', () => {
    const input = {
      drgCode: '194101',
      caseType: 'surgical',
      admission: '2025-10-01T10:00',
      discharge: '2025-11-05T16:00',
      ageYears: '15',
      split: { payer1LastCoveredDate: '2025-10-10', leadingSurgeryStart: '2025-10-20T09:00' },
    } as const;
    const r = run(input);
    expect(r.result.split).toMatchObject({
      rule: 'surgical-formula',
      coveredDays: '10',
      totalDays: '35',
      payer1: { drgPayment: '10427.81', cahms: '5213.91', total: '15641.72' },
      payer2: { drgPayment: '10427.80', cahms: '5213.90', total: '15641.70' },
    });
    expect(r.result.split?.payer1?.lines.map((l) => [l.code, l.net])).toEqual([
      ['194101', '7403.50'],
      ['99-02', '3024.31'],
      ['99-03', '5213.91'],
    ]);
    expect(r.result.split?.payer2?.lines.map((l) => [l.code, l.net])).toEqual([
      ['194101', '7403.50'],
      ['99-02', '3024.30'],
      ['99-03', '5213.90'],
    ]);
    const toPayer1 = run(input, { cahmsInSplit: 'payer-1' });
    expect(toPayer1.result.split).toMatchObject({ payer1: { cahms: '10427.81', total: '20855.62' }, payer2: { cahms: '0.00', total: '10427.80' } });
    expect(toPayer1.result.split?.payer2?.lines.map((l) => l.code)).toEqual(['194101', '99-02']);
  });
});

describe('calculateDrgPayment: unrounded amounts', () => {
  it('E5 with rounding switched off keeps the exact amounts', () => {
    const r = run({ drgCode: '199902', caseType: 'medical', losDays: '22', ageYears: '10' }, { roundMhOutlier: false, roundCahms: false });
    // base 10,493 (8,500 × 1.2345 = 10,493.25); outlier 5,749.7260…; CAHMS 50 % of 16,242.7260… = 8,121.3630…
    expect(r.result).toMatchObject({ totalDrgPayment: '16242.73', total: '24364.09', outlier: { amount: '5749.73' }, cahms: { amount: '8121.36' } });
    expect(lines(r)).toEqual([
      ['9', '199902', '10493.00'],
      ['8', '99-02', '5749.73'],
      ['8', '99-03', '8121.36'],
    ]);
    expect(codes(r)).toEqual([]);
    expect(r.steps.find((s) => s.id === 'total')).toMatchObject({ substituted: '16242.7260273972… + 8121.3630136986…', rounding: '2 dp half-up' });
  });

  it('warns when unrounded amounts make the 2-dp lines miss the total by a fils', () => {
    // LOS 18.17: outlier 244.3633…, CAHMS 5,368.6816…; total 16,106.05 but the lines add up to 16,106.04.
    const r = run({ drgCode: '199902', caseType: 'medical', losDays: '18.17', ageYears: '10' }, { roundMhOutlier: false, roundCahms: false });
    expect(r.result.total).toBe('16106.05');
    expect(r.result.status).toBe('provisional');
    expect(r.result.issues.map((i) => i.message)).toEqual(['With unrounded outlier/CAHMS amounts the e-claim lines (2 dp each) add up to 16106.04, not the total 16106.05.']);
  });
});
