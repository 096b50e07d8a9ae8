import { describe, expect, it } from 'vitest';
import { fakeWorkers as fakeWorkersFor } from '../../testing/fake-workers';
import { createReferenceTableWorkerApi, type ReferenceTableWorkerApi } from '../../workers/reference-table-service';
import { importReferenceFiles, type ReferenceImportProgress } from './reference-table-client';

const MUE = new TextEncoder().encode('93306,1,3 Date of Service Edit: Clinical,Nature of Service\n');
const importedAt = '2025-10-05T09:00:00';

function fakeWorkers(api: () => ReferenceTableWorkerApi = createReferenceTableWorkerApi) {
  return fakeWorkersFor(api);
}

describe('importReferenceFiles', () => {
  it('imports in a fresh worker with progress, then terminates it', async () => {
    const { createWorker, made } = fakeWorkers();
    const progress: ReferenceImportProgress[] = [];
    const r = await importReferenceFiles({ kind: 'mue', setting: 'dme', files: [{ name: 'mue.csv', file: MUE }], importedAt }, { onProgress: (p) => progress.push(p), createWorker });
    expect(r.ok && r.value.meta).toMatchObject({ label: 'MUE DME (mue.csv)', rowCount: 1 });
    // Progress still in flight when the result lands is dropped: the dialog has moved on.
    expect(progress.every((p) => p.fraction >= 0 && p.fraction <= 1)).toBe(true);
    expect(made).toEqual([{ terminated: true }]);
  });

  it('cancels by terminating the worker, and drops progress that arrives afterwards', async () => {
    let report: ((p: ReferenceImportProgress) => void) | undefined;
    const stuck: ReferenceTableWorkerApi = {
      importFiles: (_request, onProgress) => {
        report = onProgress;
        return new Promise(() => undefined);
      },
    };
    const { createWorker, made } = fakeWorkers(() => stuck);
    const progress: ReferenceImportProgress[] = [];
    const controller = new AbortController();
    const pending = importReferenceFiles({ kind: 'mue', setting: 'practitioner', files: [{ name: 'm.csv', file: MUE }], importedAt }, { onProgress: (p) => progress.push(p), signal: controller.signal, createWorker });
    await new Promise((done) => setTimeout(done, 20));
    controller.abort();
    expect(await pending).toEqual({ ok: false, errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }] });
    report?.({ phase: 'parsing', fraction: 0.98 });
    await new Promise((done) => setTimeout(done, 20));
    expect(progress).toEqual([]);
    expect(made).toEqual([{ terminated: true }]);
  });

  it('refuses a file over the size limit without starting a worker', async () => {
    const { createWorker, made } = fakeWorkers();
    const huge = { size: 500 * 1024 * 1024 } as unknown as Blob;
    const r = await importReferenceFiles({ kind: 'ncci-ptp', setting: 'practitioner', files: [{ name: 'huge.txt', file: huge }], importedAt }, { createWorker });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['huge.txt is 500 MB; reference files are limited to 400 MB each.']);
    expect(made).toEqual([]);
  });
});
