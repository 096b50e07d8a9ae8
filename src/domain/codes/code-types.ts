/**
 * The code-set model: code systems, entries, releases.
 * See src/domain/codes/README.md and docs/adr/0020-code-set-model.md.
 */

/** The code systems the workbench knows, in the order they are listed and searched. */
export const CODE_SYSTEMS = ['icd10cm', 'cpt', 'hcpcs', 'local'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** How each system is named to a coder. */
export const CODE_SYSTEM_LABELS = {
  icd10cm: 'ICD-10-CM',
  cpt: 'CPT',
  hcpcs: 'HCPCS Level II',
  local: 'Local service codes',
} as const satisfies Record<CodeSystem, string>;

/**
 * One code, header or modifier of a release.
 *
 * `code` is the canonical key every lookup normalises to: upper case, no dot, no
 * spaces (`R079`, `S62001A`, `99213`, `J1100`, `25`, `LT`, `99-02`). `display` is
 * how a coder writes it (`R07.9`, `S62.001A`).
 */
export type CodeEntry = {
  readonly code: string;
  readonly display: string;
  readonly shortTitle: string;
  readonly longTitle: string;
  /**
   * `true` for a code that may be reported on a claim; `false` for a header
   * (ICD-10-CM category or subcategory that needs more characters) and for modifiers.
   */
  readonly billable: boolean;
  /** `modifier` for CPT/HCPCS modifiers (25, LT); `code` for everything else. */
  readonly kind: 'code' | 'modifier';
  /** A header the importer made up because the file had none (CMS codes file): its title is not official. */
  readonly derived?: true;
  /** First day the code itself may be used (HCPCS add date, local code start), ISO `YYYY-MM-DD`. */
  readonly effectiveFrom?: string;
  /** Last day the code itself may be used (HCPCS termination date, local code end), ISO `YYYY-MM-DD`. */
  readonly effectiveTo?: string;
  /** HCPCS action code of the last change (A added, C changed, D discontinued, N no change, …). */
  readonly actionCode?: string;
  /** HCPCS action effective date, ISO `YYYY-MM-DD`. */
  readonly actionEffectiveOn?: string;
};

/** Where a release came from. */
export type ReleaseOrigin = 'starter' | 'imported';

/** The file layout a release was read from. */
export type SourceFormat = 'starter' | 'icd10cm-codes' | 'icd10cm-order' | 'hcpcs-fixed-width' | 'cpt-delimited' | 'local-csv';

/** Counts shown beside a release. */
export type ReleaseCounts = {
  readonly billable: number;
  readonly headers: number;
  readonly modifiers: number;
  readonly total: number;
};

/** One version of one code system, as loaded by the user or shipped as the starter set. */
export type CodeRelease = {
  /** Stable identifier (see {@link releaseId}). */
  readonly id: string;
  readonly system: CodeSystem;
  /** e.g. `ICD-10-CM FY2022`, `HCPCS Level II 2019`. Editable by the user. */
  readonly label: string;
  readonly origin: ReleaseOrigin;
  readonly format: SourceFormat;
  /** First day of service the release applies to, ISO `YYYY-MM-DD`; `null` = since ever. */
  readonly effectiveFrom: string | null;
  /** Last day of service the release applies to (inclusive); `null` = open-ended. */
  readonly effectiveTo: string | null;
  /** The file name the user picked (for a zip: `archive.zip › inner.txt`); '' for the starter set. */
  readonly sourceFileName: string;
  /** ISO timestamp passed in by the caller; '' for the starter set. */
  readonly importedAt: string;
  /** `true` when headers were derived from the codes (the CMS codes file has none); their titles are not official. */
  readonly derivedHeaders: boolean;
  readonly counts: ReleaseCounts;
  /** What the importer wants the user to know (decoding used, file picked from an archive, inferred dates). */
  readonly notes: readonly string[];
};

/** A release with its entries (any order; views sort them). */
export type CodeSet = {
  readonly release: CodeRelease;
  readonly entries: readonly CodeEntry[];
};

/**
 * The identifier of a release: the system, its label and when it was imported.
 * @example releaseId('icd10cm', 'ICD-10-CM FY2022', '2025-10-01T09:00') //=> 'icd10cm|ICD-10-CM FY2022|2025-10-01T09:00'
 */
export function releaseId(system: CodeSystem, label: string, importedAt: string): string {
  return `${system}|${label}|${importedAt}`;
}

/**
 * Counts billable codes, headers and modifiers.
 * @example countEntries([{ code: 'R079', billable: true, kind: 'code' }]).billable //=> 1
 */
export function countEntries(entries: readonly Pick<CodeEntry, 'billable' | 'kind'>[]): ReleaseCounts {
  let billable = 0;
  let headers = 0;
  let modifiers = 0;
  for (const e of entries) {
    if (e.kind === 'modifier') modifiers += 1;
    else if (e.billable) billable += 1;
    else headers += 1;
  }
  return { billable, headers, modifiers, total: entries.length };
}

/** Whether a value is one of the known code systems. @example isCodeSystem('cpt') //=> true */
export function isCodeSystem(value: string): value is CodeSystem {
  return (CODE_SYSTEMS as readonly string[]).includes(value);
}
