/**
 * The browser-side sources of time, identity and files. The domain never touches
 * these; the UI passes their results in.
 */

/** A new random identifier for drafts and other local records. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Now, as a local ISO timestamp with seconds (`YYYY-MM-DDTHH:mm:ss`). */
export function nowIsoSeconds(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Now, as the model's `YYYY-MM-DDTHH:mm`. */
export function nowIsoMinutes(): string {
  return nowIsoSeconds().slice(0, 16);
}

/** Today as `YYYY-MM-DD`. */
export function todayIso(): string {
  return nowIsoSeconds().slice(0, 10);
}

/** Saves text as a file through the browser's download (a same-origin blob URL; nothing is uploaded). */
export function downloadText(fileName: string, text: string, mime = 'application/xml'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text to the clipboard; resolves false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A file name made safe for downloads. @example safeFileName('MF/12 34') //=> 'MF-12-34' */
export function safeFileName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'claim';
}
