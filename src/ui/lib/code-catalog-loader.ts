import { CODE_SYSTEMS, createCodeCatalog, type CodeCatalog, type CodeSet } from '../../domain/codes';
import { CODE_SET_CONTEXT, STARTER_CODE_SETS } from '../../data/codes';
import type { CodeSetStore } from './code-set-store';

/**
 * The code sets the app works with: the starter set plus every stored import.
 * @param store the opened code-set store
 */
export async function loadCodeSets(store: CodeSetStore): Promise<CodeSet[]> {
  return [...STARTER_CODE_SETS, ...(await store.getAllCodeSets())];
}

/**
 * The catalog the rules engine and the UI query: starter set and imports, with the
 * ICD chapter/block tables and specificity hints.
 */
export function buildCodeCatalog(codeSets: readonly CodeSet[]): CodeCatalog {
  return createCodeCatalog(codeSets, CODE_SET_CONTEXT);
}

/**
 * The code sets to put in the search index for a date: the release in force per system.
 * @example codeSetsInForce(catalog, sets, '2025-10-05') // one code set per system
 */
export function codeSetsInForce(catalog: CodeCatalog, codeSets: readonly CodeSet[], dateOfService: string): CodeSet[] {
  const ids = new Set(CODE_SYSTEMS.flatMap((system) => catalog.releaseFor(system, dateOfService)?.id ?? []));
  return codeSets.filter((s) => ids.has(s.release.id));
}
