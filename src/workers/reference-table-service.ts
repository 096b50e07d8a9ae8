import { unzipSync } from 'fflate';
import { binaryFileIssue, classifyArchive, classifyFileSignature, excelWorkbookIssue } from '../domain/codes';
import { importReferenceTable, type ReferenceImportRequest, type ReferenceTable } from '../domain/rules';
import { err, type Issue, type Result } from '../domain/shared/result';
import { decodeText } from './code-file';

/**
 * The reference-table worker's API (NCCI PTP, MUE, PFS RVU imports): read the picked
 * files (a CMS zip is unpacked, every text part kept), decode them, and call the
 * domain importer. Stateless: the UI cancels by terminating the worker.
 */

/** The largest file (or unpacked part) the worker reads: the CMS PTP parts are tens of megabytes each. */
export const MAX_REFERENCE_BYTES = 400 * 1024 * 1024;

export type ReferenceFile = { readonly name: string; readonly file: Blob | ArrayBuffer | Uint8Array };

export type ReferenceImportFilesRequest = Omit<ReferenceImportRequest, 'parts'> & { readonly files: readonly ReferenceFile[] };

export type ReferenceImportProgress = { readonly phase: 'reading' | 'parsing'; readonly fraction: number };

export type ReferenceTableWorkerApi = {
  importFiles(request: ReferenceImportFilesRequest, onProgress?: (p: ReferenceImportProgress) => void): Promise<Result<ReferenceTable>>;
};

async function readBytes(file: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  if (ArrayBuffer.isView(file)) return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  if ('byteLength' in file) return new Uint8Array(file);
  return new Uint8Array(await file.arrayBuffer());
}

const TEXT_PART = /\.(txt|csv|tsv)$/i;

function tooLarge(name: string, bytes: number): Issue {
  return { code: 'import.size', message: `${name} is ${(bytes / 1048576).toFixed(0)} MB; reference files are limited to ${MAX_REFERENCE_BYTES / 1048576} MB each.`, severity: 'error' };
}

/** The text parts of one picked file: itself, or every .txt/.csv/.tsv inside a zip (in name order). */
export function textParts(bytes: Uint8Array, fileName: string): Result<{ name: string; text: string }[]> {
  if (bytes.byteLength > MAX_REFERENCE_BYTES) return err([tooLarge(fileName, bytes.byteLength)]);
  const signature = classifyFileSignature(bytes.subarray(0, 8));
  const binary = binaryFileIssue(signature, fileName);
  if (binary) return err([binary]);
  if (signature !== 'zip') return { ok: true, value: [{ name: fileName, text: decodeText(bytes).text }] };
  let entries: Record<string, Uint8Array>;
  const names: string[] = [];
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return TEXT_PART.test(f.name) && !f.name.startsWith('__MACOSX/') && f.originalSize <= MAX_REFERENCE_BYTES;
      },
    });
  } catch {
    return err([{ code: 'import.zip', message: `"${fileName}" looks like a zip archive but cannot be opened: it may be damaged or cut off.`, severity: 'error' }]);
  }
  if (classifyArchive(names) === 'xlsx') return err([excelWorkbookIssue(fileName, 'xlsx')]);
  const parts = Object.keys(entries)
    .sort()
    .map((name) => ({ name: `${fileName} › ${name.slice(name.lastIndexOf('/') + 1)}`, text: decodeText(entries[name]!).text }));
  if (parts.length === 0) return err([{ code: 'import.zip', message: `${fileName} holds no .txt, .csv or .tsv file (found: ${names.slice(0, 10).join(', ') || 'nothing'}).`, severity: 'error' }]);
  return { ok: true, value: parts };
}

/** The worker's API as a plain object (runs and is tested without a worker). */
export function createReferenceTableWorkerApi(): ReferenceTableWorkerApi {
  return {
    async importFiles(request, onProgress) {
      const parts: { name: string; text: string }[] = [];
      for (const [i, f] of request.files.entries()) {
        onProgress?.({ phase: 'reading', fraction: i / Math.max(1, request.files.length) });
        const r = textParts(await readBytes(f.file), f.name);
        if (!r.ok) return r;
        parts.push(...r.value);
      }
      onProgress?.({ phase: 'reading', fraction: 1 });
      const { files: _files, ...rest } = request;
      return importReferenceTable({ ...rest, parts }, { onProgress: (fraction) => onProgress?.({ phase: 'parsing', fraction }) });
    },
  };
}
