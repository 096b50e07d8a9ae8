import { describe, expect, it } from 'vitest';
import type { Activity, Diagnosis } from '../claim';
import { emptyActivity, emptyDocument } from '../claim';
import { parseTableText, splitTsv } from './table-text';

const dx = (type: string, code: string, poa = ''): Diagnosis => ({ type, code, dxInfo: poa === '' ? [] : [{ type: 'POA', code: poa }], extensions: [] });
const act = (id: string, overrides: Partial<Activity>): Activity => ({ ...emptyActivity(id, ''), ...overrides });
const tsv = (...rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

describe('parseTableText', () => {
  it('reads diagnosis and activity rows under a heading row with synonyms', () => {
    const text = tsv(
      ['Kind', 'Code', 'Mod', 'Units', 'Amount', 'Dx pointers', 'Date', 'Clinician', 'POA', 'Description'],
      ['DX', 'r07.2', '', '', '', '', '', '', '', 'chest pain'],
      ['Diagnosis', 'I10', '', '', '', '', '', '', 'y', ''],
      ['CPT', '93306', '26, LT', '1', '1,465.00', '1,2', '05/10/2025 09:20', 'GD12345', '', 'echo'],
      ['4', 'J1100', '', '2', '12.5', 'I10', '', '', '', ''],
      ['Service', '17-01', '', '', '', '', '2025-10-05', '', '', ''],
    );
    const r = parseTableText(text);
    const base = emptyDocument('DOH');
    expect(r).toEqual({
      ok: true,
      value: {
        document: {
          ...base,
          claim: {
            ...base.claim,
            diagnoses: [dx('Principal', 'R07.2'), dx('Secondary', 'I10', 'Y')],
            activities: [
              act('1', { code: '93306', modifiers: ['26', 'LT'], quantity: '1', net: '1465.00', diagnosisLinks: ['R07.2', 'I10'], start: '2025-10-05T09:20', clinician: 'GD12345', orderingClinician: 'GD12345' }),
              act('2', { type: '4', code: 'J1100', quantity: '2', net: '12.5', diagnosisLinks: ['I10'] }),
              act('3', { type: '8', code: '17-01', start: '2025-10-05T00:00' }),
            ],
          },
        },
        warnings: [{ code: 'intake.lenient', message: 'Row 4, column Amount: "1,465.00" read as 1465.00.', severity: 'warning', line: 4, column: 5, where: 'Amount' }],
      },
    });
  });

  it.each([
    [['TYPE', 'CODE'], ['pdx', 'J18.9'], ['dx', 'E11.9'], ['Principal', 'Secondary']],
    [['type', 'code'], ['Secondary', 'J18.9'], ['DX', 'E11.9'], ['Secondary', 'Principal']],
    [['Line type', 'Codes'], ['Reason for visit', 'R07.9'], ['ADX', 'R50.9'], ['ReasonForVisit', 'Admitting']],
  ])('decides diagnosis types (%j)', (heading, row1, row2, types) => {
    const r = parseTableText(tsv(heading, row1, row2));
    expect(r.ok && r.value.document.claim.diagnoses.map((d) => d.type)).toEqual(types);
  });

  it('reads modifiers written on the code, an Ordering column, auth, and Excel quoting', () => {
    const text = 'Type\tCode\tOrdering clinician\tClinician\tPrior auth\tDescription\nCPT\t99213-25\tGD9\tGD1\tPA-1\t"two\nlines, ""quoted"""\n';
    const r = parseTableText(text);
    expect(r.ok && r.value.document.claim.activities).toEqual([act('1', { code: '99213', modifiers: ['25'], orderingClinician: 'GD9', clinician: 'GD1', priorAuthorizationId: 'PA-1' })]);
  });

  it('warns about columns it does not read', () => {
    const r = parseTableText(tsv(['Type', 'Code', 'Tooth'], ['CPT', '99213', '11']));
    expect(r.ok && r.value.warnings).toEqual([{ code: 'intake.column', message: 'Row 1, column 3: the column "Tooth" is not one the table reads; it is ignored.', severity: 'warning', line: 1, column: 3, where: 'Tooth' }]);
  });

  it('skips blank rows and accepts CRLF', () => {
    const r = parseTableText('Type\tCode\r\n\r\nDX\tR07.2\r\n\t\r\nCPT\t93000\r\n');
    expect(r.ok && [r.value.document.claim.diagnoses.length, r.value.document.claim.activities.length]).toEqual([1, 1]);
  });

  it.each([
    ['', 'The table is empty: expected a heading row (Type, Code, …) and rows under it.'],
    [tsv(['Kind', 'Code']), 'Row 1: expected diagnosis or activity rows under the heading row, found none.'],
    [tsv(['Item', 'Price'], ['CPT', '1']), 'Row 1: expected a heading row with Type and Code columns, found "Item", "Price".'],
    [tsv(['Type', 'Code'], ['', '93000']), 'Row 2, column Type: expected a type (DX, PDX, CPT, HCPCS, DRUG, …), found nothing.'],
    [tsv(['Type', 'Code'], ['LAB', '80053']), 'Row 2, column Type: expected a type such as DX, PDX, CPT, HCPCS, DRUG, SERVICE, DRG or an activity type number, found "LAB".'],
    [tsv(['Type', 'Code'], ['7', '80053']), 'Row 2, column Type: expected a type such as DX, PDX, CPT, HCPCS, DRUG, SERVICE, DRG or an activity type number, found "7".'],
    [tsv(['Type', 'Code'], ['CPT', '']), 'Row 2, column Code: expected a code, found nothing.'],
    [tsv(['Type', 'Code'], ['DX', 'chest pain']), 'Row 2, column Code: expected an ICD-10-CM code such as R07.2, found "chest pain".'],
    [tsv(['Type', 'Code', 'POA'], ['DX', 'J18.9', 'maybe']), 'Row 2, column POA: expected a POA indicator (Y, N, U, W or 1), found "maybe".'],
    [tsv(['Type', 'Code', 'Modifiers'], ['CPT', '93306', '26 59 LT RT XS']), 'Row 2, column Modifiers: expected at most four modifiers, found 5 (26, 59, LT, RT, XS).'],
    [tsv(['Type', 'Code', 'Modifiers'], ['CPT', '93306-26-59', 'LT RT XS']), 'Row 2, column Modifiers: expected at most four modifiers, found 5.'],
    [tsv(['Type', 'Code', 'Qty'], ['CPT', '93306', 'two']), 'Row 2, column Qty: expected a quantity above 0 such as 1 or 2.5, found "two".'],
    [tsv(['Type', 'Code', 'Net'], ['CPT', '93306', 'free']), 'Row 2, column Net: expected an amount such as 465.00, found "free".'],
    [tsv(['Type', 'Code', 'Start'], ['CPT', '93306', '31/02/2025']), 'Row 2, column Start: expected a date such as 05/10/2025 09:20, found "31/02/2025", which is not a real date.'],
    [tsv(['Type', 'Code', 'Linked dx'], ['DX', 'R07.2', ''], ['CPT', '93306', '9']), 'Row 3, column Linked dx: expected diagnosis position 1 (one diagnosis is listed), found 9.'],
    [tsv(['Type', 'Code'], ['PDX', 'R07.2'], ['Principal', 'I10']), 'Row 3, column Type: expected one principal diagnosis, found a second one (I10).'],
  ])('refuses %j', (text, message) => {
    const r = parseTableText(text);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([message]);
  });

  it('lists every wrong row, in order, with row and column fields', () => {
    const r = parseTableText(tsv(['Type', 'Code', 'Qty'], ['CPT', '9330', ''], ['LAB', 'x', ''], ['CPT', '93000', '0']));
    expect(r.ok ? [] : r.errors.map((e) => [e.line, e.column, e.where])).toEqual([
      [2, 2, 'Code'],
      [3, 1, 'Type'],
      [4, 3, 'Qty'],
    ]);
  });
});

describe('splitTsv', () => {
  it.each([
    ['a\tb\nc\td', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['"x\ty"\tz', [['x\ty', 'z']], [1]],
    ['"two\nlines"\tq\nnext\trow', [['two\nlines', 'q'], ['next', 'row']], [1, 3]],
    ['a\t\n\t\n\nb', [['a', ''], ['b']], [1, 4]],
  ])('%j', (text, cells, lines) => {
    const rows = splitTsv(text);
    expect([rows.map((r) => r.cells), rows.map((r) => r.line)]).toEqual([cells, lines]);
  });
});
