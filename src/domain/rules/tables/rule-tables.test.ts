import { describe, expect, it } from 'vitest';
import type { RulePack } from '../packs/pack';
import { EXCLUDES1_TABLE, excludes1FromTables } from './excludes1';
import { FIRST_LISTED_TABLE } from './first-listed';
import { MCE_TABLE, mceFromTables } from './mce';
import { buildRuleTables } from './rule-tables';
import { SYMPTOM_RELATIONS_TABLE } from './symptom-relations';

const base = { name: 'x', version: '1', effectiveTo: '', source: { document: 'd' }, description: '' };
const excludes = (id: string, from: string, to = ''): RulePack => ({ ...base, id, kind: 'excludes1', effectiveFrom: from, effectiveTo: to, entries: [{ code: 'E11', excluded: `E1${id.length}`, note: id }] });
const mce = (id: string, from: string, code: string): RulePack => ({ ...base, id, kind: 'mce', effectiveFrom: from, entries: [{ list: 'female', code }] });

describe('buildRuleTables', () => {
  it('builds one index per kind in force, and none for kinds without a pack', () => {
    const tables = buildRuleTables([excludes('a', '2025-10-01'), mce('m', '2019-10-01', 'O80')], '2025-10-05');
    expect(Object.keys(tables).sort()).toEqual([EXCLUDES1_TABLE, MCE_TABLE]);
    expect(tables[FIRST_LISTED_TABLE]).toBeUndefined();
    expect(tables[SYMPTOM_RELATIONS_TABLE]).toBeUndefined();
  });

  it('pools the Excludes1 packs in force and leaves out those switched off or out of date', () => {
    const packs = [excludes('a', '2025-10-01'), excludes('bb', '2024-10-01', '2025-09-30'), excludes('ccc', '2025-01-01'), excludes('dddd', '2025-01-01')];
    const index = excludes1FromTables(buildRuleTables(packs, '2025-10-05', new Set(['dddd'])));
    expect(index?.packs.map((p) => p.id)).toEqual(['a', 'ccc']);
  });

  it('uses the newest MCE pack alone; on equal dates the one listed later (the import) wins', () => {
    const starter = mce('mce-starter', '2019-10-01', 'O80');
    const imported = mce('mce-v37', '2019-10-01', 'Z3400');
    expect(mceFromTables(buildRuleTables([starter, imported], '2025-10-05'))?.pack.id).toBe('mce-v37');
    expect(mceFromTables(buildRuleTables([starter, mce('mce-v36', '2018-10-01', 'N400')], '2025-10-05'))?.pack.id).toBe('mce-starter');
  });

  it.each(['', '05/10/2025 09:00', '2025-13-01'])('has no tables without a readable date of service (%j)', (date) => {
    expect(buildRuleTables([excludes('a', '2025-10-01')], date)).toEqual({});
  });

  it('takes a timestamp', () => {
    expect(Object.keys(buildRuleTables([excludes('a', '2025-10-01')], '2025-10-05T09:00'))).toEqual([EXCLUDES1_TABLE]);
  });
});
