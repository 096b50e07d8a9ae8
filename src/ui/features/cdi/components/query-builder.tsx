import { useEffect, useMemo, useState } from 'react';
import { draftQuery, REQUIRED_CHOICES, type NoteSentence, type QueryPack } from '@/domain/cdi';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';

/** What a query is about, as the screen proposes it (the reviewer edits everything). */
export type QueryTarget = {
  readonly about: string;
  readonly condition: string;
  readonly use: 'not-found' | 'specificity' | 'missing' | 'uncertain';
  /** Sentence indexes ticked at first. */
  readonly sentences: readonly number[];
  readonly options: readonly string[];
};

type Props = {
  target: QueryTarget;
  pack: QueryPack;
  sentences: readonly NoteSentence[];
  reviewer: string;
  onSave: (q: { templateId: string; title: string; about: string; text: string }) => void;
  onCopy: (text: string) => void;
  onPrint: (text: string) => void;
  onClose: () => void;
};

/**
 * Drafts a compliant, non-leading physician query: a template from the pack, the
 * clinical indicators quoted from the note, options for multiple choice (with
 * "Other" and "Clinically undetermined" always added), then free editing.
 */
export function QueryBuilder({ target, pack, sentences, reviewer, onSave, onCopy, onPrint, onClose }: Props) {
  const first = pack.templates.find((t) => t.use === target.use) ?? pack.templates[0]!;
  const [templateId, setTemplateId] = useState(first.id);
  const [condition, setCondition] = useState(target.condition);
  const [provider, setProvider] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<number>>(() => new Set(target.sentences));
  const [options, setOptions] = useState(target.options.join('\n'));
  const template = pack.templates.find((t) => t.id === templateId) ?? first;
  const generated = useMemo(
    () =>
      draftQuery({
        template,
        condition,
        indicators: sentences.filter((s) => ticked.has(s.index)).map((s) => s.text),
        options: options.split('\n'),
        provider,
        reviewer,
      }),
    [template, condition, sentences, ticked, options, provider, reviewer],
  );
  const [text, setText] = useState(generated);
  // A change to the inputs redrafts the text; edits to the text stay until then.
  useEffect(() => setText(generated), [generated]);

  return (
    <section aria-labelledby="cdi-query-h" className="rounded border border-slate-400 bg-white p-3" data-query-builder>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="cdi-query-h" tabIndex={-1} className="text-base font-semibold outline-none">
          Query about {target.about}
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close query builder
        </Button>
      </div>
      <p className="mt-1 text-xs text-slate-700">
        Templates follow {pack.source.document}: quote the clinical indicators, ask open questions or offer clinically reasonable options, never lead and never name what an answer is worth.
      </p>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <div className="space-y-2">
          <label className="block text-sm">
            <span className="font-medium">Template</span>
            <select className={inputClass} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              {pack.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm">
            <span className="font-medium">Condition as the record names it</span>
            <input className={inputClass} value={condition} onChange={(e) => setCondition(e.target.value)} />
          </label>
          <label className="block text-sm">
            <span className="font-medium">Provider</span>
            <input className={inputClass} value={provider} onChange={(e) => setProvider(e.target.value)} placeholder="Name of the treating physician" />
          </label>
          <fieldset className="text-sm">
            <legend className="font-medium">Clinical indicators from the note</legend>
            <ul className="mt-1 max-h-48 space-y-1 overflow-auto rounded border border-slate-300 p-2">
              {sentences.map((s) => (
                <li key={s.index}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={ticked.has(s.index)}
                      onChange={(e) => {
                        const next = new Set(ticked);
                        if (e.target.checked) next.add(s.index);
                        else next.delete(s.index);
                        setTicked(next);
                      }}
                    />
                    <span>{s.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {template.format === 'choice' && (
            <label className="block text-sm">
              <span className="font-medium">Options, one per line</span>
              <textarea className={inputClass} rows={3} value={options} onChange={(e) => setOptions(e.target.value)} aria-describedby="cdi-options-hint" />
              <span id="cdi-options-hint" className="text-xs text-slate-700">
                “{REQUIRED_CHOICES[0]}” and “{REQUIRED_CHOICES[1]}” are always added.
              </span>
            </label>
          )}
        </div>
        <div className="space-y-2" data-print-query>
          <label className="block text-sm">
            <span className="font-medium">Query text</span>
            <textarea className={`${inputClass} font-mono`} rows={18} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" onClick={() => onSave({ templateId: template.id, title: template.title, about: target.about, text })}>
              Save query
            </Button>
            <Button onClick={() => onCopy(text)}>Copy query</Button>
            <Button onClick={() => onPrint(text)}>Print query</Button>
          </div>
        </div>
      </div>
    </section>
  );
}
