import { z } from 'zod';
import { PAYER_PROFILES, type PayerProfileId } from '../claim';
import type { RuleSettings } from './engine';
import type { Edit, Params } from './types';

/** Saved per payer profile: edits switched off and severities changed. */
export const ruleSettingsSchema = z.object({
  disabledEdits: z.array(z.string()),
  severityOverrides: z.record(z.string(), z.enum(['reject', 'warn', 'info'])),
});

export const profileSettingsSchema = z.partialRecord(z.enum(['DOH', 'DHA', 'OMAN', 'GENERIC']), ruleSettingsSchema);
export type ProfileSettings = Partial<Record<PayerProfileId, RuleSettings>>;

/** The edits that belong to a payer profile by default. */
export function editsForProfile(edits: readonly Edit<Params>[], profile: PayerProfileId): Edit<Params>[] {
  return edits.filter((e) => !e.profiles || e.profiles.includes(profile));
}

/** The profile ids with their labels, in display order. */
export const PROFILE_IDS = Object.keys(PAYER_PROFILES) as PayerProfileId[];
