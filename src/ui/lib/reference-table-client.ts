import { proxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { ReferenceTable } from '../../domain/rules';
import type { Result } from '../../domain/shared/result';
import { MAX_REFERENCE_BYTES, type ReferenceImportFilesRequest, type ReferenceImportProgress, type ReferenceTableWorkerApi } from '../../workers/reference-table-service';

export type { ReferenceImportFilesRequest, ReferenceImportProgress } from '../../workers/reference-table-service';

/** What the client needs of a worker (a `Worker`, or a `MessagePort` pair in tests). */
export type WorkerLike = Endpoint & { terminate(): void };

const CANCELLED = { ok: false, errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }] } as const satisfies Result<never>;

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../../workers/reference-table.worker.ts', import.meta.url), { type: 'module', name: 'reference-tables' });
}

function size(file: Blob | ArrayBuffer | Uint8Array): number {
  return 'byteLength' in file ? file.byteLength : file.size;
}

/**
 * Imports CMS reference files in a fresh worker (terminated when done or cancelled),
 * reporting progress. Files over the size limit are refused before a worker starts.
 * @example await importReferenceFiles({ kind: 'rvu', setting: '', files: [{ name: f.name, file: f }], importedAt }, { onProgress, signal })
 */
export function importReferenceFiles(
  request: ReferenceImportFilesRequest,
  options: { onProgress?: (p: ReferenceImportProgress) => void; signal?: AbortSignal; createWorker?: () => WorkerLike } = {},
): Promise<Result<ReferenceTable>> {
  const big = request.files.find((f) => size(f.file) > MAX_REFERENCE_BYTES);
  if (big) return Promise.resolve({ ok: false, errors: [{ code: 'import.size', message: `${big.name} is ${(size(big.file) / 1048576).toFixed(0)} MB; reference files are limited to ${MAX_REFERENCE_BYTES / 1048576} MB each.`, severity: 'error' }] });
  if (options.signal?.aborted) return Promise.resolve(CANCELLED);
  const worker = (options.createWorker ?? defaultWorker)();
  const api: Remote<ReferenceTableWorkerApi> = wrap<ReferenceTableWorkerApi>(worker);
  return new Promise<Result<ReferenceTable>>((resolve) => {
    let settled = false;
    const finish = (result: Result<ReferenceTable>) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(result);
    };
    const onAbort = () => finish(CANCELLED);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const { onProgress } = options;
    // Progress messages already queued when the import is cancelled still arrive: drop them.
    const report = (p: ReferenceImportProgress) => {
      if (!settled) onProgress?.(p);
    };
    (onProgress ? api.importFiles(request, proxy(report)) : api.importFiles(request)).then(finish, (error: unknown) =>
      finish({ ok: false, errors: [{ code: 'import.failed', message: `The import stopped unexpectedly (${error instanceof Error ? error.message : String(error)}); nothing was changed.`, severity: 'error' }] }),
    );
  });
}
