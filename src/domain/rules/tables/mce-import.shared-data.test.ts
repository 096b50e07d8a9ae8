import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMceIndex, mceListsOf } from './mce';
import { parseMceFile } from './mce-import';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const file = dataDir ? join(dataDir, 'mce', 'MCE_Simple_Code_Edits_v37.txt') : undefined;
const present = file !== undefined && existsSync(file);
if (!present) console.warn('Skipping the MCE import test on the real file: mce/MCE_Simple_Code_Edits_v37.txt not found (set SHARED_DATA_DIR).');

describe.skipIf(!present)('MCE v37 list file (14,152 rows)', () => {
  const r = parseMceFile(readFileSync(file!, 'utf8'), { fileName: 'MCE_Simple_Code_Edits_v37.txt' });

  it('imports with a count per list', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe('37');
    expect(r.value.counts).toEqual({
      newborn: 41,
      pediatric: 114,
      maternity: 2372,
      adult: 771,
      female: 3135,
      male: 529,
      manifestation: 395,
      'unacceptable-principal': 2406,
      'questionable-admission': 27,
    });
    expect(r.value.skipped).toEqual({ procedureRows: 4360, otherLists: 3, duplicates: 0 });
    expect(r.value.pack.entries.length).toBe(9790);
    expect(r.value.pack.effectiveFrom).toBe('2019-10-01');
  });

  it('puts codes on the lists the MCE gives them', () => {
    if (!r.ok) return;
    const index = buildMceIndex(r.value.pack);
    expect(mceListsOf(index, 'O80')).toEqual(['maternity', 'female']);
    expect(mceListsOf(index, 'N400')).toEqual(['adult', 'male']);
    expect(mceListsOf(index, 'G63')).toEqual(['manifestation']);
    expect(mceListsOf(index, 'Z3400')).toEqual(['maternity', 'female', 'unacceptable-principal']);
    expect(mceListsOf(index, 'R079')).toEqual([]);
  });
});
