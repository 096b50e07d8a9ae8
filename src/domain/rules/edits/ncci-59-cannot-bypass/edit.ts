import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { DISTINCT_MODIFIERS, listModifiers, modifiersIn } from '../../support/procedure';
import { describePtpEdit, ptpNotCheckedReason, ptpPairs } from '../../support/ptp';
import { ptpLookupFrom } from '../../tables/ncci-ptp';
import type { Hit } from '../../types';

type P = { line: number; code: string; modifiers: string; column1Line: number; column1Code: string; column2Line: number; column2Code: string; date: string; table: string; rationale: string };

/** 59 or an X modifier on a pair whose modifier indicator is 0: it cannot unbundle anything (the Dhamani article's misuse). */
export const ncci59CannotBypass = defineEdit<P>({
  id: 'NCCI-59-CANNOT-BYPASS',
  title: 'Modifier 59/X on a pair no modifier can bypass',
  severity: 'reject',
  category: 'modifier',
  denialCode: DENIALS['PRCE-010'],
  source: SOURCES.dhamani('Modifier misuse: incorrectly appending modifier 59 to bypass a bundling rule that legitimately applies'),
  explain: (p) =>
    `Modifier ${p.modifiers} on activity ${p.line} (${p.code}) cannot unbundle ${p.column2Code} from ${p.column1Code} on ${p.date}: this NCCI pair has modifier indicator 0, so activity ${p.column2Line} (${p.column2Code}) is denied with activity ${p.column1Line} whatever modifier is added.`,
  rule: (p) =>
    'Modifier 59 (and its specific forms XE, XS, XP, XU) only bypasses NCCI procedure-to-procedure pairs whose modifier indicator is 1, and only when the record documents a different session, site, organ, lesion, incision or practitioner. ' +
    'On an indicator-0 pair the column-2 code is part of the column-1 service (a panel includes its tests; a complete study includes its parts), so 59 changes nothing except drawing an audit: payers treat it as unbundling. Bill the column-1 code alone.' +
    (p.table ? ` This pair: ${p.table}${p.rationale ? `; rationale “${p.rationale}”` : ''}.` : ''),
  check: (doc, ctx) => {
    const lookup = ptpLookupFrom(ctx.tables);
    const reason = ptpNotCheckedReason(doc, lookup);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const pair of ptpPairs(doc, lookup)) {
      if (pair.edit.modifierIndicator !== '0' || pair.emPair) continue;
      const { column1: c1, column2: c2 } = pair;
      const on = modifiersIn(c2, DISTINCT_MODIFIERS).length > 0 ? c2 : c1;
      const mods = modifiersIn(on, DISTINCT_MODIFIERS);
      if (mods.length === 0) continue;
      hits.push({
        path: ['claim', 'activities', on.index, 'modifiers'],
        params: {
          line: on.line,
          code: on.code,
          modifiers: listModifiers(mods),
          column1Line: c1.line,
          column1Code: c1.code,
          column2Line: c2.line,
          column2Code: c2.code,
          date: pair.date,
          table: describePtpEdit(pair.edit),
          rationale: pair.edit.rationale,
        },
        discriminator: `${c1.index}-${c2.index}`,
        fixes: [{ label: `Remove activity ${c2.line} (${c2.code}): it is included in ${c1.code}`, patches: [{ op: 'remove', path: ['claim', 'activities', c2.index] }] }],
      });
    }
    return hits;
  },
});
