// The code-set worker: imports files and answers searches off the main thread.
// A thin comlink adapter over src/workers/code-set-service.ts; searches read the
// stored code sets from IndexedDB here, in the worker (src/workers/code-set-db.ts).
import { expose } from 'comlink';
import { readCodeSets } from './code-set-db';
import { createCodeSetWorkerApi } from './code-set-service';

expose(createCodeSetWorkerApi({ readCodeSets }));
