import { useId, useState } from 'react';
import type { Issue } from '@/domain/shared/result';
import { parseTrainingPackText, type TrainingPack } from '@/domain/training';

function place(i: Issue): string {
  const at = i.line !== undefined ? ` (line ${i.line}${i.column !== undefined ? `, column ${i.column}` : ''})` : '';
  return `${i.where ?? 'the file'}${at}`;
}

/**
 * Imports a training pack from a JSON file. A file with any problem is refused whole, with every
 * problem and where it is; nothing stored is touched.
 */
export function PackImport({ onImport }: { onImport: (pack: TrainingPack, fileName: string) => Promise<string> }) {
  const id = useId();
  const [problem, setProblem] = useState<{ fileName: string; issues: readonly Issue[] } | null>(null);
  const [done, setDone] = useState('');
  return (
    <div className="text-sm">
      <label htmlFor={`${id}-file`} className="block text-xs font-semibold text-slate-700">
        Import a training pack (JSON file)
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        className="mt-1 block text-sm"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setDone('');
          setProblem(null);
          void file.text().then(async (text) => {
            const r = parseTrainingPackText(text);
            if (!r.ok) {
              setProblem({ fileName: file.name, issues: r.errors });
              return;
            }
            setDone(await onImport(r.value, file.name));
          });
        }}
      />
      <p role="status" className="mt-1 text-green-800">
        {done}
      </p>
      {problem && (
        <div role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-red-900">
          <p className="font-semibold">
            {problem.fileName} was not imported: {problem.issues.length === 1 ? '1 problem' : `${problem.issues.length} problems`}. Nothing was changed.
          </p>
          <ul className="ml-4 mt-1 list-disc">
            {problem.issues.slice(0, 20).map((i, n) => (
              <li key={n}>
                <span className="font-mono">{place(i)}</span>: {i.message}
              </li>
            ))}
          </ul>
          {problem.issues.length > 20 && <p>…and {problem.issues.length - 20} more.</p>}
        </div>
      )}
    </div>
  );
}
