import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { hasModifier, listModifiers, modifiersIn, procedureLines, withModifiers, X_MODIFIERS } from '../../support/procedure';
import type { Hit } from '../../types';

type P = { line: number; code: string; x: string };

/** Never 59 and an X{EPSU} modifier on the same line. */
export const mod59WithX = defineEdit<P>({
  id: 'MOD-59-WITH-X',
  title: 'Modifier 59 and an X modifier on one line',
  severity: 'reject',
  category: 'modifier',
  source: SOURCES.modifier59('XE, XS, XP and XU are subsets of 59: report one of them instead of 59, never together'),
  explain: (p) => `Activity ${p.line} (${p.code}) carries both 59 and ${p.x}: the X modifier says the same thing more precisely, so 59 must not be added to it.`,
  rule: () =>
    'XE (separate encounter), XS (separate organ or structure), XP (separate practitioner) and XU (unusual non-overlapping service) are specific forms of modifier 59. Use the X modifier that fits instead of 59; reporting both on one line is an error, and some NCCI pairs are bypassed only by a specific X modifier.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    for (const l of procedureLines(doc)) {
      const x = modifiersIn(l, X_MODIFIERS);
      if (!hasModifier(l, '59') || x.length === 0) continue;
      hits.push({
        path: ['claim', 'activities', l.index, 'modifiers'],
        params: { line: l.line, code: l.code, x: listModifiers(x) },
        fixes: [{ label: `Remove 59 from activity ${l.line} (keep ${listModifiers(x)})`, patches: [{ op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { remove: ['59'] }) }] }],
      });
    }
    return hits;
  },
});
