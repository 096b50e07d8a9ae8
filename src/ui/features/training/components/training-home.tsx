import { useId } from 'react';
import { TOPICS, type TrainingPack } from '@/domain/training';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import type { AttemptRecord } from '@/ui/lib/training-store';
import { PackImport } from './pack-import';

export type PackEntry = { pack: TrainingPack; origin: 'starter' | 'imported' | 'authored' };

type Props = {
  packs: readonly PackEntry[];
  learner: string;
  onLearnerChange: (name: string) => void;
  attempts: readonly AttemptRecord[];
  onPractise: (packId: string, scenarioId: string) => void;
  onPresent: (packId: string, scenarioId: string) => void;
  /** Edits a scenario of My scenarios, or opens a copy of another pack's scenario for My scenarios. */
  onEdit: (packId: string, scenarioId: string) => void;
  onNewScenario: () => void;
  onImport: (pack: TrainingPack, fileName: string) => Promise<string>;
  onExportPack: (pack: TrainingPack) => void;
  onDeletePack: (packId: string) => void;
  onExportProgress: () => void;
  problems: readonly string[];
};

const ORIGIN: Record<PackEntry['origin'], string> = { starter: 'ships with the workbench', imported: 'imported', authored: 'written here' };

/** The training screen's start: scenario packs, a learner's progress, import/export, new scenario. */
export function TrainingHome(p: Props) {
  const id = useId();
  const best = new Map<string, number>();
  for (const a of p.attempts) best.set(`${a.packId}/${a.scenarioId}`, Math.max(best.get(`${a.packId}/${a.scenarioId}`) ?? 0, a.percent));
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4 text-slate-900">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Training</h1>
          <p className="text-sm text-slate-700">Real cases on the same edits, code sets and DRG calculator coders use: what is taught is what is checked.</p>
        </div>
        <div>
          <label htmlFor={`${id}-learner`} className="block text-xs font-semibold text-slate-700">
            Your name (learner)
          </label>
          <input id={`${id}-learner`} className={`${inputClass} w-56`} defaultValue={p.learner} onBlur={(e) => p.onLearnerChange(e.target.value)} autoComplete="name" />
        </div>
      </div>
      {p.problems.length > 0 && (
        <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-2 text-sm">
          Some stored packs could not be read and are not listed: {p.problems.join('; ')}
        </p>
      )}
      {p.packs.map(({ pack, origin }) => (
        <section key={pack.id} aria-labelledby={`${id}-${pack.id}`} className="rounded border border-slate-300 bg-white">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
            <div>
              <h2 id={`${id}-${pack.id}`} className="text-base font-semibold">
                {pack.name}
              </h2>
              <p className="text-xs text-slate-700">
                Version {pack.version} · {pack.scenarios.length} scenarios · {ORIGIN[origin]} · {pack.source}
              </p>
            </div>
            <div className="flex gap-2">
              <Button size="sm" onClick={() => p.onExportPack(pack)} aria-label={`Export pack ${pack.name}`}>
                Export pack
              </Button>
              {origin !== 'starter' && (
                <Button size="sm" variant="danger" onClick={() => p.onDeletePack(pack.id)} aria-label={`Delete pack ${pack.name}`}>
                  Delete
                </Button>
              )}
            </div>
          </div>
          {pack.scenarios.length === 0 ? (
            <p className="px-3 py-2 text-sm">No scenarios yet.</p>
          ) : (
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Scenarios of {pack.name}</caption>
              <thead>
                <tr className="border-b border-slate-200 bg-slate-50">
                  <th scope="col" className="px-3 py-1">
                    Scenario
                  </th>
                  <th scope="col" className="px-3 py-1">
                    Topics
                  </th>
                  <th scope="col" className="px-3 py-1">
                    Your best
                  </th>
                  <th scope="col" className="px-3 py-1">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {pack.scenarios.map((s) => {
                  const b = best.get(`${pack.id}/${s.id}`);
                  return (
                    <tr key={s.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="px-3 py-1.5 font-medium">
                        {s.title}
                        <span className="block text-xs font-normal text-slate-700">
                          {s.level} · {s.summary}
                        </span>
                      </th>
                      <td className="px-3 py-1.5 text-xs">{s.topics.map((t) => TOPICS[t] ?? t).join(', ')}</td>
                      <td className="px-3 py-1.5 font-mono">{b === undefined ? '—' : `${b} %`}</td>
                      <td className="px-3 py-1.5">
                        <div className="flex flex-wrap justify-end gap-1">
                          <Button size="sm" variant="primary" onClick={() => p.onPractise(pack.id, s.id)} aria-label={`Practise: ${s.title}`}>
                            Practise
                          </Button>
                          <Button size="sm" onClick={() => p.onPresent(pack.id, s.id)} aria-label={`Present: ${s.title}`}>
                            Present
                          </Button>
                          {origin === 'authored' ? (
                            <Button size="sm" onClick={() => p.onEdit(pack.id, s.id)} aria-label={`Edit: ${s.title}`}>
                              Edit
                            </Button>
                          ) : (
                            <Button size="sm" onClick={() => p.onEdit(pack.id, s.id)} aria-label={`Copy to My scenarios: ${s.title}`}>
                              Copy
                            </Button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <section aria-labelledby={`${id}-instructor`} className="rounded border border-slate-300 bg-white p-3">
        <h2 id={`${id}-instructor`} className="text-base font-semibold">
          Instructor
        </h2>
        <div className="mt-2 flex flex-wrap items-start gap-6">
          <div>
            <Button variant="primary" onClick={p.onNewScenario}>
              New scenario…
            </Button>
            <p className="mt-1 max-w-xs text-xs text-slate-700">Code the case in the encounter editor, then use it as the key. Saved in “My scenarios” on this computer.</p>
          </div>
          <PackImport onImport={p.onImport} />
        </div>
      </section>
      <section aria-labelledby={`${id}-progress`} className="rounded border border-slate-300 bg-white p-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={`${id}-progress`} className="text-base font-semibold">
            Progress of {p.learner || 'anonymous'}
          </h2>
          <Button size="sm" onClick={p.onExportProgress} disabled={p.attempts.length === 0}>
            Export my progress (JSON)
          </Button>
        </div>
        {p.attempts.length === 0 ? (
          <p className="mt-1 text-sm">No attempts yet. Scores are kept on this computer only.</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Attempts</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-2">
                  When
                </th>
                <th scope="col" className="py-1 pr-2">
                  Scenario
                </th>
                <th scope="col" className="py-1 pr-2">
                  Score
                </th>
                <th scope="col" className="py-1 pr-2">
                  Mode
                </th>
              </tr>
            </thead>
            <tbody>
              {[...p.attempts].reverse().map((a) => (
                <tr key={a.id} className="border-b border-slate-100">
                  <td className="py-1 pr-2 font-mono">{a.at.replace('T', ' ')}</td>
                  <td className="py-1 pr-2">{a.scenarioTitle}</td>
                  <td className="py-1 pr-2 font-mono">
                    {a.earned}/{a.max} ({a.percent} %)
                  </td>
                  <td className="py-1 pr-2">{a.examMode ? 'exam style' : 'with live findings'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
