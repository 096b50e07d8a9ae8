import { describe, expect, it } from 'vitest';
import { emptyActivity, emptyDiagnosis, emptyDocument, type Activity, type EncounterDocument } from '../claim';
import { applyKey } from './key-document';
import { scenarioKeySchema, type ScenarioKey } from './scenario.schema';
import { scoreAttempt, type AttemptScore } from './score-attempt';

const start: EncounterDocument = (() => {
  const d = emptyDocument('DOH');
  return { ...d, claim: { ...d.claim, memberId: '', encounter: { ...d.claim.encounter, type: '1', start: '2025-10-05T09:00' } } };
})();

const KEY: ScenarioKey = scenarioKeySchema.parse({
  diagnoses: [
    { code: 'R07.2', type: 'Principal' },
    { code: 'I10', type: 'Secondary' },
  ],
  procedures: [
    { code: '99214', modifiers: ['25'], links: ['R07.2', 'I10'] },
    { code: '93000', links: ['R07.2'] },
  ],
});

type Line = { code: string; mods?: string[]; links?: string[]; qty?: string };
function attempt(dx: [type: string, code: string][], lines: Line[]): EncounterDocument {
  const activities: Activity[] = lines.map((l, i) => ({ ...emptyActivity(String(i + 1), '2025-10-05T09:00'), code: l.code, modifiers: l.mods ?? [], diagnosisLinks: l.links ?? [], quantity: l.qty ?? '1' }));
  return { ...start, claim: { ...start.claim, diagnoses: dx.map(([t, c]) => emptyDiagnosis(t, c)), activities } };
}

const RIGHT_LINES: Line[] = [
  { code: '99214', mods: ['25'], links: ['R07.2', 'I10'] },
  { code: '93000', links: ['R07.2'] },
];

function summary(s: AttemptScore): string {
  return s.parts.map((p) => `${p.id} ${p.earned}/${p.max}`).join(' · ') + ` = ${s.earned}/${s.max} (${s.percent}%)`;
}

describe('scoreAttempt', () => {
  it.each<[name: string, doc: EncounterDocument, expected: string]>([
    ['the key itself', applyKey(start, KEY), 'principal 4/4 · secondary 2/2 · procedures 4/4 · modifiers 2/2 · linkage 4/4 = 16/16 (100%)'],
    ['nothing coded', attempt([['Principal', '']], []), 'principal 0/4 · secondary 0/2 · procedures 0/4 · modifiers 0/2 · linkage 0/4 = 0/16 (0%)'],
    ['right category, wrong 4th character (R07.9 for R07.2)', attempt([['Principal', 'R07.9'], ['Secondary', 'I10']], RIGHT_LINES), 'principal 2/4 · secondary 2/2 · procedures 4/4 · modifiers 2/2 · linkage 4/4 = 14/16 (88%)'],
    ['right codes, wrong sequence', attempt([['Principal', 'I10'], ['Secondary', 'R07.2']], RIGHT_LINES), 'principal 2/4 · secondary 1/2 · procedures 4/4 · modifiers 2/2 · linkage 4/4 = 13/16 (81%)'],
    ['missing secondary', attempt([['Principal', 'R07.2']], RIGHT_LINES), 'principal 4/4 · secondary 0/2 · procedures 4/4 · modifiers 2/2 · linkage 4/4 = 14/16 (88%)'],
    ['unsupported extra secondary', attempt([['Principal', 'R07.2'], ['Secondary', 'I10'], ['Secondary', 'E78.5']], RIGHT_LINES), 'principal 4/4 · secondary 1/2 · procedures 4/4 · modifiers 2/2 · linkage 4/4 = 15/16 (94%)'],
    ['modifier 25 left off', attempt([['Principal', 'R07.2'], ['Secondary', 'I10']], [{ code: '99214', links: ['R07.2', 'I10'] }, { code: '93000', links: ['R07.2'] }]), 'principal 4/4 · secondary 2/2 · procedures 4/4 · modifiers 1/2 · linkage 4/4 = 15/16 (94%)'],
    ['modifier 59 added without cause', attempt([['Principal', 'R07.2'], ['Secondary', 'I10']], [RIGHT_LINES[0]!, { code: '93000', mods: ['59'], links: ['R07.2'] }]), 'principal 4/4 · secondary 2/2 · procedures 4/4 · modifiers 1/2 · linkage 4/4 = 15/16 (94%)'],
    ['main link right, second link missing', attempt([['Principal', 'R07.2'], ['Secondary', 'I10']], [{ code: '99214', mods: ['25'], links: ['R07.2'] }, RIGHT_LINES[1]!]), 'principal 4/4 · secondary 2/2 · procedures 4/4 · modifiers 2/2 · linkage 3/4 = 15/16 (94%)'],
    ['ECG linked to the wrong diagnosis', attempt([['Principal', 'R07.2'], ['Secondary', 'I10']], [RIGHT_LINES[0]!, { code: '93000', links: ['I10'] }]), 'principal 4/4 · secondary 2/2 · procedures 4/4 · modifiers 2/2 · linkage 2/4 = 14/16 (88%)'],
    ['procedure missing', attempt([['Principal', 'R07.2'], ['Secondary', 'I10']], [RIGHT_LINES[0]!]), 'principal 4/4 · secondary 2/2 · procedures 2/4 · modifiers 1/2 · linkage 2/4 = 11/16 (69%)'],
    ['extra unsupported procedure and wrong quantity', attempt([['Principal', 'R07.2'], ['Secondary', 'I10']], [RIGHT_LINES[0]!, { code: '93000', links: ['R07.2'], qty: '2' }, { code: '71046', links: ['R07.2'] }]), 'principal 4/4 · secondary 2/2 · procedures 2/4 · modifiers 2/2 · linkage 4/4 = 14/16 (88%)'],
    ['a different principal, unrelated', attempt([['Principal', 'J06.9'], ['Secondary', 'I10']], RIGHT_LINES), 'principal 0/4 · secondary 2/2 · procedures 4/4 · modifiers 2/2 · linkage 4/4 = 12/16 (75%)'],
  ])('%s', (_name, doc, expected) => {
    expect(summary(scoreAttempt(KEY, { document: doc }))).toBe(expected);
  });

  it('explains every point lost, naming the codes (with titles when given)', () => {
    const s = scoreAttempt(KEY, { document: attempt([['Principal', 'R07.9'], ['Secondary', 'I10']], [{ code: '99214', links: ['R07.2', 'I10'] }, { code: '93000', links: ['I10'] }]) }, { titleOf: (c) => ({ 'R07.2': 'Precordial pain', 'R07.9': 'Chest pain, unspecified' })[c] });
    expect(s.parts.flatMap((p) => p.lost)).toEqual([
      { points: 2, reason: 'Right category R07, wrong code: R07.9 (Chest pain, unspecified) was coded; the documentation supports R07.2 (Precordial pain) (check the 4th and later characters).' },
      { points: 1, reason: '99214: modifiers none, expected 25 (missing 25).' },
      { points: 2, reason: '93000 is linked to I10; it must be linked to R07.2, the diagnosis that justifies it.' },
    ]);
  });

  it('gives 3 of 4 when category and 4th character are right but a later character is wrong', () => {
    const key = scenarioKeySchema.parse({ diagnoses: [{ code: 'E11.649', type: 'Principal' }] });
    const s = scoreAttempt(key, { document: attempt([['Principal', 'E11.641']], []) });
    expect(s.parts[0]).toEqual({ id: 'principal', label: 'Principal diagnosis', earned: 3, max: 4, lost: [{ points: 1, reason: 'Right category and 4th character, wrong final characters: E11.641 was coded; the documentation supports E11.649.' }] });
  });

  it('pairs two lines of one code by their modifiers (59 on the distinct one)', () => {
    const key = scenarioKeySchema.parse({
      diagnoses: [{ code: 'L03.115', type: 'Principal' }],
      procedures: [
        { code: '11042', links: ['L03.115'] },
        { code: '11042', modifiers: ['59'], links: ['L03.115'] },
      ],
    });
    const s = scoreAttempt(key, { document: attempt([['Principal', 'L03.115']], [{ code: '11042', mods: ['59'], links: ['L03.115'] }, { code: '11042', links: ['L03.115'] }]) });
    expect(s.percent).toBe(100);
  });

  describe('DRG and payment', () => {
    const key = scenarioKeySchema.parse({
      diagnoses: [{ code: 'F33.2', type: 'Principal' }],
      drg: { code: '194111', payment: '14807.00', calculation: { drgCode: '194111', admission: '2025-10-01T10:00', discharge: '2025-10-11T10:00', caseType: 'medical' } },
    });
    const inpatient = (drgCode: string, net = ''): EncounterDocument => {
      const a = attempt([['Principal', 'F33.2']], []);
      return { ...a, claim: { ...a.claim, activities: drgCode ? [{ ...emptyActivity('1', '2025-10-01T10:00'), type: '9', code: drgCode, net }] : [] } };
    };
    it.each<[name: string, doc: EncounterDocument, payment: string | undefined, expected: string]>([
      ['right DRG and payment typed', inpatient('194111'), '14807.00', 'payment 4/4'],
      ['payment read from the DRG line', inpatient('194111', '14807.00'), undefined, 'payment 4/4'],
      ['typed with a thousands separator', inpatient('194111'), '14,807', 'payment 4/4'],
      ['off by rounding (under 1 AED)', inpatient('194111'), '14806.50', 'payment 3/4'],
      ['right base DRG, wrong severity', inpatient('194112'), '14807.00', 'payment 3/4'],
      ['no DRG, no payment', inpatient(''), undefined, 'payment 0/4'],
      ['wrong DRG and payment', inpatient('194101'), '12000.00', 'payment 0/4'],
    ])('%s', (_n, doc, payment, expected) => {
      const s = scoreAttempt(key, { document: doc, payment });
      const p = s.parts.find((x) => x.id === 'payment');
      expect(`${p?.id} ${p?.earned}/${p?.max}`).toBe(expected);
    });
  });

  it('scores the patient data a scenario asks for', () => {
    const key = scenarioKeySchema.parse({ diagnoses: [{ code: 'J06.9', type: 'Principal' }], fields: [{ field: 'memberId', value: 'OM-55120987' }, { field: 'sex', value: 'F' }] });
    const doc = attempt([['Principal', 'J06.9']], []);
    const s = scoreAttempt(key, { document: { ...doc, patient: { ...doc.patient, sex: 'F' } } });
    expect(s.parts.find((p) => p.id === 'data')).toEqual({
      id: 'data',
      label: 'Patient and encounter data',
      earned: 1,
      max: 2,
      lost: [{ points: 1, reason: 'Member ID: left blank; the note gives "OM-55120987". Payers reject claims they cannot match to the patient and policy.' }],
    });
  });
});
