import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { byDate, DISTINCT_MODIFIERS, listModifiers, modifiersIn, procedureLines, withModifiers } from '../../support/procedure';
import { ptpNotCheckedReason } from '../../support/ptp';
import { ptpLookupFrom } from '../../tables/ncci-ptp';
import type { Hit } from '../../types';

type P = { line: number; code: string; modifiers: string; date: string; others: string };

/** 59/X on a line that no NCCI edit pairs with another line of the same date, and no repeat of the same code. */
export const mod59NothingToBypass = defineEdit<P>({
  id: 'MOD-59-NOTHING-TO-BYPASS',
  title: 'Modifier 59/X with no edit to bypass',
  severity: 'info',
  category: 'modifier',
  source: SOURCES.modifier59('59 is used only when no more descriptive modifier applies and an NCCI edit would otherwise deny a distinct service'),
  explain: (p) =>
    `Activity ${p.line} (${p.code}) carries ${p.modifiers}, but no NCCI edit pairs ${p.code} with ${p.others ? `the other codes of ${p.date} (${p.others})` : `another code on ${p.date}`}: there is nothing for it to bypass.`,
  rule: () =>
    'Modifier 59 and XE/XS/XP/XU tell the payer that a service which an NCCI edit would bundle was in fact distinct. With no edit to bypass they add nothing, and payers audit 59 used as a habit. Remove it unless this payer asks for it (some do, e.g. for a repeated service; then keep it and acknowledge this note).',
  check: (doc, ctx) => {
    const lookup = ptpLookupFrom(ctx.tables);
    const reason = ptpNotCheckedReason(doc, lookup);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const [date, lines] of byDate(procedureLines(doc))) {
      for (const l of lines) {
        const mods = modifiersIn(l, DISTINCT_MODIFIERS);
        if (mods.length === 0 || l.isEm) continue; // on an E/M: MOD-59-ON-EM
        const others = lines.filter((o) => o !== l);
        if (others.some((o) => o.code === l.code)) continue; // a repeat of the code: 59 may be for the MUE or a second site
        if (others.some((o) => lookup.find(l.code, o.code, date) || lookup.find(o.code, l.code, date))) continue;
        hits.push({
          path: ['claim', 'activities', l.index, 'modifiers'],
          params: { line: l.line, code: l.code, modifiers: listModifiers(mods), date, others: [...new Set(others.map((o) => o.code))].join(', ') },
          fixes: [{ label: `Remove ${listModifiers(mods)} from activity ${l.line}`, patches: [{ op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { remove: mods }) }] }],
        });
      }
    }
    return hits;
  },
});
