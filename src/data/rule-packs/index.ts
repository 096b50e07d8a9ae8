import type { RulePack } from '@/domain/rules';

/**
 * Starter rule packs written by the team, shipped with the app. Each names its
 * source; users can switch them off, export them, and import their own.
 */
export const STARTER_PACKS: readonly RulePack[] = [];
