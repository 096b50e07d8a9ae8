import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { procedureLines } from '../../support/procedure';
import { FEE_TABLE_WORDS, referenceNotCheckedReason } from '../../support/reference';
import { feeScheduleFrom } from '../../tables/fee-schedule';
import type { Hit } from '../../types';

type P = { line: number; code: string; date: string; tables: string };

/** A CPT/HCPCS code missing from the fee-schedule indicators: the bilateral, global and PC/TC edits skip it, and say so here. */
export const rvuCodeUnknown = defineEdit<P>({
  id: 'RVU-CODE-UNKNOWN',
  title: 'Code not in the fee-schedule indicators: some checks did not run',
  severity: 'info',
  category: 'completeness',
  source: SOURCES.pfsIndicators('one row per payable CPT/HCPCS code (STATUS CODE, PCTC IND, GLOB DAYS, BILAT SURG)'),
  explain: (p) => `Activity ${p.line} (${p.code}) is not in the fee-schedule indicators loaded for ${p.date} (${p.tables}): the bilateral, global-period and 26/TC checks did not run for it.`,
  rule: () =>
    'The bilateral (50, RT/LT), global-surgery (25, 57) and PC/TC (26, TC) edits read each code’s indicators from the CMS Physician Fee Schedule relative value file. The starter pack holds only the starter codes; import the full CMS file on the Rules page to check every code. A local or unlisted code may simply not be in the file.',
  check: (doc, ctx) => {
    const lookup = feeScheduleFrom(ctx.tables);
    const reason = referenceNotCheckedReason(doc, lookup, ...FEE_TABLE_WORDS);
    if (reason || !lookup) return { notChecked: reason ?? '' };
    const hits: Hit<P>[] = [];
    for (const l of procedureLines(doc)) {
      if (l.date === '' || !lookup.inForceOn(l.date) || lookup.find(l.code, l.date)) continue;
      hits.push({ path: ['claim', 'activities', l.index, 'code'], params: { line: l.line, code: l.code, date: l.date, tables: lookup.sources.filter((s) => s.effectiveFrom <= l.date && (s.effectiveTo === '' || l.date <= s.effectiveTo)).map((s) => s.label).join('; ') } });
    }
    return hits;
  },
});
