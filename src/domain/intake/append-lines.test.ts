import { describe, expect, it } from 'vitest';
import type { Activity, Diagnosis, EncounterDocument } from '../claim';
import { emptyActivity, emptyDocument } from '../claim';
import { appendLines } from './append-lines';
import { parseQuickText } from './quick-text';

const dx = (type: string, code: string, poa = ''): Diagnosis => ({ type, code, dxInfo: poa === '' ? [] : [{ type: 'POA', code: poa }], extensions: [] });
const act = (id: string, overrides: Partial<Activity> = {}): Activity => ({ ...emptyActivity(id, '2025-10-05T09:00'), code: '99213', ...overrides });

function open(diagnoses: Diagnosis[], activities: Activity[]): EncounterDocument {
  const base = emptyDocument('DOH');
  return { ...base, claim: { ...base.claim, encounter: { ...base.claim.encounter, start: '2025-10-05T09:00' }, diagnoses, activities } };
}

function snippet(text: string): EncounterDocument {
  const r = parseQuickText(text);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.value.document;
}

describe('appendLines', () => {
  it.each([
    [
      'adds new diagnoses and activities with the next IDs, links kept by code',
      open([dx('Principal', 'R07.2')], [act('1'), act('7', { code: '93000' })]),
      'DX I10\nCPT 93306-26 > 1 @465',
      [dx('Principal', 'R07.2'), dx('Secondary', 'I10')],
      [act('1'), act('7', { code: '93000' }), act('8', { code: '93306', modifiers: ['26'], net: '465', diagnosisLinks: ['I10'] })],
    ],
    [
      'skips a diagnosis already on the encounter (the encounter’s row wins) and never adds a second principal',
      open([dx('Principal', 'J18.9', 'Y')], []),
      'DX j18.9:N, E11.9\nCPT 71046 > 1,2',
      [dx('Principal', 'J18.9', 'Y'), dx('Secondary', 'E11.9')],
      [act('1', { code: '71046', diagnosisLinks: ['J18.9', 'E11.9'] })],
    ],
    [
      'fills the empty principal row of a new encounter',
      open([dx('Principal', '')], []),
      'DX R07.2, I10',
      [dx('Principal', 'R07.2'), dx('Secondary', 'I10')],
      [],
    ],
    [
      'keeps an empty row when the snippet has no diagnoses',
      open([dx('Principal', '')], []),
      'CPT 93000',
      [dx('Principal', '')],
      [act('1', { code: '93000' })],
    ],
    [
      'keeps the snippet’s own start on a line, and the encounter start otherwise',
      open([], [act('1')]),
      'CPT 93000 on 06/10/2025 10:00\nCPT 93005',
      [],
      [act('1'), act('2', { code: '93000', start: '2025-10-06T10:00' }), act('3', { code: '93005' })],
    ],
  ])('%s', (_name, base, text, diagnoses, activities) => {
    const result = appendLines(base, snippet(text));
    expect(result.claim.diagnoses).toEqual(diagnoses);
    expect(result.claim.activities).toEqual(activities);
  });

  it('takes only lines: the snippet’s claim fields, patient and note are left out, and the inputs are not changed', () => {
    const base = open([dx('Principal', 'R07.2')], []);
    const before = JSON.stringify(base);
    const extra = snippet('CLAIM OTHER\nDOB 1990-01-01\nNOTE hello\nDX I10');
    const result = appendLines(base, extra);
    expect([result.claim.id, result.patient.dateOfBirth, result.note]).toEqual(['', '', '']);
    expect(JSON.stringify(base)).toBe(before);
  });
});
