import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { byDate, hasModifier, procedureLines, withModifiers } from '../../support/procedure';
import type { Hit } from '../../types';

type P = { line: number; code: string; date: string; problem: 'not-em' | 'alone' };

/** 25 belongs on an E/M code that has a same-day procedure or other service. */
export const mod25Misuse = defineEdit<P>({
  id: 'MOD-25-MISUSE',
  title: 'Modifier 25 where it does not apply',
  severity: 'warn',
  category: 'modifier',
  source: SOURCES.globalSurgery('§30.6.6 B (modifier 25: significant, separately identifiable E/M on the day of a procedure)'),
  explain: (p) =>
    p.problem === 'not-em'
      ? `Activity ${p.line} (${p.code}) carries 25, but 25 is only for E/M codes (99202–99499).`
      : `Activity ${p.line} (${p.code}) carries 25, but no procedure or other service is billed on ${p.date}: there is nothing for the visit to be separate from.`,
  rule: () =>
    'Modifier 25 marks an evaluation and management service that is significant and separately identifiable from a procedure or other service on the same day. It goes on the E/M code, never on the procedure, and it has no meaning on a visit billed alone. Misplaced 25s draw audits; remove it.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    for (const [date, lines] of byDate(procedureLines(doc))) {
      for (const l of lines) {
        if (!hasModifier(l, '25')) continue;
        const problem = !l.isEm ? 'not-em' : lines.some((o) => o !== l) ? null : 'alone';
        if (!problem) continue;
        hits.push({
          path: ['claim', 'activities', l.index, 'modifiers'],
          params: { line: l.line, code: l.code, date, problem },
          fixes: [{ label: `Remove 25 from activity ${l.line}`, patches: [{ op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { remove: ['25'] }) }] }],
        });
      }
    }
    return hits;
  },
});
