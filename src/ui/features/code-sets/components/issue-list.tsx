import type { Issue } from '@/domain/shared/result';

/** Import problems, each with its line when there is one. Errors are announced (role=alert). */
export function IssueList({ issues, title }: { issues: readonly Issue[]; title?: string }) {
  if (issues.length === 0) return null;
  const errors = issues.some((i) => i.severity === 'error');
  return (
    <div role={errors ? 'alert' : undefined} className={`mt-2 rounded border px-3 py-2 text-sm ${errors ? 'border-red-700 bg-red-50 text-red-950' : 'border-amber-700 bg-amber-50 text-amber-950'}`}>
      {title && <p className="font-semibold">{title}</p>}
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${issue.line ?? ''}-${i}`}>
            {issue.severity === 'warning' && <span className="font-semibold">Warning: </span>}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
