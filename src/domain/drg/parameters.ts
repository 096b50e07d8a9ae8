import { z } from 'zod';
import { parseDecimal } from '../money';
import type { Issue, Result } from '../shared/result';

/**
 * Payment parameters: base rate, gap and marginal of a product. The DOH Basic product is
 * fixed by §4.4.2; every other product negotiates them in its Standard Provider Contract,
 * may change them over time (versions with effective dates), and may set gap and marginal
 * per DRG code (HAAD 2014 DRG workshop: "gap and marginal can be negotiated per DRG").
 */

/** A per-DRG contract exception to gap and/or marginal. */
export type DrgParameterOverride = {
  readonly drgCode: string;
  /** AED; absent = the version's gap. */
  readonly gap?: string | undefined;
  /** Percent, e.g. `'70'`; absent = the version's marginal. */
  readonly marginalPercent?: string | undefined;
};

/** The parameters of a product over one period. */
export type ParameterVersion = {
  /** ISO `YYYY-MM-DD`; `''` = no start. */
  readonly effectiveFrom: string;
  /** ISO `YYYY-MM-DD`, last day in effect; `''` = open-ended. */
  readonly effectiveTo: string;
  /** AED per relative weight 1.0000. */
  readonly baseRate: string;
  /** AED added to the base payment to make the cost-outlier threshold. */
  readonly gap: string;
  /** Percent of the cost above the threshold that is paid, e.g. `'60'`. */
  readonly marginalPercent: string;
  readonly drgOverrides: readonly DrgParameterOverride[];
};

/** A named product (the Basic product, or a negotiated one saved by the user). */
export type PaymentProfile = {
  readonly id: string;
  readonly name: string;
  /** Payer licences (Claim.PayerID) this profile is for; a claim check picks the profile by them. */
  readonly payerIds: readonly string[];
  readonly note: string;
  readonly versions: readonly ParameterVersion[];
};

/** Id of the built-in DOH Basic product. */
export const BASIC_PROFILE_ID = 'doh-basic';

/**
 * The DOH Basic product (Addendum 05 §4.4.2): base rate AED 8,500, gap AED 25,000, marginal 60 %.
 * Built in with no start date: no earlier Basic parameters are known to the workbench, and the
 * calculator warns when an encounter predates Addendum 05 (2025-10-01).
 */
export const DOH_BASIC_PROFILE: PaymentProfile = {
  id: BASIC_PROFILE_ID,
  name: 'DOH Basic product',
  payerIds: [],
  note: 'Built in. DOH Claims & Adjudication Rules Addendum 05 (V2025) §4.4.2: "Price For Basic Product, the Base Rate is AED 8,500; the Gap is AED 25,000 and the Marginal is 60%."',
  versions: [{ effectiveFrom: '', effectiveTo: '', baseRate: '8500', gap: '25000', marginalPercent: '60', drgOverrides: [] }],
};

/** The parameters that apply to one DRG on one date. */
export type SelectedParameters = {
  readonly profileId: string;
  readonly profileName: string;
  readonly builtIn: boolean;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly baseRate: string;
  readonly gap: string;
  readonly marginalPercent: string;
  /** The per-DRG exception used, if any. */
  readonly override: DrgParameterOverride | null;
};

const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD or empty');
const amount = z.string().refine((s) => {
  const r = parseDecimal(s);
  return r.ok && r.value.value.gte(0);
}, 'expected an amount of 0 or more');
const percent = z.string().refine((s) => {
  const r = parseDecimal(s);
  return r.ok && r.value.value.gte(0) && r.value.value.lte(100);
}, 'expected a percent from 0 to 100');

export const drgParameterOverrideSchema = z.object({
  drgCode: z.string().regex(/^\d{6}$/, 'expected a six-digit IR-DRG code'),
  gap: amount.optional(),
  marginalPercent: percent.optional(),
});

export const parameterVersionSchema = z
  .object({
    effectiveFrom: isoDateOrEmpty,
    effectiveTo: isoDateOrEmpty,
    baseRate: amount,
    gap: amount,
    marginalPercent: percent,
    drgOverrides: z.array(drgParameterOverrideSchema),
  })
  .refine((v) => v.effectiveFrom === '' || v.effectiveTo === '' || v.effectiveFrom <= v.effectiveTo, {
    message: 'effectiveTo is before effectiveFrom',
    path: ['effectiveTo'],
  });

export const paymentProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  payerIds: z.array(z.string()),
  note: z.string(),
  versions: z.array(parameterVersionSchema).min(1),
});

function overlaps(a: ParameterVersion, b: ParameterVersion): boolean {
  const aFrom = a.effectiveFrom || '0000-00-00';
  const bFrom = b.effectiveFrom || '0000-00-00';
  const aTo = a.effectiveTo || '9999-99-99';
  const bTo = b.effectiveTo || '9999-99-99';
  return aFrom <= bTo && bFrom <= aTo;
}

/**
 * Reads a saved payment profile, checking its numbers, dates and that no two versions overlap.
 * Amounts are stored as the user typed them; the calculator reads them with `parseDecimal`.
 * @param value - unparsed data (e.g. from storage or a form)
 * @returns the profile, or issues naming the bad fields
 * @example parsePaymentProfile({ id: 'p', name: 'Enhanced', payerIds: [], note: '', versions: [{ effectiveFrom: '2025-01-01', effectiveTo: '', baseRate: '9,000', gap: '20000', marginalPercent: '70', drgOverrides: [] }] }).ok //=> true
 */
export function parsePaymentProfile(value: unknown): Result<PaymentProfile> {
  const parsed = paymentProfileSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i): Issue => ({
          code: 'drg.profile.invalid',
          message: `Profile field "${i.path.join('.')}": ${i.message}.`,
          severity: 'error',
          where: i.path.join('.'),
        }),
      ),
    };
  }
  const p = parsed.data;
  const errors: Issue[] = [];
  p.versions.forEach((v, i) => {
    p.versions.slice(i + 1).forEach((w, j) => {
      if (overlaps(v, w)) {
        errors.push({
          code: 'drg.profile.overlap',
          message: `Versions ${i + 1} and ${i + j + 2} of "${p.name}" overlap; each date must have one set of parameters.`,
          severity: 'error',
          where: `versions.${i + j + 1}`,
        });
      }
    });
    const seen = new Set<string>();
    v.drgOverrides.forEach((o, k) => {
      if (seen.has(o.drgCode)) {
        errors.push({
          code: 'drg.profile.override-duplicate',
          message: `Version ${i + 1} of "${p.name}" has two overrides for DRG ${o.drgCode}.`,
          severity: 'error',
          where: `versions.${i}.drgOverrides.${k}`,
        });
      }
      seen.add(o.drgCode);
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  const profile: PaymentProfile = {
    id: p.id,
    name: p.name,
    payerIds: p.payerIds,
    note: p.note,
    versions: p.versions.map((v) => ({
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      baseRate: v.baseRate,
      gap: v.gap,
      marginalPercent: v.marginalPercent,
      drgOverrides: v.drgOverrides.map((o) => ({
        drgCode: o.drgCode,
        ...(o.gap !== undefined ? { gap: o.gap } : {}),
        ...(o.marginalPercent !== undefined ? { marginalPercent: o.marginalPercent } : {}),
      })),
    })),
  };
  return { ok: true, value: profile };
}

/**
 * The saved profiles plus the built-in Basic product (first, unless a saved profile reuses its id).
 * @example allProfiles([]).map((p) => p.id) //=> ['doh-basic']
 */
export function allProfiles(saved: readonly PaymentProfile[]): PaymentProfile[] {
  return saved.some((p) => p.id === BASIC_PROFILE_ID) ? [...saved] : [DOH_BASIC_PROFILE, ...saved];
}

/**
 * Picks the parameters for a DRG on a date: the profile by id (default: Basic), its version in
 * effect on the date, then the DRG's own gap/marginal if the contract sets them.
 * @param profiles - saved profiles (the Basic product is always available)
 * @param query - profile id (default `doh-basic`), ISO date, DRG code
 * @returns the parameters, or an issue when the profile or a version for the date is missing
 * @example selectDrgParameters([], { date: '2025-10-08', drgCode: '194101' }) //=> ok({ baseRate: '8500', gap: '25000', marginalPercent: '60', ... })
 */
export function selectDrgParameters(
  profiles: readonly PaymentProfile[],
  query: { readonly profileId?: string | undefined; readonly date: string; readonly drgCode: string },
): Result<SelectedParameters> {
  const id = query.profileId ?? BASIC_PROFILE_ID;
  const profile = allProfiles(profiles).find((p) => p.id === id);
  if (!profile) {
    return {
      ok: false,
      errors: [{ code: 'drg.profile.unknown', message: `No payment profile "${id}" is saved; choose another or the DOH Basic product.`, severity: 'error' }],
    };
  }
  const version = profile.versions.find((v) => (v.effectiveFrom === '' || v.effectiveFrom <= query.date) && (v.effectiveTo === '' || query.date <= v.effectiveTo));
  if (!version) {
    return {
      ok: false,
      errors: [
        {
          code: 'drg.profile.no-version',
          message: `Profile "${profile.name}" has no parameters in effect on ${query.date}; add a version that covers that date.`,
          severity: 'error',
        },
      ],
    };
  }
  const override = version.drgOverrides.find((o) => o.drgCode === query.drgCode.trim()) ?? null;
  return {
    ok: true,
    value: {
      profileId: profile.id,
      profileName: profile.name,
      builtIn: profile === DOH_BASIC_PROFILE,
      effectiveFrom: version.effectiveFrom,
      effectiveTo: version.effectiveTo,
      baseRate: version.baseRate,
      gap: override?.gap ?? version.gap,
      marginalPercent: override?.marginalPercent ?? version.marginalPercent,
      override,
    },
  };
}

/**
 * The profile meant for a payer: the first saved profile listing the payer licence, else Basic.
 * @example profileIdForPayer([{ ...enhanced, payerIds: ['A001'] }], 'A001') //=> enhanced.id
 */
export function profileIdForPayer(profiles: readonly PaymentProfile[], payerId: string): string {
  const p = payerId.trim();
  return profiles.find((x) => p !== '' && x.payerIds.includes(p))?.id ?? BASIC_PROFILE_ID;
}
