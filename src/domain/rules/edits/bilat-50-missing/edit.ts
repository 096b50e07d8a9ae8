import { linkKey } from '../../../claim';
import { D } from '../../../money';
import { parseDecimal } from '../../../money';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { byDate, hasModifier, procedureLines, withModifiers, type ProcedureLine } from '../../support/procedure';
import { FEE_TABLE_WORDS, referenceNotCheckedReason } from '../../support/reference';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import type { Hit, Patch } from '../../types';

type P = { line: number; otherLine: number; code: string; date: string; how: 'sides' | 'units'; units: string; table: string };

function mergedNet(a: string, b: string): string {
  const x = a.trim() === '' ? null : parseDecimal(a);
  const y = b.trim() === '' ? null : parseDecimal(b);
  if (x && !x.ok) return a;
  if (y && !y.ok) return a;
  if (!x && !y) return a;
  return (x?.ok ? x.value.value : new D('0')).plus(y?.ok ? y.value.value : new D('0')).toFixed(2);
}

function unionLinks(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of [...a, ...b]) if (l.trim() !== '' && !out.some((o) => linkKey(o) === linkKey(l))) out.push(l);
  return out;
}

/** A bilateral-indicator-1 procedure billed for both sides (RT and LT lines, or two units) must be one line with 50 and one unit. */
export const bilat50Missing = defineEdit<P>({
  id: 'BILAT-50-MISSING',
  title: 'Bilateral procedure not billed as one line with modifier 50',
  severity: 'reject',
  category: 'modifier',
  denialCode: DENIALS['PRCE-008'],
  source: SOURCES.pfsIndicators('BILAT SURG indicator 1 (150 % payment adjustment): one line, modifier 50, one unit'),
  explain: (p) =>
    p.how === 'sides'
      ? `Activities ${p.line} and ${p.otherLine} bill ${p.code} for the right and the left side on ${p.date}; ${p.code} has bilateral indicator 1, so a bilateral procedure is one line with modifier 50 and one unit.`
      : `Activity ${p.line} (${p.code}) reports ${p.units} units on ${p.date} without modifier 50; ${p.code} has bilateral indicator 1: if the units are the two sides, bill one line with 50 and one unit.`,
  rule: (p) =>
    'Codes with bilateral-surgery indicator 1 are paid at 150 % of one side when done on both sides, and only when billed as one line with modifier 50 and quantity 1. Two lines with RT and LT, or two units, are denied or paid as duplicates (the Dhamani article names the missing 50 as a common rejection). Merge the lines; keep the diagnosis links of both.' +
    (p.table ? ` Indicator from ${p.table}.` : ''),
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...FEE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const [date, lines] of byDate(procedureLines(doc))) {
      const byCode = new Map<string, ProcedureLine[]>();
      for (const l of lines) byCode.set(l.code, [...(byCode.get(l.code) ?? []), l]);
      for (const [code, group] of byCode) {
        const ind = lookup.find(code, date);
        if (ind?.bilateral !== '1' || group.some((l) => hasModifier(l, '50'))) continue;
        const right = group.find((l) => hasModifier(l, 'RT') && !hasModifier(l, 'LT'));
        const left = group.find((l) => hasModifier(l, 'LT') && !hasModifier(l, 'RT'));
        if (right && left) {
          const [keep, drop] = right.index < left.index ? [right, left] : [left, right];
          const at = (field: string) => ['claim', 'activities', keep.index, field];
          const patches: Patch[] = [
            { op: 'set', path: at('modifiers'), value: withModifiers(keep.activity.modifiers, { remove: ['RT', 'LT'], add: ['50'] }) },
            { op: 'set', path: at('quantity'), value: '1' },
            { op: 'set', path: at('diagnosisLinks'), value: unionLinks(keep.activity.diagnosisLinks, drop.activity.diagnosisLinks) },
            { op: 'set', path: at('net'), value: mergedNet(keep.activity.net, drop.activity.net) },
            { op: 'remove', path: ['claim', 'activities', drop.index] },
          ];
          hits.push({
            path: at('modifiers'),
            params: { line: keep.line, otherLine: drop.line, code, date, how: 'sides', units: '', table: ind.source.label },
            fixes: [{ label: `Merge activities ${keep.line} and ${drop.line} into one line with 50, quantity 1`, patches }],
          });
          continue;
        }
        for (const l of group) {
          if (!l.quantity || !l.quantity.greaterThanOrEqualTo(2) || hasModifier(l, 'RT') || hasModifier(l, 'LT')) continue;
          hits.push({
            path: ['claim', 'activities', l.index, 'quantity'],
            params: { line: l.line, otherLine: l.line, code, date, how: 'units', units: l.quantity.toString(), table: ind.source.label },
            fixes: [
              {
                label: `Bill activity ${l.line} as one line with 50, quantity 1`,
                patches: [
                  { op: 'set', path: ['claim', 'activities', l.index, 'modifiers'], value: withModifiers(l.activity.modifiers, { add: ['50'] }) },
                  { op: 'set', path: ['claim', 'activities', l.index, 'quantity'], value: '1' },
                ],
              },
            ],
          });
        }
      }
    }
    return hits;
  },
});
