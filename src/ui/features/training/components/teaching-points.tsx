import type { TeachingPoint } from '@/domain/training';

/** One source, as a reader can look it up (a link only when the source has an address). */
export function SourceText({ source }: { source: TeachingPoint['source'] }) {
  const label = [source.document, source.section].filter(Boolean).join(', ');
  return source.url ? (
    <a className="underline" href={source.url} target="_blank" rel="noreferrer noopener">
      {label}
    </a>
  ) : (
    <>{label}</>
  );
}

/** Teaching points with their sources. */
export function TeachingPoints({ points, large = false }: { points: readonly TeachingPoint[]; large?: boolean }) {
  return (
    <ul className={`space-y-2 ${large ? 'text-2xl leading-relaxed' : 'text-sm'}`}>
      {points.map((p, i) => (
        <li key={i}>
          <p>{p.text}</p>
          <p className={`${large ? 'text-lg' : 'text-xs'} text-slate-700`}>
            Source: <SourceText source={p.source} />
          </p>
        </li>
      ))}
    </ul>
  );
}
