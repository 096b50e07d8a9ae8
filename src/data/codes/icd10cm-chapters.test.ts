import { describe, expect, it } from 'vitest';
import { createIcdClassifier } from '../../domain/codes';
import { ICD10CM_BLOCKS, ICD10CM_CHAPTERS, ICD10CM_CLASSIFICATION } from './icd10cm-chapters';

describe('the ICD-10-CM chapter and block table', () => {
  it('has the 22 chapters, numbered 1 to 22', () => {
    expect(ICD10CM_CHAPTERS.map((c) => c.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('puts every block inside its chapter, without overlaps', () => {
    for (const b of ICD10CM_BLOCKS) {
      const chapter = ICD10CM_CHAPTERS.find((c) => c.number === b.chapter)!;
      expect(b.first >= chapter.first && b.last <= chapter.last, `${b.first}-${b.last}`).toBe(true);
      expect(b.first <= b.last, `${b.first}-${b.last}`).toBe(true);
    }
    const digitBlocks = ICD10CM_BLOCKS.filter((b) => /^[A-Z]\d\d$/.test(b.first)).sort((a, b) => (a.first < b.first ? -1 : 1));
    for (let i = 1; i < digitBlocks.length; i++) expect(digitBlocks[i - 1]!.last < digitBlocks[i]!.first, digitBlocks[i]!.first).toBe(true);
  });

  it.each([
    ['R07.9', 18, 'Symptoms and signs involving the circulatory and respiratory systems'],
    ['I10', 9, 'Hypertensive diseases'],
    ['E11.65', 4, 'Diabetes mellitus'],
    ['S62.001A', 19, 'Injuries to the wrist, hand and fingers'],
    ['C7A.00', 2, 'Malignant neuroendocrine tumors'],
    ['C4A.9', 2, 'Melanoma and other malignant neoplasms of skin'],
    ['M1A.00X0', 13, 'Inflammatory polyarthropathies'],
    ['Z3A.32', 21, 'Persons encountering health services in circumstances related to reproduction'],
    ['O9A.119', 15, 'Other obstetric conditions, not elsewhere classified'],
    ['I5A', 9, 'Other forms of heart disease'],
    ['U07.1', 22, 'Provisional assignment of new diseases of uncertain etiology or emergency use'],
    ['W19.XXXA', 20, 'Slipping, tripping, stumbling and falls'],
  ])('%s: chapter %i, block "%s"', (code, chapter, block) => {
    const c = createIcdClassifier(ICD10CM_CLASSIFICATION);
    expect(c.chapterOf(code.replace('.', ''))?.number).toBe(chapter);
    expect(c.blockOf(code.replace('.', ''))?.title).toBe(block);
  });
});
