import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ToasterProvider } from '@/ui/components/toaster';
import type { CodeSetClient } from '@/ui/lib/code-set-client';
import { CodeSetClientContext } from '@/ui/lib/code-set-services';
import { readCodeSets } from '@/workers/code-set-db';
import { createCodeSetWorkerApi } from '@/workers/code-set-service';

/**
 * The code-set client for UI tests: the worker's real API run in-process (jsdom has no
 * Worker), reading starter sets from the bundle and imports from the test's IndexedDB.
 * Every search is recorded so tests can see what reached the "worker".
 */
export function inProcessCodeSetClient(): CodeSetClient & { readonly searches: string[] } {
  const api = createCodeSetWorkerApi({ readCodeSets });
  const searches: string[] = [];
  return {
    searches,
    importFile: (request, options = {}) => api.importFile(request, options.onProgress),
    sniffDelimited: (file, fileName) => api.sniffDelimited(file, fileName),
    loadSearchIndex: (codeSets) => Promise.resolve(api.loadSearchIndex(codeSets)),
    search: (query, options) => Promise.resolve(api.search(query, options)),
    searchReleases: (releaseIds, query, options) => {
      searches.push(query);
      return api.searchReleases(releaseIds, query, options);
    },
    dispose: () => undefined,
  };
}

/** Query client, toaster and the in-process code-set client around a screen under test. */
export function CodeSetTestProviders({ client, children }: { client: CodeSetClient; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <ToasterProvider>
        <CodeSetClientContext.Provider value={() => client}>{children}</CodeSetClientContext.Provider>
      </ToasterProvider>
    </QueryClientProvider>
  );
}
