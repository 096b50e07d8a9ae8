import { TRAINING_PACK_FORMAT, TRAINING_PACK_SCHEMA_VERSION, type Scenario, type TrainingPack } from './scenario.schema';

/**
 * A pack as the JSON file it is exported to (2-space indented, format and schema version first).
 * @example toTrainingPackJson({ id: 'p', name: 'P', version: '1', source: 'team', scenarios: [] }).startsWith('{\n  "format"') //=> true
 */
export function toTrainingPackJson(pack: Pick<TrainingPack, 'id' | 'name' | 'version' | 'source'> & { readonly scenarios: readonly Scenario[] }): string {
  const out = { format: TRAINING_PACK_FORMAT, schemaVersion: TRAINING_PACK_SCHEMA_VERSION, id: pack.id, name: pack.name, version: pack.version, source: pack.source, scenarios: pack.scenarios };
  return `${JSON.stringify(out, null, 2)}\n`;
}
