import { describe, expect, it } from 'vitest';
import { CDI_QUERIES_STARTER } from '@/testing/cdi-packs';
import { draftQuery, forbiddenWordsIn, queryOptions } from './query';

const template = (id: string) => CDI_QUERIES_STARTER.templates.find((t) => t.id === id)!;

describe('query templates', () => {
  it.each(CDI_QUERIES_STARTER.templates.map((t) => [t.id, t] as const))('%s never mentions payment, DRG or reimbursement', (_id, t) => {
    expect(forbiddenWordsIn(`${t.title}\n${t.body}`)).toEqual([]);
  });

  it('the pack itself (name, description, source) has none of those words either', () => {
    expect(forbiddenWordsIn(JSON.stringify({ ...CDI_QUERIES_STARTER, templates: [] }))).toEqual([]);
  });

  it.each([
    ['Impact on DRG payment', ['payment', 'DRG']],
    ['This affects reimbursement and the relative weight', ['reimbursement', 'relative weight']],
    ['Please clarify the diagnosis', []],
  ])('forbiddenWordsIn(%j)', (text, expected) => {
    expect(forbiddenWordsIn(text)).toEqual(expected);
  });

  it('has open-ended and multiple-choice templates, and names its source', () => {
    expect(new Set(CDI_QUERIES_STARTER.templates.map((t) => t.format))).toEqual(new Set(['open', 'choice']));
    expect(CDI_QUERIES_STARTER.source.document).toBe('AHIMA/ACDIS, Guidelines for Achieving a Compliant Query Practice (2022 update)');
  });
});

describe('queryOptions', () => {
  it.each<[string[], string[]]>([
    [[], ['Other (please specify)', 'Clinically undetermined']],
    [['Precordial pain', ' Precordial pain ', '', 'Other', 'clinically undetermined'], ['Precordial pain', 'Other (please specify)', 'Clinically undetermined']],
    [['Pain in right knee', 'Pain in left knee'], ['Pain in right knee', 'Pain in left knee', 'Other (please specify)', 'Clinically undetermined']],
  ])('%j → %j', (given, expected) => {
    expect(queryOptions(given)).toEqual(expected);
  });
});

describe('draftQuery', () => {
  it('a multiple-choice query quotes the indicators and always ends with Other and Clinically undetermined', () => {
    const text = draftQuery({
      template: template('clarify-choice'),
      condition: 'gastro-esophageal reflux disease without esophagitis (K21.9)',
      indicators: ['Denies chest pain but reports shortness of breath on climbing two flights of stairs'],
      options: ['Gastro-esophageal reflux disease without esophagitis'],
      reviewer: 'R. Haddad, CDI',
    });
    expect(text).toBe(
      [
        'Dr. ___,',
        '',
        'The coded summary of this encounter lists gastro-esophageal reflux disease without esophagitis (K21.9). In the documentation reviewed we did not find where this condition is described.',
        '',
        'Clinical information from the record:',
        '- "Denies chest pain but reports shortness of breath on climbing two flights of stairs"',
        '',
        'Based on your clinical judgement, please document in the record which of the following applies to this encounter:',
        '[ ] Gastro-esophageal reflux disease without esophagitis',
        '[ ] Other (please specify)',
        '[ ] Clinically undetermined',
        '',
        'Thank you,',
        'R. Haddad, CDI',
      ].join('\n'),
    );
  });

  it('an open-ended query has no options and says where indicators are missing', () => {
    const text = draftQuery({ template: template('indicators-open'), condition: 'hypertension', indicators: [], provider: 'Saeed' });
    expect(text).toContain('Dr. Saeed,');
    expect(text).toContain('- (add the clinical indicators from the record)');
    expect(text).not.toContain('[ ]');
  });
});
