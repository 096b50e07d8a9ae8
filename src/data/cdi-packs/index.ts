import { parseCuePack, parseQueryPack, type CuePack, type QueryPack } from '../../domain/cdi/index.ts';
import { InvariantError } from '../../domain/shared/result.ts';
import cuesJson from './cdi-cues-starter.json';
import queriesJson from './cdi-queries-starter.json';

function orThrow<T>(name: string, r: { ok: true; value: T } | { ok: false; errors: readonly { message: string }[] }): T {
  // A starter pack that does not validate is a build defect, not user input.
  if (!r.ok) throw new InvariantError('cdi-pack.starter', `${name}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.value;
}

/** The team's starter cue pack (validated on load; see README.md for sources). */
export const CDI_CUES_STARTER: CuePack = orThrow('cdi-cues-starter.json', parseCuePack(cuesJson));

/** The team's starter query templates (AHIMA/ACDIS compliant query practice). */
export const CDI_QUERIES_STARTER: QueryPack = orThrow('cdi-queries-starter.json', parseQueryPack(queriesJson));
