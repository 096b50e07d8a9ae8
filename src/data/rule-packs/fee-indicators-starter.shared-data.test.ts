import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feeIndicatorsByCode, parseRvuText, type FeeIndicators } from '@/domain/rules';
import { FEE_INDICATOR_ROWS } from './fee-indicators-starter-rows';

// The starter indicators are generated from the CMS file (scripts/generate-fee-indicators.ts); check they still match it.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const file = dataDir ? join(dataDir, 'pfs', 'PPRRVU2025_Oct_nodesc.csv') : undefined;
const present = !!file && existsSync(file);
if (!present) console.warn('Skipping the fee-indicator starter check: PPRRVU2025_Oct_nodesc.csv was not found (set SHARED_DATA_DIR).');

describe.skipIf(!present)('fee-schedule indicators starter rows', () => {
  it('match the CMS PFS relative value file', () => {
    const r = parseRvuText(readFileSync(file!, 'utf8'), 'PPRRVU2025_Oct_nodesc.csv');
    const byCode = r.ok ? feeIndicatorsByCode(r.value.rows) : new Map<string, FeeIndicators>();
    const wrong = FEE_INDICATOR_ROWS.filter(([code, status, pctc, globalDays, mult, bilateral]) => {
      const f = byCode.get(code);
      return !f || f.status !== status || f.pctc !== pctc || f.globalDays !== globalDays || f.multipleProcedure !== mult || f.bilateral !== bilateral;
    });
    expect(wrong).toEqual([]);
  });
});
