import type { SearchHit } from '@/domain/codes';

/** The kind of a code in words (never colour alone): Billable, Header or Modifier. */
export function kindWord(hit: Pick<SearchHit, 'billable' | 'kind'>): 'Billable' | 'Header' | 'Modifier' {
  if (hit.kind === 'modifier') return 'Modifier';
  return hit.billable ? 'Billable' : 'Header';
}

const BADGE = {
  Billable: 'border-emerald-700 bg-emerald-50 text-emerald-900',
  Header: 'border-slate-500 bg-slate-100 text-slate-800',
  Modifier: 'border-sky-700 bg-sky-50 text-sky-900',
} as const;

/** A text badge: "Billable", "Header" or "Modifier". */
export function KindBadge({ hit }: { hit: Pick<SearchHit, 'billable' | 'kind'> }) {
  const word = kindWord(hit);
  return <span className={`shrink-0 rounded border px-1.5 text-[11px] font-semibold leading-5 ${BADGE[word]}`}>{word}</span>;
}

/** Code, title and badge of one search result (the option's text is its accessible name). */
export function HitContent({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className="w-20 shrink-0 font-mono text-sm font-semibold">{hit.display}</span>{' '}
      <span className={`min-w-0 flex-1 text-sm ${hit.derived ? 'italic text-slate-700' : ''}`}>{hit.title}</span> <KindBadge hit={hit} />
    </>
  );
}
