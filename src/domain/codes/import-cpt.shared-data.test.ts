import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCptFile, sniffDelimitedFile } from './import-cpt';
import { parseIcd10cmFile } from './import-icd10cm';

// Real CMS files from ../shared/data (never copied into the repo); skipped when absent.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const rvu = dataDir ? join(dataDir, 'pfs', 'PPRRVU2025_Oct_nodesc.csv') : undefined;
const hcpcs = dataDir ? join(dataDir, 'hcpcs', 'HCPC2019_CONTR_ANWEB.txt') : undefined;
const present = rvu !== undefined && existsSync(rvu) && hcpcs !== undefined && existsSync(hcpcs);
if (!present) console.warn('Skipping wrong-file shared-data tests: pfs/PPRRVU2025_Oct_nodesc.csv or hcpcs/HCPC2019_CONTR_ANWEB.txt not found (set SHARED_DATA_DIR).');

const RVU_MESSAGE =
  "Line 10: this is the CMS Physician Fee Schedule relative value (RVU) file ('HCPCS,MOD,DESCRIPTION,…'): it holds payment data and no CPT descriptors. Import your licensed CPT file (a code column and one or two descriptor columns) instead.";

describe.skipIf(!present)('real files given to the wrong importer', () => {
  const rvuText = present ? readFileSync(rvu, 'latin1') : '';
  const hcpcsText = present ? new TextDecoder('windows-1252').decode(readFileSync(hcpcs)) : '';

  it('the RVU CSV given to the CPT importer (sniff step)', () => {
    expect(sniffDelimitedFile(rvuText, 'PPRRVU2025_Oct_nodesc.csv')).toEqual({
      ok: false,
      errors: [{ code: 'import.wrong-kind', message: RVU_MESSAGE, severity: 'error', line: 10 }],
    });
  });

  it('the RVU CSV given to the CPT importer (with a mapping)', () => {
    expect(parseCptFile(rvuText, { codeColumn: 0, longColumn: 2, hasHeader: true }, { fileName: 'PPRRVU2025_Oct_nodesc.csv', importedAt: 't' })).toEqual({
      ok: false,
      errors: [{ code: 'import.wrong-kind', message: RVU_MESSAGE, severity: 'error', line: 10 }],
    });
  });

  it('the HCPCS file given to the ICD-10-CM importer', () => {
    expect(parseIcd10cmFile(hcpcsText, { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: 't' })).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.wrong-kind',
          message: "Line 1: expected an ICD-10-CM code in columns 1–7 (like A000), found '***Disclaimers'. This looks like the CMS HCPCS Level II file; import it as HCPCS.",
          severity: 'error',
          line: 1,
        },
      ],
    });
  });

  it('the HCPCS file given to the CPT importer', () => {
    const r = parseCptFile(hcpcsText, { codeColumn: 0, longColumn: 1, hasHeader: false }, { fileName: 'HCPC2019_CONTR_ANWEB.txt', importedAt: 't' });
    expect(r.ok ? '' : r.errors[0]!.message).toBe(
      "Line 1: expected a CPT code in column 1 (5 characters like 99213 or 0001F), found '***Disclaimers'. This looks like the CMS HCPCS Level II file; import it as HCPCS.",
    );
  });
});
