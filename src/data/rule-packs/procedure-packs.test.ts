import { describe, expect, it } from 'vitest';
import { buildProcedureTables, EDITS, PACK_KINDS, parsePack, runEdits } from '@/domain/rules';
import { SAMPLES } from '@/data/samples';
import { FEE_INDICATORS_STARTER_PACK, LINKAGE_STARTER_PACK, MUE_STARTER_PACK, NCCI_PTP_STARTER_PACK, STARTER_PACKS } from './index';

const PROCEDURE_PACKS = [LINKAGE_STARTER_PACK, NCCI_PTP_STARTER_PACK, MUE_STARTER_PACK, FEE_INDICATORS_STARTER_PACK];

describe('procedure starter packs', () => {
  it.each(PROCEDURE_PACKS.map((p) => [p.id, p] as const))('%s validates as its kind and is in STARTER_PACKS', (_id, pack) => {
    const r = parsePack(JSON.parse(JSON.stringify(pack)), PACK_KINDS);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([]);
    expect(r.ok && r.value.entries).toEqual(pack.entries);
    expect(STARTER_PACKS).toContain(pack);
  });

  it('the linkage pack covers at least 15 procedure families, each row with its source', () => {
    const entries = LINKAGE_STARTER_PACK.entries;
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(entries.filter((e) => e.source.length < 20)).toEqual([]);
    expect(new Set(entries.map((e) => e.title)).size).toBe(entries.length);
  });

  it('the PTP pairs are unique', () => {
    const keys = NCCI_PTP_STARTER_PACK.entries.map((e) => `${e.column1}/${e.column2}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the samples with the starter packs', () => {
  const tables = buildProcedureTables({ packs: STARTER_PACKS });
  const ids = new Set(['ACT-DX-NOT-SUPPORTED', 'NCCI-PTP-BUNDLED', 'NCCI-59-CANNOT-BYPASS', 'MOD-59-ON-EM', 'MOD-59-WITH-X', 'MOD-59-NOTHING-TO-BYPASS', 'MUE-UNITS-EXCEEDED', 'BILAT-50-MISSING', 'BILAT-NOTE-NO-50', 'BILAT-50-NOT-ALLOWED', 'BILAT-SIDE-CONFLICT', 'GLOBAL-25-MISSING', 'GLOBAL-57-MISSING', 'MOD-25-MISUSE', 'PCTC-MODIFIER-NOT-ALLOWED', 'PCTC-26-AND-TC', 'RVU-CODE-UNKNOWN']);
  it.each(SAMPLES.map((s) => [s.id, s] as const))('%s is clean of procedure findings', (_id, sample) => {
    const findings = runEdits(sample.document, { profile: sample.document.payerProfile, tables }, EDITS.filter((e) => ids.has(e.id)));
    expect(findings.map((f) => `${f.editId}: ${f.message}`)).toEqual([]);
  });
});
