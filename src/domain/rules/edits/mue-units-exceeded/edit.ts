import { D, type Dec } from '../../../money';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { byDate, hasModifier, procedureLines, type ProcedureLine } from '../../support/procedure';
import { MUE_TABLE_WORDS, referenceNotCheckedReason } from '../../support/reference';
import { mueLookupFrom } from '../../tables/mue';
import type { Hit } from '../../types';

type P = { line: number; lines: string; code: string; date: string; units: string; mue: number; mai: number; table: string; rationale: string; with50: boolean };

const MAI_WORDS: Record<number, string> = {
  1: 'MAI 1, a claim-line edit: a line over the MUE is denied entirely',
  2: 'MAI 2, a date-of-service edit based on policy: the units of the date are added up and no modifier or appeal helps',
  3: 'MAI 3, a date-of-service edit based on clinical benchmarks: the units of the date are added up; the denial can be appealed with documentation',
};

/** Units per line (MAI 1) or per date of service (MAI 2 and 3) above the Medically Unlikely Edit; a 50 line counts as one unit. */
export const mueUnitsExceeded = defineEdit<P>({
  id: 'MUE-UNITS-EXCEEDED',
  title: 'Units above the medically unlikely edit (MUE)',
  severity: 'reject',
  category: 'units',
  denialCode: DENIALS['MNEC-005'],
  source: SOURCES.ncciMue('MUE values and MUE adjudication indicators (MAI 1 claim line, MAI 2 and 3 date of service)'),
  explain: (p) =>
    p.mai === 1
      ? `Activity ${p.line} (${p.code}) reports ${p.units} units${p.with50 ? ' (a line with 50 counts as one)' : ''}; the MUE for ${p.code} is ${p.mue} per line (${MAI_WORDS[1]}).`
      : `${p.lines.includes(',') ? `Activities ${p.lines}` : `Activity ${p.line}`} report${p.lines.includes(',') ? '' : 's'} ${p.units} units of ${p.code} on ${p.date}${p.with50 ? ' (a line with 50 counts as one)' : ''}; the MUE is ${p.mue} per day (${MAI_WORDS[p.mai] ?? `MAI ${p.mai}`}).`,
  rule: (p) =>
    'A Medically Unlikely Edit is the most units of a code one provider reports for one patient on one date. MAI 1: each line is checked on its own (the same code on more lines needs a modifier such as RT/LT, 76, 91 or 59/X for a distinct site or repeat). MAI 2 and 3: all lines of the date are added up. A bilateral procedure with modifier 50 is one unit. Check the units against the record; report what was done, and document why if it truly exceeds the MUE.' +
    (p.table ? ` Value from ${p.table}${p.rationale ? ` (rationale: ${p.rationale})` : ''}.` : ''),
  check: (doc, ctx) => {
    const lookup = mueLookupFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...MUE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    const unitsOf = (l: ProcedureLine): Dec | null => (hasModifier(l, '50') ? new D('1') : l.quantity);
    for (const [date, lines] of byDate(procedureLines(doc))) {
      const byCode = new Map<string, ProcedureLine[]>();
      for (const l of lines) byCode.set(l.code, [...(byCode.get(l.code) ?? []), l]);
      for (const [code, group] of byCode) {
        const mue = lookup.find(code, date);
        if (!mue) continue;
        const base = { code, date, mue: mue.units, mai: mue.mai, table: mue.source.label, rationale: mue.rationale };
        if (mue.mai === 1) {
          for (const l of group) {
            const u = unitsOf(l);
            if (!u || !u.greaterThan(mue.units)) continue;
            hits.push({ path: ['claim', 'activities', l.index, 'quantity'], params: { ...base, line: l.line, lines: String(l.line), units: u.toString(), with50: hasModifier(l, '50') } });
          }
          continue;
        }
        let total = new D('0');
        for (const l of group) {
          const u = unitsOf(l);
          if (u) total = total.plus(u);
        }
        if (!total.greaterThan(mue.units)) continue;
        const first = group[0]!;
        hits.push({
          path: ['claim', 'activities', first.index, 'quantity'],
          params: { ...base, line: first.line, lines: group.map((l) => l.line).join(', '), units: total.toString(), with50: group.some((l) => hasModifier(l, '50')) },
        });
      }
    }
    return hits;
  },
});
