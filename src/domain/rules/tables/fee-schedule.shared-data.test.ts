import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feeIndicatorsByCode, parseRvuText } from './fee-schedule';

// The real CMS PFS relative value file (October 2025), read from ../shared/data when present.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const file = dataDir ? join(dataDir, 'pfs', 'PPRRVU2025_Oct_nodesc.csv') : undefined;
const present = !!file && existsSync(file);
if (!present) console.warn('Skipping the RVU shared-data test: PPRRVU2025_Oct_nodesc.csv was not found (set SHARED_DATA_DIR).');

describe.skipIf(!present)('the CMS PFS relative value file', () => {
  const r = present ? parseRvuText(readFileSync(file, 'utf8'), 'PPRRVU2025_Oct_nodesc.csv') : undefined;

  it('imports every row, with the 26/TC rows, and dates itself from the title', () => {
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.value.summary).toMatchObject({ rows: 19090, modifierRows: { '26': 1127, TC: 1108, '53': 4 }, inferredEffectiveFrom: '2025-10-01' });
  });

  it.each([
    ['20610', { pctc: '0', globalDays: '000', bilateral: '1' }],
    ['29881', { pctc: '0', globalDays: '090', bilateral: '1' }],
    ['69210', { pctc: '0', globalDays: '000', bilateral: '2' }],
    ['93306', { pctc: '1', globalDays: 'XXX', bilateral: '0' }],
    ['93000', { pctc: '4', globalDays: 'XXX', bilateral: '0' }],
    ['93010', { pctc: '2', globalDays: 'XXX', bilateral: '0' }],
    ['73562', { pctc: '1', globalDays: 'XXX', bilateral: '3' }],
    ['17000', { pctc: '0', globalDays: '010', bilateral: '0' }],
  ])('%s has the indicators the edits rely on', (code, indicators) => {
    const byCode = r?.ok ? feeIndicatorsByCode(r.value.rows) : new Map();
    expect(byCode.get(code)).toMatchObject({ modifier: '', ...indicators });
  });
});
