import { describe, expect, it } from 'vitest';
import { renameLinks } from '@/domain/claim';
import { aDoc } from '@/testing/builders';
import { importedCatalog, starterCatalog } from '@/testing/code-tables';
import { applyFix } from '../apply-fix';
import { distinctiveWords, icdStatus, moreText, noteWords, rankByNote, releaseLabel, replaceDiagnosisFix, unspecifiedWithSiblings } from './icd';

const view = starterCatalog().viewFor('icd10cm', '2025-10-05')!;

describe('ICD-10-CM edit support', () => {
  it.each([
    ['R079', 'billable'],
    ['R07', 'header'],
    ['R078', 'header'],
    ['S62001', 'needs-seventh'],
    ['W19', 'needs-seventh'],
    ['T1501A', 'placeholder'],
    ['S62001Z', 'bad-seventh'],
    ['R4589', 'unknown'],
  ] as const)('%s is %s in the starter set', (key, status) => {
    expect(icdStatus(view, key)).toBe(status);
  });

  it('names releases with their dates, the starter set without', () => {
    const fy2026 = importedCatalog().releaseFor('icd10cm', '2025-10-05')!;
    expect(releaseLabel(fy2026)).toBe('ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)');
    expect(releaseLabel(view.release)).toBe('ICD-10-CM starter set');
  });

  it.each([
    ['Precordial pain. No shortness of breath.', ['precordial', 'pain', 'no']],
    ['Denies chest pain on breathing; precordial pressure', ['denies', 'breathing', 'precordial', 'pressure']],
    ['', []],
  ])('reads the asserted words of %j', (note, expected) => {
    expect([...noteWords(note)]).toEqual(expected);
  });

  it('finds the words that set a code apart from the unspecified one', () => {
    expect(distinctiveWords('Chest pain, unspecified', 'Precordial pain')).toEqual(['precordial']);
    expect(distinctiveWords('Chest pain, unspecified', 'Other chest pain')).toEqual([]);
    const spec = unspecifiedWithSiblings(view, 'R079')!;
    expect(rankByNote('Chest pain, unspecified', spec.moreSpecific, noteWords('Intercostal and precordial pain')).map((r) => [r.entry.display, r.mentions.join('+')])).toEqual([
      ['R07.2', 'precordial'],
      ['R07.82', 'intercostal'],
      ['R07.1', ''],
      ['R07.81', ''],
      ['R07.89', ''],
    ]);
  });

  it('does not walk the family of a code whose title is not unspecified', () => {
    expect(unspecifiedWithSiblings(view, 'E119')).toBeUndefined();
    expect(unspecifiedWithSiblings(view, 'R072')).toBeUndefined();
    expect(unspecifiedWithSiblings(view, 'A09')).toBeUndefined(); // unspecified, but nothing more specific in its family
  });

  it.each([
    ['a new code', 'R07.9', 'R07.2'],
    ['the same code in standard form', 'r079', 'R07.9'],
    ['a code already linked next to it (no duplicate link)', 'R07.9', 'I10'],
  ])('a replacement carries the activity links as renameLinks does: %s', (_name, from, to) => {
    const doc = aDoc()
      .diagnoses(from, 'I10')
      .activities({ code: '99214', diagnosisLinks: [from, 'I10'] }, { code: '93000', diagnosisLinks: [from] }, { code: '81001', diagnosisLinks: ['I10'] })
      .build();
    const after = applyFix(doc, replaceDiagnosisFix(doc, 0, to, 'x'));
    expect(after.claim.diagnoses[0]!.code).toBe(to);
    const expected = from.toUpperCase().replace('.', '') === to.replace('.', '') ? doc.claim.activities.map((a) => ({ ...a, diagnosisLinks: a.diagnosisLinks.map((l) => (l === from ? to : l)) })) : renameLinks(doc.claim.activities, from, to);
    expect(after.claim.activities).toEqual(expected);
  });

  it('counts the fixes not offered', () => {
    expect(moreText(0)).toBe('');
    expect(moreText(3)).toBe('; 3 more not shown');
  });
});
