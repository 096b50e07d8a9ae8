import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHcpcsFile, parseIcd10cmFile } from '../../domain/codes';
import { SEARCH_TERMS, STARTER_CODE_SETS } from './index';

// The starter set is generated from the public CMS files (scripts/generate-starter-codes.ts); check it still matches them.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const icdFile = dataDir ? join(dataDir, 'icd10cm', 'icd10cm_codes_2022.txt') : undefined;
const hcpcsFile = dataDir ? join(dataDir, 'hcpcs', 'HCPC2019_CONTR_ANWEB.txt') : undefined;
const present = !!icdFile && existsSync(icdFile) && !!hcpcsFile && existsSync(hcpcsFile);
if (!present) console.warn('Skipping starter-set shared-data tests: the CMS ICD-10-CM 2022 or HCPCS 2019 file was not found (set SHARED_DATA_DIR).');

describe.skipIf(!present)('the starter set against the CMS files', () => {
  const icd = present ? parseIcd10cmFile(readFileSync(icdFile, 'utf8'), { fileName: 'icd10cm_codes_2022.txt', importedAt: '' }) : undefined;
  const fy2022 = new Map(icd?.ok ? icd.value.codeSet.entries.filter((e) => e.billable).map((e) => [e.code, e.longTitle]) : []);

  it('every billable ICD-10-CM starter code is a FY2022 code with the same title', () => {
    const starter = STARTER_CODE_SETS.find((s) => s.release.system === 'icd10cm')!;
    const wrong = starter.entries.filter((e) => e.billable && fy2022.get(e.code) !== e.longTitle).map((e) => e.code);
    expect(wrong).toEqual([]);
    expect(starter.entries.filter((e) => !e.billable && fy2022.has(e.code))).toEqual([]);
  });

  it('every HCPCS starter code is in the 2019 file with its titles', () => {
    const hcpcs = parseHcpcsFile(new TextDecoder('windows-1252').decode(readFileSync(hcpcsFile!)), { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: '' });
    const file = new Map(hcpcs.ok ? hcpcs.value.codeSet.entries.map((e) => [e.code, e]) : []);
    const starter = STARTER_CODE_SETS.find((s) => s.release.system === 'hcpcs')!;
    const wrong = starter.entries.filter((e) => e.kind === 'code' && file.get(e.code)?.longTitle !== e.longTitle).map((e) => e.code);
    expect(wrong).toEqual([]);
  });

  it('every code a search term prefers is a FY2022 billable code', () => {
    const missing = SEARCH_TERMS.flatMap((t) => (t.prefer ?? []).filter((c) => !fy2022.has(c)).map((c) => `${t.abbr} → ${c}`));
    expect(missing).toEqual([]);
  });
});
