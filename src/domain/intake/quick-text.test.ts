import { describe, expect, it } from 'vitest';
import type { Activity, Diagnosis, EncounterDocument } from '../claim';
import { emptyActivity, emptyClaim, emptyDocument, emptyEncounter } from '../claim';
import type { Issue } from '../shared/result';
import { parseQuickText } from './quick-text';

const dx = (type: string, code: string, poa = ''): Diagnosis => ({ type, code, dxInfo: poa === '' ? [] : [{ type: 'POA', code: poa }], extensions: [] });
const act = (id: string, overrides: Partial<Activity>): Activity => ({ ...emptyActivity(id, ''), ...overrides });

/** A document with only lines, as a snippet gives it. */
function linesDoc(diagnoses: Diagnosis[], activities: Activity[], overrides: Partial<EncounterDocument> = {}): EncounterDocument {
  const base = emptyDocument('DOH');
  return { ...base, claim: { ...emptyClaim(), diagnoses, activities }, ...overrides };
}

function ok(text: string): { document: EncounterDocument; warnings: readonly Issue[] } {
  const r = parseQuickText(text);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
}

function errorsOf(text: string): string[] {
  const r = parseQuickText(text);
  return r.ok ? [] : r.errors.map((e) => e.message);
}

describe('parseQuickText: a whole encounter', () => {
  it('reads the documented example exactly', () => {
    const text = [
      '# Chest pain, outpatient echo',
      'PROFILE DHA',
      'CLAIM MF1234-000123',
      'MEMBER MF1234#MRN001',
      'PAYER A001',
      'PROVIDER MF1234',
      'EID 784-1985-1234567-1',
      'SENDER MF1234',
      'RECEIVER A001',
      'GROSS 850.00',
      'SHARE 85.00',
      'NET 765.00',
      'DOB 12/04/1980',
      'SEX f',
      'FACILITY MF1234',
      'MRN MRN001',
      'TYPE outpatient',
      'START 05/10/2025 09:00',
      'END 2025-10-05T09:40',
      'CLINICIAN GD12345',
      '',
      'DX R07.2, i10',
      'CPT 99213-25 @300.00',
      'CPT 93306-26 x1 > 1,2 @465.00      # echo, professional component',
      'NOTE Precordial pain since this morning; echo ordered.',
    ].join('\n');
    const { document, warnings } = ok(text);
    expect(warnings).toEqual([]);
    expect(document).toEqual({
      payerProfile: 'DHA',
      header: { senderId: 'MF1234', receiverId: 'A001', transactionDate: '', dispositionFlag: '', extensions: [] },
      claim: {
        ...emptyClaim(),
        id: 'MF1234-000123',
        memberId: 'MF1234#MRN001',
        payerId: 'A001',
        providerId: 'MF1234',
        emiratesIdNumber: '784-1985-1234567-1',
        gross: '850.00',
        patientShare: '85.00',
        net: '765.00',
        encounter: { ...emptyEncounter(), facilityId: 'MF1234', type: '1', patientId: 'MRN001', start: '2025-10-05T09:00', end: '2025-10-05T09:40' },
        diagnoses: [dx('Principal', 'R07.2'), dx('Secondary', 'I10')],
        activities: [
          act('1', { start: '2025-10-05T09:00', code: '99213', modifiers: ['25'], net: '300.00', clinician: 'GD12345', orderingClinician: 'GD12345' }),
          act('2', { start: '2025-10-05T09:00', code: '93306', modifiers: ['26'], net: '465.00', clinician: 'GD12345', orderingClinician: 'GD12345', diagnosisLinks: ['R07.2', 'I10'] }),
        ],
      },
      patient: { dateOfBirth: '1980-04-12', sex: 'F', motherMemberId: '' },
      note: 'Precordial pain since this morning; echo ordered.',
      rootAttributes: {},
      acknowledgements: [],
    });
  });

  it('reads an inpatient stay: start/end types, POA, a DRG dated at discharge, transfers', () => {
    const { document } = ok(
      [
        'type Inpatient ER',
        'start 01/10/2025 22:15',
        'end 04/10/2025 11:00',
        'admit emergency',
        'discharge transfer non-acute',
        'transfer to LTC-77',
        'clinician GD1',
        'ordering GD2',
        'auth PA-9',
        'pdx j18.9:y',
        'dx e11.9:n, i10:1',
        'adx r50.9',
        'drg 110101 @8250',
        'cpt 71046 > j18.9 by GD3 auth PA-10',
      ].join('\n'),
    );
    expect(document.claim.encounter).toEqual({
      ...emptyEncounter(),
      type: '4',
      start: '2025-10-01T22:15',
      end: '2025-10-04T11:00',
      startType: '2',
      endType: '7',
      transferDestination: 'LTC-77',
    });
    expect(document.claim.diagnoses).toEqual([dx('Principal', 'J18.9', 'Y'), dx('Secondary', 'E11.9', 'N'), dx('Secondary', 'I10', '1'), dx('Admitting', 'R50.9')]);
    expect(document.claim.activities).toEqual([
      act('1', { type: '9', code: '110101', start: '2025-10-04T11:00', net: '8250', clinician: 'GD1', orderingClinician: 'GD2', priorAuthorizationId: 'PA-9' }),
      act('2', { type: '3', code: '71046', start: '2025-10-01T22:15', clinician: 'GD3', orderingClinician: 'GD2', priorAuthorizationId: 'PA-10', diagnosisLinks: ['J18.9'] }),
    ]);
  });

  it('links by position in listing order, whatever the line order', () => {
    const { document } = ok(['CPT 93000 > 2', 'DX R07.2', 'PDX I20.9', 'RFV R07.9'].join('\n'));
    expect(document.claim.diagnoses).toEqual([dx('Secondary', 'R07.2'), dx('Principal', 'I20.9'), dx('ReasonForVisit', 'R07.9')]);
    expect(document.claim.activities[0]?.diagnosisLinks).toEqual(['I20.9']);
  });

  it.each([
    ['HCPCS J1100 x2 @12.50', act('1', { type: '4', code: 'J1100', quantity: '2', net: '12.50' })],
    ['DRUG B46-4387-00778-01 x 30 @ 45', act('1', { type: '5', code: 'B46-4387-00778-01', quantity: '30', net: '45' })],
    ['SRV 17-01', act('1', { type: '8', code: '17-01' })],
    ['SERVICE 99-01 on 2025-10-05', act('1', { type: '8', code: '99-01', start: '2025-10-05T00:00' })],
    ['DENTAL D0120 on 05/10/2025 9:30', act('1', { type: '6', code: 'D0120', start: '2025-10-05T09:30' })],
    ['cpt 93306-26-lt-59-xs ×2', act('1', { code: '93306', modifiers: ['26', 'LT', '59', 'XS'], quantity: '2' })],
    ['CPT 0001F', act('1', { code: '0001F' })],
    ['CPT 99213 @1,250.00', act('1', { code: '99213', net: '1250.00' })],
    ['CPT 99213 >1 >2', act('1', { code: '99213', diagnosisLinks: ['R07.2', 'I10'] })],
    ['CPT 99213 > 2, 1, 2', act('1', { code: '99213', diagnosisLinks: ['I10', 'R07.2'] })],
  ])('reads the activity line %j', (line, expected) => {
    expect(ok(`DX R07.2 I10\n${line}`).document.claim.activities).toEqual([expected]);
  });

  it('keeps Arabic text and markup in a note as plain text, and multi-line notes verbatim', () => {
    const { document } = ok(['NOTE ألم في الصدر منذ الصباح', 'NOTE <script>alert("x")</script> # not a comment', 'NOTE """', '  line one, indented', '', '# not a comment either', '"""', 'NOTE """first line on the opening line'].join('\n') + '\n"""');
    expect(document.note).toBe(['ألم في الصدر منذ الصباح', '<script>alert("x")</script> # not a comment', '  line one, indented', '', '# not a comment either', 'first line on the opening line'].join('\n'));
  });

  it('accepts a BOM, CRLF and aliases', () => {
    const { document } = ok('\uFEFFPATIENT MRN9\r\nPATIENTSHARE 10\r\nSRV 17-01\r\n');
    expect([document.claim.encounter.patientId, document.claim.patientShare, document.claim.activities[0]?.type]).toEqual(['MRN9', '10', '8']);
  });

  it('uses the profile option when the text has no PROFILE line', () => {
    expect(parseQuickText('DX R07.2', { profile: 'OMAN' })).toMatchObject({ ok: true, value: { document: { payerProfile: 'OMAN' } } });
  });

  it('gives a document with only lines for a snippet', () => {
    expect(ok('DX R07.2\nCPT 93000 > 1').document).toEqual(linesDoc([dx('Principal', 'R07.2')], [act('1', { code: '93000', diagnosisLinks: ['R07.2'] })]));
  });
});

describe('parseQuickText: warnings', () => {
  it.each([
    ['START 05/10/2025', ['Line 1, column 7: "05/10/2025" has no time: 00:00 assumed.']],
    ['GROSS 1.250,50', ['Line 1, column 7: "1.250,50" read as 1250.50.']],
    ['DX R07.2\nDX r07.2', ['Line 2, column 4: R07.2 is listed twice (first on line 1).']],
  ])('%j', (text, warnings) => {
    const r = parseQuickText(text);
    expect(r.ok && r.value.warnings.map((w) => w.message)).toEqual(warnings);
  });
});

describe('parseQuickText: errors (nothing is imported)', () => {
  it.each([
    ['', ['The text has nothing to read: every line is empty or a # comment.']],
    ['   \n\n', ['The text has nothing to read: every line is empty or a # comment.']],
    ['# only\n  # comments', ['The text has nothing to read: every line is empty or a # comment.']],
    ['DX R07.2\nCPT', ['Line 2, column 4: expected a code after CPT, found nothing.']],
    ['DX R07.2\nCPT   # no code', ['Line 2, column 4: expected a code after CPT, found nothing.']],
    ['FOO 12', ['Line 1, column 1: expected a keyword such as DX, CPT, CLAIM or START, found "FOO".']],
    ['  Claimid 7', ['Line 1, column 3: expected a keyword such as DX, CPT, CLAIM or START, found "Claimid".']],
    ['START 31/02/2025 10:00', ['Line 1, column 7: expected a date and time such as 05/10/2025 09:00, found "31/02/2025 10:00", which is not a real date and time.']],
    ['START yesterday', ['Line 1, column 7: expected a date and time such as 05/10/2025 09:00, found "yesterday".']],
    ['DOB 12/04/1980 10:00', ['Line 1, column 5: expected a date of birth such as 12/04/1980 or 1980-04-12, found "12/04/1980 10:00".']],
    ['CPT 93306-26-59-LT-RT-XS', ['Line 1, column 5: expected at most four modifiers, found 5 (26-59-LT-RT-XS).']],
    ['CPT 93306-2', ['Line 1, column 5: expected a two-character modifier such as 26 or LT, found "2".']],
    ['CPT 9330', ['Line 1, column 5: expected a CPT code such as 93306, found "9330".']],
    ['HCPCS 93306', ['Line 1, column 7: expected a HCPCS code such as J1100, found "93306".']],
    ['DX R07.2, I10\nCPT 93000 > 9', ['Line 2, column 13: expected a diagnosis position from 1 to 2, found 9.']],
    ['DX R07.2\nCPT 93000 > 1,9', ['Line 2, column 15: expected diagnosis position 1 (one diagnosis is listed), found 9.']],
    ['CPT 93000 > 1', ['Line 1, column 13: expected a diagnosis position, found 1 but no diagnosis is listed.']],
    ['DX R07.2\nCPT 93000 > R51.9', ['Line 2, column 13: expected one of the listed diagnoses, found R51.9, which is not listed.']],
    ['DX R07.2\nCPT 93000 >', ['Line 2, column 12: expected diagnosis positions such as 1,2 after >, found nothing.']],
    ['CPT 93000 x0', ['Line 1, column 12: expected a quantity above 0 such as 1 or 2.5, found "0" after x.']],
    ['CPT 93000 @abc', ['Line 1, column 12: expected an amount such as 465.00, found "abc" after @.']],
    ['CPT 93000 @-5', ['Line 1, column 12: expected an amount such as 465.00, found "-5" after @.']],
    ['CPT 93000 on 32/10/2025', ['Line 1, column 14: expected a date such as 05/10/2025 09:20 after on, found "32/10/2025".']],
    ['CPT 93000 by', ['Line 1, column 13: expected a clinician licence after by, found nothing.']],
    // An amount is one word: a space inside it leaves a stray word.
    ['CPT 99213 @1 250,00', ['Line 1, column 14: expected x<quantity>, > <diagnosis links>, @<net>, on <date>, by <clinician> or auth <id>, found "250,00".']],
    ['CPT 93000 please', ['Line 1, column 11: expected x<quantity>, > <diagnosis links>, @<net>, on <date>, by <clinician> or auth <id>, found "please".']],
    ['DX 12345', ['Line 1, column 4: expected an ICD-10-CM code such as R07.2, found "12345".']],
    ['DX J18.9:Q', ['Line 1, column 10: expected a POA indicator (Y, N, U, W or 1), found "Q".']],
    ['DX', ['Line 1, column 3: expected an ICD-10-CM code after DX, found nothing.']],
    ['PDX R07.2\nPDX I10', ['Line 2, column 5: expected one principal diagnosis, found a second one (I10; PDX R07.2 is on line 1).']],
    ['CLAIM A\nCLAIM B', ['Line 2, column 1: expected CLAIM once, found it again (first on line 1).']],
    ['CLAIM', ['Line 1, column 6: expected a claim ID after CLAIM, found nothing.']],
    ['PROFILE KSA', ['Line 1, column 9: expected a payer profile (DOH, DHA, OMAN or GENERIC), found "KSA".']],
    ['SEX X', ['Line 1, column 5: expected F, M or U, found "X".']],
    ['TYPE 11', ['Line 1, column 6: expected an encounter type (a number such as 1 or 3, or outpatient, op, clinic, er, ed, emergency, inpatient, ip, inpatient-er…), found "11".']],
    ['ADMIT walk-in', ['Line 1, column 7: expected a start type (1–8, or elective, emergency, transfer, transfer-acute, live-birth, birth…), found "walk-in".']],
    ['TRANSFER LTC-1', ['Line 1, column 10: expected FROM or TO and a facility after TRANSFER, found "LTC-1".']],
    ['NOTE """\nnever closed', ['Line 1, column 1: expected a line """ to close the note started here, found the end of the text.']],
    ['CPT\nFOO\nDX R07.2\nCPT 93000 > 4', ['Line 1, column 4: expected a code after CPT, found nothing.', 'Line 2, column 1: expected a keyword such as DX, CPT, CLAIM or START, found "FOO".', 'Line 4, column 13: expected diagnosis position 1 (one diagnosis is listed), found 4.']],
  ])('%j', (text, messages) => {
    expect(errorsOf(text)).toEqual(messages);
  });

  it('locates each error by line and column fields too', () => {
    const r = parseQuickText('DX R07.2\nCPT');
    expect(r).toEqual({ ok: false, errors: [{ code: 'intake.syntax', message: 'Line 2, column 4: expected a code after CPT, found nothing.', severity: 'error', line: 2, column: 4 }] });
  });
});
