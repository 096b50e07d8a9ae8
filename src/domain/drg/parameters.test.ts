import { describe, expect, it } from 'vitest';
import { BASIC_PROFILE_ID, DOH_BASIC_PROFILE, allProfiles, parsePaymentProfile, profileIdForPayer, selectDrgParameters } from './parameters';
import { TEST_ENHANCED_PROFILE } from '@/testing/drg-fixtures';

describe('selectDrgParameters', () => {
  it('gives the built-in Basic product by default (§4.4.2)', () => {
    const r = selectDrgParameters([], { date: '2025-10-08', drgCode: '194101' });
    expect(r).toEqual({
      ok: true,
      value: {
        profileId: BASIC_PROFILE_ID,
        profileName: 'DOH Basic product',
        builtIn: true,
        effectiveFrom: '',
        effectiveTo: '',
        baseRate: '8500',
        gap: '25000',
        marginalPercent: '60',
        override: null,
      },
    });
  });

  it.each([
    ['2025-06-30', '111101', '9,000.00', '15000', '80', true],
    ['2025-06-30', '051101', '9,000.00', '20000', '70', false],
    ['2025-12-31', '051101', '9,000.00', '20000', '70', false],
    ['2026-01-01', '111101', '9500', '20000', '70', false],
  ])('picks the version in effect on %s and the override for DRG %s', (date, drg, baseRate, gap, marginal, overridden) => {
    const r = selectDrgParameters([TEST_ENHANCED_PROFILE], { profileId: 'enhanced-a001', date, drgCode: drg });
    expect(r.ok && [r.value.baseRate, r.value.gap, r.value.marginalPercent, r.value.override !== null, r.value.builtIn]).toEqual([baseRate, gap, marginal, overridden, false]);
  });

  it('says when the profile or a version for the date is missing', () => {
    expect(selectDrgParameters([], { profileId: 'nope', date: '2025-10-01', drgCode: '111101' })).toEqual({
      ok: false,
      errors: [{ code: 'drg.profile.unknown', message: 'No payment profile "nope" is saved; choose another or the DOH Basic product.', severity: 'error' }],
    });
    const r = selectDrgParameters([TEST_ENHANCED_PROFILE], { profileId: 'enhanced-a001', date: '2024-12-31', drgCode: '111101' });
    expect(!r.ok && r.errors[0]?.code).toBe('drg.profile.no-version');
  });

  it('lets a saved profile replace the Basic one by id', () => {
    const custom = { ...DOH_BASIC_PROFILE, name: 'Basic (our copy)' };
    expect(allProfiles([custom]).map((p) => p.name)).toEqual(['Basic (our copy)']);
    expect(allProfiles([TEST_ENHANCED_PROFILE]).map((p) => p.id)).toEqual([BASIC_PROFILE_ID, 'enhanced-a001']);
    const r = selectDrgParameters([custom], { date: '2025-10-01', drgCode: '111101' });
    expect(r.ok && r.value.builtIn).toBe(false);
  });

  it.each([
    ['A001', 'enhanced-a001'],
    [' A001 ', 'enhanced-a001'],
    ['B002', BASIC_PROFILE_ID],
    ['', BASIC_PROFILE_ID],
  ])('profile for payer %j is %s', (payer, id) => {
    expect(profileIdForPayer([TEST_ENHANCED_PROFILE], payer)).toBe(id);
  });
});

describe('parsePaymentProfile', () => {
  const version = { effectiveFrom: '2025-01-01', effectiveTo: '', baseRate: '9000', gap: '20000', marginalPercent: '70', drgOverrides: [] };
  const profile = { id: 'p1', name: 'Enhanced', payerIds: ['A001'], note: '', versions: [version] };

  it('reads a valid profile, keeping optional overrides only when given', () => {
    const r = parsePaymentProfile({ ...profile, versions: [{ ...version, drgOverrides: [{ drgCode: '111101', gap: '15000' }] }] });
    expect(r.ok && r.value.versions[0]?.drgOverrides).toEqual([{ drgCode: '111101', gap: '15000' }]);
    expect(parsePaymentProfile(TEST_ENHANCED_PROFILE).ok).toBe(true);
  });

  it.each([
    ['a bad base rate', { ...profile, versions: [{ ...version, baseRate: 'lots' }] }, 'Profile field "versions.0.baseRate": expected an amount of 0 or more.'],
    ['a marginal over 100', { ...profile, versions: [{ ...version, marginalPercent: '160' }] }, 'Profile field "versions.0.marginalPercent": expected a percent from 0 to 100.'],
    ['an end before the start', { ...profile, versions: [{ ...version, effectiveTo: '2024-01-01' }] }, 'Profile field "versions.0.effectiveTo": effectiveTo is before effectiveFrom.'],
    ['no versions', { ...profile, versions: [] }, 'Profile field "versions": Too small: expected array to have >=1 items.'],
    ['a bad DRG code in an override', { ...profile, versions: [{ ...version, drgOverrides: [{ drgCode: '1111' }] }] }, 'Profile field "versions.0.drgOverrides.0.drgCode": expected a six-digit IR-DRG code.'],
  ])('refuses %s', (_name, value, message) => {
    const r = parsePaymentProfile(value);
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual([message]);
  });

  it('refuses overlapping versions and duplicate overrides', () => {
    const r = parsePaymentProfile({
      ...profile,
      versions: [
        { ...version, effectiveTo: '2025-12-31', drgOverrides: [{ drgCode: '111101' }, { drgCode: '111101' }] },
        { ...version, effectiveFrom: '2025-06-01' },
      ],
    });
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['drg.profile.overlap', 'drg.profile.override-duplicate']);
    expect(!r.ok && r.errors[0]?.message).toBe('Versions 1 and 2 of "Enhanced" overlap; each date must have one set of parameters.');
  });
});
