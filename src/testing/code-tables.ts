import { createCodeCatalog, type CodeCatalog, type CodeEntry, type CodeSet } from '@/domain/codes';
import type { EditContext } from '@/domain/rules';
import { buildRuleTables } from '@/domain/rules';
import { CODE_SET_CONTEXT, STARTER_CODE_SETS } from '@/data/codes';
import { STARTER_PACKS } from '@/data/rule-packs';

/**
 * Code sets and rule tables for edit tests: the starter catalog (incomplete, so
 * absence proves nothing), a "complete" FY2026 release made of the starter ICD-10-CM
 * codes as if imported, and the starter rule packs built for a date of service.
 */

const starterIcd = STARTER_CODE_SETS.find((s) => s.release.system === 'icd10cm')!;

/** The starter code sets, as the workbench loads them before any import. */
export function starterCatalog(): CodeCatalog {
  return createCodeCatalog(STARTER_CODE_SETS, CODE_SET_CONTEXT);
}

/** An imported release (origin 'imported') holding the starter ICD-10-CM codes plus `extra`. */
export function importedIcdRelease(label: string, effectiveFrom: string, effectiveTo: string, extra: readonly CodeEntry[] = []): CodeSet {
  const id = `test:${label.replace(/\W+/g, '-').toLowerCase()}`;
  return {
    release: { ...starterIcd.release, id, label, origin: 'imported', format: 'icd10cm-codes', effectiveFrom, effectiveTo, importedAt: '2025-10-01T09:00:00' },
    entries: [...starterIcd.entries, ...extra],
  };
}

/**
 * A catalog whose ICD-10-CM releases are "complete" (imported): FY2025 (which also holds
 * U07.1) and FY2026 (plus `extraFy2026`), and no starter ICD-10-CM set, so no release covers dates before 2024-10-01.
 */
export function importedCatalog(extraFy2026: readonly CodeEntry[] = []): CodeCatalog {
  const u071: CodeEntry = { code: 'U071', display: 'U07.1', shortTitle: 'COVID-19', longTitle: 'COVID-19', billable: true, kind: 'code' };
  return createCodeCatalog(
    [
      ...STARTER_CODE_SETS.filter((s) => s.release.system !== 'icd10cm'),
      importedIcdRelease('ICD-10-CM FY2025', '2024-10-01', '2025-09-30', [u071]),
      importedIcdRelease('ICD-10-CM FY2026', '2025-10-01', '2026-09-30', extraFy2026),
    ],
    CODE_SET_CONTEXT,
  );
}

/** The rule tables of the starter packs on a date of service (default: the builders' 2025-10-05). */
export function starterRuleTables(dateOfService = '2025-10-05'): Record<string, unknown> {
  return buildRuleTables(STARTER_PACKS, dateOfService);
}

/** A context with the starter code sets and the starter rule tables. */
export function starterContext(dateOfService = '2025-10-05'): Partial<EditContext> {
  return { tables: { codeCatalog: starterCatalog(), ...starterRuleTables(dateOfService) } };
}
