import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { ENCOUNTER_TYPES, emptyDocument } from '@/domain/claim';
import { formatDateTime } from '@/domain/shared/dates';
import { SAMPLES } from '@/data/samples';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { createDraft, draftsQuery } from '@/ui/lib/draft-queries';
import { deleteDraft, getDraft, saveDraft, type DraftSummary } from '@/ui/lib/draft-store';
import { hrefFor, navigate } from '@/ui/lib/router';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, DraftSummary>();

const typeName = (t: string) => (t ? `${t} – ${ENCOUNTER_TYPES[t as keyof typeof ENCOUNTER_TYPES] ?? 'unknown type'}` : '—');

/** The drafts list: open, duplicate, delete (with Undo), new blank or from a sample. */
export function DraftsPage() {
  const queryClient = useQueryClient();
  const { show } = useToast();
  const drafts = useQuery(draftsQuery);
  const [filter, setFilter] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: draftsQuery.queryKey });

  const duplicate = async (id: string) => {
    const original = await getDraft(id);
    if (!original) return;
    const copy = await createDraft(queryClient, original.document, { kind: 'duplicate', label: `Copy of ${original.source.label || id}` });
    show('Draft duplicated.', { tone: 'success', action: { label: 'Open', run: () => navigate({ name: 'workbench', draftId: copy.id }) } });
  };

  const remove = async (row: DraftSummary) => {
    const deleted = await deleteDraft(row.id);
    await refresh();
    show(`Deleted “${row.title}”.`, {
      action: deleted
        ? {
            label: 'Undo',
            run: () => {
              void saveDraft(deleted).then(refresh);
            },
          }
        : undefined,
    });
  };

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('title', {
          header: 'Encounter',
          sortFn: 'alphanumeric',
          cell: (info) =>
            info.row.original.problem ? (
              <span className="text-red-800">
                ✖ {info.getValue()}: {info.row.original.problem}
              </span>
            ) : (
              <a className="font-medium text-brand-700 underline" href={hrefFor({ name: 'workbench', draftId: info.row.original.id })}>
                {info.getValue()}
              </a>
            ),
        }),
        helper.accessor('patientId', { header: 'Patient ID', sortFn: 'alphanumeric', cell: (i) => <span className="font-mono">{i.getValue() || '—'}</span> }),
        helper.accessor('encounterType', { header: 'Encounter type', sortFn: 'alphanumeric', cell: (i) => typeName(i.getValue()) }),
        helper.accessor('start', { header: 'Start', sortFn: 'basic', cell: (i) => <span className="font-mono">{formatDateTime(i.getValue()) || '—'}</span> }),
        helper.accessor('payerProfile', { header: 'Payer rules', sortFn: 'alphanumeric' }),
        helper.accessor((r) => `${r.diagnoses} / ${r.activities}`, { id: 'lines', header: 'Dx / lines', enableSorting: false }),
        helper.accessor('updatedAt', { header: 'Last change', sortFn: 'basic', cell: (i) => <span className="font-mono">{i.getValue().replace('T', ' ')}</span> }),
        helper.display({
          id: 'actions',
          header: 'Actions',
          cell: (info) => (
            <div className="flex gap-1">
              <Button size="sm" onClick={() => void duplicate(info.row.original.id)} disabled={Boolean(info.row.original.problem)} aria-label={`Duplicate ${info.row.original.title}`}>
                Duplicate
              </Button>
              <Button size="sm" variant="danger" onClick={() => void remove(info.row.original)} aria-label={`Delete ${info.row.original.title}`}>
                Delete
              </Button>
            </div>
          ),
        }),
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the action handlers only read stable hooks (query client, toaster)
    [],
  );

  const rows = useMemo(() => {
    const all = drafts.data ?? [];
    const q = filter.trim().toLowerCase();
    return q ? all.filter((d) => [d.title, d.patientId, d.claimId, d.sourceLabel].some((v) => v.toLowerCase().includes(q))) : all;
  }, [drafts.data, filter]);

  const table = useTable({ features, columns, data: rows, state: { sorting }, onSortingChange: setSorting });

  const newBlank = async () => {
    const d = await createDraft(queryClient, emptyDocument('DOH'), { kind: 'new', label: 'New encounter' });
    navigate({ name: 'workbench', draftId: d.id });
  };
  const fromSample = async (sampleId: string) => {
    const s = SAMPLES.find((x) => x.id === sampleId);
    if (!s) return;
    const d = await createDraft(queryClient, s.document, { kind: 'sample', label: s.title });
    navigate({ name: 'workbench', draftId: d.id });
  };

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Drafts</h1>
          <p className="text-sm text-slate-700">Every encounter you work on is saved in this browser as you type. Nothing is sent anywhere.</p>
        </div>
        <Button variant="primary" onClick={() => void newBlank()}>
          New encounter
        </Button>
      </div>

      <section aria-labelledby="drafts-list-title" className="rounded-lg border border-slate-300 bg-white p-3">
        <div className="mb-2 flex flex-wrap items-end justify-between gap-2">
          <h2 id="drafts-list-title" className="font-semibold">
            Saved drafts ({drafts.data?.length ?? 0})
          </h2>
          <div className="w-72">
            <label htmlFor="drafts-filter" className="block text-xs font-semibold text-slate-700">
              Filter drafts
            </label>
            <input id="drafts-filter" className={inputClass} value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Claim ID, patient ID…" />
          </div>
        </div>
        {drafts.isPending ? (
          <p className="text-sm">Loading drafts…</p>
        ) : drafts.isError ? (
          <p className="text-sm text-red-800">The drafts could not be read: {drafts.error.message}</p>
        ) : rows.length === 0 ? (
          <p className="text-sm text-slate-700">{filter ? 'No draft matches the filter.' : 'No drafts yet. Start a new encounter or open a sample below.'}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Saved drafts, most recent first</caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id} className="border-b border-slate-300">
                    {group.headers.map((header) => {
                      const sorted = header.column.getIsSorted();
                      return (
                        <th
                          key={header.id}
                          scope="col"
                          className="px-2 py-1.5 text-xs font-semibold uppercase text-slate-700"
                          aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                        >
                          {header.column.getCanSort() ? (
                            <button type="button" className="inline-flex items-center gap-1 uppercase" onClick={header.column.getToggleSortingHandler()}>
                              <table.FlexRender header={header} />
                              <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                            </button>
                          ) : (
                            <table.FlexRender header={header} />
                          )}
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 hover:bg-slate-50">
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id} className="px-2 py-1.5 align-top">
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="samples-title" className="rounded-lg border border-slate-300 bg-white p-3">
        <h2 id="samples-title" className="font-semibold">
          New from sample
        </h2>
        <p className="text-sm text-slate-700">Synthetic encounters (invented patients) for practice and demonstrations.</p>
        <ul className="mt-2 grid grid-cols-1 gap-2 md:grid-cols-2">
          {SAMPLES.map((s) => (
            <li key={s.id} className="flex items-start justify-between gap-3 rounded border border-slate-200 p-2">
              <div>
                <p className="font-medium">{s.title}</p>
                <p className="text-xs text-slate-700">{s.description}</p>
              </div>
              <Button size="sm" onClick={() => void fromSample(s.id)} aria-label={`New from sample: ${s.title}`}>
                Open
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
