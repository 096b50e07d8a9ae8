import { unzipSync } from 'fflate';
import {
  binaryFileIssue,
  checkImportSize,
  classifyArchive,
  classifyFileSignature,
  excelWorkbookIssue,
  MAX_IMPORT_BYTES,
  pickArchiveEntry,
  type Importer,
} from '../domain/codes';
import { err, ok, type Result } from '../domain/shared/result';

/**
 * Browser-side plumbing for a picked code file: size and signature checks, the
 * CMS zip (unpacked with fflate, the right file picked by name) and text decoding
 * (UTF-8, falling back to Windows-1252 with a note). The domain gets a string.
 */

/** A decoded file, the name it goes by and what the user should know about how it was read. */
export type DecodedCodeFile = {
  readonly text: string;
  /** `archive.zip › inner.txt` when the text came from an archive. */
  readonly fileName: string;
  readonly notes: readonly string[];
};

// Windows-1252 characters at 0x80–0x9F. Some TextDecoder implementations (Node's)
// decode the "windows-1252" label as Latin-1 and leave C1 control characters there;
// browsers do not. Mapping them afterwards gives the same text everywhere.
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (the
 * encoding of CMS files and of text saved by Excel on Western Windows), with a note.
 */
export function decodeText(bytes: Uint8Array): { text: string; note: string | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: null };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      note: 'The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check accented characters in titles.',
    };
  }
}

/**
 * Turns the bytes of a picked file into text for an importer, refusing what cannot
 * be a code file (too large, Excel, PDF, an archive without a usable file).
 *
 * @param bytes the file's content
 * @param fileName the picked file's name
 * @param importer which importer the user chose (it decides which file of a zip is read)
 */
export function decodeCodeFile(bytes: Uint8Array, fileName: string, importer: Importer): Result<DecodedCodeFile> {
  const size = checkImportSize(bytes.byteLength, fileName);
  if (size) return err([size]);
  const signature = classifyFileSignature(bytes.subarray(0, 8));
  const binary = binaryFileIssue(signature, fileName);
  if (binary) return err([binary]);
  if (signature !== 'zip') {
    const { text, note } = decodeText(bytes);
    return ok({ text, fileName, notes: note ? [note] : [] });
  }

  const names: string[] = [];
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        sizes.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch {
    return err([{ code: 'import.zip', message: `"${fileName}" looks like a zip archive but cannot be opened: it may be damaged or cut off.`, severity: 'error' }]);
  }
  if (classifyArchive(names) === 'xlsx') return err([excelWorkbookIssue(fileName, 'xlsx')]);
  const choice = pickArchiveEntry(importer, fileName, names);
  if (!choice.ok) return choice;
  const { name, note } = choice.value;
  const inner = `${fileName} › ${name.slice(name.lastIndexOf('/') + 1)}`;
  if ((sizes.get(name) ?? 0) > MAX_IMPORT_BYTES) return err([checkImportSize(sizes.get(name)!, inner)!]);
  let content: Uint8Array | undefined;
  try {
    content = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  } catch {
    content = undefined;
  }
  if (!content) return err([{ code: 'import.zip', message: `${inner} cannot be unpacked: the archive may be damaged.`, severity: 'error' }]);
  const innerSize = checkImportSize(content.byteLength, inner);
  if (innerSize) return err([innerSize]);
  const { text, note: decodeNote } = decodeText(content);
  return ok({ text, fileName: inner, notes: decodeNote ? [note, decodeNote] : [note] });
}
