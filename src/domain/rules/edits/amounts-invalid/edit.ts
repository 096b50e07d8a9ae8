import { parseDecimal } from '../../../money';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import type { DocPath, Hit } from '../../types';

type P = { field: string; value: string; problem: string };

/** Every amount that is filled reads as a non-negative amount with at most two decimals. */
export const amountsInvalid = defineEdit<P>({
  id: 'AMOUNTS-INVALID',
  title: 'An amount does not read',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Amounts: decimal, two places'),
  explain: (p) => `${p.field} "${p.value}" ${p.problem}.`,
  rule: () => 'Amounts are decimals of zero or more with at most two places (AED and fils), written with a decimal point.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    const check = (path: DocPath, field: string, raw: string) => {
      const value = raw.trim();
      if (value === '') return;
      const r = parseDecimal(value);
      let problem = '';
      if (!r.ok) problem = 'is not a number';
      else if (r.value.value.isNegative()) problem = 'is negative';
      else if (r.value.value.decimalPlaces() > 2) problem = 'has more than two decimal places';
      if (problem) hits.push({ path, params: { field, value, problem } });
    };
    const c = doc.claim;
    check(['claim', 'gross'], 'Gross', c.gross);
    check(['claim', 'patientShare'], 'Patient share', c.patientShare);
    check(['claim', 'net'], 'Net', c.net);
    c.activities.forEach((a, i) => check(['claim', 'activities', i, 'net'], `Activity ${i + 1} net`, a.net));
    return hits;
  },
});
