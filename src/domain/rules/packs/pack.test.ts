import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePackKind, isInForce, packsInForce, parsePack, type RulePack } from './pack';

const pairs = definePackKind({
  kind: 'test-pairs',
  title: 'Test pairs',
  description: 'Two codes.',
  entry: z.object({ a: z.string().min(1), b: z.string().min(1) }),
  columns: [
    { key: 'a', label: 'A' },
    { key: 'b', label: 'B' },
  ],
});
const kinds = [pairs] as never;

const valid = {
  id: 'test-pack',
  name: 'Test pack',
  kind: 'test-pairs',
  version: '1',
  effectiveFrom: '2025-01-01',
  effectiveTo: '',
  source: { document: 'Team notes' },
  entries: [{ a: 'X', b: 'Y' }],
};

describe('parsePack', () => {
  it('accepts a valid pack', () => {
    const r = parsePack(valid, kinds);
    expect(r).toEqual({ ok: true, value: { ...valid, description: '' } });
  });

  it.each([
    ['not an object', [], ['Expected a JSON object with id, name, kind, version, effectiveFrom, effectiveTo, source and entries.']],
    ['unknown kind', { ...valid, kind: 'nope' }, ['kind: "nope" is not a pack kind this workbench reads (known: test-pairs).']],
    ['bad id and date', { ...valid, id: 'Bad Id', effectiveFrom: '01/01/2025' }, ['id: expected lower-case letters, digits and hyphens', 'effectiveFrom: expected a date as YYYY-MM-DD']],
    ['ends before it starts', { ...valid, effectiveTo: '2024-12-31' }, ['effectiveTo: the pack ends before it starts.']],
    ['entries not a list', { ...valid, entries: {} }, ['entries: expected a list of entries.']],
    ['bad entries are all listed', { ...valid, entries: [{ a: 'X', b: 'Y' }, { a: '' , b: 'Y'}, { a: 'X' }] }, ['entries[1].a: Too small: expected string to have >=1 characters', 'entries[2].b: Invalid input: expected string, received undefined']],
  ])('%s', (_name, raw, messages) => {
    const r = parsePack(raw, kinds);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(messages);
  });
});

describe('packs in force', () => {
  const pack = (id: string, from: string, to = ''): RulePack => ({ ...valid, id, effectiveFrom: from, effectiveTo: to, description: '' });
  it('is inclusive at both ends', () => {
    expect(isInForce({ effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' }, '2025-12-31')).toBe(true);
    expect(isInForce({ effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' }, '2026-01-01')).toBe(false);
  });
  it('picks enabled packs of the kind in force, newest first', () => {
    const packs = [pack('old', '2024-01-01', '2024-12-31'), pack('a', '2025-01-01'), pack('b', '2025-06-01'), pack('off', '2025-02-01')];
    expect(packsInForce(packs, 'test-pairs', '2025-10-05', new Set(['off'])).map((p) => p.id)).toEqual(['b', 'a']);
    expect(packsInForce(packs, 'test-pairs', '', new Set())).toEqual([]);
    expect(packsInForce(packs, 'other', '2025-10-05')).toEqual([]);
  });
});
