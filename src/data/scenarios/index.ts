import { parseTrainingPack, type TrainingPack, type TrainingPackInput } from '@/domain/training';
import { InvariantError } from '@/domain/shared/result';
import { CODING_SCENARIOS } from './coding-scenarios';
import { DRG_SCENARIOS } from './drg-scenarios';

/** The starter pack as written (JSON-shaped; what "Export" writes for it). */
export const STARTER_TRAINING_PACK_INPUT: TrainingPackInput = {
  format: 'coding-workbench.training-pack',
  schemaVersion: 1,
  id: 'workbench.starter-scenarios',
  name: 'Starter scenarios',
  version: '2025.11.1',
  source: 'Written by the Coding Workbench team from synthetic patients; see src/data/scenarios/README.md for the sources of the teaching points.',
  scenarios: [...CODING_SCENARIOS, ...DRG_SCENARIOS],
};

let parsed: TrainingPack | null = null;

/**
 * The starter pack, validated once. It ships with the app, so a failure here is a program bug
 * (scenarios.test.ts keeps it from happening), not bad user input.
 */
export function starterTrainingPack(): TrainingPack {
  if (parsed) return parsed;
  const r = parseTrainingPack(STARTER_TRAINING_PACK_INPUT);
  if (!r.ok) throw new InvariantError('training.starter-pack', `The starter training pack is invalid: ${r.errors.map((e) => `${e.where ?? ''}: ${e.message}`).join('; ')}`);
  parsed = r.value;
  return parsed;
}
