import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { DISTINCT_MODIFIERS, listModifiers, modifiersIn, withModifiers } from '../../support/procedure';
import { describePtpEdit, ptpBypass, ptpNotCheckedReason, ptpPairs } from '../../support/ptp';
import { ptpLookupFrom } from '../../tables/ncci-ptp';
import type { Fix, Hit } from '../../types';

type P = {
  line: number;
  code: string;
  column1Line: number;
  column1Code: string;
  date: string;
  indicator: string;
  pairType: string;
  modifiers: string;
  why: string;
  rationale: string;
  table: string;
};

/** The column-2 code of an NCCI PTP pair in force is denied unless a modifier may and does bypass the edit. */
export const ncciPtpBundled = defineEdit<P>({
  id: 'NCCI-PTP-BUNDLED',
  title: 'Code bundled into another code of the same day (NCCI PTP)',
  severity: 'reject',
  category: 'bundling',
  denialCode: DENIALS['PRCE-002'],
  source: SOURCES.ncciPtp('column 1 / column 2 pairs, modifier indicator 0/1/9; NCCI Policy Manual ch. I (modifiers and modifier indicators)'),
  explain: (p) => `Activity ${p.line} (${p.code}) is bundled into activity ${p.column1Line} (${p.column1Code}) on ${p.date}: ${p.why}`,
  rule: (p) =>
    'When two codes of an NCCI procedure-to-procedure pair are billed for one patient by one provider on one date, the column-1 code is paid and the column-2 code is denied. ' +
    'Modifier indicator 0: no modifier bypasses the edit. Indicator 1: an NCCI-associated modifier may bypass it when the record documents a distinct service: for an E/M with a procedure, 25 (or 57 for the decision for major surgery) on the E/M; for other pairs, 59 or better XE/XS/XP/XU, or anatomic modifiers (RT/LT, F1–F9, T1–T9, E1–E4, LC/LD/RC) on the column-2 line. Indicator 9: the edit does not apply.' +
    (p.table ? ` This pair: ${p.table}${p.rationale ? `; rationale “${p.rationale}”` : ''}.` : ''),
  check: (doc, ctx) => {
    const lookup = ptpLookupFrom(ctx.tables);
    const reason = ptpNotCheckedReason(doc, lookup);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const pair of ptpPairs(doc, lookup)) {
      const { column1: c1, column2: c2, edit } = pair;
      const distinct = [...modifiersIn(c1, DISTINCT_MODIFIERS), ...modifiersIn(c2, DISTINCT_MODIFIERS)];
      let why: string;
      const fixes: Fix[] = [];
      if (edit.modifierIndicator === '0') {
        if (distinct.length > 0 && !pair.emPair) continue; // NCCI-59-CANNOT-BYPASS explains why 59/X do not help
        why = `this NCCI pair has modifier indicator 0, so no modifier${c2.modifiers.length > 0 ? ` (not even ${listModifiers(c2.modifiers)})` : ''} makes ${c2.code} payable with ${c1.code}.`;
        fixes.push({ label: `Remove activity ${c2.line} (${c2.code}): it is included in ${c1.code}`, patches: [{ op: 'remove', path: ['claim', 'activities', c2.index] }] });
      } else {
        const b = ptpBypass(pair);
        if (b.bypassed) continue;
        if (pair.emPair) {
          const em = c1.isEm ? c1 : c2;
          why = `an E/M billed with a procedure it is bundled with needs modifier 25 on the E/M (57 when the visit decided major surgery)${b.wrongKind.length ? `; ${listModifiers(b.wrongKind)} on an E/M code bypasses nothing` : ''}${b.misplaced.length ? `; ${listModifiers(b.misplaced)} belongs on the E/M line, not on the procedure` : ''}.`;
          fixes.push({ label: `Add modifier 25 to activity ${em.line} (${em.code})`, patches: [{ op: 'set', path: ['claim', 'activities', em.index, 'modifiers'], value: withModifiers(em.activity.modifiers, { remove: ['59', 'XE', 'XS', 'XP', 'XU'], add: ['25'] }) }] });
        } else {
          why = `the pair has modifier indicator 1 and activity ${c2.line} carries no NCCI-associated modifier that documents a distinct service${b.wrongKind.length ? ` (${listModifiers(b.wrongKind)} bypasses only E/M–procedure pairs)` : ''}${b.misplaced.length ? `; ${listModifiers(b.misplaced)} is on the column-1 line (activity ${c1.line}) but belongs on activity ${c2.line}` : ''}.`;
          for (const m of b.misplaced) {
            fixes.push({
              label: `Move ${m} from activity ${c1.line} to activity ${c2.line}`,
              patches: [
                { op: 'set', path: ['claim', 'activities', c1.index, 'modifiers'], value: withModifiers(c1.activity.modifiers, { remove: [m] }) },
                { op: 'set', path: ['claim', 'activities', c2.index, 'modifiers'], value: withModifiers(c2.activity.modifiers, { add: [m] }) },
              ],
            });
          }
        }
      }
      hits.push({
        path: ['claim', 'activities', c2.index, 'code'],
        params: {
          line: c2.line,
          code: c2.code,
          column1Line: c1.line,
          column1Code: c1.code,
          date: pair.date,
          indicator: edit.modifierIndicator,
          pairType: pair.emPair ? 'E/M and procedure' : 'procedure and procedure',
          modifiers: listModifiers(c2.modifiers),
          why,
          rationale: edit.rationale,
          table: describePtpEdit(edit),
        },
        discriminator: `with-${c1.index}`,
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
    return hits;
  },
});
