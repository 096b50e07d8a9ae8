import {
  buildSearchIndex,
  checkImportSize,
  importCodeText,
  searchCodes,
  sniffDelimitedFile,
  type CodeSet,
  type CptColumnMapping,
  type DelimitedSniff,
  type Importer,
  type ImportOutcome,
  type ReleaseOverrides,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
} from '../domain/codes';
import { SEARCH_TERMS } from '../data/codes';
import { err, ok, type Result } from '../domain/shared/result';
import { decodeCodeFile } from './code-file';

/** What the UI sends to import a file. Everything crosses the worker boundary by structured clone. */
export type ImportFileRequest = {
  readonly importer: Importer;
  /** A `File` from an input, or its bytes. */
  readonly file: Blob | ArrayBuffer | Uint8Array;
  readonly fileName: string;
  /** ISO timestamp of the import (the worker passes it on; the domain has no clock). */
  readonly importedAt: string;
  /** Required for CPT (from the column-mapping step). */
  readonly cptMapping?: CptColumnMapping;
  readonly overrides?: ReleaseOverrides;
};

/** Progress of an import: reading the file, then parsing it (fraction in [0, 1]). */
export type ImportProgress = { readonly phase: 'reading' | 'parsing'; readonly fraction: number };

/** A sniffed delimited file plus how it was read (decoding, archive entry). */
export type SniffResult = DelimitedSniff & { readonly notes: readonly string[] };

/** The API the code-set worker exposes (see src/ui/lib/code-set-client.ts for the typed client). */
export type CodeSetWorkerApi = {
  /** Reads, decodes and imports a file; stateless, so the UI cancels by terminating the worker. */
  importFile(request: ImportFileRequest, onProgress?: (progress: ImportProgress) => void): Promise<Result<ImportOutcome>>;
  /** Sniffs a CPT or local-code table for the column-mapping step. */
  sniffDelimited(file: Blob | ArrayBuffer | Uint8Array, fileName: string): Promise<Result<SniffResult>>;
  /** Builds the search index over the releases in force (replaces the previous one). */
  loadSearchIndex(codeSets: readonly CodeSet[]): { documents: number; vocabulary: number };
  /** Searches the loaded index; empty until `loadSearchIndex` ran. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * Searches the releases with these ids (the ones in force on a date of service). The
   * worker reads their entries itself (starter sets from the bundle, imports from
   * IndexedDB) and keeps the last few indexes, so only the query and the hits cross
   * the worker boundary.
   */
  searchReleases(releaseIds: readonly string[], query: string, options?: SearchOptions): Promise<SearchHit[]>;
};

/** Where the worker gets code sets by release id (src/workers/code-set-db.ts in the browser). */
export type CodeSetSource = (releaseIds: readonly string[]) => Promise<CodeSet[]>;

export type CodeSetWorkerOptions = {
  /** Reads code sets for `searchReleases`; without it only `loadSearchIndex` feeds the search. */
  readonly readCodeSets?: CodeSetSource;
  /** How many indexes `searchReleases` keeps (each set of release ids has one); default 2. */
  readonly cachedIndexes?: number;
};

// `'byteLength' in file` rather than instanceof: bytes may come from another realm (a test environment, a frame).
function byteLength(file: Blob | ArrayBuffer | Uint8Array): number {
  return 'byteLength' in file ? file.byteLength : file.size;
}

async function readBytes(file: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  if (ArrayBuffer.isView(file)) return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  if ('byteLength' in file) return new Uint8Array(file);
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * The worker's API as a plain object, so it runs (and is tested) without a worker:
 * read the bytes, decode, call the domain importer, build and query the index.
 */
export function createCodeSetWorkerApi(options: CodeSetWorkerOptions = {}): CodeSetWorkerApi {
  let index: SearchIndex | null = null;
  // Indexes by the sorted release ids they cover, oldest first. A failed build is dropped
  // so the next search tries again.
  const indexes = new Map<string, Promise<SearchIndex>>();
  const keep = Math.max(1, options.cachedIndexes ?? 2);
  const indexFor = (releaseIds: readonly string[]): Promise<SearchIndex> => {
    const key = [...new Set(releaseIds)].sort().join('\n');
    const cached = indexes.get(key);
    if (cached) {
      indexes.delete(key);
      indexes.set(key, cached); // most recently used last
      return cached;
    }
    const read = options.readCodeSets ?? (() => Promise.resolve([]));
    const built = read(key === '' ? [] : key.split('\n')).then((codeSets) => buildSearchIndex(codeSets, { abbreviations: SEARCH_TERMS }));
    built.catch(() => indexes.delete(key));
    indexes.set(key, built);
    while (indexes.size > keep) indexes.delete(indexes.keys().next().value!);
    return built;
  };
  return {
    async importFile(request, onProgress) {
      const tooLarge = checkImportSize(byteLength(request.file), request.fileName);
      if (tooLarge) return err([tooLarge]);
      onProgress?.({ phase: 'reading', fraction: 0 });
      const decoded = decodeCodeFile(await readBytes(request.file), request.fileName, request.importer);
      if (!decoded.ok) return decoded;
      onProgress?.({ phase: 'reading', fraction: 1 });
      const { text, fileName, notes } = decoded.value;
      return importCodeText(
        {
          importer: request.importer,
          text,
          source: { fileName, importedAt: request.importedAt, notes, ...(request.overrides ? { overrides: request.overrides } : {}) },
          ...(request.cptMapping ? { cptMapping: request.cptMapping } : {}),
        },
        { onProgress: (fraction) => onProgress?.({ phase: 'parsing', fraction }) },
      );
    },
    async sniffDelimited(file, fileName) {
      const tooLarge = checkImportSize(byteLength(file), fileName);
      if (tooLarge) return err([tooLarge]);
      const decoded = decodeCodeFile(await readBytes(file), fileName, 'cpt');
      if (!decoded.ok) return decoded;
      const sniff = sniffDelimitedFile(decoded.value.text, decoded.value.fileName);
      return sniff.ok ? ok({ ...sniff.value, notes: decoded.value.notes }) : sniff;
    },
    loadSearchIndex(codeSets) {
      index = buildSearchIndex(codeSets, { abbreviations: SEARCH_TERMS });
      return { documents: index.size, vocabulary: index.vocabularySize };
    },
    search(query, searchOptions) {
      return index ? searchCodes(index, query, searchOptions) : [];
    },
    async searchReleases(releaseIds, query, searchOptions) {
      return searchCodes(await indexFor(releaseIds), query, searchOptions);
    },
  };
}
