import { D, parseDecimal, type Dec } from '../money';
import { roundingLabel, roundTo, money, NO_ROUNDING, SOURCE, step, type Calculation, type DrgStep } from './steps';
import type { DrgAssumptions } from './assumptions';
import { findTariffPrice, type TariffTable } from './tables';

/** An activity of the stay whose cost counts towards the cost outlier. */
export type DrgCostActivity = {
  readonly activityId: string;
  /** Activity.Type: 3 CPT, 4 HCPCS, 5 drug, 6 dental, 8 service code, 10 generic drug. */
  readonly type: string;
  readonly code: string;
  /** Activity.Quantity as typed (read with parseDecimal). */
  readonly quantity: string;
  /** HCPCS item priced at invoice cost (line total, AED) instead of the tariff (§4.4.2.2 "the cost of the HCPCS"). */
  readonly invoiceCost?: string;
  /** Why the coder leaves it out of the outlier cost (claiming error, duplicate, medically impossible, not covered). */
  readonly excludedReason?: string;
};

/** How the cost is known: priced from the activities, or typed in. */
export type DrgCostInput =
  | { readonly kind: 'activities'; readonly activities: readonly DrgCostActivity[] }
  | { readonly kind: 'manual'; readonly amount: string; readonly note?: string };

/** One activity as the cost table shows it. */
export type DrgCostLine = {
  readonly activityId: string;
  readonly type: string;
  readonly code: string;
  readonly quantity: string;
  /** Tariff unit price, or `null` when not priced at the tariff. */
  readonly unitPrice: string | null;
  /** Line cost with 2 places, or `null` when it has none (never a silent zero). */
  readonly amount: string | null;
  readonly status: 'tariff' | 'invoice' | 'not-priced' | 'excluded' | 'bad-quantity';
  /** Why it is not priced or excluded. */
  readonly note: string;
};

export type DrgCostResult = {
  readonly kind: 'activities' | 'manual';
  /** Σ of the priced lines (or the manual amount), 2 places. */
  readonly amount: string;
  /** False when an activity has no price: the cost (and so the outlier) is a lower bound. */
  readonly complete: boolean;
  readonly lines: readonly DrgCostLine[];
  /** The tariff used, or `null`. */
  readonly tariffLabel: string | null;
  /** Activities with no price, listed for the coder. */
  readonly notPriced: readonly DrgCostLine[];
};

/** Terms listed in a sum step before it says how many more there are. */
const SHOWN_TERMS = 6;

function sumText(terms: readonly string[]): string {
  if (terms.length === 0) return '0';
  const shown = terms.slice(0, SHOWN_TERMS).join(' + ');
  return terms.length > SHOWN_TERMS ? `${shown} + … (${terms.length - SHOWN_TERMS} more)` : shown;
}

/**
 * The cost used for the cost outlier (§4.4.2.2): every activity of the stay priced at the Mandatory
 * Tariff (price × quantity, 2 dp), HCPCS items at their invoice cost when one is given. An activity
 * with no price is listed as not priced and makes the cost incomplete; it is never counted as zero.
 * A manual cost is used as entered and shown as such.
 * @param input - the activities, or a manual amount
 * @param tariff - the Mandatory Tariff price list in effect, or `null` when none is loaded
 * @param a - the assumptions (tie-break)
 * @example calculateCost({ kind: 'manual', amount: '60,000' }, null, DEFAULT_DRG_ASSUMPTIONS).result.amount //=> '60000.00'
 */
export function calculateCost(input: DrgCostInput, tariff: TariffTable | null, a: DrgAssumptions): Calculation<DrgCostResult | null> {
  if (input.kind === 'manual') {
    const parsed = parseDecimal(input.amount);
    if (!parsed.ok || parsed.value.value.lt(0)) return { result: null, steps: [] };
    const amount = roundTo(parsed.value.value, 2, a.roundingTieBreak);
    return {
      result: { kind: 'manual', amount: money(amount), complete: true, lines: [], tariffLabel: null, notPriced: [] },
      steps: [
        step({
          id: 'cost.total',
          label: 'Cost (entered by hand)',
          formula: 'Cost',
          substituted: parsed.value.canonical,
          result: money(amount),
          rounding: roundingLabel(2, a.roundingTieBreak),
          source: SOURCE.manual,
          note: input.note ?? 'Entered by hand instead of priced from the Mandatory Tariff.',
        }),
      ],
    };
  }
  const lines: DrgCostLine[] = [];
  let tariffSum: Dec = D(0);
  let invoiceSum: Dec = D(0);
  const tariffTerms: string[] = [];
  const invoiceTerms: string[] = [];
  for (const act of input.activities) {
    const base = { activityId: act.activityId, type: act.type, code: act.code, quantity: act.quantity };
    if (act.excludedReason !== undefined && act.excludedReason.trim() !== '') {
      lines.push({ ...base, unitPrice: null, amount: null, status: 'excluded', note: act.excludedReason.trim() });
      continue;
    }
    if (act.invoiceCost !== undefined && act.invoiceCost.trim() !== '') {
      const inv = parseDecimal(act.invoiceCost);
      if (inv.ok && inv.value.value.gte(0)) {
        const amount = roundTo(inv.value.value, 2, a.roundingTieBreak);
        invoiceSum = invoiceSum.add(amount);
        invoiceTerms.push(money(amount));
        lines.push({ ...base, unitPrice: null, amount: money(amount), status: 'invoice', note: 'HCPCS item at invoice cost' });
        continue;
      }
      lines.push({ ...base, unitPrice: null, amount: null, status: 'not-priced', note: `invoice cost "${act.invoiceCost}" is not a number` });
      continue;
    }
    const qty = parseDecimal(act.quantity === '' ? '1' : act.quantity);
    if (!qty.ok || qty.value.value.lte(0)) {
      lines.push({ ...base, unitPrice: null, amount: null, status: 'bad-quantity', note: `quantity "${act.quantity}" is not a positive number` });
      continue;
    }
    const price = tariff ? findTariffPrice(tariff, act.type, act.code) : null;
    if (!price) {
      lines.push({ ...base, unitPrice: null, amount: null, status: 'not-priced', note: tariff ? 'no price in the Mandatory Tariff' : 'no Mandatory Tariff loaded' });
      continue;
    }
    const amount = roundTo(D(price.price).mul(qty.value.value), 2, a.roundingTieBreak);
    tariffSum = tariffSum.add(amount);
    tariffTerms.push(qty.value.value.eq(1) ? money(amount) : `${qty.value.canonical}×${price.price}`);
    lines.push({ ...base, unitPrice: price.price, amount: money(amount), status: 'tariff', note: '' });
  }
  const notPriced = lines.filter((l) => l.status === 'not-priced' || l.status === 'bad-quantity');
  const excluded = lines.filter((l) => l.status === 'excluded');
  const total = tariffSum.add(invoiceSum);
  const steps: DrgStep[] = [
    step({
      id: 'cost.tariff',
      label: 'Activities priced at the Mandatory Tariff',
      formula: 'Σ tariff price × quantity',
      substituted: sumText(tariffTerms),
      result: money(tariffSum),
      rounding: `each line ${roundingLabel(2, a.roundingTieBreak)}`,
      source: `${SOURCE.outlier}${tariff ? ` (${tariff.label})` : ''}`,
      note: [
        `${tariffTerms.length} of ${lines.length} activities priced at the tariff${invoiceTerms.length > 0 ? `, ${invoiceTerms.length} at invoice cost` : ''}.`,
        notPriced.length > 0
          ? `Not priced: ${notPriced.map((l) => `${l.code || '(no code)'} (activity ${l.activityId}: ${l.note})`).join('; ')}. The cost is incomplete, so the outlier is a lower bound.`
          : '',
        excluded.length > 0 ? `Left out by the coder: ${excluded.map((l) => `${l.code} (activity ${l.activityId}: ${l.note})`).join('; ')}.` : '',
      ]
        .filter((s) => s !== '')
        .join(' '),
    }),
  ];
  if (invoiceTerms.length > 0) {
    steps.push(
      step({
        id: 'cost.invoice',
        label: 'HCPCS items at invoice cost',
        formula: 'Σ HCPCS invoice cost',
        substituted: sumText(invoiceTerms),
        result: money(invoiceSum),
        rounding: `each line ${roundingLabel(2, a.roundingTieBreak)}`,
        source: SOURCE.outlier,
      }),
    );
  }
  steps.push(
    step({
      id: 'cost.total',
      label: notPriced.length > 0 ? 'Cost (incomplete)' : 'Cost',
      formula: invoiceTerms.length > 0 ? 'Cost = tariff-priced activities + HCPCS at invoice' : 'Cost = tariff-priced activities',
      substituted: invoiceTerms.length > 0 ? `${money(tariffSum)} + ${money(invoiceSum)}` : money(tariffSum),
      result: money(total),
      rounding: NO_ROUNDING,
      source: SOURCE.outlier,
      note: notPriced.length > 0 ? `${notPriced.length} of ${lines.length} activities have no price: at least ${money(total)}.` : undefined,
    }),
  );
  return {
    result: {
      kind: 'activities',
      amount: money(total),
      complete: notPriced.length === 0,
      lines,
      tariffLabel: tariff?.label ?? null,
      notPriced,
    },
    steps,
  };
}
