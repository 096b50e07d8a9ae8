import { useId, useState } from 'react';
import { DELIMITER_NAMES, type CptColumnMapping } from '@/domain/codes';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import type { SniffResult } from '@/ui/lib/code-set-client';

const number = new Intl.NumberFormat('en-GB');

type CptMappingProps = {
  fileName: string;
  sniff: SniffResult;
  onImport: (mapping: CptColumnMapping) => void;
  onCancel: () => void;
};

/**
 * The CPT column-mapping step: the sniffed columns with sample values; the coder picks
 * the code column, the short and long descriptor columns, and says whether row 1 holds
 * column names. The guess from the sniffer is preselected.
 */
export function CptMapping({ fileName, sniff, onImport, onCancel }: CptMappingProps) {
  const uid = useId();
  const [code, setCode] = useState(String(sniff.suggested.codeColumn));
  const [short, setShort] = useState(sniff.suggested.shortColumn === undefined ? '' : String(sniff.suggested.shortColumn));
  const [long, setLong] = useState(sniff.suggested.longColumn === undefined ? '' : String(sniff.suggested.longColumn));
  const [hasHeader, setHasHeader] = useState(sniff.suggested.hasHeader);
  const noDescriptor = short === '' && long === '';
  const columnOptions = sniff.columns.map((c) => (
    <option key={c.index} value={c.index}>
      {`Column ${c.index + 1}${c.name !== `Column ${c.index + 1}` ? `: ${c.name}` : ''}`}
    </option>
  ));
  const select = (id: string, label: string, value: string, set: (v: string) => void, optional: boolean) => (
    <div>
      <label htmlFor={`${uid}-${id}`} className="block text-xs font-semibold text-slate-700">
        {label}
      </label>
      <select id={`${uid}-${id}`} className={inputClass} value={value} onChange={(e) => set(e.target.value)}>
        {optional && <option value="">— none —</option>}
        {columnOptions}
      </select>
    </div>
  );
  return (
    <div className="mt-3 space-y-3">
      <h3 className="font-semibold">Which columns hold the CPT codes and descriptions?</h3>
      <p className="text-sm text-slate-700">
        {fileName}: {number.format(sniff.rowCount)} rows, separated by {DELIMITER_NAMES[sniff.delimiter]}. The descriptions stay on this computer.
      </p>
      {sniff.notes.map((n) => (
        <p key={n} className="text-sm text-amber-900">
          {n}
        </p>
      ))}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Columns found in {fileName}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
              <th scope="col" className="px-2 py-1">
                Column
              </th>
              <th scope="col" className="px-2 py-1">
                Name
              </th>
              <th scope="col" className="px-2 py-1">
                Sample values
              </th>
            </tr>
          </thead>
          <tbody>
            {sniff.columns.map((c) => (
              <tr key={c.index} className="border-b border-slate-100 align-top">
                <td className="px-2 py-1 font-mono">{c.index + 1}</td>
                <td className="px-2 py-1">{c.name}</td>
                <td className="px-2 py-1 text-xs">
                  {c.samples.map((s, i) => (
                    <span key={i} className="mr-2 inline-block max-w-[24rem] truncate rounded bg-slate-100 px-1 align-top font-mono">
                      {s || '(empty)'}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {select('code', 'Code column', code, setCode, false)}
        {select('short', 'Short description column', short, setShort, true)}
        {select('long', 'Long description column', long, setLong, true)}
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" checked={hasHeader} onChange={(e) => setHasHeader(e.target.checked)} />
          The first row holds column names
        </label>
      </div>
      {noDescriptor && <p className="text-sm text-red-800">Choose at least one description column.</p>}
      <div className="flex gap-2">
        <Button
          variant="primary"
          disabled={noDescriptor}
          onClick={() =>
            onImport({
              codeColumn: Number(code),
              hasHeader,
              delimiter: sniff.delimiter,
              ...(short !== '' ? { shortColumn: Number(short) } : {}),
              ...(long !== '' ? { longColumn: Number(long) } : {}),
            })
          }
        >
          Check and import with these columns
        </Button>
        <Button onClick={onCancel}>Choose another file</Button>
      </div>
    </div>
  );
}
