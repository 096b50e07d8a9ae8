// The reference-table worker: imports CMS NCCI PTP, MUE and PFS RVU files off the main thread.
// A thin comlink adapter over src/workers/reference-table-service.ts; the typed arrays of
// the result are transferred, not copied.
import { expose, transfer } from 'comlink';
import type { PtpTableData } from '../domain/rules';
import { createReferenceTableWorkerApi, type ReferenceTableWorkerApi } from './reference-table-service';

const api = createReferenceTableWorkerApi();

expose({
  async importFiles(request, onProgress) {
    const result = await api.importFiles(request, onProgress);
    if (!result.ok || result.value.data.format !== 'ncci-ptp/1') return result;
    const t: PtpTableData = result.value.data;
    return transfer(result, [t.column1, t.column2, t.effective, t.deletion, t.flags, t.rationaleIds, t.slots, t.next].map((a) => a.buffer));
  },
} satisfies ReferenceTableWorkerApi);
