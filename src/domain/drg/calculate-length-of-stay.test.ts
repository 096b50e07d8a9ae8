import { describe, expect, it } from 'vitest';
import { D } from '../money';
import { withDefaults, type DrgAssumptions } from './assumptions';
import { calculateLengthOfStay } from './calculate-length-of-stay';
import { parseCivilTimestamp, type CivilTimestamp } from './dates';

function ts(text: string): CivilTimestamp {
  const v = parseCivilTimestamp(text);
  if (!v) throw new Error(`bad test timestamp ${text}`);
  return v;
}

describe('calculateLengthOfStay', () => {
  it.each<[string, DrgAssumptions['losMethod'], string, string, string]>([
    ['E4: 25 days 12 hours', 'fractional-days', '2025-10-01T08:00', '2025-10-26T20:00', '25.50'],
    ['29 days and 7 minutes rounds to exactly 29.00', 'fractional-days', '2025-10-01T08:00', '2025-10-30T08:07', '29.00'],
    ['29 days and 8 minutes rounds to 29.01', 'fractional-days', '2025-10-01T08:00', '2025-10-30T08:08', '29.01'],
    ['a tie at the third decimal rounds up (18 minutes = 0.0125 day)', 'fractional-days', '2025-10-01T00:00', '2025-10-01T00:18', '0.01'],
    ['midnights: 23:30 to 00:30 is one day', 'calendar-midnights', '2025-10-01T23:30', '2025-10-02T00:30', '1.00'],
    ['midnights: same day is zero', 'calendar-midnights', '2025-10-01T08:00', '2025-10-01T20:00', '0.00'],
    ['24-hour periods: 35 hours is one', 'completed-24h-periods', '2025-10-01T08:00', '2025-10-02T19:00', '1.00'],
    ['across a leap day', 'fractional-days', '2024-02-28T12:00', '2024-03-01T12:00', '2.00'],
  ])('%s', (_name, method, start, end, days) => {
    const r = calculateLengthOfStay({ kind: 'timestamps', start: ts(start), end: ts(end) }, withDefaults({ losMethod: method }));
    expect(r.result).toEqual({ days, method });
  });

  it('explains the fractional count and names the setting', () => {
    const r = calculateLengthOfStay({ kind: 'timestamps', start: ts('2025-10-01T08:00'), end: ts('2025-10-26T20:00') }, withDefaults({}));
    expect(r.steps.map((s) => [s.id, s.formula, s.substituted, s.result, s.rounding])).toEqual([
      ['los.minutes', 'End − Start', '2025-10-26T20:00 − 2025-10-01T08:00', '36720 minutes', 'none'],
      ['los.count', 'minutes ÷ 1440', '36720 ÷ 1440', '25.5', 'none'],
      ['los.round', 'round(Actual LOS, 2)', 'round(25.5, 2)', '25.50', '2 dp half-up'],
    ]);
    expect(r.steps[1]?.assumptions).toEqual([{ key: 'losMethod', value: 'fractional-days', isDefault: true }]);
  });

  it('shows the midnight count as dates', () => {
    const r = calculateLengthOfStay({ kind: 'timestamps', start: ts('2025-10-01T23:30'), end: ts('2025-10-05T01:00') }, withDefaults({ losMethod: 'calendar-midnights' }));
    expect(r.steps[1]).toMatchObject({ formula: 'discharge date − admission date', substituted: '2025-10-05 − 2025-10-01', result: '4' });
    expect(r.steps[1]?.assumptions?.[0]).toEqual({ key: 'losMethod', value: 'calendar-midnights', isDefault: false });
  });

  it('uses a manual LOS as entered, rounded to 2 dp', () => {
    const r = calculateLengthOfStay({ kind: 'manual', days: D('22.345') }, withDefaults({}));
    expect(r.result).toEqual({ days: '22.35', method: 'manual' });
    expect(r.steps[0]).toMatchObject({ source: 'Manual entry', result: '22.345' });
  });
});
