import { useId } from 'react';
import { TOPICS, type Scenario, type TeachingPoint } from '@/domain/training';
import { inputClass } from '@/ui/components/field';

/** What the authoring form edits besides the encounter itself (texts as typed). */
export type ScenarioMeta = {
  id: string;
  title: string;
  summary: string;
  level: Scenario['level'];
  topics: string[];
  /** One question per line. */
  questions: string;
  /** One teaching point per line: `point | source document | section`. */
  teachingPoints: string;
};

/** The form's texts for a scenario (or a blank one). */
export function toScenarioMeta(s: Scenario | null): ScenarioMeta {
  if (!s) return { id: '', title: '', summary: '', level: 'foundation', topics: [], questions: '', teachingPoints: '' };
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    level: s.level,
    topics: [...s.topics],
    questions: s.questions.join('\n'),
    teachingPoints: s.teachingPoints.map((t) => [t.text, t.source.document, t.source.section].filter(Boolean).join(' | ')).join('\n'),
  };
}

/** Reads the teaching-point lines (`point | source document | section`). */
export function readTeachingPoints(text: string): TeachingPoint[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [point = '', document = '', section = ''] = line.split('|').map((x) => x.trim());
      return { text: point, source: { document, section, url: '' } };
    });
}

/** Reads the question lines. */
export function readQuestions(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The scenario's title, topics, questions and teaching points (the key comes from the encounter editor). */
export function ScenarioMetaForm({ value, onChange, idLocked }: { value: ScenarioMeta; onChange: (next: ScenarioMeta) => void; idLocked: boolean }) {
  const id = useId();
  const set = <K extends keyof ScenarioMeta>(k: K, v: ScenarioMeta[K]) => onChange({ ...value, [k]: v });
  return (
    <div className="space-y-2 text-sm">
      <div>
        <label htmlFor={`${id}-title`} className="block text-xs font-semibold text-slate-700">
          Scenario title
        </label>
        <input id={`${id}-title`} className={inputClass} value={value.title} onChange={(e) => set('title', e.target.value)} />
      </div>
      <div>
        <label htmlFor={`${id}-id`} className="block text-xs font-semibold text-slate-700">
          Scenario id
        </label>
        <input
          id={`${id}-id`}
          className={`${inputClass} font-mono`}
          value={value.id}
          readOnly={idLocked}
          onChange={(e) => set('id', e.target.value)}
          aria-describedby={`${id}-id-hint`}
        />
        <p id={`${id}-id-hint`} className="mt-0.5 text-xs text-slate-700">
          Lower-case letters, digits and dashes{idLocked ? '; fixed once saved, so progress stays attached' : ''}.
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-summary`} className="block text-xs font-semibold text-slate-700">
          Summary
        </label>
        <input id={`${id}-summary`} className={inputClass} value={value.summary} onChange={(e) => set('summary', e.target.value)} />
      </div>
      <div>
        <label htmlFor={`${id}-level`} className="block text-xs font-semibold text-slate-700">
          Level
        </label>
        <select id={`${id}-level`} className={inputClass} value={value.level} onChange={(e) => set('level', e.target.value as Scenario['level'])}>
          <option value="foundation">Foundation</option>
          <option value="intermediate">Intermediate</option>
          <option value="advanced">Advanced</option>
        </select>
      </div>
      <fieldset>
        <legend className="text-xs font-semibold text-slate-700">Topics</legend>
        <div className="grid grid-cols-1 gap-x-3 sm:grid-cols-2">
          {Object.entries(TOPICS).map(([topic, label]) => (
            <label key={topic} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={value.topics.includes(topic)}
                onChange={(e) => set('topics', e.target.checked ? [...value.topics, topic] : value.topics.filter((t) => t !== topic))}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-q`} className="block text-xs font-semibold text-slate-700">
          Questions for the class
        </label>
        <textarea id={`${id}-q`} className={inputClass} rows={3} value={value.questions} onChange={(e) => set('questions', e.target.value)} aria-describedby={`${id}-q-hint`} />
        <p id={`${id}-q-hint`} className="mt-0.5 text-xs text-slate-700">
          One question per line.
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-tp`} className="block text-xs font-semibold text-slate-700">
          Teaching points
        </label>
        <textarea id={`${id}-tp`} className={inputClass} rows={4} value={value.teachingPoints} onChange={(e) => set('teachingPoints', e.target.value)} aria-describedby={`${id}-tp-hint`} />
        <p id={`${id}-tp-hint`} className="mt-0.5 text-xs text-slate-700">
          One per line: the point | source document | section, e.g. <span className="font-mono">Code the documented side. | ICD-10-CM Official Guidelines | I.B.13</span>
        </p>
      </div>
    </div>
  );
}
