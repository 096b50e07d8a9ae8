import { describe, expect, it } from 'vitest';
import { calculateDrgPayment, caseTypeOf, drgWeightsTableSchema } from '../../domain/drg';
import { APPENDIX_A_ROWS, APPENDIX_A_TABLE, BUILT_IN_DRG_TABLES } from '.';

describe('built-in Appendix A', () => {
  it('is a valid, versioned table of 30 distinct mental-health DRGs', () => {
    expect(drgWeightsTableSchema.safeParse(APPENDIX_A_TABLE).success).toBe(true);
    expect(APPENDIX_A_TABLE).toMatchObject({ version: 'V2025 Addendum 05, effective 2025-10-01', effectiveFrom: '2025-10-01', effectiveTo: '', origin: 'built-in' });
    expect(APPENDIX_A_ROWS).toHaveLength(30);
    expect(new Set(APPENDIX_A_ROWS.map((r) => r.code)).size).toBe(30);
    expect(APPENDIX_A_ROWS.every((r) => r.mentalHealth && r.cahms && caseTypeOf(r.description) === 'medical' && r.code.startsWith('1941'))).toBe(true);
    expect(APPENDIX_A_ROWS.every((r) => /^\d\.\d{4}$/.test(r.relativeWeight) && /^\d+\.\d{2}$/.test(r.alos) && Number(r.lowTrim) <= Number(r.highTrim))).toBe(true);
  });

  it.each([
    ['194101', '1.7420', '15.30', '1', '29'],
    ['194133', '6.6878', '28.00', '1', '60'],
    ['194143', '3.9588', '31.80', '26', '38'],
    ['194173', '3.0010', '9.80', '1', '23'],
    ['194193', '3.0452', '21.00', '1', '46'],
  ])('lists %s with RW %s, ALOS %s, trims %s–%s', (code, rw, alos, low, high) => {
    expect(APPENDIX_A_ROWS.find((r) => r.code === code)).toMatchObject({ relativeWeight: rw, alos, lowTrim: low, highTrim: high });
  });

  it('prices a stay with the built-in tables only', () => {
    const r = calculateDrgPayment(
      { drgCode: '194173', caseType: 'medical', admission: '2025-10-01T10:00', discharge: '2025-10-26T10:00', dateOfBirth: '2016-04-30' },
      BUILT_IN_DRG_TABLES,
    ).result;
    // 8,500 × 3.0010 = 25,508.5 → 25,509; LOS 25 > 23: 2 × (3.0010 / 9.80) × 8,500 = 5,205.816… → 5,205.82; CAHMS 50 % × 30,714.82 = 15,357.41.
    expect(r).toMatchObject({ status: 'complete', drg: { sourceLabel: 'Appendix A (V2025 Addendum 05)' }, total: '46072.23' });
    expect(r.claimLines.map((l) => [l.code, l.net])).toEqual([
      ['194173', '25509.00'],
      ['99-02', '5205.82'],
      ['99-03', '15357.41'],
    ]);
  });
});
