import { describe, expect, it } from 'vitest';
import { importReferenceTable, type PtpTableData, type ReferenceTable } from '@/domain/rules';
import { deleteReferenceTable, getReferenceTable, listReferenceTables, loadEnabledReferenceTables, saveReferenceTable, setReferenceTableEnabled } from './reference-table-store';

function table(kind: 'ncci-ptp' | 'mue', importedAt: string, text: string): ReferenceTable {
  const r = importReferenceTable({ kind, setting: 'practitioner', parts: [{ name: `${kind}.txt`, text }], importedAt });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value;
}

const PTP = table('ncci-ptp', '2025-10-05T09:00:00', '80053\t80048\t\t19960101\t*\t0\tPanel\n');
const MUE = table('mue', '2025-10-06T09:00:00', '93306,1,3 Date of Service Edit: Clinical,x\n');

describe('reference-table store (IndexedDB)', () => {
  it('keeps tables with their typed arrays, lists them newest first, switches and removes them', async () => {
    await saveReferenceTable(PTP);
    await saveReferenceTable(MUE);
    expect((await listReferenceTables()).map((m) => m.id)).toEqual([MUE.meta.id, PTP.meta.id]);
    const back = await getReferenceTable(PTP.meta.id);
    expect(back && 'table' in back && [...(back.table.data as PtpTableData).slots]).toEqual([...(PTP.data as PtpTableData).slots]);
    expect(Object.prototype.toString.call(back && 'table' in back && (back.table.data as PtpTableData).slots)).toBe('[object Int32Array]');

    await setReferenceTableEnabled(MUE.meta.id, false);
    expect((await loadEnabledReferenceTables()).tables.map((t) => t.meta.id)).toEqual([PTP.meta.id]);
    await deleteReferenceTable(PTP.meta.id);
    expect(await getReferenceTable(PTP.meta.id)).toBeNull();
    expect((await listReferenceTables()).map((m) => [m.id, m.enabled])).toEqual([[MUE.meta.id, false]]);
  });

  it('reports a damaged stored table as a problem instead of using it', async () => {
    const damaged = { ...PTP, data: { ...(PTP.data as PtpTableData), slots: new Int32Array(10) } } as ReferenceTable;
    await saveReferenceTable(damaged);
    expect(await loadEnabledReferenceTables()).toEqual({
      tables: [],
      problems: [{ code: 'reference.stored', message: 'The stored table “NCCI PTP practitioner (ncci-ptp.txt)” cannot be used: its hash table size is not a power of two. Remove it and import the file again.', severity: 'error' }],
    });
  });
});
