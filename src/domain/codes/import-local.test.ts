import { describe, expect, it } from 'vitest';
import { parseLocalCodesFile } from './import-local';
import { hcpcsRecord } from './testing/fixtures';

const source = { fileName: 'doh-service-codes.csv', importedAt: '2025-10-01T09:00' };

describe('parseLocalCodesFile', () => {
  it('reads codes, descriptions and optional dates by header name', () => {
    const text = 'Service Code,Description,Effective From,Effective To\n99,Outlier payment,,\n99-02,"Mental health LOS outlier, DRG",01/10/2025,\n98,HCPCS add-on,2014-09-15,2030-12-31\n';
    const r = parseLocalCodesFile(text, source);
    expect(r.ok && r.value.codeSet.entries).toEqual([
      { code: '99', display: '99', shortTitle: 'Outlier payment', longTitle: 'Outlier payment', billable: true, kind: 'code' },
      {
        code: '99-02',
        display: '99-02',
        shortTitle: 'Mental health LOS outlier, DRG',
        longTitle: 'Mental health LOS outlier, DRG',
        billable: true,
        kind: 'code',
        effectiveFrom: '2025-10-01',
      },
      { code: '98', display: '98', shortTitle: 'HCPCS add-on', longTitle: 'HCPCS add-on', billable: true, kind: 'code', effectiveFrom: '2014-09-15', effectiveTo: '2030-12-31' },
    ]);
    expect(r.ok && r.value.codeSet.release).toMatchObject({
      label: 'Local service codes (doh-service-codes.csv)',
      effectiveFrom: null,
      effectiveTo: null,
      format: 'local-csv',
      system: 'local',
    });
    expect(r.ok && r.value.warnings).toEqual([]);
  });

  it('reads a headerless tab-separated file in column order', () => {
    const r = parseLocalCodesFile('99-03\tCAHMS adjustor\t2025-10-01\n', source);
    expect(r.ok && r.value.codeSet.entries.map((e) => [e.code, e.effectiveFrom])).toEqual([['99-03', '2025-10-01']]);
  });

  it('lists bad rows', () => {
    const text = 'code,description,from,to\n99 02,Bad code,,\n99-02,,,\n99-03,CAHMS,31/02/2025,\n98,Add-on,2025-01-01,2024-01-01\n99,Outlier,,\n99,Outlier again,,\n';
    const r = parseLocalCodesFile(text, source);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      "Line 2: expected a service code such as 99 or 99-02 in column 1, found '99 02'.",
      'Line 3: expected a description of 99-02 in column 2, found nothing.',
      "Line 4: expected a date like 2025-10-01 or 01/10/2025 (or nothing) in column 3 for 99-03, found '31/02/2025'.",
      'Line 5: 98 ends on 2024-01-01, before it starts on 2025-01-01.',
      'Line 7: 99 appears twice (first on line 6).',
    ]);
  });

  it('the HCPCS file given to the local-codes importer', () => {
    const text = `***Disclaimers\n\n${hcpcsRecord({ code: 'A0021', recordId: '3', long: 'Ambulance service, outside state per mile' })}\n`;
    expect(parseLocalCodesFile(text, source)).toEqual({
      ok: false,
      errors: [
        {
          code: 'import.wrong-kind',
          message:
            "Line 1: expected a service-code table (code, description, optional effective from and to) separated by commas or tabs, found '***Disclaimers'. This looks like the CMS HCPCS Level II file; import it as HCPCS.",
          severity: 'error',
          line: 1,
        },
      ],
    });
  });

  it('a table whose first row is neither a header nor a code', () => {
    expect(parseLocalCodesFile('Price list, 2025\n99,Outlier\n', source)).toMatchObject({
      ok: false,
      errors: [{ message: "Line 1: expected a service-code table (code, description, optional effective from and to) separated by commas or tabs, found 'Price list, 2025'." }],
    });
  });

  it('an empty file', () => {
    expect(parseLocalCodesFile('', source)).toMatchObject({ ok: false, errors: [{ code: 'import.empty' }] });
  });
});
