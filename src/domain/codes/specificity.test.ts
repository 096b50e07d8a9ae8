import { describe, expect, it } from 'vitest';
import { extensionCharacter, extensionStem, unspecifiedBasis, unspecifiedCount } from './specificity';

describe('unspecifiedBasis', () => {
  it.each([
    ['Chest pain, unspecified', 'title-unspecified'],
    ['Unspecified fall, initial encounter', 'title-unspecified'],
    ['Urinary tract infection, site not specified', 'title-not-specified'],
    ['Anemia, NOS', 'title-nos'],
    ['Disorder not otherwise specified', 'title-nos'],
    ['Other specified disorders of thyroid', null],
    ['Essential (primary) hypertension', null],
    ['Type 2 diabetes mellitus without complications', null],
    ['Nosebleed', null],
  ])('%j → %s', (title, basis) => {
    expect(unspecifiedBasis(title)).toBe(basis);
  });
});

describe('unspecifiedCount', () => {
  it.each([
    ['Unspecified fracture of navicular [scaphoid] bone of unspecified wrist, sequela', 2],
    ['Unspecified fracture of navicular [scaphoid] bone of right wrist, sequela', 1],
    ['Urinary tract infection, site not specified', 1],
    ['Precordial pain', 0],
  ])('%j → %i', (title, count) => {
    expect(unspecifiedCount(title)).toBe(count);
  });
});

describe('7th-character extensions', () => {
  it.each([
    ['S62001A', 'A', 'S62001'],
    ['T1501XA', 'A', 'T1501'],
    ['W19XXXA', 'A', 'W19'],
    ['O321XX0', '0', 'O321'],
    ['E083211', null, 'E083211'.slice(0, 6)],
    ['R079', null, 'R079'],
  ])('%s → %s', (code, ext, stem) => {
    expect(extensionCharacter(code)).toBe(ext);
    if (ext !== null) expect(extensionStem(code)).toBe(stem);
  });
});
