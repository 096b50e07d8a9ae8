import { err, ok, type Issue, type Result } from '../shared/result';
import type { CodeSystem } from './code-types';
import { fileError, MAX_IMPORT_BYTES, splitLines } from './import-common';
import { isHcpcsKey, isIcdKey } from './normalize-code';

/**
 * Checks on a picked file before and after it is decoded: size, binary
 * signatures (zip, Excel, PDF), which file of a CMS archive to read, and what
 * kind of code file a text looks like (so a wrong pick gets a useful message).
 */

/** What the first bytes of a file say it is. */
export type FileSignature = 'zip' | 'ole2' | 'pdf' | 'gzip' | 'text';

/**
 * Classifies a file by its first bytes.
 * @example classifyFileSignature(new Uint8Array([0x50, 0x4b, 3, 4])) //=> 'zip'
 */
export function classifyFileSignature(head: Uint8Array): FileSignature {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 3 || b(2) === 5 || b(2) === 7)) return 'zip';
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'ole2';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf';
  if (b(0) === 0x1f && b(1) === 0x8b) return 'gzip';
  return 'text';
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Refuses files above {@link MAX_IMPORT_BYTES} before anything reads them, so a wrong pick never freezes the page.
 * @example checkImportSize(200 * 1024 * 1024, 'big.txt')?.code //=> 'import.too-large'
 */
export function checkImportSize(byteLength: number, fileName: string): Issue | null {
  if (byteLength === 0) return fileError('import.empty', `"${fileName}" is empty (0 bytes).`);
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  return fileError(
    'import.too-large',
    `"${fileName}" is ${megabytes(byteLength)} MB; the largest code file the workbench reads is ${megabytes(MAX_IMPORT_BYTES)} MB (the full CMS ICD-10-CM order file is about 20 MB). Check that this is the right file.`,
  );
}

/**
 * The message for a file that is an Excel workbook.
 * @example excelWorkbookIssue('cpt.txt', 'xlsx').message //=> '"cpt.txt" is an Excel workbook (.xlsx), not a text file: open it in Excel, save it as tab-separated text …'
 */
export function excelWorkbookIssue(fileName: string, format: 'xlsx' | 'xls'): Issue {
  return fileError(
    'import.excel',
    `"${fileName}" is an Excel workbook (${format === 'xlsx' ? '.xlsx' : '.xls'}), not a text file: open it in Excel, save it as tab-separated text (Text (Tab delimited) *.txt) and import that file.`,
  );
}

/**
 * The issue for a binary file that cannot be a code file, or `null` for text and zip archives.
 * @example binaryFileIssue('pdf', 'codes.txt')?.code //=> 'import.binary'
 */
export function binaryFileIssue(signature: FileSignature, fileName: string): Issue | null {
  switch (signature) {
    case 'text':
    case 'zip':
      return null;
    case 'ole2':
      return excelWorkbookIssue(fileName, 'xls');
    case 'pdf':
      return fileError('import.binary', `"${fileName}" is a PDF document, not a text file: import the CMS text (.txt) or .zip file instead.`);
    case 'gzip':
      return fileError('import.binary', `"${fileName}" is a gzip archive: unpack it first and import the text file inside.`);
  }
}

/** What the names inside a zip archive say it is. */
export type ArchiveKind = 'xlsx' | 'docx' | 'archive';

/**
 * Tells an Office document (itself a zip) from a real archive.
 * @example classifyArchive(['[Content_Types].xml', 'xl/workbook.xml']) //=> 'xlsx'
 */
export function classifyArchive(names: readonly string[]): ArchiveKind {
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  return 'archive';
}

/** The entry of an archive to import, and the note that tells the user which one was used. */
export type ArchiveChoice = { readonly name: string; readonly note: string };

const TEXT_ENTRY = /\.(txt|csv|tsv)$/i;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Picks the file to import from the names inside a zip archive.
 * - ICD-10-CM: the CMS order file (it has official headers), else the codes file; addenda and other files are ignored.
 * - HCPCS: the fixed-width `…ANWEB….txt` file.
 * - CPT and local codes: the only text file.
 *
 * @example pickArchiveEntry('icd10cm', 'x.zip', ['icd10cm_codes_2022.txt', 'icd10cm_order_2022.txt']).ok //=> true (order file)
 */
export function pickArchiveEntry(importer: CodeSystem, archiveName: string, names: readonly string[]): Result<ArchiveChoice> {
  const files = names.filter((n) => !n.endsWith('/') && !baseName(n).startsWith('.') && !n.startsWith('__MACOSX/'));
  const listed = files.length === 0 ? 'nothing' : files.map(baseName).slice(0, 8).join(', ') + (files.length > 8 ? ', …' : '');
  const noneFound = (what: string) => err([fileError('import.archive-entry', `"${archiveName}" holds no ${what}; found ${listed}.`)]);
  if (importer === 'icd10cm') {
    const candidates = files.filter((n) => /icd10cm[_-]?(order|codes)/i.test(baseName(n)) && TEXT_ENTRY.test(n) && !/addend/i.test(n));
    const order = candidates.filter((n) => /order/i.test(baseName(n))).sort();
    const codes = candidates.filter((n) => /codes/i.test(baseName(n))).sort();
    const pick = order[0] ?? codes[0];
    if (!pick) return noneFound('CMS ICD-10-CM order or codes file (icd10cm_order_YYYY.txt or icd10cm_codes_YYYY.txt)');
    const kind = order[0] ? 'order file (it carries the official header titles)' : 'codes file';
    return ok({ name: pick, note: `Read ${baseName(pick)} from ${archiveName}: the ${kind}.` });
  }
  if (importer === 'hcpcs') {
    const candidates = files.filter((n) => /anweb/i.test(baseName(n)) && /\.txt$/i.test(n)).sort();
    const pick = candidates[0];
    if (!pick) return noneFound('CMS HCPCS fixed-width text file (HCPCYYYY_…_ANWEB….txt)');
    return ok({ name: pick, note: `Read ${baseName(pick)} from ${archiveName}.` });
  }
  const text = files.filter((n) => TEXT_ENTRY.test(n) && !/readme/i.test(baseName(n)));
  if (text.length !== 1) {
    return err([
      fileError(
        'import.archive-entry',
        text.length === 0
          ? `"${archiveName}" holds no text file (.txt, .csv, .tsv); found ${listed}.`
          : `"${archiveName}" holds ${text.length} text files (${text.map(baseName).join(', ')}); unpack it and import the one you mean.`,
      ),
    ]);
  }
  return ok({ name: text[0]!, note: `Read ${baseName(text[0]!)} from ${archiveName}.` });
}

/**
 * Checks that decoded text is plain text: an Excel workbook or zip that reached an
 * importer as text starts with `PK`, and binary files hold NUL characters.
 * @example checkPlainText('PK\u0003\u0004…', 'codes.txt')?.code //=> 'import.excel'
 */
export function checkPlainText(text: string, fileName: string): Issue | null {
  if (text.startsWith('PK\u0003\u0004')) {
    return text.slice(0, 4000).includes('xl/') ? excelWorkbookIssue(fileName, 'xlsx') : fileError('import.zip-as-text', `"${fileName}" is a zip archive, not a text file.`);
  }
  if (text.startsWith('\u00d0\u00cf\u0011\u00e0')) return excelWorkbookIssue(fileName, 'xls');
  if (text.slice(0, 4096).includes('\u0000')) return fileError('import.binary', `"${fileName}" is not a text file (it holds binary data).`);
  return null;
}

/** The kinds of file the importers recognise, to say what a wrong pick is. */
export type DetectedFileKind = 'icd10cm-codes' | 'icd10cm-order' | 'hcpcs-fixed-width' | 'cms-pfs-rvu' | 'xml' | 'delimited' | 'empty' | 'unknown';

/** How each kind is named in messages, and which importer takes it. */
export const FILE_KIND_DESCRIPTIONS = {
  'icd10cm-codes': 'the CMS ICD-10-CM codes file; import it as ICD-10-CM',
  'icd10cm-order': 'the CMS ICD-10-CM order file; import it as ICD-10-CM',
  'hcpcs-fixed-width': 'the CMS HCPCS Level II file; import it as HCPCS',
  'cms-pfs-rvu': 'the CMS Physician Fee Schedule relative value (RVU) file, which has no code descriptions',
  xml: 'an XML file',
  delimited: 'a comma- or tab-separated table',
  empty: 'an empty file',
  unknown: 'a file of an unknown kind',
} as const satisfies Record<DetectedFileKind, string>;

/**
 * Whether a line is a record of the CMS ICD-10-CM order file (fixed width).
 * @example isIcdOrderLine('00001 A00     0 Cholera …') //=> true
 */
export function isIcdOrderLine(line: string): boolean {
  return (
    line.length >= 17 &&
    /^\d{5} $/.test(line.slice(0, 6)) &&
    line[13] === ' ' &&
    (line[14] === '0' || line[14] === '1') &&
    line[15] === ' ' &&
    isIcdKey(line.slice(6, 13).trimEnd())
  );
}

/**
 * Whether a line is a record of the CMS ICD-10-CM codes file (code in columns 1–7, title from 9).
 * @example isIcdCodesLine('A000    Cholera due to Vibrio cholerae 01, biovar cholerae') //=> true
 */
export function isIcdCodesLine(line: string): boolean {
  return line.length >= 9 && line[7] === ' ' && line[8] !== ' ' && isIcdKey(line.slice(0, 7).trimEnd());
}

/**
 * Whether a line is a record of the CMS HCPCS fixed-width file.
 * @example isHcpcsRecord('   A1001007Dressing for one wound …') //=> true (modifier A1, record id 7)
 */
export function isHcpcsRecord(line: string): boolean {
  if (line.length < 12) return false;
  const code = line.slice(0, 5);
  const isCode = isHcpcsKey(code) || /^ {3}[0-9A-Z]{2}$/.test(code);
  return isCode && /^\d{5}$/.test(line.slice(5, 10)) && '3478'.includes(line[10]!);
}

/**
 * Whether a line is the column-name row of the CMS PFS RVU file.
 * @example isPfsHeaderLine('HCPCS,MOD,DESCRIPTION,CODE,PAYMENT') //=> true
 */
export function isPfsHeaderLine(line: string): boolean {
  return /^"?HCPCS"?\s*[,\t]\s*"?MOD"?\s*[,\t]\s*"?DESCRIPTION"?/i.test(line);
}

/**
 * What kind of code file a text looks like, judged on its first 40 lines.
 * @example detectCodeFileKind('A000    Cholera due to Vibrio cholerae 01, biovar cholerae\n') //=> 'icd10cm-codes'
 */
export function detectCodeFileKind(text: string): DetectedFileKind {
  const head = splitLines(text.slice(0, 20_000)).lines.slice(0, 40);
  const nonEmpty = head.filter((l) => l.trim() !== '');
  const first = nonEmpty[0];
  if (first === undefined) return 'empty';
  if (isIcdOrderLine(first)) return 'icd10cm-order';
  if (isIcdCodesLine(first)) return 'icd10cm-codes';
  if (head.some(isHcpcsRecord)) return 'hcpcs-fixed-width';
  if (head.some(isPfsHeaderLine)) return 'cms-pfs-rvu';
  if (first.trimStart().startsWith('<')) return 'xml';
  const delimited = nonEmpty.filter((l) => l.includes('\t') || l.includes(',')).length;
  if (delimited >= Math.ceil(nonEmpty.length / 2)) return 'delimited';
  return 'unknown';
}
