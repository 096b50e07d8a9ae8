import { describe, expect, it } from 'vitest';
import type { Claim, Submission } from '../claim';
import type { Issue } from '../shared/result';
import { CLAIM_BODY, aClaim, aSubmission, anActivity, claimBodyWith, submissionXml } from '../../testing/eclaim/builders';
import { generateSubmission } from '../../testing/eclaim/generate-submission';
import { DEFAULT_ROOT_ATTRIBUTES, MAX_SUBMISSION_BYTES } from './elements';
import { parseSubmission } from './parse-submission';
import { serializeSubmission } from './serialize-submission';

const VALID = submissionXml([CLAIM_BODY]);

function parsed(xml: string): { submission: Submission; warnings: readonly Issue[]; claim: Claim } {
  const r = parseSubmission(xml);
  if (!r.ok) throw new Error(`expected ok, got ${r.errors.map((e) => e.message).join('; ')}`);
  const claim = r.value.submission.claims[0];
  return { submission: r.value.submission, warnings: r.value.warnings, claim: claim ?? aClaim() };
}

const messages = (warnings: readonly Issue[]): string[] => warnings.map((w) => w.message);

describe('parseSubmission: a clean file', () => {
  it('reads the DOH skeleton into the model with no warnings', () => {
    const r = parseSubmission(VALID);
    expect(r).toEqual({ ok: true, value: { submission: aSubmission(), flavour: 'DOH', warnings: [] } });
  });

  it.each([
    [DEFAULT_ROOT_ATTRIBUTES.DHA, 'DHA'],
    [DEFAULT_ROOT_ATTRIBUTES.DOH, 'DOH'],
    [{ 'xmlns:tns': 'https://www.doh.gov.ae/shafafiya/CommonTypes' }, 'DOH'],
    [{}, 'unknown'],
    [{ version: '2' }, 'unknown'],
  ])('tells the flavour from the root attributes %j → %s', (rootAttributes, flavour) => {
    const r = parseSubmission(serializeSubmission(aSubmission({ rootAttributes })));
    // An empty record is written with the DOH defaults, so it reads back as DOH.
    expect(r.ok && r.value.flavour).toBe(Object.keys(rootAttributes).length === 0 ? 'DOH' : flavour);
  });

  it('reads a file whose root has no attributes as flavour unknown, keeping {} as rootAttributes', () => {
    const r = parseSubmission(VALID.replace(/<Claim\.Submission [^>]*>/, '<Claim.Submission>'));
    expect(r.ok && [r.value.flavour, r.value.submission.rootAttributes]).toEqual(['unknown', {}]);
  });

  it('accepts a BOM and CRLF line ends, with the same model and no warnings', () => {
    const r = parseSubmission(`\uFEFF${VALID.replace(/\n/g, '\r\n')}`);
    expect(r).toEqual({ ok: true, value: { submission: aSubmission(), flavour: 'DOH', warnings: [] } });
  });

  it('trims whitespace around every value', () => {
    const { claim, warnings } = parsed(submissionXml([claimBodyWith('<ID>MF1234-000123</ID>', '<ID>\n   MF1234-000123  \t</ID>')]));
    expect([claim.id, warnings]).toEqual(['MF1234-000123', []]);
  });

  it('reads tags written with spaces inside them', () => {
    const body = claimBodyWith('<ID>MF1234-000123</ID>', '<ID >MF1234-000123</ID\n>').map((l) => l.replace('<Encounter>', '<Encounter\t>'));
    const { submission, warnings } = parsed(submissionXml([body]));
    expect([submission, warnings]).toEqual([aSubmission(), []]);
  });

  it('reads 1,000 claims in one file exactly as generated', () => {
    const model = generateSubmission({ claims: 1000 });
    const r = parseSubmission(serializeSubmission(model));
    expect(r.ok && r.value.submission.claims.length).toBe(1000);
    expect(r.ok && r.value.warnings).toEqual([]);
    expect(r.ok && r.value.submission).toEqual(model);
  });

  it('reads a 0-claim file as valid, with a warning', () => {
    const r = parseSubmission(submissionXml([]));
    expect(r.ok && r.value.submission.claims).toEqual([]);
    expect(r.ok && r.value.warnings).toEqual([
      { code: 'eclaim.claims.none', message: 'Line 2, column 1, in <Claim.Submission>: the file holds no <Claim>: there is nothing to code.', severity: 'warning', line: 2, column: 1, where: 'Claim.Submission' },
    ]);
  });
});

describe('parseSubmission: files it refuses', () => {
  const billionLaughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    ' <!ENTITY lol "lol">',
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
    ']>',
    '<Claim.Submission><Header><SenderID>&lol2;</SenderID></Header></Claim.Submission>',
  ].join('\n');
  const externalEntity = '<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<Claim.Submission>&xxe;</Claim.Submission>';
  const truncated = VALID.slice(0, VALID.indexOf('<Code>93000</Code>') + 8);

  it.each([
    [
      'a closing tag that does not match',
      submissionXml([claimBodyWith('<Clinician>GD12345</Clinician>', ['<Clinician>GD12345</Clinician>', '</Activty>'])]),
      'xml.malformed',
      'Line 39, column 1, in <Activity>: closing tag </Activty> does not match <Activity>.',
    ],
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE Claim.Submission SYSTEM "ClaimSubmission.dtd">\n<Claim.Submission/>',
      'xml.doctype',
      'Line 2, column 1: the file has a DOCTYPE declaration. It is refused for security (a DOCTYPE can declare entities that expand into huge or outside content) and an e-claim never needs one.',
    ],
    [
      'entity declarations (billion laughs)',
      billionLaughs,
      'xml.entity',
      'Line 2, column 1: the file declares entities (<!ENTITY …>) in a DOCTYPE. They are refused and never expanded: entity declarations are how XML files are made to blow up in memory or read other files, and an e-claim never needs them.',
    ],
    [
      'an external entity',
      externalEntity,
      'xml.entity',
      'Line 2, column 1: the file declares entities (<!ENTITY …>) in a DOCTYPE. They are refused and never expanded: entity declarations are how XML files are made to blow up in memory or read other files, and an e-claim never needs them.',
    ],
    [
      'an entity declaration outside a DOCTYPE',
      '<Claim.Submission>\n<!ENTITY x "y">\n</Claim.Submission>',
      'xml.entity',
      'Line 2, column 1, in <Claim.Submission>: entity declarations (<!ENTITY …>) are refused and never expanded: an e-claim never needs them.',
    ],
    [
      'a remittance advice',
      '<?xml version="1.0"?>\n<Remittance.Advice><Header/></Remittance.Advice>',
      'eclaim.root',
      "Line 2, column 1: expected <Claim.Submission>, found <Remittance.Advice>: this is a remittance advice (the payer's reply), not a claim submission.",
    ],
    ['another root', '<Claims><Claim/></Claims>', 'eclaim.root', 'Line 1, column 1: expected <Claim.Submission>, found <Claims>.'],
    ['a truncated file', truncated, 'xml.truncated', 'Line 44, column 8, in <Code>: the file ends before </Code>: is it cut short?'],
    ['a file cut inside a tag', VALID.slice(0, VALID.indexOf('<Code>93000') + 4), 'xml.truncated', 'Line 44, column 4, in <Activity>: the file ends before </Activity>: is it cut short?'],
    [
      'a bare ampersand',
      submissionXml([claimBodyWith('<MemberID>1234567890</MemberID>', '<MemberID>Smith & Sons</MemberID>')]),
      'xml.malformed',
      'Line 12, column 17, in <MemberID>: a bare "&" is not allowed in XML: write it as &amp; (only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#38; are allowed).',
    ],
    [
      'an undefined entity',
      submissionXml([claimBodyWith('<MemberID>1234567890</MemberID>', '<MemberID>A&nbsp;B</MemberID>')]),
      'xml.malformed',
      'Line 12, column 12, in <MemberID>: an undefined entity reference (only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#38; are allowed).',
    ],
    [
      'a control character',
      submissionXml([claimBodyWith('<MemberID>1234567890</MemberID>', '<MemberID>12\u000134</MemberID>')]),
      'xml.malformed',
      'Line 12, column 13, in <MemberID>: a character that XML does not allow here (a control character, or a stray < or &?).',
    ],
    ['text after the root', `${VALID}trailing words`, 'xml.malformed', 'Line 52, column 14: text outside the root element.'],
    ['plain text', 'DX R07.2, I10\nCPT 93306-26', 'eclaim.not-xml', 'This is not XML: an e-claim file starts with <?xml or <Claim.Submission>, found "DX R07.2, I10".'],
    ['a zip or xlsx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', 'eclaim.not-xml', 'This is a ZIP archive (an .xlsx, .docx or .zip file), not an e-claim XML file: export the claim as XML and load that.'],
    ['a PDF', '%PDF-1.7\n%âãÏÓ', 'eclaim.not-xml', 'This is a PDF document, not an e-claim XML file: export the claim as XML and load that.'],
    ['an old Excel file', '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', 'eclaim.not-xml', 'This is an old-style Office file (.xls or .doc), not an e-claim XML file: export the claim as XML and load that.'],
    ['an empty file', '', 'eclaim.empty', 'The file is empty: expected an e-claim XML file starting with <?xml or <Claim.Submission>.'],
    ['only whitespace and a BOM', '\uFEFF \r\n ', 'eclaim.empty', 'The file is empty: expected an e-claim XML file starting with <?xml or <Claim.Submission>.'],
  ])('refuses %s', (_name, xml, code, message) => {
    const r = parseSubmission(xml);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code, message, severity: 'error' });
  });

  it('gives line and column as fields too', () => {
    const r = parseSubmission(submissionXml([claimBodyWith('<Clinician>GD12345</Clinician>', ['<Clinician>GD12345</Clinician>', '</Activty>'])]));
    expect(r.ok ? null : r.errors[0]).toEqual({
      code: 'xml.malformed',
      message: 'Line 39, column 1, in <Activity>: closing tag </Activty> does not match <Activity>.',
      severity: 'error',
      line: 39,
      column: 1,
    });
  });

  it('exports a 25 MB default limit', () => {
    expect(MAX_SUBMISSION_BYTES).toBe(26_214_400);
  });

  it.each([
    [VALID, { maxBytes: 100 }, `The file is ${(VALID.length / 1024).toFixed(1)} KB, over the 100 bytes limit for one e-claim file: split it into smaller submissions.`],
    ['<' + ' '.repeat(MAX_SUBMISSION_BYTES + 1024 * 1024), {}, 'The file is 26.0 MB, over the 25.0 MB limit for one e-claim file: split it into smaller submissions.'],
    // Arabic letters are two bytes each in UTF-8: 60 characters, 120 bytes.
    [`<x>${'ع'.repeat(53)}</x>`.slice(0, 60), { maxBytes: 100 }, 'The file is 113 bytes, over the 100 bytes limit for one e-claim file: split it into smaller submissions.'],
  ])('refuses a file over the size limit (%#)', (xml, options, message) => {
    expect(parseSubmission(xml, options)).toEqual({ ok: false, errors: [{ code: 'eclaim.too-large', message, severity: 'error' }] });
  });

  it('reads a file at the limit', () => {
    expect(parseSubmission(VALID, { maxBytes: VALID.length }).ok).toBe(true);
  });
});

type WarningCase = readonly [name: string, body: readonly string[], pick: (c: Claim) => unknown, value: unknown, warnings: readonly string[]];

describe('parseSubmission: what it reads with warnings', () => {
  const dateCases: WarningCase[] = [
    ['single-digit day, month and hour', claimBodyWith('<Start>05/10/2025 09:00</Start>', '<Start>5/10/2025 9:00</Start>'), (c) => c.encounter.start, '2025-10-05T09:00', ['Line 23, column 1, in <Start>: "5/10/2025 9:00" read as 05/10/2025 09:00; the e-claim form is dd/MM/yyyy HH:mm.']],
    ['no time', claimBodyWith('<Start>05/10/2025 09:00</Start>', '<Start>05/10/2025</Start>'), (c) => c.encounter.start, '2025-10-05T00:00', ['Line 23, column 1, in <Start>: "05/10/2025" has no time: read as 05/10/2025 00:00 (00:00 assumed).']],
    ['ISO date', claimBodyWith('<Start>05/10/2025 09:00</Start>', '<Start>2025-10-05</Start>'), (c) => c.encounter.start, '2025-10-05T00:00', ['Line 23, column 1, in <Start>: "2025-10-05" has no time: read as 05/10/2025 00:00 (00:00 assumed).']],
    ['ISO date and time', claimBodyWith('<Start>05/10/2025 09:00</Start>', '<Start>2025-10-05T09:00</Start>'), (c) => c.encounter.start, '2025-10-05T09:00', ['Line 23, column 1, in <Start>: "2025-10-05T09:00" read as 05/10/2025 09:00; the e-claim form is dd/MM/yyyy HH:mm.']],
    ['zero seconds', claimBodyWith('<Start>05/10/2025 09:00</Start>', '<Start>05/10/2025 09:00:00</Start>'), (c) => c.encounter.start, '2025-10-05T09:00', ['Line 23, column 1, in <Start>: "05/10/2025 09:00:00" read as 05/10/2025 09:00; the e-claim form is dd/MM/yyyy HH:mm.']],
    ['seconds that would be lost', claimBodyWith('<Start>05/10/2025 09:00</Start>', '<Start>05/10/2025 09:00:30</Start>'), (c) => c.encounter.start, '05/10/2025 09:00:30', ['Line 23, column 1, in <Start>: "05/10/2025 09:00:30" has seconds, which the e-claim cannot hold; kept as written.']],
    ['an impossible date', claimBodyWith('<End>05/10/2025 09:40</End>', '<End>31/02/2025 10:00</End>'), (c) => c.encounter.end, '31/02/2025 10:00', ['Line 24, column 1, in <End>: "31/02/2025 10:00" is not a real date and time; kept as written.']],
    ['an impossible hour', claimBodyWith('<End>05/10/2025 09:40</End>', '<End>05/10/2025 24:10</End>'), (c) => c.encounter.end, '05/10/2025 24:10', ['Line 24, column 1, in <End>: "05/10/2025 24:10" is not a real date and time; kept as written.']],
    ['an unreadable date', claimBodyWith('<Start>05/10/2025 09:20</Start>', '<Start>yesterday</Start>'), (c) => c.activities[1]?.start, 'yesterday', ['Line 42, column 1, in <Start>: "yesterday" is not a date in the form dd/MM/yyyy HH:mm; kept as written.']],
    ['a two-digit year', claimBodyWith('<Start>05/10/2025 09:20</Start>', '<Start>05/10/25 09:20</Start>'), (c) => c.activities[1]?.start, '05/10/25 09:20', ['Line 42, column 1, in <Start>: "05/10/25 09:20" is not a date in the form dd/MM/yyyy HH:mm; kept as written.']],
  ];

  const numberCases: WarningCase[] = [
    ['a decimal comma', claimBodyWith('<Gross>850.00</Gross>', '<Gross>850,00</Gross>'), (c) => c.gross, '850.00', ['Line 16, column 1, in <Gross>: "850,00" read as 850.00 (decimal comma in "850,00" read as a decimal point).']],
    ['thousands separators', claimBodyWith('<Gross>850.00</Gross>', '<Gross>1,250.00</Gross>'), (c) => c.gross, '1250.00', ['Line 16, column 1, in <Gross>: "1,250.00" read as 1250.00 (thousands separators removed from "1,250.00").']],
    ['dots for thousands and a decimal comma', claimBodyWith('<Net>465.00</Net>', '<Net>1.465,50</Net>'), (c) => c.activities[1]?.net, '1465.50', ['Line 46, column 1, in <Net>: "1.465,50" read as 1465.50 ("1.465,50" read with dots as thousands separators and a decimal comma).']],
    ['a quantity with a comma', claimBodyWith('<Quantity>1</Quantity>', '<Quantity>2,5</Quantity>'), (c) => c.activities[0]?.quantity, '2.5', ['Line 35, column 1, in <Quantity>: "2,5" read as 2.5 (decimal comma in "2,5" read as a decimal point).']],
    ['a leading plus, silently', claimBodyWith('<Net>765.00</Net>', '<Net>+765.00</Net>'), (c) => c.net, '765.00', []],
    ['an unreadable amount', claimBodyWith('<PatientShare>85.00</PatientShare>', '<PatientShare>AED 85</PatientShare>'), (c) => c.patientShare, 'AED 85', ['Line 17, column 1, in <PatientShare>: "AED 85" is not a number; kept as written.']],
  ];

  const missingCases: WarningCase[] = [
    ['a claim without ID', claimBodyWith('<ID>MF1234-000123</ID>', null), (c) => c.id, '', ['Line 10, column 1, in <Claim>: expected <ID>, found none.']],
    ['an activity without Code', claimBodyWith('<Code>99213</Code>', null), (c) => c.activities[0]?.code, '', ['Line 30, column 1, in <Activity>: expected <Code>, found none.']],
    ['an empty ID', claimBodyWith('<ID>MF1234-000123</ID>', '<ID> </ID>'), (c) => c.id, '', ['Line 11, column 1, in <ID>: <ID> is empty.']],
    ['a self-closed Net', claimBodyWith('<Net>765.00</Net>', '<Net/>'), (c) => c.net, '', ['Line 18, column 1, in <Net>: <Net> is empty.']],
    ['a claim without Encounter', [...CLAIM_BODY.slice(0, 8), ...CLAIM_BODY.slice(15)], (c) => c.encounter.facilityId, '', ['Line 10, column 1, in <Claim>: expected <Encounter>, found none.']],
    [
      'a claim without diagnoses or activities',
      CLAIM_BODY.slice(0, 15),
      (c) => [c.diagnoses.length, c.activities.length],
      [0, 0],
      ['Line 10, column 1, in <Claim>: expected at least one <Diagnosis>, found none.', 'Line 10, column 1, in <Claim>: expected at least one <Activity>, found none.'],
    ],
    [
      'an encounter with only a facility',
      [...CLAIM_BODY.slice(0, 10), ...CLAIM_BODY.slice(14)],
      (c) => c.encounter.facilityId,
      'MF1234',
      ['Line 19, column 1, in <Encounter>: expected <Type>, found none.', 'Line 19, column 1, in <Encounter>: expected <PatientID>, found none.', 'Line 19, column 1, in <Encounter>: expected <Start>, found none.'],
    ],
  ];

  it.each([...dateCases, ...numberCases, ...missingCases])('%s', (_name, body, pick, value, warnings) => {
    const { claim, warnings: found } = parsed(submissionXml([body]));
    expect(pick(claim)).toEqual(value);
    expect(messages(found)).toEqual(warnings);
  });

  it('gives each warning its code, line, column and where', () => {
    const { warnings } = parsed(submissionXml([claimBodyWith('<Start>05/10/2025 09:20</Start>', '<Start>31/02/2025 09:20</Start>')]));
    expect(warnings).toEqual([
      {
        code: 'eclaim.date.unreadable',
        message: 'Line 42, column 1, in <Start>: "31/02/2025 09:20" is not a real date and time; kept as written.',
        severity: 'warning',
        line: 42,
        column: 1,
        where: 'Claim[1]/Activity[2]/Start',
      },
    ]);
  });

  it('warns when RecordCount disagrees with the claims, and ignores it otherwise', () => {
    const { warnings } = parsed(submissionXml([CLAIM_BODY, CLAIM_BODY], { recordCount: '3' }));
    expect(warnings).toEqual([
      { code: 'eclaim.record-count', message: 'Line 7, column 1, in <RecordCount>: says 3, but the file holds 2 claims; it is recomputed on export.', severity: 'warning', line: 7, column: 1, where: 'Header/RecordCount' },
    ]);
  });

  it('reports a header with missing elements', () => {
    const { submission, warnings } = parsed(submissionXml([CLAIM_BODY], { header: ['<SenderID>MF1234</SenderID>'] }));
    expect(submission.header).toEqual({ senderId: 'MF1234', receiverId: '', transactionDate: '', dispositionFlag: '', extensions: [] });
    expect(messages(warnings)).toEqual([
      'Line 3, column 1, in <Header>: expected <ReceiverID>, found none.',
      'Line 3, column 1, in <Header>: expected <TransactionDate>, found none.',
      'Line 3, column 1, in <Header>: expected <RecordCount>, found none.',
      'Line 3, column 1, in <Header>: expected <DispositionFlag>, found none.',
    ]);
  });

  it('reports a file without Header', () => {
    const r = parseSubmission('<Claim.Submission><Claim><ID>1</ID></Claim></Claim.Submission>');
    expect(r.ok && r.value.submission.header).toEqual({ senderId: '', receiverId: '', transactionDate: '', dispositionFlag: '', extensions: [] });
    // The root is checked when it closes, so its warning comes after the claim's.
    expect(r.ok && messages(r.value.warnings).at(-1)).toBe('Line 1, column 1, in <Claim.Submission>: expected <Header>, found none.');
  });
});

describe('parseSubmission: elements the model does not know', () => {
  const foo = { name: 'Foo', attributes: { a: '1' }, children: [{ name: 'Bar', attributes: {}, children: [], text: 'x' }], text: 'note' };
  const FOO = '<Foo a="1">note<Bar>x</Bar></Foo>';

  it.each([
    ['Claim, after Net', claimBodyWith('<Net>765.00</Net>', ['<Net>765.00</Net>', FOO]), (c: Claim) => c.extensions, [{ after: 'Net', element: foo }], 'Line 19, column 1, in <Claim>: unknown element <Foo> is kept as it is and written back in place.'],
    ['Claim, first', claimBodyWith('<ID>MF1234-000123</ID>', [FOO, '<ID>MF1234-000123</ID>']), (c: Claim) => c.extensions, [{ after: null, element: foo }], 'Line 11, column 1, in <Claim>: unknown element <Foo> is kept as it is and written back in place.'],
    ['Encounter (EligibilityIDPayer)', claimBodyWith('<End>05/10/2025 09:40</End>', ['<End>05/10/2025 09:40</End>', '<EligibilityIDPayer>EL-77</EligibilityIDPayer>']), (c: Claim) => c.encounter.extensions, [{ after: 'End', element: { name: 'EligibilityIDPayer', attributes: {}, children: [], text: 'EL-77' } }], 'Line 25, column 1, in <Encounter>: unknown element <EligibilityIDPayer> is kept as it is and written back in place.'],
    ['Diagnosis', claimBodyWith('<Code>R07.2</Code>', ['<Code>R07.2</Code>', FOO]), (c: Claim) => c.diagnoses[0]?.extensions, [{ after: 'Code', element: foo }], 'Line 29, column 1, in <Diagnosis>: unknown element <Foo> is kept as it is and written back in place.'],
    ['Activity', claimBodyWith('<Code>99213</Code>', ['<Code>99213</Code>', FOO]), (c: Claim) => c.activities[0]?.extensions, [{ after: 'Code', element: foo }], 'Line 35, column 1, in <Activity>: unknown element <Foo> is kept as it is and written back in place.'],
    ['Resubmission', [...CLAIM_BODY, '<Resubmission>', '<Type>correction</Type>', FOO, '<Comment>Code corrected</Comment>', '</Resubmission>'], (c: Claim) => c.resubmission, { type: 'correction', comment: 'Code corrected', attachment: '', extensions: [{ after: 'Type', element: foo }] }, 'Line 52, column 1, in <Resubmission>: unknown element <Foo> is kept as it is and written back in place.'],
    ['Contract', [...CLAIM_BODY, '<Contract>', FOO, '<PackageName>Gold</PackageName>', '</Contract>'], (c: Claim) => c.contract, { packageName: 'Gold', extensions: [{ after: null, element: foo }] }, 'Line 51, column 1, in <Contract>: unknown element <Foo> is kept as it is and written back in place.'],
    ['a second ID', claimBodyWith('<ID>MF1234-000123</ID>', ['<ID>MF1234-000123</ID>', '<ID>OTHER</ID>']), (c: Claim) => [c.id, c.extensions], ['MF1234-000123', [{ after: 'ID', element: { name: 'ID', attributes: {}, children: [], text: 'OTHER' } }]], 'Line 12, column 1, in <Claim>: a second <ID>: the first is used, this one is kept as it is and written back in place.'],
    ['a text field holding elements', claimBodyWith('<MemberID>1234567890</MemberID>', '<MemberID>12<X/>34</MemberID>'), (c: Claim) => [c.memberId, c.extensions], ['', [{ after: 'ID', element: { name: 'MemberID', attributes: {}, children: [{ name: 'X', attributes: {}, children: [], text: '' }], text: '1234' } }]], 'Line 12, column 1, in <Claim>: <MemberID> should hold text only but holds elements; it is kept as it is and written back in place.'],
    [
      'an Observation with an unknown child',
      claimBodyWith('<Clinician>GD12345</Clinician>', ['<Clinician>GD12345</Clinician>', '<Observation><Type>Text</Type><Code>x</Code><Unit>mg</Unit></Observation>']),
      (c: Claim) => [c.activities[0]?.observations, c.activities[0]?.extensions],
      [
        [],
        [
          {
            after: 'Clinician',
            element: {
              name: 'Observation',
              attributes: {},
              children: [
                { name: 'Type', attributes: {}, children: [], text: 'Text' },
                { name: 'Code', attributes: {}, children: [], text: 'x' },
                { name: 'Unit', attributes: {}, children: [], text: 'mg' },
              ],
              text: '',
            },
          },
        ],
      ],
      'Line 39, column 1, in <Activity>: <Observation> holds elements the model does not know; the whole <Observation> is kept as it is and written back in place.',
    ],
    [
      'a DxInfo with a nested element',
      claimBodyWith('<Code>R07.2</Code>', ['<Code>R07.2</Code>', '<DxInfo><Type>POA<b/></Type><Code>Y</Code></DxInfo>']),
      (c: Claim) => [c.diagnoses[0]?.dxInfo, c.diagnoses[0]?.extensions.map((e) => [e.after, e.element.name])],
      [[], [['Code', 'DxInfo']]],
      'Line 29, column 1, in <Diagnosis>: <DxInfo> holds elements the model does not know; the whole <DxInfo> is kept as it is and written back in place.',
    ],
  ])('keeps an unknown element in %s', (_name, body, pick, value, warning) => {
    const { claim, warnings } = parsed(submissionXml([body]));
    expect(pick(claim)).toEqual(value);
    expect(messages(warnings)).toEqual([warning]);
  });

  it('keeps unknown elements of the root and the header', () => {
    const xml = submissionXml([CLAIM_BODY], {
      header: ['<SenderID>MF1234</SenderID>', '<ReceiverID>A001</ReceiverID>', '<TransactionDate>05/10/2025 14:30</TransactionDate>', '<RecordCount>1</RecordCount>', '<Batch>7</Batch>', '<DispositionFlag>TEST</DispositionFlag>'],
    }).replace('</Claim.Submission>', '<Signature alg="none"/>\n</Claim.Submission>');
    const { submission, warnings } = parsed(xml);
    expect(submission.header.extensions).toEqual([{ after: 'RecordCount', element: { name: 'Batch', attributes: {}, children: [], text: '7' } }]);
    expect(submission.extensions).toEqual([{ after: 'Claim', element: { name: 'Signature', attributes: { alg: 'none' }, children: [], text: '' } }]);
    expect(messages(warnings)).toEqual([
      'Line 8, column 1, in <Header>: unknown element <Batch> is kept as it is and written back in place.',
      'Line 52, column 1, in <Claim.Submission>: unknown element <Signature> is kept as it is and written back in place.',
    ]);
  });

  it('reports attributes on known elements and stray text, which it does not keep', () => {
    const body = claimBodyWith('<Gross>850.00</Gross>', ['<Gross currency="AED">850.00</Gross>', 'stray words']);
    const { claim, warnings } = parsed(submissionXml([body]));
    expect(claim.gross).toBe('850.00');
    expect(messages(warnings)).toEqual([
      'Line 16, column 1, in <Gross>: attribute currency="AED" is not part of the e-claim and is not kept.',
      'Line 10, column 1, in <Claim>: text "stray words" directly inside <Claim> is not part of the e-claim and is not kept.',
    ]);
  });

  it('skips XML comments with one warning, and processing instructions', () => {
    const xml = VALID.replace('<Header>', '<!-- exported by HIS v4 -->\n<?xml-stylesheet href="claim.xsl"?>\n<Header>\n<!-- batch 7 -->');
    const { submission, warnings } = parsed(xml);
    expect(submission).toEqual(aSubmission());
    expect(warnings).toEqual([{ code: 'xml.skipped', message: '2 XML comments were skipped: comments carry no claim data.', severity: 'warning' }]);
  });
});

describe('parseSubmission: odd characters', () => {
  it('keeps Arabic, emoji and markup-looking text as plain text', () => {
    const body = [
      ...claimBodyWith('<PatientID>MRN001</PatientID>', '<PatientID>مريض-٠٠١ 😀</PatientID>'),
      '<Resubmission>',
      '<Type>correction</Type>',
      '<Comment>&lt;script&gt;alert("x")&lt;/script&gt; &amp; تصحيح</Comment>',
      '</Resubmission>',
    ];
    const { claim, warnings } = parsed(submissionXml([body]));
    expect(claim.encounter.patientId).toBe('مريض-٠٠١ 😀');
    expect(claim.resubmission).toEqual({ type: 'correction', comment: '<script>alert("x")</script> & تصحيح', attachment: '', extensions: [] });
    expect(warnings).toEqual([]);
  });

  it('reads a value split by a comment, and entities and character references', () => {
    const body = claimBodyWith('<ID>MF1234-000123</ID>', '<ID>MF1234<!-- checked -->-000123</ID>').map((l) => l.replace('<MemberID>1234567890</MemberID>', '<MemberID>A&amp;B&#x20;&#67;</MemberID>'));
    const { claim, warnings } = parsed(submissionXml([body]));
    expect([claim.id, claim.memberId, warnings.map((w) => w.code)]).toEqual(['MF1234-000123', 'A&B C', ['xml.skipped']]);
  });

  it('reads CDATA as text', () => {
    const body = [...CLAIM_BODY, '<Resubmission>', '<Type>correction</Type>', '<Comment><![CDATA[<b>bold</b> & more]]></Comment>', '</Resubmission>'];
    expect(parsed(submissionXml([body])).claim.resubmission?.comment).toBe('<b>bold</b> & more');
  });
});

describe('parseSubmission: modifiers and diagnosis links', () => {
  const obs = (type: string, code: string, value = '', valueType = ''): string =>
    `<Observation><Type>${type}</Type><Code>${code}</Code>${value ? `<Value>${value}</Value>` : ''}${valueType ? `<ValueType>${valueType}</ValueType>` : ''}</Observation>`;
  const withObservations = (...lines: string[]): string[] => claimBodyWith('<Clinician>GD12345</Clinician>', ['<Clinician>GD12345</Clinician>', ...lines]);

  it.each([
    ['the convention', [obs('Modifiers', '26'), obs('Text', 'LinkedDiagnosis', 'R07.2', 'Text')], ['26'], ['R07.2'], []],
    ['any letter case, ValueType left out', [obs('MODIFIERS', 'lt'), obs('text', 'linkeddiagnosis', 'I10')], ['lt'], ['I10'], []],
    [
      'other observations kept in order',
      [obs('LOINC', '2345-7', '110', 'mg/dL'), obs('Modifiers', '59'), obs('Text', 'Presenting-Complaint', 'Chest pain', 'Text')],
      ['59'],
      [],
      [
        { type: 'LOINC', code: '2345-7', value: '110', valueType: 'mg/dL' },
        { type: 'Text', code: 'Presenting-Complaint', value: 'Chest pain', valueType: 'Text' },
      ],
    ],
    ['a modifier-typed observation with a Value is not a modifier', [obs('Modifiers', 'CPT', '25', 'Modifier')], [], [], [{ type: 'Modifiers', code: 'CPT', value: '25', valueType: 'Modifier' }]],
    ['a link with another ValueType is not a link', [obs('Text', 'LinkedDiagnosis', 'R07.2', 'File')], [], [], [{ type: 'Text', code: 'LinkedDiagnosis', value: 'R07.2', valueType: 'File' }]],
  ])('%s', (_name, lines, modifiers, links, observations) => {
    const { claim, warnings } = parsed(submissionXml([withObservations(...lines)]));
    expect(claim.activities[0]).toEqual(anActivity('1', '99213', { modifiers, diagnosisLinks: links, observations }));
    expect(warnings).toEqual([]);
  });

  it('keeps a fifth modifier as a plain observation, with a warning', () => {
    const { claim, warnings } = parsed(submissionXml([withObservations(...['26', '59', 'LT', 'XS', '76'].map((m) => obs('Modifiers', m)))]));
    expect(claim.activities[0]?.modifiers).toEqual(['26', '59', 'LT', 'XS']);
    expect(claim.activities[0]?.observations).toEqual([{ type: 'Modifiers', code: '76', value: '', valueType: '' }]);
    expect(messages(warnings)).toEqual(['Line 30, column 1, in <Activity>: more than four modifiers; "76" kept as plain observations.']);
  });

  it('reads a different convention when told', () => {
    const conventions = { modifier: { type: 'CPT Modifier', code: 'MOD', valueType: 'Text' }, diagnosisLink: { type: 'ICD', code: null, valueType: '' } };
    const r = parseSubmission(submissionXml([withObservations(obs('CPT Modifier', 'MOD', '25', 'Text'), obs('ICD', 'R07.2'))]), { conventions });
    expect(r.ok && [r.value.submission.claims[0]?.activities[0]?.modifiers, r.value.submission.claims[0]?.activities[0]?.diagnosisLinks]).toEqual([['25'], ['R07.2']]);
  });
});

describe('XML → model → XML → model is stable on ugly files', () => {
  const ugly: [string, string][] = [
    ['dates, decimals and a missing ID', submissionXml([claimBodyWith('<ID>MF1234-000123</ID>', null).map((l) => l.replace('05/10/2025 09:00', '5/10/2025 9:00').replace('850.00', '850,00'))])],
    ['unknown elements everywhere', submissionXml([[...claimBodyWith('<Net>765.00</Net>', ['<Net>765.00</Net>', '<Foo a="x&amp;y">t<Bar/></Foo>']), '<Contract><PackageName>Gold</PackageName><PackageName>Silver</PackageName></Contract>']])],
    ['raw bad values', submissionXml([claimBodyWith('<End>05/10/2025 09:40</End>', '<End>31/02/2025 10:00</End>').map((l) => l.replace('300.00', 'abc'))])],
    ['kept observations', submissionXml([claimBodyWith('<Clinician>GD12345</Clinician>', ['<Clinician>GD12345</Clinician>', '<Observation><Type>Text</Type><Unit>mg</Unit></Observation>', '<Observation><Type>Modifiers</Type><Code>25</Code></Observation>'])])],
    ['0 claims and CRLF', `\uFEFF${submissionXml([]).replace(/\n/g, '\r\n')}`],
    ['odd characters', submissionXml([claimBodyWith('<PatientID>MRN001</PatientID>', '<PatientID>مريض &lt;script&gt; 😀</PatientID>')])],
  ];

  it.each(ugly)('%s', (_name, xml) => {
    const first = parsed(xml).submission;
    const xml2 = serializeSubmission(first);
    const second = parsed(xml2).submission;
    expect(second).toEqual(first);
    expect(serializeSubmission(second)).toBe(xml2);
  });
});
