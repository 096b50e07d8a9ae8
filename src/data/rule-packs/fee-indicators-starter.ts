import type { FeeIndicatorsEntry, RulePack } from '@/domain/rules';
import { FEE_INDICATOR_ROWS } from './fee-indicators-starter-rows';

/**
 * Fee-schedule indicators of the starter CPT and HCPCS codes, taken from the public
 * CMS Physician Fee Schedule relative value file, October 2025 release
 * (scripts/generate-fee-indicators.ts; indicators only). The full file is imported by
 * the user on the Rules page and is consulted before this pack.
 */
export const FEE_INDICATORS_STARTER_PACK: RulePack<FeeIndicatorsEntry> = {
  id: 'fee-indicators-starter',
  name: 'Fee-schedule indicators (starter codes)',
  kind: 'fee-schedule-indicators',
  version: '2025.4',
  effectiveFrom: '2025-01-01',
  effectiveTo: '',
  source: { document: 'CMS Physician Fee Schedule relative value file PPRRVU2025, October release (RVU25D)', section: 'STATUS CODE, PCTC IND, GLOB DAYS, MULT PROC, BILAT SURG of the starter codes' },
  description: 'Bilateral, global-days and PC/TC indicators of the starter code set, so the modifier edits work out of the box; import the full file for every code.',
  entries: FEE_INDICATOR_ROWS.map(([code, status, pctc, globalDays, multipleProcedure, bilateral]) => ({
    code,
    status,
    pctc,
    globalDays: globalDays as FeeIndicatorsEntry['globalDays'],
    multipleProcedure,
    bilateral: bilateral as FeeIndicatorsEntry['bilateral'],
  })),
};
