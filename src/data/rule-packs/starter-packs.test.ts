import { describe, expect, it } from 'vitest';
import { buildExcludes1Index, buildRuleTables, EDITS, PACK_KINDS, parsePack, runEdits } from '../../domain/rules';
import { SAMPLES } from '../samples';
import { starterContext } from '@/testing/code-tables';
import { EXCLUDES1_STARTER_PACK, STARTER_PACKS } from './index';

describe('starter rule packs', () => {
  it('have unique ids and one pack per kind the ICD-10-CM and procedure edits read', () => {
    expect(STARTER_PACKS.map((p) => [p.id, p.kind])).toEqual([
      ['excludes1-starter', 'excludes1'],
      ['mce-starter', 'mce'],
      ['first-listed-starter', 'first-listed-only'],
      ['symptom-definitive-starter', 'symptom-definitive'],
      ['linkage-starter', 'procedure-linkage'],
      ['ncci-ptp-starter', 'ncci-ptp'],
      ['mue-starter', 'mue'],
      ['fee-indicators-starter', 'fee-schedule-indicators'],
    ]);
    for (const p of STARTER_PACKS) expect(PACK_KINDS.map((k) => k.kind)).toContain(p.kind);
  });

  it.each(STARTER_PACKS.map((p) => [p.id, p] as const))('%s validates as a pack and survives export and import unchanged', (_id, pack) => {
    const json: unknown = JSON.parse(JSON.stringify(pack));
    expect(parsePack(json, PACK_KINDS)).toEqual({ ok: true, value: pack });
    expect(pack.source.document.length).toBeGreaterThan(10);
  });

  it('the Excludes1 starter pack holds at least 30 distinct pairs, each with its note', () => {
    const index = buildExcludes1Index([EXCLUDES1_STARTER_PACK]);
    expect(EXCLUDES1_STARTER_PACK.entries.length).toBe(54);
    expect(index.pairCount).toBe(50); // four pairs have a note at each end (E10/E11, F31/F32, F31/F33, J45/R06.2)
    expect(EXCLUDES1_STARTER_PACK.entries.every((e) => e.note.includes('(') || e.note.includes(';'))).toBe(true);
  });

  it('are all in force for the samples’ dates of service', () => {
    for (const date of ['2025-10-05', '2025-11-12', '2026-01-02']) {
      expect(Object.keys(buildRuleTables(STARTER_PACKS, date)).sort()).toEqual(['excludes1', 'firstListedOnly', 'mce', 'symptomDefinitive']);
    }
  });
});

describe('the samples against the starter code sets and rule packs', () => {
  // The diagnosis edits (the IR-DRG edits need the DRG tables, which are not rule packs).
  it.each(SAMPLES.map((s) => [s.id, s] as const))('%s has no diagnosis finding, and every diagnosis edit could run', (_id, sample) => {
    const dos = sample.document.claim.encounter.start.slice(0, 10);
    const edits = EDITS.filter((e) => e.category === 'diagnosis');
    expect(edits.length).toBe(14);
    const findings = runEdits(sample.document, { profile: sample.document.payerProfile, tables: starterContext(dos).tables! }, edits);
    expect(findings.map((f) => `${f.status} ${f.editId}: ${f.message}`)).toEqual([]);
  });
});
