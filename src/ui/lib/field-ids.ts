/**
 * The DOM id convention for editor fields, shared by the editor (which renders
 * them) and the app (which focuses a field when a finding is clicked).
 * @example fieldDomId('claim.activities.2.code') //=> 'f-claim-activities-2-code'
 */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/**
 * Focuses the field at a document path, or the nearest enclosing one that exists
 * (a list path focuses its section). Returns whether something got focus.
 */
export function focusFieldAt(path: readonly (string | number)[]): boolean {
  for (let n = path.length; n > 0; n--) {
    const el = document.getElementById(fieldDomId(path.slice(0, n).join('.')));
    if (!el) continue;
    const target = el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input, select, textarea, button') ?? el;
    target.scrollIntoView({ block: 'center', behavior: 'instant' });
    target.focus();
    return document.activeElement === target;
  }
  const section = path[1] === 'diagnoses' ? 'sec-diagnoses' : path[1] === 'activities' ? 'sec-activities' : path[0] === 'header' ? 'sec-claim' : null;
  const el = section ? document.getElementById(section) : null;
  if (!el) return false;
  const target = el.querySelector<HTMLElement>('input, select, textarea, button') ?? el;
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  target.focus();
  return true;
}
