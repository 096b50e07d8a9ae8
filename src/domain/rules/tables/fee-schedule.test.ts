import { describe, expect, it } from 'vitest';
import { createFeeScheduleLookup, feeIndicatorsByCode, parseRvuText } from './fee-schedule';

// The real file's shape: title lines, column names stacked over five lines, CRLF.
const SAMPLE = [
  ',,2025 National Physician Fee Schedule Relative Value File October Release,,,,,,,,,,,,,,,,,,,,',
  ',,RELEASED 09/11/2025,,,,,,,,,,,,,,,,,,,,',
  ',,,,NOT USED,,,,,,,,,,,,,,,,,,',
  ',,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,',
  ',,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM',
  'HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG',
  '20610,,,A,,0.79,1.04,,0.44,,0.13,1.96,1.36,0,000,0.00,0.00,0.00,2,1,1,0,0',
  '93306,,,A,,1.46,4.28,,4.28,NA,0.07,5.81,5.81,1,XXX,0.00,0.00,0.00,6,0,0,0,0',
  '93306,26,,A,,1.46,0.52,,0.52,,0.04,2.02,2.02,1,XXX,0.00,0.00,0.00,6,0,0,0,0',
  '93306,TC,,A,,0.00,3.76,,3.76,NA,0.03,3.79,3.79,1,XXX,0.00,0.00,0.00,6,0,0,0,0',
  '',
].join('\r\n');

describe('parseRvuText', () => {
  it('finds its columns by their stacked names and keeps only the indicators', () => {
    const r = parseRvuText(SAMPLE, 'PPRRVU2025_Oct_nodesc.csv');
    expect(r).toEqual({
      ok: true,
      value: {
        rows: [
          { code: '20610', modifier: '', status: 'A', pctc: '0', globalDays: '000', multipleProcedure: '2', bilateral: '1' },
          { code: '93306', modifier: '', status: 'A', pctc: '1', globalDays: 'XXX', multipleProcedure: '6', bilateral: '0' },
          { code: '93306', modifier: '26', status: 'A', pctc: '1', globalDays: 'XXX', multipleProcedure: '6', bilateral: '0' },
          { code: '93306', modifier: 'TC', status: 'A', pctc: '1', globalDays: 'XXX', multipleProcedure: '6', bilateral: '0' },
        ],
        summary: {
          rows: 4,
          codes: 2,
          modifierRows: { '26': 1, TC: 1 },
          byBilateral: { '0': 1, '1': 1 },
          byGlobalDays: { '000': 1, XXX: 1 },
          byPctc: { '0': 1, '1': 1 },
          inferredEffectiveFrom: '2025-10-01',
          title: '2025 National Physician Fee Schedule Relative Value File October Release',
        },
      },
    });
  });

  it.each([
    ['no header row', 'a,b,c\n1,2,3', ['PPRRVU.csv has no column-name row starting "HCPCS,MOD," (line 1 reads "a,b,c"); expected the CMS PFS relative value file (PPRRVU…csv).']],
    ['a missing column', 'HCPCS,MOD,STATUS\n20610,,A', ['PPRRVU.csv lacks the column(s) STATUS CODE, PCTC IND, GLOB DAYS, MULT PROC, BILAT SURG (found: HCPCS, MOD, STATUS).']],
    ['bad indicators', SAMPLE.replace('0,000,0.00', '0,007,0.00').replace('6,0,0,0,0\r\n93306,26', '6,5,0,0,0\r\n93306,26'), ['PPRRVU.csv, line 7: 20610: GLOB DAYS is "007"; expected 000, 010, 090, XXX, YYY, ZZZ, MMM', 'PPRRVU.csv, line 8: 93306: BILAT SURG is "5"; expected 0, 1, 2, 3 or 9']],
  ])('%s', (_name, text, messages) => {
    const r = parseRvuText(text, 'PPRRVU.csv');
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(messages);
  });
});

describe('fee-schedule lookup', () => {
  it('prefers the global row of a code, and asks sources in order', () => {
    const rows = [
      { code: '93306', modifier: '26', status: 'A', pctc: '1', globalDays: 'XXX', multipleProcedure: '6', bilateral: '0' },
      { code: '93306', modifier: '', status: 'A', pctc: '1', globalDays: 'XXX', multipleProcedure: '6', bilateral: '0' },
    ];
    expect(feeIndicatorsByCode(rows).get('93306')?.modifier).toBe('');
    const lookup = createFeeScheduleLookup([{ id: 'a', label: 'A', origin: 'imported', effectiveFrom: '2025-10-01', effectiveTo: '', byCode: feeIndicatorsByCode(rows) }]);
    expect(lookup.find('93306', '2025-10-05')?.source.id).toBe('a');
    expect(lookup.find('93306', '2025-09-30')).toBeUndefined();
  });
});
