import type { SupportStatus } from '@/domain/cdi';
import { STATUS_LABELS } from '@/domain/cdi';

const LOOK: Record<SupportStatus, { icon: string; className: string }> = {
  supported: { icon: '✔', className: 'border-emerald-700 bg-emerald-50 text-emerald-900' },
  partly: { icon: '◐', className: 'border-amber-700 bg-amber-50 text-amber-900' },
  'not-found': { icon: '✖', className: 'border-red-700 bg-red-50 text-red-900' },
  'not-checked': { icon: '○', className: 'border-slate-500 bg-slate-50 text-slate-800' },
};

/** A documentation status: an icon and a word, never colour alone. */
export function StatusBadge({ status }: { status: SupportStatus }) {
  const look = LOOK[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${look.className}`}>
      <span aria-hidden="true">{look.icon}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}
