import { describe, expect, it } from 'vitest';
import type { RulePack } from '@/domain/rules';
import { deleteImportedPack, readRulesState, saveDisabledPacks, saveImportedPack, saveProfileSettings } from './rules-store';

const pack: RulePack = { id: 'p1', name: 'P', kind: 'k', version: '1', effectiveFrom: '2025-01-01', effectiveTo: '', source: { document: 'd' }, description: '', entries: [] };

describe('rules store', () => {
  it('starts empty, keeps settings, disabled packs and imported packs', async () => {
    expect(await readRulesState()).toEqual({ profileSettings: {}, disabledPacks: [], importedPacks: [] });
    await saveProfileSettings({ DOH: { disabledEdits: ['X'], severityOverrides: { Y: 'warn' } } });
    await saveDisabledPacks(['p1']);
    await saveImportedPack({ pack, importedAt: '2025-10-05T10:00:00', fileName: 'p1.json' });
    const state = await readRulesState();
    expect(state.profileSettings).toEqual({ DOH: { disabledEdits: ['X'], severityOverrides: { Y: 'warn' } } });
    expect(state.disabledPacks).toEqual(['p1']);
    expect(state.importedPacks.map((p) => p.pack.id)).toEqual(['p1']);
    await deleteImportedPack('p1');
    expect((await readRulesState()).importedPacks).toEqual([]);
  });
});
