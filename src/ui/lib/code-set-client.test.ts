import { describe, expect, it } from 'vitest';
import { fakeWorkers as fakeWorkersFor } from '../../testing/fake-workers';
import { STARTER_CODE_SETS } from '../../data/codes';
import { createCodeSetWorkerApi, type CodeSetWorkerApi } from '../../workers/code-set-service';
import { createCodeSetClient, type ImportProgress } from './code-set-client';

const ICD = new TextEncoder().encode('R0789   Other chest pain\nR079    Chest pain, unspecified\n');

function fakeWorkers(api: () => CodeSetWorkerApi = createCodeSetWorkerApi) {
  return fakeWorkersFor(api);
}

describe('createCodeSetClient', () => {
  it('imports in a fresh worker with progress, then terminates it', async () => {
    const { createWorker, made } = fakeWorkers();
    const client = createCodeSetClient({ createWorker });
    const progress: ImportProgress[] = [];
    const r = await client.importFile(
      { importer: 'icd10cm', file: ICD, fileName: 'icd10cm_codes_2022.txt', importedAt: '2025-10-01T09:00' },
      { onProgress: (p) => progress.push(p) },
    );
    expect(r.ok && r.value.codeSet.release.label).toBe('ICD-10-CM FY2022');
    await new Promise((done) => setTimeout(done, 20)); // progress messages arrive asynchronously
    expect(progress.at(-1)).toEqual({ phase: 'parsing', fraction: 1 });
    expect(made).toEqual([{ terminated: true }]);
  });

  it('cancels by terminating the worker', async () => {
    const never: CodeSetWorkerApi = { ...createCodeSetWorkerApi(), importFile: () => new Promise(() => undefined) };
    const { createWorker, made } = fakeWorkers(() => never);
    const client = createCodeSetClient({ createWorker });
    const controller = new AbortController();
    const pending = client.importFile({ importer: 'icd10cm', file: ICD, fileName: 'a.txt', importedAt: 't' }, { signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, errors: [{ code: 'import.cancelled', message: 'The import was cancelled; nothing was changed.', severity: 'error' }] });
    expect(made).toEqual([{ terminated: true }]);
  });

  it('refuses a 200 MB file without starting a worker', async () => {
    const { createWorker, made } = fakeWorkers();
    const client = createCodeSetClient({ createWorker });
    const huge = { size: 200 * 1024 * 1024 } as unknown as Blob;
    expect(await client.importFile({ importer: 'icd10cm', file: huge, fileName: 'huge.txt', importedAt: 't' })).toMatchObject({
      ok: false,
      errors: [{ code: 'import.too-large' }],
    });
    expect(await client.sniffDelimited(huge, 'huge.csv')).toMatchObject({ ok: false, errors: [{ code: 'import.too-large' }] });
    expect(made).toEqual([]);
  });

  it('turns a worker failure into an issue', async () => {
    const broken: CodeSetWorkerApi = { ...createCodeSetWorkerApi(), importFile: () => Promise.reject(new Error('out of memory')) };
    const client = createCodeSetClient({ createWorker: fakeWorkers(() => broken).createWorker });
    expect(await client.importFile({ importer: 'icd10cm', file: ICD, fileName: 'a.txt', importedAt: 't' })).toEqual({
      ok: false,
      errors: [{ code: 'import.failed', message: 'The import stopped unexpectedly (out of memory); nothing was changed.', severity: 'error' }],
    });
  });

  it('sniffs a table', async () => {
    const client = createCodeSetClient({ createWorker: fakeWorkers().createWorker });
    const r = await client.sniffDelimited(new TextEncoder().encode('Code\tDescription\n99213\tVisit\n'), 'cpt.txt');
    expect(r).toMatchObject({
      ok: true,
      value: { delimiter: '\t', suggested: { codeColumn: 0, longColumn: 1, hasHeader: true } },
    });
  });

  it('searches in one long-lived worker', async () => {
    const { createWorker, made } = fakeWorkers();
    const client = createCodeSetClient({ createWorker });
    await client.loadSearchIndex(STARTER_CODE_SETS);
    expect((await client.search('precordial'))[0]?.display).toBe('R07.2');
    expect((await client.search('99213'))[0]?.code).toBe('99213');
    expect(made).toEqual([{ terminated: false }]);
    client.dispose();
    expect(made).toEqual([{ terminated: true }]);
  });
});
