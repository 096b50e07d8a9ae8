import { CUE_KIND_LABELS, type Mention } from '@/domain/cdi';
import { noteSegments, type CodeRef } from '../lib/note-segments';

type Props = {
  note: string;
  mentions: readonly Mention[];
  /** Codes each mention supports, by mention key. */
  supports: ReadonlyMap<string, readonly CodeRef[]>;
  /** More specific codes each mention documents, by mention key. */
  suggests: ReadonlyMap<string, readonly string[]>;
  codeLabel: (ref: CodeRef) => string;
  /** Mention keys of the selected code (shown as selected). */
  highlighted: ReadonlySet<string>;
  selectedPhrase: string | null;
  onSelectPhrase: (key: string | null) => void;
};

function describe(m: Mention): string {
  const what = m.kind === 'condition' ? 'condition' : CUE_KIND_LABELS[m.kind].toLowerCase();
  const how = m.assertion === 'affirmed' ? '' : m.assertion === 'negated' ? `, absent ("${m.trigger ?? ''}")` : `, uncertain ("${m.trigger ?? ''}")`;
  return `${what}: ${m.value}${how}`;
}

/**
 * The clinical note with the pack's phrases marked: underlined (solid = affirmed,
 * struck through = absent, dotted = uncertain) and labelled in text with the codes
 * they support. Each phrase is a button that shows the codes it supports.
 */
export function AnnotatedNote({ note, mentions, supports, suggests, codeLabel, highlighted, selectedPhrase, onSelectPhrase }: Props) {
  if (note.trim() === '') return <p className="text-sm text-slate-700">This encounter has no clinical note. Add it on the workbench (Clinical note field).</p>;
  const segments = noteSegments(note, mentions);
  const selected = segments.find((s) => s.kind === 'phrase' && s.key === selectedPhrase);
  return (
    <div>
      <div className="whitespace-pre-wrap rounded border border-slate-300 bg-white p-3 text-sm leading-7 text-slate-900">
        {segments.map((s) => {
          if (s.kind === 'text') return <span key={`t${s.start}`}>{s.text}</span>;
          const refs = [...new Set(s.mentions.flatMap((m) => supports.get(`${m.start}:${m.end}`) ?? []))];
          const better = [...new Set(s.mentions.flatMap((m) => suggests.get(`${m.start}:${m.end}`) ?? []))];
          const negated = s.mentions.some((m) => m.assertion === 'negated');
          const uncertain = s.mentions.some((m) => m.assertion === 'uncertain');
          const isHighlighted = s.mentions.some((m) => highlighted.has(`${m.start}:${m.end}`));
          const style = negated ? 'line-through decoration-red-800' : uncertain ? 'underline decoration-dotted decoration-amber-800' : refs.length + better.length > 0 ? 'underline decoration-emerald-800' : 'underline decoration-dashed decoration-slate-500';
          const tag = negated ? 'absent' : uncertain ? 'uncertain' : [...refs.map(codeLabel), ...better.map((c) => `more specific: ${c}`)].join(', ');
          return (
            <button
              key={s.key}
              type="button"
              aria-pressed={selectedPhrase === s.key}
              onClick={() => onSelectPhrase(selectedPhrase === s.key ? null : s.key)}
              className={`rounded px-0.5 decoration-2 underline-offset-4 focus:outline-none focus:ring-2 focus:ring-brand-600 ${style} ${isHighlighted ? 'bg-brand-100 font-semibold outline outline-2 outline-brand-700' : 'bg-slate-100'} ${selectedPhrase === s.key ? 'ring-2 ring-brand-700' : ''}`}
            >
              {s.text}
              {tag !== '' && <span className="ml-0.5 align-super text-[10px] font-semibold not-italic text-slate-800 no-underline">[{tag}]</span>}
            </button>
          );
        })}
      </div>
      <p className="mt-1 text-xs text-slate-700">
        Key: solid underline = supports a code (or documents a more specific one) · struck through = documented as absent · dotted = uncertain · dashed = documentation cue. Choose a phrase to see what it supports.
      </p>
      <div aria-live="polite" className="mt-2 text-sm">
        {selected && selected.kind === 'phrase' && (
          <div className="rounded border border-brand-700 bg-brand-50 p-2">
            <p className="font-semibold">“{selected.text}”</p>
            <ul className="list-disc pl-5">
              {selected.mentions.map((m) => (
                <li key={`${m.kind}${m.start}${m.value}`}>{describe(m)}</li>
              ))}
            </ul>
            <p>
              Supports:{' '}
              {(() => {
                const refs = [...new Set(selected.mentions.flatMap((m) => supports.get(`${m.start}:${m.end}`) ?? []))];
                return refs.length > 0 ? refs.map(codeLabel).join(', ') : 'no code on the claim';
              })()}
            </p>
            {(() => {
              const better = [...new Set(selected.mentions.flatMap((m) => suggests.get(`${m.start}:${m.end}`) ?? []))];
              return better.length > 0 ? <p>Documents the more specific {better.join(', ')}.</p> : null;
            })()}
          </div>
        )}
      </div>
    </div>
  );
}
