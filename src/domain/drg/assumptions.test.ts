import { describe, expect, it } from 'vitest';
import adr from '../../../docs/adr/0031-drg-open-assumptions.md?raw';
import { DEFAULT_DRG_ASSUMPTIONS, describeUse, DRG_ASSUMPTION_INFO, parseDrgAssumptions, useOf, withDefaults } from './assumptions';

describe('DRG assumptions', () => {
  it('lists every setting once, with its default among its options', () => {
    expect(DRG_ASSUMPTION_INFO.map((i) => i.key).sort()).toEqual(Object.keys(DEFAULT_DRG_ASSUMPTIONS).sort());
    for (const info of DRG_ASSUMPTION_INFO) {
      expect(info.defaultValue).toBe(String(DEFAULT_DRG_ASSUMPTIONS[info.key]));
      expect(info.options.map((o) => o.value)).toContain(info.defaultValue);
    }
  });

  it('is documented: ADR 0031 names every setting with its default', () => {
    for (const info of DRG_ASSUMPTION_INFO) {
      expect(adr).toContain(`\`${info.key}\``);
      expect(adr).toMatch(new RegExp(`\\\`${info.key}\\\`[^\\n]*default \\\`${info.defaultValue}\\\``));
    }
  });

  it('reads saved settings, filling in defaults', () => {
    expect(parseDrgAssumptions({ roundingTieBreak: 'half-even', roundCahms: false })).toEqual({
      ok: true,
      value: { ...DEFAULT_DRG_ASSUMPTIONS, roundingTieBreak: 'half-even', roundCahms: false },
    });
    expect(parseDrgAssumptions(undefined)).toEqual({ ok: true, value: DEFAULT_DRG_ASSUMPTIONS });
    expect(withDefaults({ losMethod: undefined })).toEqual(DEFAULT_DRG_ASSUMPTIONS);
  });

  it('refuses unknown values with the setting named', () => {
    const r = parseDrgAssumptions({ losMethod: 'nights', roundCahms: 'yes' });
    expect(!r.ok && r.errors.map((e) => [e.code, e.where])).toEqual([
      ['drg.assumptions.invalid', 'losMethod'],
      ['drg.assumptions.invalid', 'roundCahms'],
    ]);
  });

  it('describes the value a step used', () => {
    const changed = withDefaults({ splitDayCounting: 'calendar-days-inclusive' });
    expect(describeUse(useOf(changed, 'splitDayCounting'))).toBe('splitDayCounting = calendar-days-inclusive (changed from the default)');
    expect(describeUse(useOf(changed, 'losMethod'))).toBe('losMethod = fractional-days (default)');
  });
});
