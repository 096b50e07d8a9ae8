import { emptyActivity, emptyDiagnosis, linkKey, nextActivityId, type Activity, type EncounterDocument } from '../claim';
import { D, parseDecimal } from '../money';
import type { KeyField, Scenario, ScenarioKey } from './scenario.schema';

/**
 * Moving between an encounter document and a scenario's key: what the learner starts from,
 * the key written onto the case (for the engine check), and a key read from a coded encounter
 * ("use current encounter as key").
 */

/** Activity type of the IR-DRG line. */
const DRG_TYPE = '9';
/** DOH service codes (type 8) that carry DRG payments: add-on, outliers, CAHMS (src/domain/drg claim-lines). */
const DRG_SERVICE_CODES = new Set(['98', '99', '99-02', '99-03']);

/**
 * True for the lines that carry an IR-DRG payment (the type-9 line and the type-8 98/99 lines).
 * @example isDrgLine({ type: '8', code: '99' }) //=> true
 */
export function isDrgLine(a: Pick<Activity, 'type' | 'code'>): boolean {
  const type = a.type.trim();
  return type === DRG_TYPE || (type === '8' && DRG_SERVICE_CODES.has(a.code.trim()));
}

function getField(doc: EncounterDocument, field: KeyField): string {
  const c = doc.claim;
  switch (field) {
    case 'memberId':
      return c.memberId;
    case 'payerId':
      return c.payerId;
    case 'emiratesIdNumber':
      return c.emiratesIdNumber;
    case 'dateOfBirth':
      return doc.patient.dateOfBirth;
    case 'sex':
      return doc.patient.sex;
    case 'encounterType':
      return c.encounter.type;
    case 'encounterStart':
      return c.encounter.start;
    case 'encounterEnd':
      return c.encounter.end;
  }
}

/**
 * The value of a key field in a document.
 * @example fieldValue(doc, 'memberId') //=> '1011-2233-4455'
 */
export function fieldValue(doc: EncounterDocument, field: KeyField): string {
  return getField(doc, field);
}

function setField(doc: EncounterDocument, field: KeyField, value: string): EncounterDocument {
  const c = doc.claim;
  const enc = c.encounter;
  switch (field) {
    case 'memberId':
    case 'payerId':
    case 'emiratesIdNumber':
      return { ...doc, claim: { ...c, [field]: value } };
    case 'dateOfBirth':
    case 'sex':
      return { ...doc, patient: { ...doc.patient, [field]: value } };
    case 'encounterType':
      return { ...doc, claim: { ...c, encounter: { ...enc, type: value } } };
    case 'encounterStart':
      return { ...doc, claim: { ...c, encounter: { ...enc, start: value } } };
    case 'encounterEnd':
      return { ...doc, claim: { ...c, encounter: { ...enc, end: value } } };
  }
}

/**
 * The case with the key written in: the key's diagnoses (in order, POA when given), its
 * procedures on the case's charge lines (in order; new lines start with the encounter), the
 * DRG line with the key's payment, and the key's fields. This is what the engine checks.
 * @param start - the case as the learner receives it
 * @param key - the answer key
 * @example applyKey(scenario.start, scenario.key).claim.diagnoses[0].code //=> 'R07.2'
 */
export function applyKey(start: EncounterDocument, key: ScenarioKey): EncounterDocument {
  const charges = start.claim.activities.filter((a) => !isDrgLine(a));
  const activities: Activity[] = key.procedures.map((p, i) => {
    const base = charges[i] ?? emptyActivity(String(i + 1), start.claim.encounter.start);
    return { ...base, type: p.type, code: p.code, quantity: p.quantity, modifiers: [...p.modifiers], diagnosisLinks: [...p.links] };
  });
  if (key.drg) {
    const existing = start.claim.activities.find((a) => a.type.trim() === DRG_TYPE);
    const line = existing ?? { ...emptyActivity(nextActivityId(activities), start.claim.encounter.start), type: DRG_TYPE };
    activities.push({ ...line, id: activities.some((a) => a.id === line.id) ? nextActivityId(activities) : line.id, code: key.drg.code, quantity: '1', net: key.drg.payment, modifiers: [], diagnosisLinks: [] });
  }
  let doc: EncounterDocument = {
    ...start,
    claim: {
      ...start.claim,
      diagnoses: key.diagnoses.map((d) => {
        const row = emptyDiagnosis(d.type, d.code);
        return d.poa ? { ...row, dxInfo: [{ type: 'POA', code: d.poa }] } : row;
      }),
      activities,
    },
  };
  for (const f of key.fields) doc = setField(doc, f.field, f.value);
  return doc;
}

/**
 * The case as a learner receives it from a coded encounter: diagnoses cleared (one empty
 * principal row), charge lines kept with their code, modifiers and links cleared, DRG payment
 * lines removed but for an empty IR-DRG line (and a DRG claim's Gross and Net cleared: they are the
 * payment), acknowledgements dropped.
 * @example startFromDocument(coded).claim.diagnoses //=> [{ type: 'Principal', code: '', dxInfo: [], extensions: [] }]
 */
export function startFromDocument(doc: EncounterDocument): EncounterDocument {
  const activities = doc.claim.activities
    .filter((a) => a.type.trim() === DRG_TYPE || !isDrgLine(a))
    .map((a) => ({ ...a, code: '', modifiers: [], diagnosisLinks: [], ...(a.type.trim() === DRG_TYPE ? { net: '' } : {}) }));
  // A DRG claim's totals are the payment: leave them for the learner to work out.
  const totals = doc.claim.activities.some((a) => a.type.trim() === DRG_TYPE) ? { gross: '', net: '' } : {};
  return { ...doc, claim: { ...doc.claim, ...totals, diagnoses: [emptyDiagnosis('Principal')], activities }, acknowledgements: [] };
}

function sumNet(lines: readonly Activity[]): string {
  let total = D('0');
  for (const l of lines) {
    const p = parseDecimal(l.net);
    if (p.ok) total = total.plus(p.value.value);
  }
  return total.toFixed(2);
}

/**
 * The payment an encounter's DRG lines carry: the sum of their nets, 2 places ('' when there is no IR-DRG line).
 * @example paymentOnClaim(docWithDrgLines) //=> '26100.00'
 */
export function paymentOnClaim(doc: EncounterDocument): string {
  const lines = doc.claim.activities.filter(isDrgLine);
  if (!lines.some((l) => l.type.trim() === DRG_TYPE && l.net.trim() !== '')) return '';
  return sumNet(lines);
}

/**
 * A key read from a coded encounter ("use current encounter as key"): its Principal and
 * Secondary diagnoses (principal first), its charge lines with modifiers and links, and the
 * IR-DRG with the payment its lines carry (the calculation holds the stay's dates; the author
 * adds cost, split or manual weights when the exercise needs them).
 * @example keyFromDocument(coded).diagnoses[0] //=> { code: 'R07.2', type: 'Principal', poa: '' }
 */
export function keyFromDocument(doc: EncounterDocument): ScenarioKey {
  const coded = doc.claim.diagnoses.filter((d) => d.code.trim() !== '' && (d.type === 'Principal' || d.type === 'Secondary'));
  const ordered = [...coded.filter((d) => d.type === 'Principal').slice(0, 1), ...coded.filter((d, i) => !(d.type === 'Principal' && coded.findIndex((x) => x.type === 'Principal') === i))];
  const seen = new Set<string>();
  const diagnoses = ordered.flatMap((d, i) => {
    const k = linkKey(d.code);
    if (seen.has(k)) return [];
    seen.add(k);
    return [{ code: d.code.trim(), type: i === 0 ? ('Principal' as const) : ('Secondary' as const), poa: d.dxInfo.find((x) => x.type === 'POA')?.code ?? '' }];
  });
  const procedures = doc.claim.activities
    .filter((a) => !isDrgLine(a) && a.code.trim() !== '')
    .map((a) => ({
      code: a.code.trim(),
      type: a.type.trim(),
      quantity: a.quantity.trim() || '1',
      modifiers: a.modifiers.map((m) => m.trim()).filter(Boolean),
      links: a.diagnosisLinks.filter((l) => seen.has(linkKey(l))),
    }));
  const drgLine = doc.claim.activities.find((a) => a.type.trim() === DRG_TYPE && /^\d{6}$/.test(a.code.trim()));
  const payment = paymentOnClaim(doc);
  const drg =
    drgLine && payment !== ''
      ? {
          code: drgLine.code.trim(),
          payment,
          calculation: {
            drgCode: drgLine.code.trim(),
            admission: doc.claim.encounter.start,
            discharge: doc.claim.encounter.end,
            caseType: 'unknown' as const,
            ...(doc.patient.dateOfBirth ? { dateOfBirth: doc.patient.dateOfBirth } : {}),
          },
        }
      : null;
  return { diagnoses, procedures, drg, fields: [] };
}

/**
 * The key document of a scenario (its start with the key applied).
 * @example keyDocument(scenario).claim.activities.length //=> 2
 */
export function keyDocument(scenario: Pick<Scenario, 'start' | 'key'>): EncounterDocument {
  return applyKey(scenario.start, scenario.key);
}
