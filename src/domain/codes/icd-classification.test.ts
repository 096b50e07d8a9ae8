import { describe, expect, it } from 'vitest';
import { createIcdClassifier, type IcdClassificationTables } from './icd-classification';

// A slice of the real tables (src/data/codes/icd10cm-chapters.ts), enough to exercise the lookup rules.
const tables: IcdClassificationTables = {
  chapters: [
    { number: 2, first: 'C00', last: 'D49', title: 'Neoplasms' },
    { number: 9, first: 'I00', last: 'I99', title: 'Diseases of the circulatory system' },
    { number: 15, first: 'O00', last: 'O9A', title: 'Pregnancy, childbirth and the puerperium' },
    { number: 18, first: 'R00', last: 'R99', title: 'Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified' },
  ],
  blocks: [
    { first: 'C43', last: 'C44', title: 'Melanoma and other malignant neoplasms of skin', chapter: 2, alsoIncludes: ['C4A'] },
    { first: 'C45', last: 'C49', title: 'Malignant neoplasms of mesothelial and soft tissue', chapter: 2 },
    { first: 'C73', last: 'C75', title: 'Malignant neoplasms of thyroid and other endocrine glands', chapter: 2 },
    { first: 'C7A', last: 'C7A', title: 'Malignant neuroendocrine tumors', chapter: 2 },
    { first: 'C76', last: 'C80', title: 'Malignant neoplasms of ill-defined, other secondary and unspecified sites', chapter: 2 },
    { first: 'D10', last: 'D36', title: 'Benign neoplasms, except benign neuroendocrine tumors', chapter: 2 },
    { first: 'D3A', last: 'D3A', title: 'Benign neuroendocrine tumors', chapter: 2 },
    { first: 'D37', last: 'D48', title: 'Neoplasms of uncertain behavior, polycythemia vera and myelodysplastic syndromes', chapter: 2 },
    { first: 'I10', last: 'I16', title: 'Hypertensive diseases', chapter: 9 },
    { first: 'I30', last: 'I5A', title: 'Other forms of heart disease', chapter: 9 },
    { first: 'O94', last: 'O9A', title: 'Other obstetric conditions, not elsewhere classified', chapter: 15 },
    { first: 'R00', last: 'R09', title: 'Symptoms and signs involving the circulatory and respiratory systems', chapter: 18 },
  ],
};
const classifier = createIcdClassifier(tables);

describe('createIcdClassifier', () => {
  it.each([
    ['R079', 'R00', 18],
    ['R07.9', 'R00', 18],
    ['I10', 'I10', 9],
    ['I169', 'I10', 9],
    ['C4A0', 'C43', 2],
    ['C7A00', 'C7A', 2],
    ['C801', 'C76', 2],
    ['D3A00', 'D3A', 2],
    ['D375', 'D37', 2],
    ['I5A', 'I30', 9],
    ['O9A119', 'O94', 15],
  ])('%s is in block %s of chapter %i', (code, blockFirst, chapter) => {
    expect(classifier.blockOf(code)?.first).toBe(blockFirst);
    expect(classifier.chapterOf(code)?.number).toBe(chapter);
  });

  it.each(['I20', 'R10', 'Z00'])('finds no block for %s outside the tables', (code) => {
    expect(classifier.blockOf(code)).toBeUndefined();
  });
});
