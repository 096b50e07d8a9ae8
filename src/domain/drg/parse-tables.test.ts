import { describe, expect, it } from 'vitest';
import { checkTableMeta, parseDrgWeightsCsv, parseTariffCsv, toActivityType, type TableMeta } from './parse-tables';
import { splitDelimited } from './csv';

const META: TableMeta = { id: 'mt-2025', label: 'Mandatory Tariff 2025', version: '2025', effectiveFrom: '2025-01-01', effectiveTo: '', sourceNote: 'weights.csv' };

describe('parseDrgWeightsCsv', () => {
  it('reads a comma-separated table with flags and keeps numbers as printed', () => {
    const text = [
      'DRG Code,Description,Relative Weight,ALOS,Low Trim,High Trim,Mental Health,CAHMS',
      '194101,IM SCHIZOPHRENIA,1.7420,15.30,1,29,Y,Y',
      '111101,"IP MAJOR JOINT PROCEDURE, LOWER EXTREMITY",1.5000,5.00,1,12,,',
    ].join('\r\n');
    const r = parseDrgWeightsCsv(text, META);
    expect(r.ok && r.value.table).toEqual({
      ...META,
      origin: 'imported',
      rows: [
        { code: '194101', description: 'IM SCHIZOPHRENIA', relativeWeight: '1.7420', alos: '15.30', lowTrim: '1', highTrim: '29', mentalHealth: true, cahms: true },
        { code: '111101', description: 'IP MAJOR JOINT PROCEDURE, LOWER EXTREMITY', relativeWeight: '1.5000', alos: '5.00', lowTrim: '1', highTrim: '12', mentalHealth: false, cahms: false },
      ],
    });
    expect(r.ok && r.value.warnings).toEqual([]);
  });

  it('reads Appendix A as copied from the addendum (tab-separated, LTRIM/HTRIM headers, no flags)', () => {
    const text = 'DRG Code\tDRG Description\tRelative Weight\tALOS\tLTRIM\tHTRIM\n194173\tIM CHILDHOOD ONSET MENTAL DISORDERS W/MCC\t3.0010\t9.80\t1\t23\n';
    const r = parseDrgWeightsCsv(text, META);
    expect(r.ok && r.value.table.rows[0]).toMatchObject({ code: '194173', relativeWeight: '3.0010', alos: '9.80', mentalHealth: false });
  });

  it('warns about RW with more than 4 decimals and ALOS outside the trims', () => {
    // A semicolon-separated file may use decimal commas.
    const ok = parseDrgWeightsCsv('code;description;rw;alos;ltrim;htrim\n061301;IP X;1,23456;20;1;9', META);
    expect(ok.ok && ok.value.warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ['drg.table.rw-places', 2, 'Line 2: RW 1.23456 has more than 4 decimals; it is rounded to 4 when used (§4.4.2.1).'],
      ['drg.table.alos', 2, 'Line 2: ALOS 20 lies outside the trims 1–9.'],
    ]);
  });

  it('reports every bad row with its line number', () => {
    const text = [
      '# exported from the tariff workbook',
      'code,description,rw,alos,ltrim,htrim,mh',
      '11101,IP A,1.0,2,1,5,N',
      '1A1101,IP B,1.0,2,1,5,N',
      '111102,IP C,abc,2,1,5,N',
      '111103,IP D,0,2,1,5,N',
      '111104,IP E,1.0,2,-1,5,N',
      '111105,IP F,1.0,2,6,5,N',
      '111106,IP G,1.0,2,1,5,maybe',
      '111107,IP H,1.0,2,1,5,N',
      '',
      '111107,IP H again,1.0,2,1,5,N',
    ].join('\n');
    const r = parseDrgWeightsCsv(text, META);
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
      'Line 3: IR-DRG code "11101" has 5 digits; a spreadsheet may have dropped a leading zero (011101?).',
      'Line 4: expected a six-digit IR-DRG code, found "1A1101".',
      'Line 5: the relative weight must be a number, found "abc".',
      'Line 6: the relative weight must be above 0, found 0.',
      'Line 7: the low trim must be 0 or more, found -1.',
      'Line 8: the high trim (5) is below the low trim (6).',
      'Line 9: the mental-health flag must be Y or N, found "maybe".',
      'Line 12: IR-DRG 111107 is already on line 10.',
    ]);
  });

  it.each([
    ['a missing column', 'code,description,rw,alos,htrim\n111101,IP A,1,2,5', 'Line 1: the header must name the columns code, description, relativeWeight, alos, lowTrim, highTrim; missing lowTrim (found: code | description | rw | alos | htrim).'],
    ['an empty file', '\n\n', 'The IR-DRG weights file is empty.'],
    ['a header only', 'code,description,rw,alos,ltrim,htrim\n', 'The file has a header but no IR-DRG rows.'],
    ['an unclosed quote', 'code,description,rw,alos,ltrim,htrim\n111101,"IP A,1,2,1,5', 'Line 2: a quoted field is not closed.'],
  ])('refuses %s', (_name, text, message) => {
    const r = parseDrgWeightsCsv(text, META);
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual([message]);
  });

  it('checks the label and dates given with the table', () => {
    const r = parseDrgWeightsCsv('code,description,rw,alos,ltrim,htrim\n111101,IP A,1,2,1,5', { ...META, label: ' ', effectiveFrom: '2025-02-30' });
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['table.meta.label', 'table.meta.date']);
  });
});

describe('checkTableMeta', () => {
  it.each([
    [META, []],
    [{ ...META, id: '' }, ['table.meta.id']],
    [{ ...META, effectiveTo: '2024-12-31' }, ['table.meta.range']],
    [{ ...META, effectiveFrom: '', effectiveTo: '2025-13-01' }, ['table.meta.date']],
  ])('%#', (meta, codes) => {
    expect(checkTableMeta(meta).map((i) => i.code)).toEqual(codes);
  });
});

describe('parseTariffCsv', () => {
  it('reads code types by name or number and upper-cases codes', () => {
    const text = 'Code Type,Code,Price\nCPT,27447,"30,000.00"\nHCPCS,c1776,9500\n8,RB-01,2000.00\nGeneric drug,G-1,3.25\nTrade drug,D-1,4\nDental,D0120,150\nService code,17-01,100';
    const r = parseTariffCsv(text, META);
    expect(r.ok && r.value.table.rows).toEqual([
      { codeType: '3', code: '27447', price: '30000.00' },
      { codeType: '4', code: 'C1776', price: '9500' },
      { codeType: '8', code: 'RB-01', price: '2000.00' },
      { codeType: '10', code: 'G-1', price: '3.25' },
      { codeType: '5', code: 'D-1', price: '4' },
      { codeType: '6', code: 'D0120', price: '150' },
      { codeType: '8', code: '17-01', price: '100' },
    ]);
  });

  it('warns on a repeated price and refuses a conflicting one', () => {
    const same = parseTariffCsv('type,code,price\nCPT,99223,500\nCPT,99223,500.00', META);
    expect(same.ok && same.value.warnings.map((w) => w.message)).toEqual(['Line 3: CPT 99223 repeats line 2 with the same price.']);
    const repeated = parseTariffCsv('type,code,price\nCPT,99223,500\nCPT,99223,500', META);
    expect(repeated.ok && repeated.value.warnings.map((w) => w.message)).toEqual(['Line 3: CPT 99223 repeats line 2 with the same price.']);
    const conflict = parseTariffCsv('type,code,price\nCPT,99223,500\nCPT,99223,550', META);
    expect(!conflict.ok && conflict.errors.map((e) => e.message)).toEqual(['Line 3: CPT 99223 is priced 550 here but 500 on line 2.']);
  });

  it('reports bad rows with their line numbers', () => {
    const text = 'type,code,price\nIR-DRG,111101,8500\nLab,80050,10\nCPT,,10\nCPT,99223,ten\nCPT,99232,-5';
    const r = parseTariffCsv(text, META);
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
      'Line 2: unknown code type "IR-DRG" (IR-DRG weights go in the weights table); use CPT, HCPCS, Drug, Dental, Service code or Generic drug.',
      'Line 3: unknown code type "Lab"; use CPT, HCPCS, Drug, Dental, Service code or Generic drug.',
      'Line 4: the code is empty.',
      'Line 5: the price must be a number, found "ten".',
      'Line 6: the price must be 0 or more, found -5.',
    ]);
  });

  it.each([
    ['type,code\nCPT,99223', 'table.header'],
    ['type,code,price', 'table.no-rows'],
    ['', 'table.empty'],
    ['type,code,price\nCPT,"99223,10', 'csv.quote'],
  ])('refuses %j', (text, code) => {
    const r = parseTariffCsv(text, META);
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual([code]);
  });

  it('also reports bad metadata', () => {
    const r = parseTariffCsv('type,code,price\nCPT,99223,10', { ...META, effectiveTo: '2024-01-01' });
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['table.meta.range']);
  });

  it.each([
    ['CPT', '3'],
    ['hcpcs', '4'],
    ['Service Code', '8'],
    ['9', null],
    ['ICD', null],
  ])('code type %j → %j', (text, type) => {
    expect(toActivityType(text)).toBe(type);
  });
});

describe('splitDelimited', () => {
  it('handles quotes, doubled quotes, a BOM, comments and blank lines', () => {
    const r = splitDelimited('\uFEFFa,b\n\n# note\n"x, ""y""",2\r\n z , "" ');
    expect(r.ok && r.value).toEqual({
      delimiter: ',',
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 4, fields: ['x, "y"', '2'] },
        { line: 5, fields: ['z', ''] },
      ],
    });
  });
});
