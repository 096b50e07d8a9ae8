import { useState } from 'react';
import { PACK_KINDS, parsePack, type RulePack } from '@/domain/rules';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { Dialog } from '@/ui/components/dialog';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { nowIsoSeconds } from '@/ui/lib/browser';
import { saveImportedPack } from '@/ui/lib/rules-store';

type Row = Record<string, string>;

function toRows(pack: RulePack, columns: readonly { key: string; list?: boolean }[]): Row[] {
  return pack.entries.map((e) => {
    const rec = (e ?? {}) as Record<string, unknown>;
    return Object.fromEntries(columns.map((c) => [c.key, Array.isArray(rec[c.key]) ? (rec[c.key] as unknown[]).join(', ') : rec[c.key] === undefined ? '' : String(rec[c.key])]));
  });
}

function toEntries(rows: Row[], columns: readonly { key: string; list?: boolean }[]): unknown[] {
  return rows.map((r): Record<string, unknown> =>
    Object.fromEntries(
      columns
        .map((c): [string, string | string[]] => {
          const v = (r[c.key] ?? '').trim();
          if (c.list) return [c.key, v === '' ? [] : v.split(',').map((x) => x.trim()).filter(Boolean)];
          return [c.key, v];
        })
        .filter(([, v]) => !(typeof v === 'string' && v === '')),
    ),
  );
}

/**
 * Edits a pack's entries in a table: add, change, remove rows. Nothing is saved
 * until every row validates; the saved pack replaces the one with the same id
 * (a starter pack keeps shipping unchanged and can be restored by deleting the copy).
 */
export function PackEditor({ pack, onClose, onSaved }: { pack: RulePack; onClose: () => void; onSaved: () => Promise<void> }) {
  const kind = PACK_KINDS.find((k) => k.kind === pack.kind);
  const columns = kind?.columns ?? [];
  const [rows, setRows] = useState<Row[]>(() => toRows(pack, columns));
  const [header, setHeader] = useState({ name: pack.name, version: pack.version, effectiveFrom: pack.effectiveFrom, effectiveTo: pack.effectiveTo });
  const [errors, setErrors] = useState<readonly Issue[]>([]);
  const [filter, setFilter] = useState('');
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const { show } = useToast();
  if (!kind) return null;

  const save = async () => {
    const candidate = { ...pack, ...header, entries: toEntries(rows, columns) };
    const r = parsePack(candidate, PACK_KINDS);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    await saveImportedPack({ pack: r.value, importedAt: nowIsoSeconds(), fileName: 'edited in the workbench' });
    await onSaved();
    show(`Saved “${r.value.name}” version ${r.value.version} (${r.value.entries.length} entries).`, { tone: 'success' });
    onClose();
  };

  const labelOf = (key: string) => columns.find((c) => c.key === key)?.label ?? key;
  // "entries[3].procedures[1]: …" → "Procedure codes or ranges, item 2: …"
  const rowError = (i: number) =>
    errors
      .filter((e) => e.where?.startsWith(`entries[${i}]`))
      .map((e) => e.message.replace(`entries[${i}].`, '').replace(/^([A-Za-z]+)(?:\[(\d+)\])?:/, (_m, key: string, item?: string) => `${labelOf(key)}${item === undefined ? '' : `, item ${Number(item) + 1}`}:`));
  const q = filter.trim().toLowerCase();
  const shown = rows.map((row, i) => ({ row, i })).filter(({ row }) => q === '' || Object.values(row).some((v) => v.toLowerCase().includes(q)));
  const setCell = (i: number, key: string, value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Edit pack: ${pack.name}`}
      size="xl"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={() => void save()}>
            Validate and save
          </Button>
        </>
      }
    >
      <p className="text-sm text-slate-700">{kind.description}</p>
      <div className="mt-2 grid grid-cols-2 gap-2 md:grid-cols-4">
        {(
          [
            ['name', 'Pack name'],
            ['version', 'Version'],
            ['effectiveFrom', 'Effective from (YYYY-MM-DD)'],
            ['effectiveTo', 'Effective to (empty = open)'],
          ] as const
        ).map(([key, label]) => (
          <div key={key}>
            <label htmlFor={`pack-${key}`} className="block text-xs font-semibold">
              {label}
            </label>
            <input id={`pack-${key}`} className={inputClass} value={header[key]} onChange={(e) => setHeader({ ...header, [key]: e.target.value })} />
          </div>
        ))}
      </div>
      {errors.some((e) => !e.where?.startsWith('entries[')) && (
        <ul role="alert" className="mt-2 list-disc pl-5 text-sm text-red-800">
          {errors.filter((e) => !e.where?.startsWith('entries[')).map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-end justify-between gap-2">
        <p className="text-xs text-slate-700">
          {rows.length} rows. {columns.some((c) => c.list) ? 'List cells take comma-separated values (codes, and ranges such as 93306-93308 or R00-R09 where the kind allows them).' : ''}
        </p>
        <div className="w-64">
          <label htmlFor="pack-filter" className="block text-xs font-semibold">
            Filter rows
          </label>
          <input id="pack-filter" className={inputClass} value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="code or text" />
        </div>
      </div>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Entries of {pack.name}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
              <th scope="col" className="px-1 py-1">
                #
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="px-1 py-1">
                  {c.label}
                  {c.list ? ' (comma-separated)' : ''}
                </th>
              ))}
              <th scope="col" className="px-1 py-1">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, i }) => {
              const problems = rowError(i);
              return (
                <tr key={i} className={`border-b border-slate-100 align-top ${problems.length ? 'bg-red-50' : ''}`}>
                  <td className="px-1 py-1 font-mono text-xs">{i + 1}</td>
                  {columns.map((c, ci) => {
                    const common = {
                      'aria-label': `Row ${i + 1} ${c.label}`,
                      'aria-invalid': problems.length > 0 || undefined,
                      'aria-describedby': problems.length ? `pack-row-${i}-error` : undefined,
                      autoFocus: focusRow === i && ci === 0,
                    };
                    return (
                      <td key={c.key} className="px-1 py-1">
                        {c.options ? (
                          <select className={`${inputClass} min-w-28 font-mono text-xs`} value={row[c.key] ?? ''} onChange={(e) => setCell(i, c.key, e.target.value)} {...common}>
                            {!(c.options.includes(row[c.key] ?? '')) && <option value={row[c.key] ?? ''}>{row[c.key] ? row[c.key] : '(choose)'}</option>}
                            {c.options.map((o) => (
                              <option key={o} value={o}>
                                {o}
                              </option>
                            ))}
                          </select>
                        ) : c.list || c.wide ? (
                          <textarea
                            rows={2}
                            className={`${inputClass} ${c.wide ? 'min-w-56 font-sans' : 'min-w-48 font-mono'} text-xs`}
                            value={row[c.key] ?? ''}
                            placeholder={c.placeholder ? `e.g. ${c.placeholder}` : undefined}
                            onChange={(e) => setCell(i, c.key, e.target.value)}
                            {...common}
                          />
                        ) : (
                          <input className={`${inputClass} min-w-24 font-mono text-xs`} value={row[c.key] ?? ''} placeholder={c.placeholder ? `e.g. ${c.placeholder}` : undefined} onChange={(e) => setCell(i, c.key, e.target.value)} {...common} />
                        )}
                      </td>
                    );
                  })}
                  <td className="px-1 py-1">
                    <Button size="sm" variant="ghost" aria-label={`Remove row ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                      ✕
                    </Button>
                    {problems.length > 0 && (
                      <p id={`pack-row-${i}-error`} className="text-xs text-red-800">
                        <span aria-hidden="true">✖ </span>
                        {problems.join('; ')}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {q !== '' && (
        <p className="mt-1 text-xs text-slate-700" role="status">
          {shown.length} of {rows.length} rows match “{filter.trim()}”.
        </p>
      )}
      <Button
        className="mt-2"
        size="sm"
        onClick={() => {
          setFilter('');
          setFocusRow(rows.length);
          setRows([...rows, Object.fromEntries(columns.map((c) => [c.key, c.options?.[0] ?? '']))]);
        }}
      >
        + Add row
      </Button>
      {errors.some((e) => e.where?.startsWith('entries[')) && (
        <p role="alert" className="mt-2 text-sm font-semibold text-red-800">
          {errors.filter((e) => e.where?.startsWith('entries[')).length} problem(s) in the rows marked above; nothing was saved.
        </p>
      )}
    </Dialog>
  );
}
