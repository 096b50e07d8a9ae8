import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CodeCatalog, CodeRelease, CodeSystem, SearchHit } from '@/domain/codes';
import { codeCatalogQuery } from '@/ui/lib/code-catalog-query';
import { lookupDate, releasesInForce, useCodeSetClient } from '@/ui/lib/code-set-services';
import type { CodeSetClient } from '@/ui/lib/code-set-client';

/** A value that follows `value` once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export type CodeSearchRequest = {
  /** What the coder typed (searched once typing pauses). */
  readonly text: string;
  readonly systems: readonly CodeSystem[];
  /** The field's date of service; without one, today's releases are searched. */
  readonly dateOfService: string | undefined;
  readonly limit: number;
  readonly enabled: boolean;
  /** Leave CPT/HCPCS modifiers out (code fields take codes, not modifiers). */
  readonly codesOnly?: boolean;
  readonly debounceMs?: number;
};

export type CodeSearchState = {
  readonly hits: readonly SearchHit[];
  /** The hits are for the text as typed now (not an earlier query's, nor pending). */
  readonly current: boolean;
  readonly failed: boolean;
  readonly catalog: CodeCatalog | undefined;
  /** The releases searched (in force on `date`), in system order. */
  readonly releases: readonly CodeRelease[];
  readonly date: string;
  /** Whether `date` is the date of service (else today). */
  readonly dateFromService: boolean;
};

const MAX_MEASURES = 500;
const NO_HITS: readonly SearchHit[] = [];

// Each search is recorded as a User Timing measure ("code-search"), so the time a
// query spends in the worker can be read in the browser (e2e/code-search-latency.spec.ts).
async function timedSearch(client: CodeSetClient, releaseIds: readonly string[], query: string, systems: readonly CodeSystem[], limit: number): Promise<SearchHit[]> {
  const start = performance.now();
  const hits = await client.searchReleases(releaseIds, query, { limit, systems });
  if (performance.getEntriesByName('code-search').length >= MAX_MEASURES) performance.clearMeasures('code-search');
  performance.measure('code-search', { start, end: performance.now(), detail: { query, hits: hits.length } });
  return hits;
}

/**
 * Searches the code sets in force on a field's date of service, in the search worker,
 * once typing pauses. The input never waits for it: results arrive asynchronously and
 * the previous ones stay on screen meanwhile.
 */
export function useCodeSearch(request: CodeSearchRequest): CodeSearchState {
  const { text, systems, dateOfService, limit, enabled, codesOnly = false, debounceMs = 120 } = request;
  const catalog = useQuery(codeCatalogQuery).data?.catalog;
  const { date, fromService } = lookupDate(dateOfService);
  // `systems` should be a stable array (the constants of model/code-fields.ts).
  const releases = useMemo(() => (catalog ? releasesInForce(catalog, date, systems) : []), [catalog, date, systems]);
  const systemsKey = systems.join(',');
  const releaseIds = releases.map((r) => r.id);
  const typed = text.trim();
  const query = useDebounced(typed, debounceMs);
  const getClient = useCodeSetClient();
  // Modifiers are asked for and dropped, so a few extra keep the list full.
  const asked = codesOnly ? limit + 8 : limit;
  const result = useQuery({
    queryKey: ['code-search', releaseIds, systemsKey, query, asked],
    queryFn: () => timedSearch(getClient(), releaseIds, query, systems, asked),
    // An empty query still runs once per set of releases: it makes the worker read the
    // code sets and build the index while the coder is still looking at the field.
    enabled: enabled && releaseIds.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
  });
  const hits = useMemo(() => {
    const all = result.data ?? [];
    return (codesOnly ? all.filter((h) => h.kind !== 'modifier') : all).slice(0, limit);
  }, [result.data, codesOnly, limit]);
  return {
    hits: enabled && typed !== '' ? hits : NO_HITS,
    current: enabled && typed !== '' && query === typed && result.isSuccess && !result.isPlaceholderData,
    failed: result.isError,
    catalog,
    releases,
    date,
    dateFromService: fromService,
  };
}
