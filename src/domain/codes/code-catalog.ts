import type { CodeEntry, CodeRelease, CodeSet, CodeSystem } from './code-types';
import { createCodeSetView, type CodeSetContext, type CodeSetView } from './code-set-view';
import { isIsoDate } from './import-common';

/**
 * Several loaded releases (starter set and imports, several years side by side),
 * answering "which release is in force on this date of service" and giving its view.
 */
export interface CodeCatalog {
  readonly releases: readonly CodeRelease[];
  /** The release of a system in force on a date of service (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`), see {@link pickRelease}. */
  releaseFor(system: CodeSystem, dateOfService: string): CodeRelease | undefined;
  /** The view of the release in force on a date of service (built on first use, then kept). */
  viewFor(system: CodeSystem, dateOfService: string): CodeSetView | undefined;
  /** The view of a release by id. */
  view(releaseId: string): CodeSetView | undefined;
  /** The entry of a typed code in the release in force on the date. */
  lookup(system: CodeSystem, typed: string, dateOfService: string): CodeEntry | undefined;
  /** Whether the code is billable in the release in force on the date and valid on it by its own dates. */
  isBillable(system: CodeSystem, typed: string, dateOfService: string): boolean;
  /** A CPT or HCPCS modifier in force on the date (CPT release first, then HCPCS). */
  modifier(typed: string, dateOfService: string): CodeEntry | undefined;
}

/**
 * The date part of a date of service, or `null` when it is not a date.
 * @example serviceDate('2025-10-05T09:30') //=> '2025-10-05'
 */
export function serviceDate(dateOfService: string): string | null {
  const d = dateOfService.trim().slice(0, 10);
  return isIsoDate(d) ? d : null;
}

/**
 * Whether a release covers a date (ISO `YYYY-MM-DD`); open ends cover everything.
 * @example releaseCovers(fy2022, '2022-09-30') //=> true (FY2022 runs 2021-10-01..2022-09-30)
 */
export function releaseCovers(release: CodeRelease, date: string): boolean {
  return (release.effectiveFrom === null || release.effectiveFrom <= date) && (release.effectiveTo === null || date <= release.effectiveTo);
}

/**
 * Picks the release of a system in force on a date: among the releases whose
 * effective range covers it, an imported release wins over the starter set;
 * then the latest effective start (an open start counts as earliest); then the
 * latest import; then the id, so the choice never depends on load order.
 *
 * @param releases all loaded releases
 * @param system the code system
 * @param dateOfService `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`
 * @example pickRelease([starterIcd, fy2022, fy2023], 'icd10cm', '2022-03-01')?.label //=> 'ICD-10-CM FY2022'
 */
export function pickRelease(releases: readonly CodeRelease[], system: CodeSystem, dateOfService: string): CodeRelease | undefined {
  const date = serviceDate(dateOfService);
  if (date === null) return undefined;
  let best: CodeRelease | undefined;
  for (const r of releases) {
    if (r.system !== system || !releaseCovers(r, date)) continue;
    if (!best || ranksAbove(r, best)) best = r;
  }
  return best;
}

function ranksAbove(a: CodeRelease, b: CodeRelease): boolean {
  if (a.origin !== b.origin) return a.origin === 'imported';
  const af = a.effectiveFrom ?? '';
  const bf = b.effectiveFrom ?? '';
  if (af !== bf) return af > bf;
  if (a.importedAt !== b.importedAt) return a.importedAt > b.importedAt;
  return a.id < b.id;
}

/**
 * Builds a catalog over loaded code sets. Views are built on first use.
 *
 * @param codeSets starter and imported code sets (ids must be unique; a later duplicate replaces an earlier one)
 * @param context ICD chapter/block tables and specificity hints (src/data/codes)
 * @example createCodeCatalog([...STARTER_CODE_SETS, imported], CODE_SET_CONTEXT).isBillable('icd10cm', 'R07.9', '2025-10-05T09:00') //=> true
 */
export function createCodeCatalog(codeSets: readonly CodeSet[], context: CodeSetContext = {}): CodeCatalog {
  const byId = new Map<string, CodeSet>();
  for (const s of codeSets) byId.set(s.release.id, s);
  const releases = [...byId.values()].map((s) => s.release);
  const views = new Map<string, CodeSetView>();

  function view(id: string): CodeSetView | undefined {
    const cached = views.get(id);
    if (cached) return cached;
    const set = byId.get(id);
    if (!set) return undefined;
    const built = createCodeSetView(set, context);
    views.set(id, built);
    return built;
  }
  function viewFor(system: CodeSystem, dateOfService: string): CodeSetView | undefined {
    const r = pickRelease(releases, system, dateOfService);
    return r ? view(r.id) : undefined;
  }
  return {
    releases,
    releaseFor: (system, dateOfService) => pickRelease(releases, system, dateOfService),
    viewFor,
    view,
    lookup: (system, typed, dateOfService) => viewFor(system, dateOfService)?.lookup(typed),
    isBillable: (system, typed, dateOfService) => viewFor(system, dateOfService)?.isBillable(typed, dateOfService) ?? false,
    modifier: (typed, dateOfService) => {
      for (const system of ['cpt', 'hcpcs'] as const) {
        const v = viewFor(system, dateOfService);
        const m = v?.modifier(typed);
        if (m && v!.isActiveOn(m.code, dateOfService)) return m;
      }
      return undefined;
    },
  };
}

/** The key under which the rules engine's `EditContext.tables` carries the code catalog. */
export const CODE_CATALOG_TABLE = 'codeCatalog';

/**
 * The code catalog in a rules-engine context's tables, when it is there (an edit
 * that needs it reports "not checked" otherwise).
 * @param tables `EditContext.tables`
 * @example codeCatalogFromTables({ codeCatalog: catalog }) //=> catalog
 * @example codeCatalogFromTables({}) //=> undefined
 */
export function codeCatalogFromTables(tables: Readonly<Record<string, unknown>>): CodeCatalog | undefined {
  const value = tables[CODE_CATALOG_TABLE];
  return isCodeCatalog(value) ? value : undefined;
}

/**
 * Whether a value is a code catalog (as made by {@link createCodeCatalog}).
 * @example isCodeCatalog(createCodeCatalog([])) //=> true
 */
export function isCodeCatalog(value: unknown): value is CodeCatalog {
  return (
    typeof value === 'object' &&
    value !== null &&
    'viewFor' in value &&
    typeof value.viewFor === 'function' &&
    'releaseFor' in value &&
    typeof value.releaseFor === 'function' &&
    'releases' in value &&
    Array.isArray(value.releases)
  );
}
