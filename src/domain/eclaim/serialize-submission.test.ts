import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyEncounter } from '../claim';
import { submissionArb } from '../../testing/eclaim/arbitraries';
import { CLAIM_BODY, aClaim, aSubmission, anActivity, submissionXml } from '../../testing/eclaim/builders';
import { DEFAULT_ROOT_ATTRIBUTES } from './elements';
import { parseSubmission } from './parse-submission';
import { escapeAttribute, escapeText, serializeSubmission } from './serialize-submission';

/** One element per line, no indent: the shape of the builders' fixtures. */
const flat = (xml: string): string => xml.replace(/\n\s+/g, '\n');

describe('serializeSubmission', () => {
  it('writes the builders’ claim as the DOH skeleton, element for element', () => {
    expect(flat(serializeSubmission(aSubmission()))).toBe(submissionXml([CLAIM_BODY]));
  });

  it('indents two spaces per level', () => {
    const lines = serializeSubmission(aSubmission()).split('\n');
    expect(lines.slice(0, 4)).toEqual(['<?xml version="1.0" encoding="utf-8"?>', lines[1], '  <Header>', '    <SenderID>MF1234</SenderID>']);
    expect(lines.filter((l) => l.includes('<FacilityID>'))).toEqual(['      <FacilityID>MF1234</FacilityID>']);
  });

  it.each([
    ['DOH', undefined, DEFAULT_ROOT_ATTRIBUTES.DOH],
    ['DOH', 'DOH', DEFAULT_ROOT_ATTRIBUTES.DOH],
    ['DHA', 'DHA', DEFAULT_ROOT_ATTRIBUTES.DHA],
  ] as const)('writes the %s root attributes when the submission has none (flavour %s)', (_name, flavour, attributes) => {
    const xml = serializeSubmission(aSubmission({ rootAttributes: {} }), flavour === undefined ? {} : { flavour });
    const expected = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    expect(xml.split('\n')[1]).toBe(`<Claim.Submission${expected}>`);
  });

  it('writes the submission’s own root attributes whatever the flavour', () => {
    const xml = serializeSubmission(aSubmission({ rootAttributes: { 'xmlns:tns': 'urn:x', note: 'a"b' } }), { flavour: 'DHA' });
    expect(xml.split('\n')[1]).toBe('<Claim.Submission xmlns:tns="urn:x" note="a&quot;b">');
  });

  it('computes RecordCount and omits empty fields, a null Resubmission and an empty Encounter', () => {
    const claim = aClaim({ memberId: '', idPayer: '', encounter: emptyEncounter(), activities: [anActivity('1', '99213', { net: '', priorAuthorizationId: '' })] });
    const xml = flat(serializeSubmission(aSubmission({ claims: [claim, claim, claim] })));
    expect(xml).toContain('<RecordCount>3</RecordCount>');
    expect(xml).not.toMatch(/MemberID|IDPayer|Encounter|Resubmission|Contract|PriorAuthorizationID|<Net><\/Net>/);
    expect(xml.match(/<Net>/g)).toHaveLength(3); // the claims' Net, never an empty activity Net
  });

  it('writes an empty but present Resubmission and Contract', () => {
    const xml = flat(serializeSubmission(aSubmission({ claims: [aClaim({ resubmission: { type: '', comment: '', attachment: '', extensions: [] }, contract: { packageName: '', extensions: [] } })] })));
    expect(xml).toContain('</Activity>\n<Resubmission>\n</Resubmission>\n<Contract>\n</Contract>\n</Claim>');
  });

  it.each([
    ['2025-10-05T09:00', '05/10/2025 09:00'],
    ['2025-10-05', '05/10/2025 00:00'],
    ['31/02/2025 10:00', '31/02/2025 10:00'],
    ['soon', 'soon'],
  ])('writes the timestamp %j as %j', (value, written) => {
    const xml = serializeSubmission(aSubmission({ header: { ...aSubmission().header, transactionDate: value } }));
    expect(xml).toContain(`<TransactionDate>${written}</TransactionDate>`);
  });

  it('writes modifiers, then diagnosis links, then the other observations', () => {
    const activity = anActivity('1', '93306', { modifiers: ['26', 'LT'], diagnosisLinks: ['R07.2'], observations: [{ type: 'LOINC', code: '2345-7', value: '110', valueType: 'mg/dL' }] });
    const xml = flat(serializeSubmission(aSubmission({ claims: [aClaim({ activities: [activity] })] })));
    const observations = xml.slice(xml.indexOf('<Observation>'), xml.lastIndexOf('</Observation>') + 14);
    expect(observations).toBe(
      [
        '<Observation>',
        '<Type>Modifiers</Type>',
        '<Code>26</Code>',
        '</Observation>',
        '<Observation>',
        '<Type>Modifiers</Type>',
        '<Code>LT</Code>',
        '</Observation>',
        '<Observation>',
        '<Type>Text</Type>',
        '<Code>LinkedDiagnosis</Code>',
        '<Value>R07.2</Value>',
        '<ValueType>Text</ValueType>',
        '</Observation>',
        '<Observation>',
        '<Type>LOINC</Type>',
        '<Code>2345-7</Code>',
        '<Value>110</Value>',
        '<ValueType>mg/dL</ValueType>',
        '</Observation>',
      ].join('\n'),
    );
  });

  it('writes extensions after the sibling they followed, even when that sibling is empty', () => {
    const el = (name: string) => ({ name, attributes: {}, children: [], text: name.toLowerCase() });
    const claim = aClaim({
      memberId: '',
      extensions: [
        { after: null, element: el('First') },
        { after: 'MemberID', element: el('AfterMember') },
        { after: 'Activity', element: el('AfterActivities') },
        { after: 'Contract', element: el('Last') },
      ],
    });
    const xml = flat(serializeSubmission(aSubmission({ claims: [claim] })));
    expect(xml).toContain('<Claim>\n<First>first</First>\n<ID>MF1234-000123</ID>\n<AfterMember>aftermember</AfterMember>\n<PayerID>A001</PayerID>');
    expect(xml).toContain('</Activity>\n<AfterActivities>afteractivities</AfterActivities>\n<Last>last</Last>\n</Claim>');
  });

  it('writes an extension whose `after` is no known sibling at the end', () => {
    const claim = aClaim({ extensions: [{ after: 'Nowhere', element: { name: 'X', attributes: {}, children: [], text: '' } }] });
    expect(flat(serializeSubmission(aSubmission({ claims: [claim] })))).toContain('</Activity>\n<X/>\n</Claim>');
  });

  it('writes nested extension elements with attributes and mixed text', () => {
    const element = { name: 'Foo', attributes: { a: '1 < 2', b: 'x\ty' }, children: [{ name: 'Bar', attributes: {}, children: [], text: 'q&a' }], text: 'note' };
    const xml = serializeSubmission(aSubmission({ extensions: [{ after: 'Header', element }] }));
    expect(xml).toContain('  </Header>\n  <Foo a="1 &lt; 2" b="x&#9;y">note\n    <Bar>q&amp;a</Bar>\n  </Foo>\n  <Claim>');
  });
});

describe('escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &apos;single&apos;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['line\nbreak\ttab', 'line\nbreak\ttab'],
    ['carriage\rreturn', 'carriage&#13;return'],
    ['bell\u0007 and nul\u0000 and \u001b escape', 'bell and nul and  escape'],
    ['non-characters \ufffe\uffff gone', 'non-characters  gone'],
    ['emoji 😀 kept, lone \ud83d surrogate gone', 'emoji 😀 kept, lone  surrogate gone'],
    ['عربي', 'عربي'],
  ])('escapeText(%j) = %j', (value, escaped) => {
    expect(escapeText(value)).toBe(escaped);
  });

  it.each([
    ['a\tb\nc\rd', 'a&#9;b&#10;c&#13;d'],
    ['x"y', 'x&quot;y'],
  ])('escapeAttribute(%j) = %j', (value, escaped) => {
    expect(escapeAttribute(value)).toBe(escaped);
  });

  it('removes control characters so the file still parses', () => {
    const claim = aClaim({ memberId: 'AB\u0001CD', encounter: { ...aClaim().encounter, patientId: 'MRN\r\n001' } });
    const r = parseSubmission(serializeSubmission(aSubmission({ claims: [claim] })));
    expect(r.ok && [r.value.submission.claims[0]?.memberId, r.value.submission.claims[0]?.encounter.patientId]).toEqual(['ABCD', 'MRN\r\n001']);
  });
});

describe('round trip', () => {
  it('parse(serialize(m)) equals m for canonical submissions', () => {
    fc.assert(
      fc.property(submissionArb, (m) => {
        const r = parseSubmission(serializeSubmission(m));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.submission).toEqual(m);
      }),
      { numRuns: 300, seed: 20251005 },
    );
  });

  it('serialize is stable: serialize(parse(serialize(m))) equals serialize(m)', () => {
    fc.assert(
      fc.property(submissionArb, fc.constantFrom('DOH' as const, 'DHA' as const), (m, flavour) => {
        const xml = serializeSubmission(m, { flavour });
        const r = parseSubmission(xml);
        expect(r.ok && serializeSubmission(r.value.submission, { flavour })).toBe(xml);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
