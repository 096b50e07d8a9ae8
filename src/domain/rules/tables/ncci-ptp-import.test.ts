import { describe, expect, it } from 'vitest';
import { isoToDays } from '../support/procedure';
import { findPtpRow } from './ncci-ptp';
import { parseNcciPtpText } from './ncci-ptp-import';

const HEADER = [
  'CPT codes, descriptions and other data only are copyright 2024 American Medical Association. All rights reserved.',
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale',
].join('\r\n');

describe('parseNcciPtpText', () => {
  it('reads the CMS layout: header lines skipped, CRLF, several parts into one table', () => {
    const part1 = `${HEADER}\r\n80053\t80048\t*\t19960101\t*\t0\tCPT Manual or CMS manual coding instructions\r\n45380\t45378\t\t20150101\t20210101\t0\tStandards of medical / surgical practice\r\n\r\n`;
    const part2 = `${HEADER}\n45380\t45378\t\t20210101\t*\t1\tStandards of medical / surgical practice\n93000\t93010\t\t20100101\t*\t9\tMisuse of column two code with column one code`;
    const r = parseNcciPtpText([
      { name: 'ccipra-f1.txt', text: part1 },
      { name: 'ccipra-f2.txt', text: part2 },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.summary).toEqual({
      rows: 4,
      pairs: 3,
      codes: 6,
      byIndicator: { '0': 2, '1': 1, '9': 1 },
      deletedRows: 1,
      earliestEffective: '1996-01-01',
      latestEffective: '2021-01-01',
      skippedLines: 4,
    });
    const t = r.value.table;
    expect(findPtpRow(t, '80053', '80048', isoToDays('2025-10-05')!)).toEqual({
      column1: '80053',
      column2: '80048',
      effectiveFrom: '1996-01-01',
      deletedOn: '',
      modifierIndicator: '0',
      prior1996: true,
      rationale: 'CPT Manual or CMS manual coding instructions',
    });
    expect(findPtpRow(t, '45380', '45378', isoToDays('2020-12-31')!)?.deletedOn).toBe('2021-01-01');
    expect(findPtpRow(t, '45380', '45378', isoToDays('2025-10-05')!)?.modifierIndicator).toBe('1');
  });

  it('accepts a row without the rationale column', () => {
    const r = parseNcciPtpText([{ name: 'p.txt', text: '0001A\t0591T\t\t20201211\t*\t1\n' }]);
    expect(r.ok && r.value.table.rationales).toEqual(['']);
  });

  it('lists every bad row with its file and line, and returns nothing', () => {
    const text = [
      HEADER,
      '80053\t80048\t\t19960101\t*\t0\tok',
      '80053\t8004\t\t19960101\t*\t0\tshort code',
      '80053\t80048\t\t19961301\t*\t0\tbad month',
      '80053\t80048\t\t19960101\t19950101\t0\tdeleted before',
      '80053\t80048\t\t19960101\t*\t2\tbad indicator',
      '80053\t80048\tx\t19960101\t*\t0\tbad flag',
      'Total rows: 6',
      '80053\t80048\t\t19960101',
    ].join('\n');
    const r = parseNcciPtpText([{ name: 'ptp.txt', text }]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.message)).toEqual([
        'ptp.txt, line 4: expected a 5-character code in column 2, found "8004"',
        'ptp.txt, line 5: the effective date "19961301" is not a date as YYYYMMDD',
        'ptp.txt, line 6: the edit is deleted (19950101) on or before it takes effect',
        'ptp.txt, line 7: the modifier indicator is "2"; expected 0, 1 or 9',
        'ptp.txt, line 8: the "in existence prior to 1996" column holds "x"; expected * or nothing',
        'ptp.txt, line 9: expected a 5-character code in column 1, found "Total rows: 6"',
        'ptp.txt, line 10: expected 6 or 7 tab-separated columns (column 1, column 2, prior-1996 flag, effective date, deletion date, modifier indicator, rationale)',
      ]);
  });

  it('says so when a file has no rows (e.g. a comma-separated export)', () => {
    const r = parseNcciPtpText([{ name: 'ptp.csv', text: 'Column 1,Column 2\n80053,80048,,19960101,*,0\n' }]);
    expect(r.ok ? null : r.errors.map((e) => e.code)).toEqual(['ptp.empty']);
  });

  it('reports progress and stops when cancelled', () => {
    const text = Array.from({ length: 70000 }, (_, i) => `A${String(i % 1000).padStart(4, '0')}\tB${String(i % 5000).padStart(4, '0')}\t\t20200101\t*\t1\tr`).join('\n');
    const seen: number[] = [];
    const done = parseNcciPtpText([{ name: 'big.txt', text }], { onProgress: (f) => seen.push(f) });
    expect(done.ok && done.value.summary.rows).toBe(70000);
    expect(seen.length).toBe(3);
    expect(seen.at(-1)).toBe(1);
    let calls = 0;
    const stopped = parseNcciPtpText([{ name: 'big.txt', text }], { isCancelled: () => ++calls > 1 });
    expect(stopped.ok ? null : stopped.errors[0]!.code).toBe('import.cancelled');
  });
});
