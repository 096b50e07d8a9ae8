import { describe, expect, it } from 'vitest';
import { readEclaimDateTime, readEclaimDecimal, writeEclaimDateTime } from './field-readers';
import { OBSERVATION_CONVENTIONS, conventionObservation, readConventionObservation } from './observation-conventions';
import { flavourOf, isKnownChild } from './elements';

describe('readEclaimDateTime', () => {
  it.each([
    ['', ''],
    ['05/10/2025 09:00', '2025-10-05T09:00'],
    ['29/02/2024 23:59', '2024-02-29T23:59'],
  ])('reads %j as %j without a note', (text, value) => expect(readEclaimDateTime(text)).toEqual({ value }));

  it.each([
    ['29/02/2025 10:00', '29/02/2025 10:00', 'eclaim.date.unreadable'],
    ['5/9/2025 7:05', '2025-09-05T07:05', 'eclaim.date.lenient'],
    ['05-10-2025 09:00', '2025-10-05T09:00', 'eclaim.date.lenient'],
    ['05.10.2025', '2025-10-05T00:00', 'eclaim.date.no-time'],
  ])('reads %j as %j with a %s note', (text, value, code) => {
    const r = readEclaimDateTime(text);
    expect([r.value, r.note?.code]).toEqual([value, code]);
  });
});

describe('readEclaimDecimal', () => {
  it.each([
    ['', '', undefined],
    ['465.00', '465.00', undefined],
    ['-3.5', '-3.5', undefined],
    ['.5', '0.5', undefined],
    ['8 500,25', '8500.25', 'eclaim.number.normalised'],
    ['1e5', '1e5', 'eclaim.number.unreadable'],
  ])('%j → %j (%s)', (text, value, code) => {
    const r = readEclaimDecimal(text);
    expect([r.value, r.note?.code]).toEqual([value, code]);
  });
});

describe('writeEclaimDateTime', () => {
  it.each([
    ['2025-10-05T09:00', '05/10/2025 09:00'],
    ['2025-10-05', '05/10/2025 00:00'],
    ['', ''],
    ['raw', 'raw'],
  ])('%j → %j', (value, written) => expect(writeEclaimDateTime(value)).toBe(written));
});

describe('observation conventions', () => {
  it('are the documented ones', () => {
    expect(OBSERVATION_CONVENTIONS).toEqual({
      modifier: { type: 'Modifiers', code: null, valueType: '' },
      diagnosisLink: { type: 'Text', code: 'LinkedDiagnosis', valueType: 'Text' },
    });
  });

  it.each([
    [{ type: 'Modifiers', code: '26', value: '', valueType: '' }, { kind: 'modifier', value: '26' }],
    [{ type: 'Modifiers', code: '26', value: '', valueType: 'Modifier' }, null],
    [{ type: 'modifiers', code: 'LT', value: '', valueType: '' }, { kind: 'modifier', value: 'LT' }],
    [{ type: 'TEXT', code: 'LINKEDDIAGNOSIS', value: 'I10', valueType: 'text' }, { kind: 'diagnosisLink', value: 'I10' }],
    [{ type: 'Modifiers', code: '26', value: 'x', valueType: '' }, null],
    [{ type: 'Modifiers', code: '26', value: '', valueType: 'Text' }, null],
    [{ type: 'Text', code: 'Presenting-Complaint', value: 'pain', valueType: 'Text' }, null],
    [{ type: 'Universal Dental', code: '11', value: '', valueType: '' }, null],
  ])('reads %j as %j', (observation, reading) => expect(readConventionObservation(observation)).toEqual(reading));

  it.each([
    ['modifier', '59', { type: 'Modifiers', code: '59', value: '', valueType: '' }],
    ['diagnosisLink', 'R07.2', { type: 'Text', code: 'LinkedDiagnosis', value: 'R07.2', valueType: 'Text' }],
  ] as const)('writes a %s %j as %j', (kind, value, observation) => expect(conventionObservation(kind, value)).toEqual(observation));
});

describe('elements', () => {
  it.each([
    ['Claim', 'Gross', true],
    ['Claim', 'Code', false],
    ['Activity', 'Observation', true],
    ['Encounter', 'EligibilityIDPayer', false],
  ] as const)('isKnownChild(%s, %s) = %s', (parent, name, known) => expect(isKnownChild(parent, name)).toBe(known));

  it.each([
    [{ 'xsi:noNamespaceSchemaLocation': 'http://www.eclaimlink.ae/DHD/ValidationSchema/ClaimSubmission.xsd' }, 'DHA'],
    [{ 'xmlns:tns': 'HTTP://WWW.HAAD.AE/DataDictionary/CommonTypes' }, 'DOH'],
    [{ 'xmlns:x': 'urn:other' }, 'unknown'],
  ])('flavourOf(%j) = %s', (attributes, flavour) => expect(flavourOf(attributes)).toBe(flavour));
});
