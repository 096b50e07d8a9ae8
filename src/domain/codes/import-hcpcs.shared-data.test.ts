import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHcpcsFile } from './import-hcpcs';

// The real CMS HCPCS 2019 file from ../shared/data (never copied into the repo); skipped when absent.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const file = dataDir ? join(dataDir, 'hcpcs', 'HCPC2019_CONTR_ANWEB.txt') : undefined;
const present = file !== undefined && existsSync(file);
if (!present) console.warn('Skipping HCPCS shared-data tests: hcpcs/HCPC2019_CONTR_ANWEB.txt not found (set SHARED_DATA_DIR).');

describe.skipIf(!present)('the CMS HCPCS 2019 file', () => {
  // The file is Windows-1252 (its disclaimer has a curly apostrophe); the app's file layer decodes it the same way.
  const text = present ? new TextDecoder('windows-1252').decode(readFileSync(file)) : '';
  const result = parseHcpcsFile(text, { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: '2025-10-01T09:00' });
  const set = result.ok ? result.value.codeSet : undefined;

  it('holds 11,622 records: 6,440 procedure codes and 360 modifiers once continuations are joined', () => {
    const records = text.split('\r\n').filter((l) => l.length > 11 && '3478'.includes(l[10]!) && /^\d{5}$/.test(l.slice(5, 10)));
    expect(records).toHaveLength(11_622);
    expect(records.filter((l) => l.length !== 320).map((l) => [l.slice(0, 11), l.length])).toEqual([['G8891002004', 316]]);
    expect(result.ok).toBe(true);
    expect(set!.release).toMatchObject({ label: 'HCPCS Level II 2019', counts: { billable: 6440, modifiers: 360, headers: 0, total: 6800 } });
  });

  it.each([
    ['A0080', 'Noninterest escort in non er', 'Non-emergency transportation, per mile - vehicle provided by volunteer (individual or organization), with no vested interest'],
    ['J9035', 'Bevacizumab injection', 'Injection, bevacizumab, 10 mg'],
    ['E0100', 'Cane adjust/fixed with tip', 'Cane, includes canes of all materials, adjustable or fixed, with tip'],
    ['J1100', 'Dexamethasone sodium phos', 'Injection, dexamethasone sodium phosphate, 1 mg'],
  ])('%s: "%s"', (code, short, long) => {
    expect(set!.entries.find((e) => e.code === code)).toMatchObject({ shortTitle: short, longTitle: long, billable: true, kind: 'code' });
  });

  it('reads modifiers and their dates', () => {
    expect(set!.entries.find((e) => e.code === 'A1')).toMatchObject({ kind: 'modifier', longTitle: 'Dressing for one wound', effectiveFrom: '2002-07-01' });
    expect(set!.entries.find((e) => e.code === 'CP')).toMatchObject({ kind: 'modifier', effectiveFrom: '2016-01-01', effectiveTo: '2017-12-31', actionEffectiveOn: '2018-01-01' });
  });

  it('keeps the action codes of the year', () => {
    const actions = new Map<string, number>();
    for (const e of set!.entries) actions.set(e.actionCode ?? '', (actions.get(e.actionCode ?? '') ?? 0) + 1);
    expect(Object.fromEntries([...actions].sort())).toEqual({ A: 228, B: 1, C: 94, D: 49, F: 1, N: 6372, P: 47, S: 8 });
  });
});
