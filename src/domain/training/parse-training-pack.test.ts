import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../claim';
import { keyFromDocument, startFromDocument, applyKey } from './key-document';
import { parseScenario, parseTrainingPack, parseTrainingPackText } from './parse-training-pack';
import { toTrainingPackJson } from './to-training-pack-json';

const scenario = {
  id: 'chest-pain',
  title: 'Chest pain',
  start: emptyDocument('DOH'),
  key: {
    diagnoses: [
      { code: 'R07.2', type: 'Principal' },
      { code: 'I10', type: 'Secondary' },
    ],
    procedures: [{ code: '93000', links: ['R07.2'] }],
  },
  teachingPoints: [{ text: 'Code the documented character of the pain.', source: { document: 'Dhamani article', section: 'Diagnosis specificity' } }],
};
const pack = { format: 'coding-workbench.training-pack', schemaVersion: 1, id: 'team.starter', name: 'Starter', version: '2025.1', source: 'Written by the team', scenarios: [scenario] };

describe('parseTrainingPack', () => {
  it('reads a valid pack and fills the defaults', () => {
    const r = parseTrainingPack(pack);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scenarios[0]?.key.procedures[0]).toEqual({ code: '93000', type: '3', quantity: '1', modifiers: [], links: ['R07.2'] });
    expect(r.value.scenarios[0]?.level).toBe('foundation');
  });

  it.each<[name: string, value: unknown, expected: { code: string; where: string; message: string }[]]>([
    ['not a pack', { hello: 1 }, [
      { code: 'training.schema', where: 'format', message: 'the file\'s "format" must be "coding-workbench.training-pack"' },
      { code: 'training.schema', where: 'schemaVersion', message: 'this workbench reads training packs of schemaVersion 1' },
      { code: 'training.schema', where: 'id', message: 'Invalid input: expected string, received undefined' },
      { code: 'training.schema', where: 'name', message: 'Invalid input: expected string, received undefined' },
      { code: 'training.schema', where: 'version', message: 'Invalid input: expected string, received undefined' },
      { code: 'training.schema', where: 'source', message: 'Invalid input: expected string, received undefined' },
      { code: 'training.schema', where: 'scenarios', message: 'Invalid input: expected array, received undefined' },
    ]],
    ['a key code left empty', { ...pack, scenarios: [{ ...scenario, key: { ...scenario.key, diagnoses: [{ code: ' ', type: 'Principal' }] } }] }, [
      { code: 'training.schema', where: 'scenarios[0] (chest-pain).key.diagnoses[0].code', message: 'a code is required' },
    ]],
    ['two principals, a dangling link, a duplicate id', { ...pack, scenarios: [scenario, { ...scenario, key: { diagnoses: [{ code: 'R07.2', type: 'Principal' }, { code: 'I10', type: 'Principal' }], procedures: [{ code: '93000', links: ['R07.9'] }] } }] }, [
      { code: 'training.scenario.duplicate-id', where: 'scenarios[1] (chest-pain).id', message: 'Scenario id "chest-pain" is used twice (also scenarios[0]).' },
      { code: 'training.key.principal', where: 'scenarios[1] (chest-pain).key.diagnoses', message: 'The key must list exactly one Principal diagnosis, first; found 2.' },
      { code: 'training.key.link', where: 'scenarios[1] (chest-pain).key.procedures[0].links[0]', message: 'Procedure 93000 links R07.9, which is not a diagnosis of the key.' },
    ]],
  ])('%s', (_name, value, expected) => {
    const r = parseTrainingPack(value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => ({ code: e.code, where: e.where, message: e.message }))).toEqual(expected);
  });
});

describe('parseTrainingPackText', () => {
  it.each<[text: string, expected: { code: string; line?: number; column?: number }]>([
    ['', { code: 'training.json' }],
    ['{\n  "format": ,\n}', { code: 'training.json', line: 2, column: 13 }],
    ['[1, 2', { code: 'training.json', line: 1, column: 6 }],
    ['{ "a": 1 } x', { code: 'training.json', line: 1, column: 12 }],
  ])('refuses %j with where it broke', (text, expected) => {
    const r = parseTrainingPackText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject(expected);
  });

  it('round-trips an exported pack', () => {
    const first = parseTrainingPack(pack);
    if (!first.ok) throw new Error('fixture');
    const again = parseTrainingPackText(toTrainingPackJson(first.value));
    expect(again).toEqual(first);
  });
});

describe('parseScenario and the authoring helpers', () => {
  it('takes a coded encounter apart into start and key, and puts it back together', () => {
    const r = parseScenario(scenario);
    if (!r.ok) throw new Error('fixture');
    const coded = applyKey(r.value.start, r.value.key);
    expect(keyFromDocument(coded)).toEqual({ ...r.value.key, drg: null, fields: [] });
    expect(startFromDocument(coded).claim.diagnoses.map((d) => d.code)).toEqual(['']);
    expect(startFromDocument(coded).claim.activities.map((a) => [a.code, a.diagnosisLinks])).toEqual([['', []]]);
  });
});
