import { describe, expect, it } from 'vitest';
import { starterTrainingPack } from '@/data/scenarios';
import { deleteTrainingPack, listAttempts, readTrainingPacks, saveAttempt, saveTrainingPack, toProgressJson, type AttemptRecord } from './training-store';

const attempt = (id: string, learner: string, at: string, percent: number): AttemptRecord => ({
  id,
  learner,
  packId: 'workbench.starter-scenarios',
  scenarioId: 'chest-pain-specificity',
  scenarioTitle: 'Chest pain',
  at,
  earned: percent,
  max: 100,
  percent,
  examMode: false,
  parts: [{ id: 'principal', label: 'Principal diagnosis', earned: 4, max: 4 }],
});

describe('training store', () => {
  it('keeps attempts per learner, oldest first', async () => {
    await saveAttempt(attempt('b', 'Amal', '2025-11-02T10:00:00', 80));
    await saveAttempt(attempt('a', 'Amal', '2025-11-01T10:00:00', 60));
    await saveAttempt(attempt('c', 'Omar', '2025-11-01T11:00:00', 90));
    expect((await listAttempts('Amal')).map((a) => a.id)).toEqual(['a', 'b']);
    expect((await listAttempts('Omar')).map((a) => a.percent)).toEqual([90]);
  });

  it('stores packs by id, reads them back validated, and deletes them', async () => {
    const pack = { ...starterTrainingPack(), id: 'local.copy', scenarios: starterTrainingPack().scenarios.slice(0, 2) };
    await saveTrainingPack({ pack, savedAt: '2025-11-01T09:00:00', origin: 'imported', fileName: 'copy.json' });
    const state = await readTrainingPacks();
    expect(state.packs.map((p) => [p.pack.id, p.pack.scenarios.length, p.origin])).toEqual([['local.copy', 2, 'imported']]);
    await deleteTrainingPack('local.copy');
    expect((await readTrainingPacks()).packs).toEqual([]);
  });

  it('exports progress as JSON', () => {
    const json = JSON.parse(toProgressJson('Amal', '2025-11-03T08:00:00', [attempt('a', 'Amal', '2025-11-01T10:00:00', 60)])) as { format: string; attempts: unknown[] };
    expect(json.format).toBe('coding-workbench.training-progress');
    expect(json.attempts).toHaveLength(1);
  });
});
