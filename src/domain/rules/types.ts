import type { EncounterDocument, PayerProfileId } from '../claim';

/**
 * The vocabulary of the rules engine. An edit looks at an encounter document and
 * returns hits; the engine turns hits into findings with the edit's severity,
 * source, predicted denial code, rendered explanation and fixes.
 */

/** reject = a payer will deny; warn = likely query or downgrade; info = worth knowing. */
export type Severity = 'reject' | 'warn' | 'info';

export type Category = 'completeness' | 'diagnosis' | 'linkage' | 'modifier' | 'bundling' | 'units' | 'drg';

/** Where a rule comes from, precise enough for a coder to look it up. */
export type RuleSource = {
  /** e.g. "ICD-10-CM Official Guidelines", "DOH Addendum 05", "Dhamani article". */
  readonly document: string;
  /** e.g. "I.C.21.c.16", "§4.4.1", "diagnosis specificity". */
  readonly section?: string;
  /** A public address where the text can be read, when there is one. */
  readonly url?: string;
};

/** A payer denial code the finding predicts, with how firmly the code's meaning is established. */
export type DenialCode = {
  readonly code: string;
  readonly meaning: string;
  /** H = confirmed in two independent sources; M = likely (see ../shared/docs/domain.md §1.8). */
  readonly confidence: 'H' | 'M';
};

/** A location in the encounter document, e.g. ['claim', 'activities', 2, 'code']. */
export type DocPath = readonly (string | number)[];

/** One change a fix makes to the document. Removals are applied after sets, last index first. */
export type Patch =
  | { readonly op: 'set'; readonly path: DocPath; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: DocPath }
  | { readonly op: 'append'; readonly path: DocPath; readonly value: unknown };

/** A change the coder can apply with one click (and undo). Only offered where it is safe. */
export type Fix = {
  readonly label: string;
  readonly patches: readonly Patch[];
};

/** What a check reports for each problem: where, the data for the explanation, and fixes. */
export type Hit<P extends Params = Params> = {
  readonly path: DocPath;
  readonly params: P;
  readonly fixes?: readonly Fix[];
  /** Distinguishes two hits of one edit on the same path (e.g. two Excludes1 partners). */
  readonly discriminator?: string;
  /** Table-driven edits: the source of the table row that fired (replaces the edit's own source). */
  readonly source?: RuleSource;
  /** Table-driven edits: the denial code the table row predicts (replaces the edit's own; H or M only). */
  readonly denialCode?: DenialCode;
};

export type Params = Readonly<Record<string, string | number | boolean>>;

/** A check that could not run says why, instead of staying silent. */
export type NotChecked = { readonly notChecked: string };

/** The reference data edits read: every table is optional; an edit that needs a missing one reports "not checked". */
export type EditContext = {
  readonly profile: PayerProfileId;
  /** Tables by name (code sets, rule packs, fee-schedule indicators…), typed by the edits that read them. */
  readonly tables: Readonly<Record<string, unknown>>;
};

export type FindingStatus = 'fail' | 'not-checked' | 'edit-failed';

/** A finding as the panel, the audit report and the tests see it. */
export type Finding = {
  /** Stable within a document: edit id + path (+ discriminator). Used for acknowledgements. */
  readonly key: string;
  readonly editId: string;
  readonly title: string;
  readonly status: FindingStatus;
  readonly severity: Severity | 'not-checked';
  readonly category: Category;
  readonly source: RuleSource;
  readonly denialCode?: DenialCode;
  /** One sentence built from the data that fired the edit. */
  readonly message: string;
  /** The rule in plain words (the "why" expansion), also built from the data. */
  readonly rule: string;
  /** The data the edit looked at, as label → value, for the "why" expansion. */
  readonly data: Readonly<Record<string, string | number | boolean>>;
  readonly path: DocPath;
  readonly fixes: readonly Fix[];
};

/** A declared edit. Declare with {@link defineEdit}; one folder per edit under edits/. */
export type Edit<P extends Params = Params> = {
  /** Stable, never reused. Its folder under edits/ is the id in lower case. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly source: RuleSource;
  readonly denialCode?: DenialCode;
  /** Payer profiles this edit belongs to by default (all when omitted). */
  readonly profiles?: readonly PayerProfileId[];
  /** The finding's message, from the hit's params. */
  readonly explain: (params: P) => string;
  /** The rule behind it, in plain words (may use the params). */
  readonly rule: (params: P) => string;
  readonly check: (doc: EncounterDocument, ctx: EditContext) => readonly Hit<P>[] | NotChecked;
};
