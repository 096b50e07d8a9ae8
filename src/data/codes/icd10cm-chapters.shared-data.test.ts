import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createIcdClassifier } from '../../domain/codes';
import { ICD10CM_CLASSIFICATION } from './icd10cm-chapters';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const file = dataDir ? join(dataDir, 'icd10cm', 'icd10cm_codes_2022.txt') : undefined;
const present = file !== undefined && existsSync(file);
if (!present) console.warn('Skipping chapter/block coverage test: icd10cm/icd10cm_codes_2022.txt not found (set SHARED_DATA_DIR).');

describe.skipIf(!present)('chapters and blocks against the FY2022 codes file', () => {
  it('every category of the 72,750 codes falls in a block of its own chapter', () => {
    const categories = new Set(readFileSync(file!, 'utf8').split('\n').filter(Boolean).map((l) => l.slice(0, 3)));
    const c = createIcdClassifier(ICD10CM_CLASSIFICATION);
    const problems = [...categories].filter((cat) => {
      const block = c.blockOf(cat);
      return !block || block.chapter !== c.chapterOf(cat)?.number;
    });
    expect(categories.size).toBe(1914);
    expect(problems).toEqual([]);
  });
});
