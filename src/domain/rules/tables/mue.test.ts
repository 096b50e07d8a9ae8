import { describe, expect, it } from 'vitest';
import { TEST_MUE_PACK } from '@/testing/procedure-fixtures';
import { createMueLookup, mueRowsByCode, mueRowsFromPack, parseMueText } from './mue';

describe('parseMueText', () => {
  it('reads the CMS layout saved as CSV (title lines, quoted cells, commas inside rationales)', () => {
    const text = [
      'CPT codes and descriptions only are copyright American Medical Association',
      '"HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"',
      '20610,2,"1 Line Edit","Anatomic Consideration"',
      '93306,1,"3 Date of Service Edit: Clinical","Nature of Service/Procedure"',
      '80061,1,"2 Date of Service Edit: Policy","CMS Policy, Nature of Analyte"',
      '',
    ].join('\r\n');
    const r = parseMueText(text, 'MCR_MUE_PractitionerServices.csv');
    expect(r).toEqual({
      ok: true,
      value: {
        rows: [
          { code: '20610', units: 2, mai: 1, rationale: 'Anatomic Consideration' },
          { code: '93306', units: 1, mai: 3, rationale: 'Nature of Service/Procedure' },
          { code: '80061', units: 1, mai: 2, rationale: 'CMS Policy, Nature of Analyte' },
        ],
        summary: { rows: 3, byMai: { '1': 1, '2': 1, '3': 1 }, skippedLines: 2 },
      },
    });
  });

  it('reads tab-separated text too', () => {
    const r = parseMueText('99213\t1\t2 Date of Service Edit: Policy\tNature of Service\n', 'mue.txt');
    expect(r.ok && r.value.rows).toEqual([{ code: '99213', units: 1, mai: 2, rationale: 'Nature of Service' }]);
  });

  it('lists bad rows with their line and returns nothing', () => {
    const r = parseMueText(['20610,2,1 Line Edit,x', '20611,two,1 Line Edit,x', '20612,1,Line Edit,x', '20610,3,1 Line Edit,x'].join('\n'), 'mue.csv');
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'mue.csv, line 2: the MUE value of 20611 is "two"; expected a whole number of units',
      'mue.csv, line 3: the adjudication indicator of 20612 is "Line Edit"; expected text starting with 1, 2 or 3 (e.g. "2 Date of Service Edit: Policy")',
      'mue.csv, line 4: 20610 is listed twice (also on line 1)',
    ]);
  });

  it('an empty file', () => {
    expect(parseMueText('HCPCS,MUE\n', 'mue.csv').ok).toBe(false);
  });
});

describe('MUE lookup', () => {
  it('asks sources in order, each within its dates', () => {
    const pack = { id: 'p', label: 'pack', origin: 'pack' as const, effectiveFrom: '2025-01-01', effectiveTo: '', byCode: mueRowsByCode(mueRowsFromPack(TEST_MUE_PACK)) };
    const imported = { id: 'i', label: 'CMS', origin: 'imported' as const, effectiveFrom: '2025-10-01', effectiveTo: '2025-12-31', byCode: mueRowsByCode([{ code: '93306', units: 2, mai: 3, rationale: 'CMS' }]) };
    const lookup = createMueLookup([imported, pack]);
    expect(lookup.find('93306', '2025-10-05')).toMatchObject({ units: 2, source: { id: 'i' } });
    expect(lookup.find('93306', '2026-01-05')).toMatchObject({ units: 1, source: { id: 'p' } });
    expect(lookup.find('20610', '2025-10-05')).toMatchObject({ units: 2, mai: 1, source: { id: 'p' } });
    expect(lookup.find('99999', '2025-10-05')).toBeUndefined();
    expect(lookup.inForceOn('2024-12-31')).toBe(false);
  });
});
