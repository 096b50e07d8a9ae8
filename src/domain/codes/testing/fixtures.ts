/**
 * Small files in the real CMS layouts, written for tests (titles are the public
 * ICD-10-CM / HCPCS titles of the codes used).
 */

/** A line of the CMS ICD-10-CM codes file: code left-justified in 7 columns, a space, the title. */
export function codesLine(code: string, title: string): string {
  return `${code.padEnd(7)} ${title}`;
}

/** A line of the CMS ICD-10-CM order file. */
export function orderLine(order: number, code: string, billable: boolean, short: string, long = short): string {
  return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${billable ? '1' : '0'} ${short.padEnd(60)} ${long}`;
}

/** A 320-character record of the CMS HCPCS file. */
export function hcpcsRecord(fields: {
  code: string;
  seq?: string;
  recordId: '3' | '4' | '7' | '8';
  long: string;
  short?: string;
  added?: string;
  actionEffective?: string;
  terminated?: string;
  action?: string;
}): string {
  const chars = Array.from({ length: 320 }, () => ' ');
  const put = (at: number, text: string) => [...text].forEach((c, i) => (chars[at + i] = c));
  put(0, fields.code.length === 2 ? `   ${fields.code}` : fields.code.padEnd(5));
  put(5, fields.seq ?? '00100');
  put(10, fields.recordId);
  put(11, fields.long.slice(0, 80));
  if (fields.short) put(91, fields.short.slice(0, 28));
  if (fields.added) put(268, fields.added);
  if (fields.actionEffective) put(276, fields.actionEffective);
  if (fields.terminated) put(284, fields.terminated);
  if (fields.action) put(292, fields.action);
  return chars.join('');
}

/** Chest pain, diabetes, hypertension, knee OA, wrist fracture and corneal foreign body families, as the CMS codes file lists them. */
export const ICD_CODES_FIXTURE = [
  ['A000', 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
  ['A001', 'Cholera due to Vibrio cholerae 01, biovar eltor'],
  ['A009', 'Cholera, unspecified'],
  ['E1100', 'Type 2 diabetes mellitus with hyperosmolarity without nonketotic hyperglycemic-hyperosmolar coma (NKHHC)'],
  ['E1101', 'Type 2 diabetes mellitus with hyperosmolarity with coma'],
  ['E1165', 'Type 2 diabetes mellitus with hyperglycemia'],
  ['E118', 'Type 2 diabetes mellitus with unspecified complications'],
  ['E119', 'Type 2 diabetes mellitus without complications'],
  ['I10', 'Essential (primary) hypertension'],
  ['I110', 'Hypertensive heart disease with heart failure'],
  ['I119', 'Hypertensive heart disease without heart failure'],
  ['M170', 'Bilateral primary osteoarthritis of knee'],
  ['M1710', 'Unilateral primary osteoarthritis, unspecified knee'],
  ['M1711', 'Unilateral primary osteoarthritis, right knee'],
  ['M1712', 'Unilateral primary osteoarthritis, left knee'],
  ['M179', 'Osteoarthritis of knee, unspecified'],
  ['N390', 'Urinary tract infection, site not specified'],
  ['R070', 'Pain in throat'],
  ['R071', 'Chest pain on breathing'],
  ['R072', 'Precordial pain'],
  ['R0781', 'Pleurodynia'],
  ['R0782', 'Intercostal pain'],
  ['R0789', 'Other chest pain'],
  ['R079', 'Chest pain, unspecified'],
  ['S62001A', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture'],
  ['S62001B', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for open fracture'],
  ['S62001D', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, subsequent encounter for fracture with routine healing'],
  ['S62001S', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, sequela'],
  ['S62002A', 'Unspecified fracture of navicular [scaphoid] bone of left wrist, initial encounter for closed fracture'],
  ['S62002S', 'Unspecified fracture of navicular [scaphoid] bone of left wrist, sequela'],
  ['S62009A', 'Unspecified fracture of navicular [scaphoid] bone of unspecified wrist, initial encounter for closed fracture'],
  ['S62009S', 'Unspecified fracture of navicular [scaphoid] bone of unspecified wrist, sequela'],
  ['T1501XA', 'Foreign body in cornea, right eye, initial encounter'],
  ['T1501XD', 'Foreign body in cornea, right eye, subsequent encounter'],
  ['T1501XS', 'Foreign body in cornea, right eye, sequela'],
  ['W19XXXA', 'Unspecified fall, initial encounter'],
] as const;

/** The codes fixture as file text. */
export const ICD_CODES_TEXT = ICD_CODES_FIXTURE.map(([c, t]) => codesLine(c, t)).join('\n') + '\n';

/** The R07 family as the CMS order file lists it (headers with official titles). */
export const ICD_ORDER_TEXT =
  [
    orderLine(1, 'R07', false, 'Pain in throat and chest'),
    orderLine(2, 'R070', true, 'Pain in throat'),
    orderLine(3, 'R071', true, 'Chest pain on breathing'),
    orderLine(4, 'R072', true, 'Precordial pain'),
    orderLine(5, 'R078', false, 'Other chest pain'),
    orderLine(6, 'R0781', true, 'Pleurodynia'),
    orderLine(7, 'R0782', true, 'Intercostal pain'),
    orderLine(8, 'R0789', true, 'Other chest pain'),
    orderLine(9, 'R079', true, 'Chest pain, unspecified'),
    orderLine(10, 'S62001', false, 'Unsp fracture of navicular bone of right wrist', 'Unspecified fracture of navicular [scaphoid] bone of right wrist'),
    orderLine(11, 'S62001A', true, 'Unsp fx right wrist, init for clos fx', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture'),
    orderLine(12, 'S62001D', true, 'Unsp fx right wrist, subs for fx w routn heal', 'Unspecified fracture of navicular [scaphoid] bone of right wrist, subsequent encounter for fracture with routine healing'),
  ].join('\n') + '\n';
