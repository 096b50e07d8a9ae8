import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCodeSetView, type CodeSetView } from './code-set-view';
import { parseIcd10cmFile } from './import-icd10cm';

// Real families on the CMS FY2022 codes file (headers derived); skipped when the file is absent.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const file = dataDir ? join(dataDir, 'icd10cm', 'icd10cm_codes_2022.txt') : undefined;
const present = file !== undefined && existsSync(file);
if (!present) console.warn('Skipping ICD-10-CM family tests: icd10cm/icd10cm_codes_2022.txt not found (set SHARED_DATA_DIR).');

function load(hints: boolean): CodeSetView {
  const r = parseIcd10cmFile(readFileSync(file!, 'utf8'), { fileName: 'icd10cm_codes_2022.txt', importedAt: 't' });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return createCodeSetView(r.value.codeSet, hints ? { specificityHints: [{ code: 'R079', notMoreSpecific: ['R070'], reason: 'throat pain' }] } : {});
}

describe.skipIf(!present)('real ICD-10-CM families (FY2022)', () => {
  const view = present ? load(true) : (undefined as never);
  const shown = (list: readonly { display: string }[] | undefined) => list?.map((e) => e.display);

  it('R07.9 is unspecified; the more specific chest pains are R07.1, R07.2, R07.81, R07.82, R07.89', () => {
    expect(view.specificity('R07.9')).toMatchObject({ level: 'unspecified', basis: 'title-unspecified' });
    expect(shown(view.specificity('R07.9')?.moreSpecific)).toEqual(['R07.1', 'R07.2', 'R07.81', 'R07.82', 'R07.89']);
    expect(shown(load(false).specificity('R07.9')?.moreSpecific)).toEqual(['R07.0', 'R07.1', 'R07.2', 'R07.81', 'R07.82', 'R07.89']);
  });

  it('M17.9 is unspecified', () => {
    expect(shown(view.specificity('M17.9')?.moreSpecific)).toEqual(['M17.0', 'M17.11', 'M17.12', 'M17.2', 'M17.31', 'M17.32', 'M17.4', 'M17.5']);
  });

  it('E11.9 is the default of its family: the siblings document complications', () => {
    const s = view.specificity('E11.9')!;
    expect([s.level, s.basis]).toEqual(['default', 'without-default']);
    expect(shown(s.moreSpecific)).toContain('E11.65');
    expect(shown(s.moreSpecific)).not.toContain('E11.8');
    expect(s.moreSpecific).toHaveLength(68);
    expect(view.isUnspecified('E11.9')).toBe(false);
  });

  it('K21.9 is the default; GERD with esophagitis is more specific', () => {
    expect(shown(view.specificity('K21.9')?.moreSpecific)).toEqual(['K21.00', 'K21.01']);
  });

  it('I10 is not unspecified and has no siblings', () => {
    expect(view.specificity('I10')).toEqual({ level: 'specific', basis: null, moreSpecific: [] });
    expect(view.family('I10')).toMatchObject({ siblings: [], children: [] });
  });

  it('codes that end in 9 without being unspecified', () => {
    for (const code of ['M61.09', 'R29.729', 'T31.99']) expect(view.specificity(code)?.level, code).toBe('specific');
    // "…, without status epilepticus" beside "…, with status epilepticus": the family default, not unspecified.
    expect(view.specificity('G40.109')?.level).toBe('default');
    expect(view.isUnspecified('G40.109')).toBe(false);
  });

  it('7th characters from the data', () => {
    expect(view.seventhCharacter('S62.001')?.characters.map((c) => c.char)).toEqual(['A', 'B', 'D', 'G', 'K', 'P', 'S']);
    expect(view.seventhCharacter('T15.01')).toMatchObject({ stem: 'T1501X', placeholder: true });
    expect(view.seventhCharacter('E08.321')?.characters.map((c) => c.char)).toEqual(['1', '2', '3', '9']);
    expect(shown(view.suggestWithPlaceholder('T15.01A'))).toEqual(['T15.01XA']);
    expect(view.requiresSeventhCharacter('S62.001')).toBe(true);
    expect(view.requiresSeventhCharacter('E11.65')).toBe(false);
  });
});
