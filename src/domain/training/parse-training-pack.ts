import { linkKey } from '../claim';
import { err, ok, type Issue, type Result } from '../shared/result';
import { locateJsonError } from './locate-json-error';
import { scenarioSchema, trainingPackSchema, type Scenario, type TrainingPack } from './scenario.schema';

/**
 * Reading training packs: JSON text → validated pack, or every problem with where it is.
 * Nothing is thrown and nothing is half-imported: a pack with any error is refused whole.
 */

function describePath(path: readonly PropertyKey[], value: unknown): string {
  let out = '';
  let cursor: unknown = value;
  for (const part of path) {
    if (typeof part === 'number') {
      out += `[${part}]`;
      const item: unknown = Array.isArray(cursor) ? cursor[part] : undefined;
      // Name scenarios by their id so "scenarios[12]" is easy to find in the file.
      if (out.endsWith(`scenarios[${part}]`) && typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') out += ` (${item.id})`;
      cursor = item;
    } else {
      out += out === '' ? String(part) : `.${String(part)}`;
      cursor = typeof cursor === 'object' && cursor !== null ? (cursor as Record<PropertyKey, unknown>)[part] : undefined;
    }
  }
  return out === '' ? 'the file' : out;
}

function issue(code: string, message: string, where: string): Issue {
  return { code, message, severity: 'error', where };
}

/**
 * Checks one scenario beyond its shape: one principal diagnosis listed first, no code twice,
 * links that point at key diagnoses, and a DRG calculation for the key's DRG.
 * @param s - a scenario that passed the schema
 * @param where - prefix for the issues' `where`, e.g. `scenarios[3] (er-wrist)`
 * @returns the issues (empty when the scenario is consistent)
 * @example checkScenario(scenarioWithTwoPrincipals, 'scenario') //=> [{ code: 'training.key.principal', … }]
 */
export function checkScenario(s: Scenario, where = 'scenario'): Issue[] {
  const issues: Issue[] = [];
  const dx = s.key.diagnoses;
  const principals = dx.filter((d) => d.type === 'Principal').length;
  if (principals !== 1 || dx[0]?.type !== 'Principal') {
    issues.push(issue('training.key.principal', `The key must list exactly one Principal diagnosis, first; found ${principals}${dx[0]?.type === 'Principal' ? '' : ' and the first is not Principal'}.`, `${where}.key.diagnoses`));
  }
  const seen = new Set<string>();
  dx.forEach((d, i) => {
    const k = linkKey(d.code);
    if (seen.has(k)) issues.push(issue('training.key.duplicate-diagnosis', `${d.code} is listed twice in the key.`, `${where}.key.diagnoses[${i}].code`));
    seen.add(k);
  });
  s.key.procedures.forEach((p, i) => {
    p.links.forEach((l, j) => {
      if (!seen.has(linkKey(l))) issues.push(issue('training.key.link', `Procedure ${p.code} links ${l}, which is not a diagnosis of the key.`, `${where}.key.procedures[${i}].links[${j}]`));
    });
  });
  const drg = s.key.drg;
  if (drg && drg.calculation.drgCode !== drg.code) {
    issues.push(issue('training.key.drg-calculation', `The DRG calculation prices ${drg.calculation.drgCode || 'no DRG'} but the key's DRG is ${drg.code}.`, `${where}.key.drg.calculation.drgCode`));
  }
  return issues;
}

function fromZod(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, prefix: string, scope: unknown): Issue[] {
  return error.issues.map((i) => {
    const where = describePath(i.path, scope);
    return issue('training.schema', i.message, prefix ? `${prefix}${where === 'the file' ? '' : `.${where}`}` : where);
  });
}

/**
 * Validates a parsed JSON value as a training pack: the schema, unique scenario ids and each
 * scenario's consistency ({@link checkScenario}).
 * @param value - parsed JSON
 * @returns the pack, or every issue with `where` naming the field (`scenarios[2] (er-wrist).key.diagnoses[0].code`)
 * @example parseTrainingPack({ format: 'coding-workbench.training-pack', schemaVersion: 1, id: 'p', name: 'P', version: '1', source: 'team', scenarios: [] }).ok //=> true
 */
export function parseTrainingPack(value: unknown): Result<TrainingPack> {
  const parsed = trainingPackSchema.safeParse(value);
  if (!parsed.success) return err(fromZod(parsed.error, '', value));
  const pack = parsed.data;
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  pack.scenarios.forEach((s, i) => {
    const where = `scenarios[${i}] (${s.id})`;
    const first = ids.get(s.id);
    if (first !== undefined) issues.push(issue('training.scenario.duplicate-id', `Scenario id "${s.id}" is used twice (also scenarios[${first}]).`, `${where}.id`));
    else ids.set(s.id, i);
    issues.push(...checkScenario(s, where));
  });
  return issues.length > 0 ? err(issues) : ok(pack);
}

/**
 * Reads a training pack file: JSON syntax first (with line and column), then {@link parseTrainingPack}.
 * @param text - the file's text
 * @example parseTrainingPackText('{ "format": ').ok //=> false (training.json: "The file is not valid JSON…")
 */
export function parseTrainingPackText(text: string): Result<TrainingPack> {
  if (text.trim() === '') return err([issue('training.json', 'The file is empty: a training pack is a JSON object.', 'the file')]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 160);
    const at = locateJsonError(text);
    const place = at ? ` (line ${at.line}, column ${at.column})` : '';
    return err([{ code: 'training.json', message: `The file is not valid JSON${place}: ${message}.`, severity: 'error', where: 'the file', ...(at ?? {}) }]);
  }
  return parseTrainingPack(value);
}

/**
 * Validates one scenario (the authoring form saves only what passes).
 * @example parseScenario({ id: 'x' }).ok //=> false
 */
export function parseScenario(value: unknown): Result<Scenario> {
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return err(fromZod(parsed.error, 'scenario', value));
  const issues = checkScenario(parsed.data);
  return issues.length > 0 ? err(issues) : ok(parsed.data);
}
