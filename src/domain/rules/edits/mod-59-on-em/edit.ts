import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { byDate, DISTINCT_MODIFIERS, listModifiers, modifiersIn, procedureLines, withModifiers } from '../../support/procedure';
import type { Fix, Hit } from '../../types';

type P = { line: number; code: string; modifiers: string; sameDayProcedure: boolean };

/** 59 and XE/XS/XP/XU are never used on an E/M code. */
export const mod59OnEm = defineEdit<P>({
  id: 'MOD-59-ON-EM',
  title: 'Modifier 59/X on an E/M code',
  severity: 'reject',
  category: 'modifier',
  source: SOURCES.modifier59('modifier 59 is not used on E/M services (CPT: "procedures or services, other than E/M services"); use 25 or 57 for an E/M with a procedure'),
  explain: (p) =>
    `Activity ${p.line} (${p.code}) is an E/M visit with ${p.modifiers}: 59 and its X forms are never used on an E/M code${p.sameDayProcedure ? '; an E/M separate from a same-day procedure takes 25 (or 57 when it decided major surgery).' : '.'}`,
  rule: () =>
    'CPT defines 59 as a distinct procedural service "other than E/M services"; the X{EPSU} modifiers are its subsets. An evaluation and management visit that is significant and separately identifiable from a same-day procedure is reported with 25, or 57 when the visit produced the decision for major surgery. Payers deny E/M lines that carry 59 or X modifiers.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    for (const lines of byDate(procedureLines(doc)).values()) {
      for (const l of lines) {
        const mods = modifiersIn(l, DISTINCT_MODIFIERS);
        if (!l.isEm || mods.length === 0) continue;
        const sameDayProcedure = lines.some((o) => o !== l && !o.isEm);
        const path = ['claim', 'activities', l.index, 'modifiers'];
        const fixes: Fix[] = [];
        if (sameDayProcedure && !l.modifiers.includes('25') && !l.modifiers.includes('57')) {
          fixes.push({ label: `Replace ${listModifiers(mods)} with 25 on activity ${l.line}`, patches: [{ op: 'set', path, value: withModifiers(l.activity.modifiers, { remove: mods, add: ['25'] }) }] });
        }
        fixes.push({ label: `Remove ${listModifiers(mods)} from activity ${l.line}`, patches: [{ op: 'set', path, value: withModifiers(l.activity.modifiers, { remove: mods }) }] });
        hits.push({ path, params: { line: l.line, code: l.code, modifiers: listModifiers(mods), sameDayProcedure }, fixes });
      }
    }
    return hits;
  },
});
