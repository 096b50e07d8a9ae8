import { describe, expect, it } from 'vitest';
import { CDI_CUES_STARTER, CDI_QUERIES_STARTER } from '@/testing/cdi-packs';
import { parseCuePack, parseQueryPack } from './cue-pack';

const starter = JSON.parse(JSON.stringify(CDI_CUES_STARTER)) as Record<string, unknown>;

describe('parseCuePack', () => {
  it('accepts the starter pack (after a JSON round trip, as an exported file)', () => {
    expect(parseCuePack(starter)).toEqual({ ok: true, value: CDI_CUES_STARTER });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', 'text', ['Invalid input: expected object, received string']],
    ['wrong kind', { ...starter, kind: 'cdi-queries' }, ['kind: Invalid input: expected "cdi-cues"']],
    ['a family code with a dot', { ...starter, families: [{ id: 'x', label: 'X', codes: ['R07.9'], terms: ['x'] }] }, ['families[0].codes[0]: expected a code prefix without dot, upper case']],
    ['an empty term', { ...starter, cues: [{ kind: 'laterality', value: 'right', terms: [' '] }] }, ['cues[0].terms[0]: a term cannot be empty']],
    [
      'duplicate family ids',
      { ...starter, families: [{ id: 'x', label: 'X', codes: ['R07'], terms: ['x'] }, { id: 'x', label: 'Y', codes: ['R06'], terms: ['y'] }] },
      ['families: the id "x" is used more than once.'],
    ],
    [
      'a specific form naming a cue the pack lacks',
      { ...starter, families: [{ id: 'x', label: 'X', codes: ['R07'], terms: ['x'], specific: [{ code: 'R07.2', label: 'P', cues: [{ kind: 'site', value: 'apical' }] }] }] },
      ['families[0].specific[0].cues[0]: the pack has no site cue "apical".'],
    ],
  ])('rejects %s, saying where', (_name, raw, messages) => {
    const r = parseCuePack(raw);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(messages);
  });
});

describe('parseQueryPack', () => {
  it('accepts the starter pack and rejects duplicate template ids', () => {
    const raw = JSON.parse(JSON.stringify(CDI_QUERIES_STARTER)) as { templates: unknown[] };
    expect(parseQueryPack(raw).ok).toBe(true);
    const r = parseQueryPack({ ...raw, templates: [raw.templates[0], raw.templates[0]] });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['templates: the id "clarify-open" is used more than once.']);
  });
});
