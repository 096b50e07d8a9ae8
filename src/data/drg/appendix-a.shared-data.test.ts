import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDrgWeightsCsv } from '../../domain/drg';
import { APPENDIX_A_ROWS } from './appendix-a';

/**
 * Checks the built-in Appendix A against the text of DOH Addendum 05 kept beside the repository
 * (`../shared/seeds/…` from the repo root; a checkout one folder deeper finds it one level further up).
 * Skips with a message when the file is not there.
 */
const FILE = 'doh-claims-adjudication-addendum-05-ir-drg.txt';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const seed = [1, 2, 3].map((up) => join(repoRoot, ...Array<string>(up).fill('..'), 'shared', 'seeds', FILE)).find((p) => existsSync(p));

describe.skipIf(seed === undefined)(`Appendix A against the addendum text (skipped when ../shared/seeds/${FILE} is absent)`, () => {
  it('has the same 30 rows, in order, with the numbers exactly as printed', () => {
    const text = readFileSync(seed ?? '', 'utf8');
    const lines = text.split(/\r?\n/);
    const header = lines.findIndex((l) => l.startsWith('DRG Code\tDRG Description\tRelative Weight\tALOS\tLTRIM\tHTRIM'));
    expect(header).toBeGreaterThan(0);
    const rows = lines
      .slice(header + 1)
      .filter((l) => /^\d{6}\t/.test(l))
      .map((l) => l.split('\t'));
    expect(rows).toHaveLength(30);
    expect(APPENDIX_A_ROWS.map((r) => [r.code, r.description, r.relativeWeight, r.alos, r.lowTrim, r.highTrim])).toEqual(rows);
  });

  it('reads the printed table with the weights-table importer to the same rows', () => {
    const text = readFileSync(seed ?? '', 'utf8');
    const from = text.indexOf('DRG Code\tDRG Description');
    const parsed = parseDrgWeightsCsv(text.slice(from), {
      id: 'appendix-a-check',
      label: 'Appendix A (from the addendum text)',
      version: 'V2025',
      effectiveFrom: '2025-10-01',
      effectiveTo: '',
      sourceNote: FILE,
    });
    expect(parsed.ok && parsed.value.table.rows.map((r) => ({ ...r, mentalHealth: true, cahms: true }))).toEqual(APPENDIX_A_ROWS);
  });
});
