import type { Activity, Diagnosis, EncounterDocument } from '../claim';
import { emptyActivity, emptyDocument } from '../claim';
import { parseDateTimeText } from '../shared/dates';
import type { Issue, Result } from '../shared/result';
import { found, readAmount, readCode, readIcd, readModifierList, readPoa, readQuantity, resolveLinks, type LinkRef } from './line-parts';
import type { IntakeOptions, ParsedIntake } from './quick-text';
import { ACTIVITY_KINDS, DIAGNOSIS_KINDS, normalName } from './vocabulary';

/** The columns the table understands. */
export type TableColumn = 'type' | 'code' | 'modifiers' | 'quantity' | 'net' | 'links' | 'start' | 'clinician' | 'ordering' | 'poa' | 'auth' | 'description';

/** Column headings and their synonyms, compared in lower case without spaces, dots, hyphens, underscores or `#`. */
export const COLUMN_SYNONYMS: Readonly<Record<string, TableColumn>> = {
  type: 'type',
  kind: 'type',
  linetype: 'type',
  codetype: 'type',
  code: 'code',
  codes: 'code',
  modifiers: 'modifiers',
  modifier: 'modifiers',
  mod: 'modifiers',
  mods: 'modifiers',
  qty: 'quantity',
  quantity: 'quantity',
  units: 'quantity',
  unit: 'quantity',
  net: 'net',
  amount: 'net',
  netamount: 'net',
  price: 'net',
  links: 'links',
  link: 'links',
  dxpointers: 'links',
  dxpointer: 'links',
  linkeddx: 'links',
  linkeddiagnoses: 'links',
  linkeddiagnosis: 'links',
  diagnosispointers: 'links',
  pointers: 'links',
  start: 'start',
  date: 'start',
  dos: 'start',
  dateofservice: 'start',
  servicedate: 'start',
  clinician: 'clinician',
  performingclinician: 'clinician',
  ordering: 'ordering',
  orderingclinician: 'ordering',
  poa: 'poa',
  presentonadmission: 'poa',
  auth: 'auth',
  priorauth: 'auth',
  priorauthorization: 'auth',
  priorauthorizationid: 'auth',
  description: 'description',
  desc: 'description',
  descriptor: 'description',
};

/** A heading as compared: `Dx pointers` → `dxpointers`. */
export function headingKey(heading: string): string {
  return heading.toLowerCase().replace(/[\s._#-]+/g, '');
}

/** Splits tab-separated text into rows of cells, honouring spreadsheet quoting ("a\tb", "say ""hi"""). */
export function splitTsv(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      continue;
    }
    if (ch === '\t') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      atCellStart = true;
      line += 1;
      rowLine = line;
      continue;
    }
    cell += ch;
    atCellStart = false;
  }
  cells.push(cell);
  rows.push({ cells, line: rowLine });
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/**
 * Reads rows pasted from a spreadsheet: tab-separated, a heading row first (names and
 * synonyms in COLUMN_SYNONYMS, any letter case), then one diagnosis or activity per row.
 * Diagnosis rows have type DX, PDX/Principal, Secondary, Admitting or RFV (the first DX is
 * the principal unless a PDX row exists); activity rows CPT, HCPCS, DRUG, DENTAL, SERVICE,
 * DRG, or the Activity.Type number. All-or-nothing like the quick text: errors name the
 * row and the column.
 *
 * @example parseTableText('Type\tCode\tLinks\nDX\tR07.2\t\nCPT\t93000\t1').value.document.claim.activities[0].diagnosisLinks //=> ['R07.2']
 */
export function parseTableText(text: string, options: IntakeOptions = {}): Result<ParsedIntake> {
  const rows = splitTsv(text.replace(/^\uFEFF/, ''));
  const headingRow = rows[0];
  if (headingRow === undefined) return { ok: false, errors: [{ code: 'intake.empty', message: 'The table is empty: expected a heading row (Type, Code, …) and rows under it.', severity: 'error' }] };
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const columns = new Map<TableColumn, number>();
  headingRow.cells.forEach((heading, index) => {
    const column = COLUMN_SYNONYMS[headingKey(heading)];
    if (heading.trim() === '') return;
    if (column === undefined) {
      warnings.push({ code: 'intake.column', message: `Row ${headingRow.line}, column ${index + 1}: the column "${heading.trim()}" is not one the table reads; it is ignored.`, severity: 'warning', line: headingRow.line, column: index + 1, where: heading.trim() });
    } else if (!columns.has(column)) columns.set(column, index);
  });
  if (!columns.has('type') || !columns.has('code')) {
    const headings = headingRow.cells.map((h) => h.trim()).filter((h) => h !== '');
    return {
      ok: false,
      errors: [{ code: 'intake.columns', message: `Row ${headingRow.line}: expected a heading row with Type and Code columns, found ${headings.length === 0 ? 'nothing' : headings.map((h) => `"${h}"`).join(', ')}.`, severity: 'error', line: headingRow.line }],
    };
  }

  type DxDraft = { kind: string; code: string; poa: string; line: number };
  const dx: DxDraft[] = [];
  const acts: { activity: Activity; links: LinkRef[] }[] = [];
  const headingOf = (c: TableColumn): string => (headingRow.cells[columns.get(c) ?? 0] ?? c).trim();
  for (const row of rows.slice(1)) {
    const cell = (c: TableColumn): string => {
      const i = columns.get(c);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const bad = (c: TableColumn, message: string): void => {
      errors.push({ code: 'intake.table', message: `Row ${row.line}, column ${headingOf(c)}: ${message}.`, severity: 'error', line: row.line, column: (columns.get(c) ?? 0) + 1, where: headingOf(c) });
    };
    const typeText = cell('type');
    const codeText = cell('code');
    if (typeText === '') {
      bad('type', `expected a type (DX, PDX, CPT, HCPCS, DRUG, …), found nothing`);
      continue;
    }
    const key = normalName(typeText).replace(/-/g, '');
    const dxKind = DIAGNOSIS_KINDS[key] ?? DIAGNOSIS_KINDS[normalName(typeText)];
    const activityType = /^\d+$/.test(typeText) ? (['3', '4', '5', '6', '8', '9', '10'].includes(typeText) ? typeText : undefined) : ACTIVITY_KINDS[normalName(typeText)];
    if (dxKind === undefined && activityType === undefined) {
      bad('type', `expected a type such as DX, PDX, CPT, HCPCS, DRUG, SERVICE, DRG or an activity type number, found ${found(typeText)}`);
      continue;
    }
    if (dxKind !== undefined) {
      const code = readIcd(codeText);
      if (!code.ok) {
        bad('code', code.message);
        continue;
      }
      let poa = '';
      if (cell('poa') !== '') {
        const p = readPoa(cell('poa'));
        if (!p.ok) {
          bad('poa', p.message);
          continue;
        }
        poa = p.value;
      }
      dx.push({ kind: dxKind, code: code.value, poa, line: row.line });
      continue;
    }
    const type = activityType ?? '3';
    const code = readCode(codeText, type);
    if (!code.ok) {
      bad('code', code.message);
      continue;
    }
    let activity: Activity = { ...emptyActivity('', ''), type, code: code.value.code, modifiers: code.value.modifiers };
    let rowOk = true;
    if (cell('modifiers') !== '') {
      const m = readModifierList(cell('modifiers'));
      if (!m.ok) {
        bad('modifiers', m.message);
        rowOk = false;
      } else if (code.value.modifiers.length + m.value.length > 4) {
        bad('modifiers', `expected at most four modifiers, found ${code.value.modifiers.length + m.value.length}`);
        rowOk = false;
      } else activity = { ...activity, modifiers: [...code.value.modifiers, ...m.value] };
    }
    if (cell('quantity') !== '') {
      const q = readQuantity(cell('quantity'));
      if (!q.ok) {
        bad('quantity', q.message);
        rowOk = false;
      } else activity = { ...activity, quantity: q.value };
    }
    if (cell('net') !== '') {
      const n = readAmount(cell('net'));
      if (!n.ok) {
        bad('net', n.message);
        rowOk = false;
      } else {
        activity = { ...activity, net: n.value };
        if (n.note) warnings.push({ code: 'intake.lenient', message: `Row ${row.line}, column ${headingOf('net')}: ${n.note}.`, severity: 'warning', line: row.line, column: (columns.get('net') ?? 0) + 1, where: headingOf('net') });
      }
    }
    if (cell('start') !== '') {
      const d = parseDateTimeText(cell('start'));
      if (!d.ok) {
        bad('start', `expected a date such as 05/10/2025 09:20, found ${found(cell('start'))}${d.errors[0]?.code === 'date.invalid' ? ', which is not a real date' : ''}`);
        rowOk = false;
      } else activity = { ...activity, start: d.value.iso };
    }
    const clinician = cell('clinician');
    activity = { ...activity, clinician, orderingClinician: cell('ordering') || clinician, priorAuthorizationId: cell('auth') };
    const links = cell('links')
      .split(/[\s,;]+/)
      .filter((l) => l !== '')
      .map((l) => ({ text: l, line: row.line, column: (columns.get('links') ?? 0) + 1 }));
    if (rowOk) acts.push({ activity, links });
  }

  const principals = dx.filter((d) => d.kind === 'Principal');
  for (const extra of principals.slice(1)) {
    errors.push({ code: 'intake.principal', message: `Row ${extra.line}, column ${headingOf('type')}: expected one principal diagnosis, found a second one (${extra.code}).`, severity: 'error', line: extra.line, column: (columns.get('type') ?? 0) + 1, where: headingOf('type') });
  }
  let firstDx = principals.length === 0;
  const diagnoses: Diagnosis[] = dx.map((d) => {
    let type = d.kind;
    if (type === 'DX') {
      type = firstDx ? 'Principal' : 'Secondary';
      firstDx = false;
    }
    return { type, code: d.code, dxInfo: d.poa === '' ? [] : [{ type: 'POA', code: d.poa }], extensions: [] };
  });
  const codes = diagnoses.map((d) => d.code);
  const activities = acts.map((a, n): Activity => {
    const r = resolveLinks(a.links, codes, (link, message) => ({ code: 'intake.link', message: `Row ${link.line}, column ${headingOf('links')}: ${message}.`, severity: 'error', line: link.line, column: link.column, where: headingOf('links') }));
    errors.push(...r.errors);
    return { ...a.activity, id: String(n + 1), diagnosisLinks: r.codes };
  });
  if (errors.length > 0) return { ok: false, errors: errors.sort((x, y) => (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0)) };
  if (diagnoses.length + activities.length === 0) {
    return { ok: false, errors: [{ code: 'intake.empty', message: `Row ${headingRow.line}: expected diagnosis or activity rows under the heading row, found none.`, severity: 'error', line: headingRow.line }] };
  }
  const base = emptyDocument(options.profile ?? 'DOH');
  const document: EncounterDocument = { ...base, claim: { ...base.claim, diagnoses, activities } };
  return { ok: true, value: { document, warnings } };
}
