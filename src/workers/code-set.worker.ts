// The code-set worker: imports files and answers searches off the main thread.
// A thin comlink adapter over src/workers/code-set-service.ts.
import { expose } from 'comlink';
import { createCodeSetWorkerApi } from './code-set-service';

expose(createCodeSetWorkerApi());
