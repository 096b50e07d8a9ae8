import { MAX_SUBMISSION_BYTES } from '@/domain/eclaim';
import { decodeText } from '@/workers/code-file';

export type ReadFile = { ok: true; text: string; note: string | null } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];

/**
 * Reads a dropped or chosen file as text, refusing what cannot be an encounter:
 * too large, a zip/Excel workbook, a PDF. UTF-8 (with or without BOM) is read as such;
 * other bytes fall back to Windows-1252 with a note.
 */
export async function readEncounterFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_SUBMISSION_BYTES) {
    return { ok: false, message: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the workbench reads e-claim files up to ${MAX_SUBMISSION_BYTES / 1048576} MB. Split the batch and try again.` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(ZIP)) return { ok: false, message: `${file.name} is a zip archive or an Excel workbook, not text. Save the sheet as tab-separated text (or copy its rows) and paste it, or drop the XML file itself.` };
  if (starts(PDF)) return { ok: false, message: `${file.name} is a PDF. The workbench reads e-claim XML, quick text or spreadsheet rows.` };
  if (bytes.includes(0)) return { ok: false, message: `${file.name} is a binary file, not text.` };
  const { text, note } = decodeText(bytes);
  return { ok: true, text, note };
}
