import { describe, expect, it } from 'vitest';
import { emptyActivity, emptyClaim, emptyDiagnosis } from './factories';
import { dropDanglingLinks, linkKey, recalculateTotals, renameLinks } from './links';

const a = (id: string, links: string[], net = '') => ({ ...emptyActivity(id, '2025-10-05T09:00'), diagnosisLinks: links, net });

describe('links', () => {
  it.each([
    [' r07.2 ', 'R072'],
    ['R072', 'R072'],
    ['', ''],
  ])('linkKey(%j) = %j', (code, key) => expect(linkKey(code)).toBe(key));

  it('renames links by code, whatever the dot or case, and never duplicates', () => {
    const acts = [a('1', ['R07.9', 'I10']), a('2', ['i10']), a('3', ['R07.2', 'r079'])];
    expect(renameLinks(acts, 'R07.9', 'R07.2').map((x) => x.diagnosisLinks)).toEqual([['R07.2', 'I10'], ['i10'], ['R07.2']]);
  });

  it('leaves links alone when the old code was empty or the same', () => {
    const acts = [a('1', ['I10'])];
    expect(renameLinks(acts, '', 'I10')[0]!.diagnosisLinks).toEqual(['I10']);
    expect(renameLinks(acts, 'I10', 'i10')[0]!.diagnosisLinks).toEqual(['I10']);
  });

  it('drops links to diagnoses no longer on the claim', () => {
    const claim = { ...emptyClaim(), diagnoses: [emptyDiagnosis('Principal', 'R07.2')], activities: [a('1', ['R07.2', 'I10']), a('2', ['r072'])] };
    expect(dropDanglingLinks(claim).map((x) => x.diagnosisLinks)).toEqual([['R07.2'], ['r072']]);
  });
});

describe('recalculateTotals', () => {
  it.each([
    ['50', ['300', '150.00'], { net: '450.00', gross: '500.00', patientShare: '50.00' }],
    ['', ['8,500.00', ''], { net: '8500.00', gross: '8500.00', patientShare: '0.00' }],
    ['0', [], { net: '0.00', gross: '0.00', patientShare: '0.00' }],
  ])('share %j, nets %j', (patientShare, nets, expected) => {
    expect(recalculateTotals({ patientShare, activities: nets.map((n, i) => a(String(i), [], n)) })).toEqual(expected);
  });
  it('gives up when an amount does not read', () => {
    expect(recalculateTotals({ patientShare: '0', activities: [a('1', [], 'abc')] })).toBeUndefined();
    expect(recalculateTotals({ patientShare: 'x', activities: [] })).toBeUndefined();
  });
});

describe('identity of unchanged activities', () => {
  it('renameLinks and dropDanglingLinks return untouched activities as the same objects', () => {
    const acts = [a('1', ['R07.9']), a('2', ['I10'])];
    const renamed = renameLinks(acts, 'R07.9', 'R07.2');
    expect(renamed[0]).not.toBe(acts[0]);
    expect(renamed[1]).toBe(acts[1]);
    const claim = { ...emptyClaim(), diagnoses: [emptyDiagnosis('Principal', 'I10')], activities: acts };
    const dropped = dropDanglingLinks(claim);
    expect(dropped[0]).not.toBe(acts[0]);
    expect(dropped[1]).toBe(acts[1]);
  });
});
