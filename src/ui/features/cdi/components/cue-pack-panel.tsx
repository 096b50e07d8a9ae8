import { useState } from 'react';
import { parseCuePack, type CuePack } from '@/domain/cdi';
import { Button } from '@/ui/components/button';
import { downloadText } from '@/ui/lib/browser';

type Props = { pack: CuePack; isStarter: boolean; onReplace: (pack: CuePack) => void; onReset: () => void };

/** The cue pack in use: where it comes from; export, import (validated first) or go back to the starter. */
export function CuePackPanel({ pack, isStarter, onReplace, onReset }: Props) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [status, setStatus] = useState('');
  return (
    <details className="rounded border border-slate-400 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">
        Cue pack: {pack.name} {pack.version}
        {isStarter ? ' (starter)' : ' (imported)'}
      </summary>
      <p className="mt-2">
        Source: {pack.source.document}
        {pack.source.section ? ` — ${pack.source.section}` : ''}.
      </p>
      <p className="mt-1">
        {pack.cues.length} documentation cues, {pack.families.length} code families, negation and uncertainty reach {pack.window} words.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => downloadText(`${pack.id}-${pack.version}.json`, JSON.stringify(pack, null, 2), 'application/json')}>
          Export cue pack
        </Button>
        <label className="inline-flex items-center gap-1 text-xs">
          <span className="font-medium">Import a cue pack (JSON)</span>
          <input
            type="file"
            accept="application/json,.json"
            className="text-xs"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              void file.text().then((text) => {
                let raw: unknown;
                try {
                  raw = JSON.parse(text);
                } catch {
                  setErrors([`${file.name} is not JSON.`]);
                  return;
                }
                const r = parseCuePack(raw);
                if (!r.ok) {
                  setErrors(r.errors.map((x) => x.message));
                  setStatus('');
                  return;
                }
                setErrors([]);
                onReplace(r.value);
                setStatus(`Now using ${r.value.name} ${r.value.version}.`);
              });
            }}
          />
        </label>
        {!isStarter && (
          <Button size="sm" onClick={() => {
            onReset();
            setStatus('Back to the starter cue pack.');
          }}>
            Use the starter cue pack
          </Button>
        )}
      </div>
      <div role="status" className="mt-1 text-xs">
        {status}
      </div>
      {errors.length > 0 && (
        <div role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-red-900">
          <p className="font-semibold">The pack was not imported:</p>
          <ul className="list-disc pl-5">
            {errors.slice(0, 20).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
