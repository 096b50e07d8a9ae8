import type { Finding } from '@/domain/rules';

export const SEVERITY_STYLE: Record<Finding['severity'], { icon: string; word: string; plural: string; badge: string; border: string }> = {
  reject: { icon: '✖', word: 'Reject', plural: 'rejects', badge: 'bg-red-700 text-white', border: 'border-l-red-700' },
  warn: { icon: '▲', word: 'Warning', plural: 'warnings', badge: 'bg-amber-500 text-slate-950', border: 'border-l-amber-500' },
  info: { icon: 'ℹ', word: 'Info', plural: 'info', badge: 'bg-sky-700 text-white', border: 'border-l-sky-700' },
  'not-checked': { icon: '○', word: 'Not checked', plural: 'not checked', badge: 'bg-slate-600 text-white', border: 'border-l-slate-500' },
};

/** A severity badge: icon and word, never colour alone. */
export function SeverityBadge({ severity, label }: { severity: Finding['severity']; label?: string }) {
  const s = SEVERITY_STYLE[severity];
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-xs font-bold ${s.badge}`}>
      <span aria-hidden="true">{s.icon}</span>
      {label ?? s.word}
    </span>
  );
}
