import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeIcdKey } from '../../domain/codes';
import { MCE_LIST_INFO } from '../../domain/rules';
import { MCE_STARTER_PACK } from './mce-starter';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const file = dataDir ? join(dataDir, 'mce', 'MCE_Simple_Code_Edits_v37.txt') : undefined;
const present = file !== undefined && existsSync(file);
if (!present) console.warn('Skipping the MCE starter pack check: mce/MCE_Simple_Code_Edits_v37.txt not found (set SHARED_DATA_DIR).');

describe.skipIf(!present)('the MCE starter pack against the MCE v37 file', () => {
  it('holds only rows of the file: same list, code and title', () => {
    const rows = new Set(
      readFileSync(file!, 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split('\t'))
        .filter((c) => c[5] === 'D')
        .map((c) => `${c[4]}|${c[6]}|${c[7]}`),
    );
    const missing = MCE_STARTER_PACK.entries.filter((e) => !rows.has(`${MCE_LIST_INFO[e.list].editType}|${normalizeIcdKey(e.code)}|${e.title}`));
    expect(missing).toEqual([]);
    expect(MCE_STARTER_PACK.entries.length).toBe(91);
  });
});
