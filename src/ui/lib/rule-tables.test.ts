import { describe, expect, it } from 'vitest';
import { EXCLUDES1_STARTER_PACK, MCE_STARTER_PACK, STARTER_PACKS } from '@/data/rule-packs';
import { mceFromTables } from '@/domain/rules';
import { packsInPlay, ruleTablesFor } from './rule-tables';
import type { RulesState } from './rules-store';

const state = (over: Partial<RulesState> = {}): RulesState => ({ profileSettings: {}, disabledPacks: [], importedPacks: [], ...over });
const myMce = { ...MCE_STARTER_PACK, id: 'mce-v37', name: 'MCE v37', entries: [{ list: 'male' as const, code: 'N40.0' }] };

describe('rule tables from the rules state', () => {
  it('plays the starter packs, with an imported pack of the same id replacing its starter pack', () => {
    expect(packsInPlay(undefined)).toBe(STARTER_PACKS);
    const edited = { ...EXCLUDES1_STARTER_PACK, version: 'FY2026.2' };
    const packs = packsInPlay(state({ importedPacks: [{ pack: edited, importedAt: '2025-10-05T09:00:00', fileName: 'edited in the workbench' }] }));
    expect(packs.map((p) => [p.id, p.version])).toEqual([
      ['mce-starter', '37.1'],
      ['first-listed-starter', 'FY2026.1'],
      ['symptom-definitive-starter', '2025.1'],
      ['linkage-starter', '2025.1'],
      ['ncci-ptp-starter', '2025.1'],
      ['mue-starter', '2025.1'],
      ['fee-indicators-starter', '2025.4'],
      ['excludes1-starter', 'FY2026.2'],
    ]);
  });

  it('builds the tables in force on the date, leaving out switched-off packs, and reuses them', () => {
    const s = state({ disabledPacks: ['excludes1-starter'], importedPacks: [{ pack: myMce, importedAt: '2025-10-05T09:00:00', fileName: 'mce.txt' }] });
    const tables = ruleTablesFor(s, '2025-10-05T09:00');
    expect(Object.keys(tables).sort()).toEqual(['firstListedOnly', 'mce', 'symptomDefinitive']);
    expect(mceFromTables(tables)?.pack.id).toBe('mce-v37');
    expect(ruleTablesFor(s, '2025-10-05T14:30')).toBe(tables);
    expect(ruleTablesFor(state(), '2025-10-05')).not.toBe(tables);
  });

  it('gives no tables for an unreadable date of service', () => {
    expect(ruleTablesFor(state(), '05/10/2025')).toEqual({});
  });
});
