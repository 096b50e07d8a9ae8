import { proxy, wrap, type Endpoint, type Remote } from 'comlink';
import { checkImportSize, type CodeSet, type ImportOutcome, type SearchHit, type SearchOptions } from '../../domain/codes';
import type { Result } from '../../domain/shared/result';
import type { CodeSetWorkerApi, ImportFileRequest, ImportProgress, SniffResult } from '../../workers/code-set-service';

export type { ImportFileRequest, ImportProgress, SniffResult } from '../../workers/code-set-service';

/** What the client needs of a worker (a `Worker`, or a `MessagePort` pair in tests). */
export type WorkerLike = Endpoint & { terminate(): void };

export type CodeSetClientOptions = {
  /** Makes a code-set worker; defaults to src/workers/code-set.worker.ts. */
  readonly createWorker?: () => WorkerLike;
};

/** Options of one import. */
export type ImportOptions = {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Aborting terminates the import's worker at once; the result is `import.cancelled`. */
  readonly signal?: AbortSignal;
};

/** The typed client of the code-set worker (an object contract with methods, hence an interface). */
export interface CodeSetClient {
  /** Imports a file in a fresh worker (one per import, so cancelling can simply terminate it). */
  importFile(request: ImportFileRequest, options?: ImportOptions): Promise<Result<ImportOutcome>>;
  /** Sniffs a delimited file (CPT, local codes) for the column-mapping step, in a fresh worker. */
  sniffDelimited(file: Blob | ArrayBuffer | Uint8Array, fileName: string, options?: { readonly signal?: AbortSignal }): Promise<Result<SniffResult>>;
  /** (Re)builds the search index in the long-lived search worker. */
  loadSearchIndex(codeSets: readonly CodeSet[]): Promise<{ documents: number; vocabulary: number }>;
  /** Searches the loaded index. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * Searches the releases with these ids in the long-lived search worker, which reads
   * their entries itself and keeps the index for the next query (the worker starts on
   * the first search).
   */
  searchReleases(releaseIds: readonly string[], query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Terminates the search worker. */
  dispose(): void;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../../workers/code-set.worker.ts', import.meta.url), { type: 'module', name: 'code-set' });
}

const CANCELLED = { ok: false, errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }] } as const satisfies Result<never>;

function failed(error: unknown): Result<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, errors: [{ code: 'import.failed', message: `The import stopped unexpectedly (${detail}); nothing was changed.`, severity: 'error' }] };
}

// `'byteLength' in file` rather than instanceof: bytes may come from another realm (a test environment, a frame).
function byteLength(file: Blob | ArrayBuffer | Uint8Array): number {
  return 'byteLength' in file ? file.byteLength : file.size;
}

/**
 * Creates the client. Imports and sniffs run in a worker each, terminated when done
 * or aborted (the worker keeps no state between calls); searches run in one
 * long-lived worker that holds the index.
 */
export function createCodeSetClient(options: CodeSetClientOptions = {}): CodeSetClient {
  const createWorker = options.createWorker ?? defaultWorker;
  let searcher: { worker: WorkerLike; api: Remote<CodeSetWorkerApi> } | null = null;
  const search = () => {
    if (!searcher) {
      const worker = createWorker();
      searcher = { worker, api: wrap<CodeSetWorkerApi>(worker) };
    }
    return searcher.api;
  };

  function oneShot<T>(signal: AbortSignal | undefined, run: (api: Remote<CodeSetWorkerApi>) => Promise<Result<T>>): Promise<Result<T>> {
    if (signal?.aborted) return Promise.resolve(CANCELLED);
    const worker = createWorker();
    const api = wrap<CodeSetWorkerApi>(worker);
    return new Promise<Result<T>>((resolve) => {
      let settled = false;
      const finish = (result: Result<T>) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        worker.terminate();
        resolve(result);
      };
      const onAbort = () => finish(CANCELLED);
      signal?.addEventListener('abort', onAbort, { once: true });
      run(api).then(finish, (error: unknown) => finish(failed(error)));
    });
  }

  return {
    importFile(request, opts = {}) {
      // Refuse an oversized file before a worker even sees it, so the page never freezes.
      const tooLarge = checkImportSize(byteLength(request.file), request.fileName);
      if (tooLarge) return Promise.resolve({ ok: false, errors: [tooLarge] });
      const { onProgress } = opts;
      return oneShot(opts.signal, (api) => (onProgress ? api.importFile(request, proxy(onProgress)) : api.importFile(request)));
    },
    sniffDelimited(file, fileName, opts = {}) {
      const tooLarge = checkImportSize(byteLength(file), fileName);
      if (tooLarge) return Promise.resolve({ ok: false, errors: [tooLarge] });
      return oneShot(opts.signal, (api) => api.sniffDelimited(file, fileName));
    },
    async loadSearchIndex(codeSets) {
      return search().loadSearchIndex(codeSets);
    },
    async search(query, searchOptions) {
      return search().search(query, searchOptions);
    },
    async searchReleases(releaseIds, query, searchOptions) {
      return search().searchReleases(releaseIds, query, searchOptions);
    },
    dispose() {
      searcher?.worker.terminate();
      searcher = null;
    },
  };
}
