import { describe, expect, it } from 'vitest';
import { createCodeCatalog, isCptKey, isHcpcsKey, isIcdKey, isLocalKey, isModifierKey, parseCode } from '../../domain/codes';
import { CODE_SET_CONTEXT, STARTER_CODE_SETS } from './index';

const byId = (id: string) => STARTER_CODE_SETS.find((s) => s.release.id === id)!;
const catalog = createCodeCatalog(STARTER_CODE_SETS, CODE_SET_CONTEXT);
const DOS = '2025-10-05T09:00';
const icd = catalog.viewFor('icd10cm', DOS)!;

describe('the starter set', () => {
  it('has one open-ended starter release per system', () => {
    expect(STARTER_CODE_SETS.map((s) => [s.release.id, s.release.origin, s.release.effectiveFrom, s.release.effectiveTo])).toEqual([
      ['starter:icd10cm', 'starter', null, null],
      ['starter:cpt', 'starter', null, null],
      ['starter:hcpcs', 'starter', null, null],
      ['starter:local', 'starter', null, null],
    ]);
  });

  it('has the sizes the team set out', () => {
    expect(byId('starter:icd10cm').release.counts).toEqual({ billable: 411, headers: 255, modifiers: 0, total: 666 });
    expect(byId('starter:cpt').release.counts).toEqual({ billable: 194, headers: 0, modifiers: 17, total: 211 });
    expect(byId('starter:hcpcs').release.counts).toEqual({ billable: 65, headers: 0, modifiers: 36, total: 101 });
    expect(byId('starter:local').release.counts).toEqual({ billable: 4, headers: 0, modifiers: 0, total: 4 });
  });

  it('holds only well-formed, unique codes with titles', () => {
    const shape = { icd10cm: isIcdKey, cpt: isCptKey, hcpcs: isHcpcsKey, local: isLocalKey };
    for (const { release, entries } of STARTER_CODE_SETS) {
      const codes = entries.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of entries) {
        expect(e.kind === 'modifier' ? isModifierKey(e.code) : shape[release.system](e.code), `${release.system} ${e.code}`).toBe(true);
        expect(e.longTitle.trim(), e.code).not.toBe('');
        if (release.system === 'icd10cm') expect(parseCode('icd10cm', e.display)).toEqual({ ok: true, value: { code: e.code, display: e.display } });
      }
    }
  });

  it('has every ICD-10-CM header above its codes, and no header without codes', () => {
    const { entries } = byId('starter:icd10cm');
    const headers = entries.filter((e) => !e.billable);
    for (const e of entries.filter((x) => x.billable && x.code.length > 3)) {
      expect(icd.describe(e.code)?.category, e.code).toBeDefined();
    }
    for (const h of headers) expect(icd.billableDescendants(h.code).length, h.display).toBeGreaterThan(0);
  });

  it.each([
    ['R07.9', ['R07.1', 'R07.2', 'R07.81', 'R07.82', 'R07.89']],
    ['M17.9', ['M17.0', 'M17.11', 'M17.12', 'M17.2', 'M17.31', 'M17.32', 'M17.4', 'M17.5']],
    ['S62.009A', ['S62.001A', 'S62.002A']],
  ])('%s is unspecified; more specific: %j', (code, more) => {
    const s = icd.specificity(code)!;
    expect(s.level).toBe('unspecified');
    expect(s.moreSpecific.map((e) => e.display)).toEqual(more);
  });

  it('E11.9 is the family default and I10 is specific', () => {
    expect(icd.specificity('E11.9')?.level).toBe('default');
    expect(icd.specificity('I10')).toEqual({ level: 'specific', basis: null, moreSpecific: [] });
  });

  it('has a full 7th-character family and placeholder-X codes', () => {
    expect(icd.seventhCharacter('S62.001')?.characters.map((c) => c.char)).toEqual(['A', 'B', 'D', 'G', 'K', 'P', 'S']);
    expect(icd.requiresSeventhCharacter('W19')).toBe(true);
    expect(icd.suggestWithPlaceholder('T15.01A').map((e) => e.display)).toEqual(['T15.01XA']);
    expect(icd.describe('W19.XXXA')?.chapter?.number).toBe(20);
  });

  it('has the codes samples and edits rely on', () => {
    for (const code of ['G63', 'E11.40', 'F02.80', 'G30.9', 'O80', 'Z33.1', 'Z34.00', 'Z3A.32', 'Z00.00', 'Z13.6', 'F20.9', 'F33.9', 'N18.30', 'I13.10', 'Y92.009']) {
      expect(icd.isBillable(code), code).toBe(true);
    }
  });

  it('CPT, HCPCS, modifiers and DOH service codes', () => {
    expect(catalog.isBillable('cpt', '99213', DOS)).toBe(true);
    expect(catalog.isBillable('hcpcs', 'J1100', DOS)).toBe(true);
    expect(catalog.modifier('25', DOS)?.longTitle).toBe('Significant, separately identifiable E/M on the day of a procedure');
    expect(catalog.modifier('rt', DOS)?.longTitle).toBe('Right side of the body');
    expect(catalog.isBillable('local', '99-02', DOS)).toBe(true);
    expect(catalog.isBillable('local', '99-02', '2025-09-30T09:00')).toBe(false);
    expect(catalog.isBillable('local', '99', '2012-01-01')).toBe(true);
  });
});
