import Decimal from 'decimal.js';

/**
 * The one Decimal constructor for all money and payment maths: a local clone
 * with ROUND_HALF_UP (commercial rounding), so the global Decimal is never
 * configured and nothing else can change how we round.
 * Build values from strings (`D('0.6')`), never from float literals.
 * See docs/adr/0003-money-is-decimal-strings.md.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/** A decimal value made by {@link D}. */
export type Dec = InstanceType<typeof D>;

/** Money in AED (or the claim's currency) as a decimal string with 2 places, e.g. `"850.00"`. */
export type MoneyString = string;
