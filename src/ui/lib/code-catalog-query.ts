import { queryOptions } from '@tanstack/react-query';
import type { CodeCatalog, CodeSet } from '@/domain/codes';

export type LoadedCodeSets = { codeSets: CodeSet[]; catalog: CodeCatalog };

/**
 * The starter set plus every imported code set, and the catalog built from them.
 * Invalidate `['code-sets']` after an import or a removal.
 */
export const codeCatalogQuery = queryOptions({
  queryKey: ['code-sets'],
  queryFn: async (): Promise<LoadedCodeSets> => {
    // Loaded on demand: the starter set and the catalog code stay out of the first screen's bundle.
    const [{ buildCodeCatalog, loadCodeSets }, { openCodeSetStore }] = await Promise.all([import('./code-catalog-loader'), import('./code-set-store')]);
    const store = await openCodeSetStore();
    try {
      const codeSets = await loadCodeSets(store);
      return { codeSets, catalog: buildCodeCatalog(codeSets) };
    } finally {
      store.close();
    }
  },
  staleTime: Infinity,
});
