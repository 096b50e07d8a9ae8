import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { draftSchema, type Draft } from '@/domain/claim';

/**
 * Drafts live in this browser's IndexedDB (database `workbench-drafts`), never on a
 * server. Each feature that persists data owns its own database name, so their
 * schema versions never have to be coordinated.
 */
const DB_NAME = 'workbench-drafts';
const DB_VERSION = 1;

type DraftDb = DBSchema & {
  drafts: { key: string; value: unknown; indexes: { byUpdated: string } };
};

let dbPromise: Promise<IDBPDatabase<DraftDb>> | null = null;
let dbFactory: IDBFactory | null = null;

function db(): Promise<IDBPDatabase<DraftDb>> {
  // Tests swap in a fresh IndexedDB per test; reopen when the factory changes.
  if (!dbPromise || dbFactory !== globalThis.indexedDB) {
    dbFactory = globalThis.indexedDB;
    dbPromise = openDB<DraftDb>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        const store = database.createObjectStore('drafts', { keyPath: 'id' });
        store.createIndex('byUpdated', 'updatedAt');
      },
      blocking() {
        // Another tab wants a newer version: let it, and reopen next time.
        void dbPromise?.then((d) => d.close());
        dbPromise = null;
      },
    });
  }
  return dbPromise;
}

/** A draft as the list shows it; `problem` is set when a stored record no longer reads. */
export type DraftSummary = {
  readonly id: string;
  readonly title: string;
  readonly claimId: string;
  readonly patientId: string;
  readonly encounterType: string;
  readonly start: string;
  readonly payerProfile: string;
  readonly diagnoses: number;
  readonly activities: number;
  readonly updatedAt: string;
  readonly sourceLabel: string;
  readonly problem?: string;
};

/** A readable title for a draft: its claim ID, else the patient's MRN, else "Untitled encounter". */
export function draftTitle(draft: Draft): string {
  const c = draft.document.claim;
  if (c.id.trim()) return c.id.trim();
  if (c.encounter.patientId.trim()) return `Patient ${c.encounter.patientId.trim()}`;
  return 'Untitled encounter';
}

function summarize(draft: Draft): DraftSummary {
  const c = draft.document.claim;
  return {
    id: draft.id,
    title: draftTitle(draft),
    claimId: c.id,
    patientId: c.encounter.patientId,
    encounterType: c.encounter.type,
    start: c.encounter.start,
    payerProfile: draft.document.payerProfile,
    diagnoses: c.diagnoses.length,
    activities: c.activities.length,
    updatedAt: draft.updatedAt,
    sourceLabel: draft.source.label,
  };
}

/** All drafts, most recently changed first. Records that fail validation are listed with the reason. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const all = await (await db()).getAll('drafts');
  const out: DraftSummary[] = [];
  for (const raw of all) {
    const parsed = draftSchema.safeParse(raw);
    if (parsed.success) out.push(summarize(parsed.data));
    else {
      const r = raw as { id?: unknown; updatedAt?: unknown };
      out.push({
        id: typeof r.id === 'string' ? r.id : '?',
        title: 'Unreadable draft',
        claimId: '',
        patientId: '',
        encounterType: '',
        start: '',
        payerProfile: '',
        diagnoses: 0,
        activities: 0,
        updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : '',
        sourceLabel: '',
        problem: parsed.error.issues[0]?.message ?? 'invalid record',
      });
    }
  }
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Why a stored draft could not be opened. */
export class DraftUnreadableError extends Error {
  override readonly name = 'DraftUnreadableError';
}

/** One draft, validated; `undefined` when no draft has that ID. */
export async function getDraft(id: string): Promise<Draft | undefined> {
  const raw = await (await db()).get('drafts', id);
  if (raw === undefined) return undefined;
  const parsed = draftSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DraftUnreadableError(`Draft ${id} cannot be read: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
  }
  return parsed.data;
}

/** Saves (creates or replaces) a draft. */
export async function saveDraft(draft: Draft): Promise<void> {
  await (await db()).put('drafts', draft);
}

/** Deletes a draft and returns what was deleted, so the caller can offer Undo. */
export async function deleteDraft(id: string): Promise<Draft | undefined> {
  const database = await db();
  const tx = database.transaction('drafts', 'readwrite');
  const raw = await tx.store.get(id);
  await tx.store.delete(id);
  await tx.done;
  const parsed = draftSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The most recently changed readable draft, if any. */
export async function latestDraftId(): Promise<string | undefined> {
  const list = await listDrafts();
  return list.find((d) => !d.problem)?.id;
}

/** A new draft record for a document (an ID and timestamps from the browser). */
export function newDraftRecord(document: Draft['document'], source: Draft['source'], ids: { id: string; now: string }): Draft {
  return { schemaVersion: 1, id: ids.id, createdAt: ids.now, updatedAt: ids.now, source, document };
}
