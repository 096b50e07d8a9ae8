import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { isInpatient, type EncounterDocument } from '@/domain/claim';
import {
  allProfiles,
  applyDrgResultToClaim,
  BASIC_PROFILE_ID,
  calculateDrgPayment,
  DRG_ACTIVITY_TYPE,
  DRG_ASSUMPTION_INFO,
  drgInputsFromDocument,
  type DrgClaimChange,
  type DrgClaimTarget,
  type DrgCostResult,
  type DrgDocumentInputs,
  type DrgPaymentResult,
  type DrgStep,
} from '@/domain/drg';
import { parseDecimal } from '@/domain/money';
import type { Issue } from '@/domain/shared/result';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import { copyText, todayIso } from '@/ui/lib/browser';
import type { ManualDrg, StoredDrgData } from '@/ui/lib/drg-table-store';
import { drgDataQuery } from '../api/drg-data';
import { encounterValues, isOverridden, surgeryLabel, toPaymentInput, withOverride, type PanelInputKey, type PanelOverrides } from '../model/panel-input';
import { explanationText, ExplanationDialog } from './explanation-dialog';
import { ManualDrgForm } from './manual-drg-form';
import { OverridableField } from './overridable-field';
import { ResultTable, StatusBadge } from './result-table';
import { StepList, stepKeys } from './steps';
import { DrgTablesDialog } from './tables-dialog';

export type DrgPanelProps = {
  /** The open encounter, as the editor holds it now. */
  document: EncounterDocument;
  /** Applies a whole-document change through the workspace's undoable history. */
  onApply: (next: EncounterDocument, label: string) => void;
};

/**
 * The IR-DRG payment panel: prices the open inpatient encounter under DOH Addendum 05 and shows
 * every figure with the rule and the arithmetic behind it. Inputs come from the encounter and
 * can be overridden; the result can be written into the claim (undoable). All payment maths is
 * done by src/domain/drg; the panel renders its steps.
 */
export function DrgPanel({ document: doc, onApply }: DrgPanelProps) {
  const [tablesOpen, setTablesOpen] = useState(false);
  const query = useQuery(drgDataQuery);
  // The panel follows the editor at a lower priority than the findings, so typing stays quick,
  // and keeps its document while the coder types in a field the DRG does not read.
  const shown = useDrgView(useDeferredValue(doc));
  const latestDoc = useRef(doc);
  useLayoutEffect(() => {
    latestDoc.current = doc;
  }, [doc]);
  const latest = useCallback(() => latestDoc.current, []);
  const openTables = useCallback(() => setTablesOpen(true), []);
  const type = doc.claim.encounter.type.trim();
  const hasDrgLine = doc.claim.activities.some((a) => a.type.trim() === DRG_ACTIVITY_TYPE);
  const applicable = isInpatient(type) || hasDrgLine;

  return (
    <section aria-labelledby="drg-panel-title" className="rounded-lg border border-slate-300 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="drg-panel-title" className="text-sm font-bold uppercase tracking-wide text-brand-800">
          IR-DRG payment
        </h2>
        <Button size="sm" variant="ghost" onClick={openTables}>
          Tables and settings…
        </Button>
      </div>
      {!applicable ? (
        <p className="mt-1 text-sm text-slate-700">
          Not shown: encounter type {type === '' ? '(empty)' : type} is not inpatient (3 or 4) and the claim has no IR-DRG line (type 9). IR-DRG pricing is for inpatient stays.
        </p>
      ) : query.isPending ? (
        <p className="mt-1 text-sm text-slate-700">Loading the IR-DRG tables…</p>
      ) : query.isError ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          The IR-DRG tables could not be read from this browser's storage: {query.error.message}
        </p>
      ) : (
        <DrgCalculator doc={shown} latest={latest} data={query.data} onApply={onApply} onOpenTables={openTables} />
      )}
      <DrgTablesDialog open={tablesOpen} onClose={() => setTablesOpen(false)} />
    </section>
  );
}

/** The parts of the document the DRG calculation and the panel read. */
function drgKey(doc: EncounterDocument): string {
  const c = doc.claim;
  return JSON.stringify([doc.payerProfile, c.id, c.payerId, c.encounter, c.activities, doc.patient.dateOfBirth]);
}

/** The same document object for as long as the parts the panel reads stay the same. */
function useDrgView(doc: EncounterDocument): EncounterDocument {
  const kept = useRef<{ key: string; doc: EncounterDocument } | null>(null);
  const key = drgKey(doc);
  if (kept.current?.key !== key) kept.current = { key, doc };
  return kept.current.doc;
}

/** Issue codes of the calculation that belong to one input, so the input can show them. */
const ISSUE_FIELD: Record<string, PanelInputKey> = {
  'drg.code.missing': 'drgCode',
  'drg.code.format': 'drgCode',
  'drg.admission.format': 'admission',
  'drg.discharge.format': 'discharge',
  'drg.dates.order': 'discharge',
  'drg.los.number': 'los',
  'drg.los.missing': 'los',
  'drg.age.number': 'age',
  'drg.dob.format': 'age',
  'drg.dob.after-admission': 'age',
  'drg.cost.number': 'cost',
  'drg.add-on.number': 'addOn',
  'drg.split.expiry': 'payer1LastCovered',
  'drg.split.days': 'coveredDays',
  'drg.split.surgery-date': 'leadingSurgery',
  'drg.case-type.unknown': 'caseType',
};

/** Encounter findings the calculation itself does not repeat. */
const ENCOUNTER_ISSUES = new Set(['drg.stay.open', 'drg.line.many', 'drg.line.missing', 'drg.encounter.not-inpatient']);

const CASE_OPTIONS = [
  ['medical', 'Medical (IM)'],
  ['surgical', 'Surgical (IP)'],
  ['unknown', 'Not known: choose'],
] as const;

function sameAmount(a: string, b: string): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return x.ok && y.ok && x.value.value.eq(y.value.value);
}

/** Whether the claim already carries these payment lines (each once, with its Net). */
function claimCarries(doc: EncounterDocument, result: DrgPaymentResult): boolean {
  if (result.claimLines.length === 0) return false;
  return result.claimLines.every((l) => doc.claim.activities.some((a) => a.type.trim() === l.activityType && a.code.trim() === l.code && sameAmount(a.net, l.net)));
}

/** Where the cost comes from, in words: typed, not needed, or how many activities the tariff priced. */
function costHint(typed: boolean, result: DrgPaymentResult, fromEncounter: DrgCostResult | null): string {
  if (typed) return 'Typed in: used instead of the tariff prices.';
  if (result.drg?.mentalHealth) return 'Not used: a mental-health DRG takes the LOS outlier instead of the cost outlier.';
  const cost = result.cost ?? fromEncounter;
  if (!cost) return 'The activities priced at the Mandatory Tariff.';
  const n = cost.lines.length;
  if (cost.tariffLabel === null) return `No Mandatory Tariff is loaded for the stay's date: none of the ${n} activities is priced. Import the tariff, or type the cost.`;
  if (!cost.complete) return `${cost.notPriced.length} of ${n} activities have no price in ${cost.tariffLabel}: the cost is a lower bound.`;
  return `All ${n} activities priced at ${cost.tariffLabel}.`;
}

/** The calculation for the panel's inputs; a DRG typed in by hand is used only when no weights table in effect lists the code. */
function calculate(prefill: DrgDocumentInputs, overrides: PanelOverrides, manual: ManualDrg | null, data: StoredDrgData) {
  const first = calculateDrgPayment(toPaymentInput(prefill, overrides, manual), data.tables, data.assumptions);
  if (manual && first.result.issues.some((i) => i.code === 'drg.code.unknown')) {
    return { calc: calculateDrgPayment(toPaymentInput(prefill, overrides, manual, true), data.tables, data.assumptions), manualUsed: true };
  }
  return { calc: first, manualUsed: false };
}

type CalculatorProps = {
  /** The document the panel shows (it may trail the editor by a keystroke). */
  doc: EncounterDocument;
  /** The document as it is now, for writing into it. */
  latest: () => EncounterDocument;
  data: StoredDrgData;
  onApply: DrgPanelProps['onApply'];
  onOpenTables: () => void;
};

// Memoised: while the coder types in a field the DRG does not read, the panel's deferred render is skipped.
const DrgCalculator = memo(function DrgCalculator({ doc, latest, data, onApply, onOpenTables }: CalculatorProps) {
  const { tables, assumptions, manualDrgs } = data;
  const { show } = useToast();
  const [overrides, setOverrides] = useState<PanelOverrides>({});
  const [fullView, setFullView] = useState<{ print: boolean } | null>(null);
  const [changes, setChanges] = useState<readonly DrgClaimChange[]>([]);
  const [editingManual, setEditingManual] = useState(false);

  const prefill = useMemo(() => drgInputsFromDocument(doc, tables, todayIso(), assumptions), [doc, tables, assumptions]);
  const code = (overrides.drgCode ?? prefill.input.drgCode).trim();
  const manual: ManualDrg | null = manualDrgs.find((m) => m.code === code) ?? null;
  const values = useMemo(() => encounterValues(prefill, manual), [prefill, manual]);
  const { calc, manualUsed } = useMemo(() => calculate(prefill, overrides, manual, data), [prefill, overrides, manual, data]);
  const result = calc.result;
  const changed = useChangedSteps(calc.steps);

  const unknownDrg = result.issues.some((i) => i.code === 'drg.code.unknown');
  const issues: Issue[] = [...prefill.issues.filter((i) => ENCOUNTER_ISSUES.has(i.code) && !result.issues.some((r) => r.code === i.code)), ...result.issues];
  const problemOf = (key: PanelInputKey) => result.issues.find((i) => i.severity === 'error' && ISSUE_FIELD[i.code] === key)?.message;

  const field = (key: PanelInputKey) => ({
    id: `drg-input-${key}`,
    value: overrides[key] ?? values[key],
    encounterValue: values[key],
    overridden: isOverridden(overrides, values, key),
    onChange: (v: string) => setOverrides((o) => withOverride(o, values, key, v)),
    onReset: () =>
      setOverrides((o) => {
        const { [key]: _gone, ...rest } = o;
        return rest;
      }),
    problem: problemOf(key),
  });
  const overriddenCount = (Object.keys(overrides) as PanelInputKey[]).filter((k) => isOverridden(overrides, values, k)).length;

  const title = `IR-DRG ${code || '(no code)'}, claim ${doc.claim.id || '(no claim ID)'}`;
  const split = result.split;
  const targets: ReadonlyArray<readonly [DrgClaimTarget, string]> =
    split?.rule === 'surgical-formula'
      ? [
          ['payer-1', 'Apply payer 1’s share to claim'],
          ['payer-2', 'Apply payer 2’s share to claim'],
        ]
      : [['single', 'Apply to claim']];
  const canApply = result.status !== 'incomplete' && result.claimLines.length > 0;
  const carried = claimCarries(doc, result);
  const changedSettings = DRG_ASSUMPTION_INFO.filter((i) => String(result.assumptions[i.key]) !== i.defaultValue);

  const apply = (target: DrgClaimTarget) => {
    // Work it out again from the document as it is now: the panel may show a render that is a
    // keystroke behind (it updates after the findings), and nothing typed may be lost.
    const now = latest();
    const nowPrefill = drgInputsFromDocument(now, tables, todayIso(), assumptions);
    const nowManual = manualDrgs.find((m) => m.code === (overrides.drgCode ?? nowPrefill.input.drgCode).trim()) ?? null;
    const out = applyDrgResultToClaim(now.claim, calculate(nowPrefill, overrides, nowManual, data).calc.result, target);
    setChanges(out.changes);
    if (!out.applied) return;
    const who = target === 'single' ? '' : target === 'payer-1' ? ', payer 1’s share' : ', payer 2’s share';
    onApply({ ...now, claim: out.claim }, `IR-DRG result written to the claim (${code}${who}, Net ${out.claim.net})`);
  };

  return (
    <div className="mt-1 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={result.status} />
        {result.total !== null && (
          <p className="text-sm">
            Total payment <span className="font-mono text-base font-bold">{result.total}</span> AED
          </p>
        )}
        {overriddenCount > 0 && (
          <p className="text-xs text-amber-950">
            <span aria-hidden="true">✎ </span>
            {overriddenCount} {overriddenCount === 1 ? 'input' : 'inputs'} overridden
          </p>
        )}
      </div>

      {issues.length > 0 && (
        <ul aria-label="Calculation messages" className="space-y-1 text-xs">
          {issues.map((i, n) => (
            <li key={`${i.code}-${n}`} className={`rounded border px-2 py-1 ${i.severity === 'error' ? 'border-red-700 bg-red-50 text-red-900' : 'border-amber-600 bg-amber-50 text-amber-950'}`}>
              <span className="font-semibold">
                <span aria-hidden="true">{i.severity === 'error' ? '✖ ' : '▲ '}</span>
                {i.severity === 'error' ? 'Error' : 'Warning'}:
              </span>{' '}
              {i.message}
            </li>
          ))}
        </ul>
      )}

      {code !== '' && /^\d{6}$/.test(code) && (unknownDrg || (manualUsed && editingManual)) && (
        <section aria-labelledby="drg-manual-title" className="rounded border border-slate-400 bg-slate-50 p-2">
          <h3 id="drg-manual-title" className="text-sm font-semibold">
            Enter DRG {code} by hand
          </h3>
          <p className="mb-2 text-xs text-slate-700">
            No weights table in effect lists DRG {code}. Type its RW, ALOS and trims from the Mandatory Tariff, or{' '}
            <button type="button" className="underline" onClick={onOpenTables}>
              import the weights table
            </button>
            . It is kept in this browser and every step that uses it says “Manual entry”.
          </p>
          <ManualDrgForm key={code} code={code} initial={manual ?? undefined} onSaved={() => setEditingManual(false)} {...(manualUsed ? { onCancel: () => setEditingManual(false) } : {})} />
        </section>
      )}
      {manualUsed && !editingManual && manual && (
        <p className="rounded border border-slate-300 bg-slate-50 px-2 py-1 text-xs">
          <span className="font-semibold">DRG {code} entered by hand</span> (RW {manual.relativeWeight}, ALOS {manual.alos || '–'}, trims {manual.lowTrim || '–'}–{manual.highTrim || '–'}): no weights table in
          effect lists it.{' '}
          <button type="button" className="font-semibold text-brand-700 underline" onClick={() => setEditingManual(true)}>
            Change the manual entry
          </button>
        </p>
      )}

      <details open className="rounded border border-slate-200 p-2">
        <summary className="cursor-pointer text-xs font-bold uppercase text-slate-700">Inputs (from the encounter; change any to try another value)</summary>
        <fieldset className="mt-2">
          <legend className="text-xs font-semibold text-slate-800">The stay</legend>
          <div className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-2">
            <OverridableField {...field('drgCode')} label="IR-DRG code" mono inputMode="numeric" hint="From the type-9 activity." />
            <OverridableField
              {...field('caseType')}
              kind="select"
              label="Medical or surgical"
              options={CASE_OPTIONS}
              hint={prefill.caseTypeSource === 'description' ? 'From the DRG description (IM/IP).' : manual ? 'From the description entered by hand.' : 'Not in the DRG description: choose.'}
            />
            <OverridableField {...field('admission')} label="Admission" mono placeholder="dd/mm/yyyy hh:mm" hint="Encounter Start." />
            <OverridableField {...field('discharge')} label="Discharge" mono placeholder="dd/mm/yyyy hh:mm" hint={prefill.stayOpen ? 'The stay is open: today stands in.' : 'Encounter End.'} />
            <OverridableField
              {...field('los')}
              value={overrides.los ?? result.lengthOfStay ?? values.los}
              label="Length of stay (days)"
              mono
              inputMode="decimal"
              hint={overrides.los === undefined ? 'Worked out from admission and discharge.' : 'Typed in: used as given.'}
            />
            <OverridableField
              {...field('age')}
              value={overrides.age ?? (result.ageYears === null ? values.age : String(result.ageYears))}
              label="Age on admission (years)"
              mono
              inputMode="numeric"
              hint={doc.patient.dateOfBirth ? 'From the date of birth and the admission.' : 'No date of birth on the encounter.'}
            />
          </div>
        </fieldset>
        <fieldset className="mt-3">
          <legend className="text-xs font-semibold text-slate-800">Payment</legend>
          <div className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-2">
            <OverridableField
              {...field('cost')}
              value={overrides.cost ?? (result.cost?.kind === 'activities' ? result.cost.amount : values.cost)}
              label="Cost for the outlier (AED)"
              mono
              inputMode="decimal"
              hint={costHint(overrides.cost !== undefined, result, prefill.cost)}
            />
            <OverridableField {...field('addOn')} label="HCPCS add-on payment (AED)" mono inputMode="decimal" placeholder="none" hint="Not on the e-claim: type it when the stay has one." />
            <OverridableField
              {...field('profileId')}
              kind="select"
              label="Payment profile"
              options={allProfiles(tables.profiles).map((p) => [p.id, p.name] as const)}
              hint={
                prefill.input.profileId !== undefined && prefill.input.profileId !== BASIC_PROFILE_ID
                  ? `Saved for payer ${doc.claim.payerId}.`
                  : `No profile is saved for payer ${doc.claim.payerId || '(none)'}: the DOH Basic product.`
              }
            />
          </div>
        </fieldset>
        <fieldset className="mt-3">
          <legend className="text-xs font-semibold text-slate-800">Second payer during the stay (§4.4.2.4)</legend>
          <div className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-2">
            <OverridableField
              {...field('payer1LastCovered')}
              label="Payer 1 covers until"
              mono
              placeholder="dd/mm/yyyy"
              hint="Payer 1's policy expiry (last covered date). Not on the e-claim: leave empty when one payer covers the whole stay."
            />
            {prefill.surgeries.length > 0 ? (
              <OverridableField {...field('leadingSurgery')} kind="select" label="Surgery that led to the DRG" options={prefill.surgeries.map((s) => [s.activityId, surgeryLabel(s)] as const)} hint="Surgical cases: decides the split." />
            ) : (
              <OverridableField {...field('leadingSurgery')} label="Surgery that led to the DRG" mono placeholder="dd/mm/yyyy hh:mm" hint="No surgery (CPT 10004–69990) on the claim: type its date for a surgical case." />
            )}
            {(overrides.payer1LastCovered ?? '').trim() !== '' && (
              <>
                <OverridableField
                  {...field('coveredDays')}
                  value={overrides.coveredDays ?? split?.coveredDays ?? ''}
                  label="X: days covered by payer 1"
                  mono
                  inputMode="decimal"
                  hint={overrides.coveredDays === undefined ? 'Counted from the dates.' : 'Typed in (with Y).'}
                />
                <OverridableField
                  {...field('totalDays')}
                  value={overrides.totalDays ?? split?.totalDays ?? ''}
                  label="Y: days of the admission"
                  mono
                  inputMode="decimal"
                  hint={overrides.totalDays === undefined ? 'Counted from the dates.' : 'Typed in (with X).'}
                />
              </>
            )}
          </div>
        </fieldset>
        {overriddenCount > 0 && (
          <Button size="sm" className="mt-2" onClick={() => setOverrides({})}>
            Reset all inputs to the encounter
          </Button>
        )}
      </details>

      <ResultTable result={result} />

      <section aria-labelledby="drg-apply-title" className="rounded border border-slate-200 p-2">
        <h3 id="drg-apply-title" className="text-xs font-bold uppercase text-slate-700">
          E-claim lines
        </h3>
        <p className="mt-1 text-xs text-slate-700">
          Writes the IR-DRG line (base payment), service codes 99 / 99-02 / 99-03 and Net 0.00 on every other activity (§4.4.1); Claim Net becomes the DRG payment. You can undo it.
        </p>
        {canApply && carried && changes.length === 0 && (
          <p className="mt-1 text-xs font-medium text-emerald-900">
            <span aria-hidden="true">✓ </span>The claim carries these lines.
          </p>
        )}
        <div className="mt-2 flex flex-wrap gap-2">
          {targets.map(([target, label]) => (
            <Button key={target} variant="primary" size="sm" disabled={!canApply} onClick={() => apply(target)}>
              {label}
            </Button>
          ))}
        </div>
        {!canApply && <p className="mt-1 text-xs text-slate-700">Nothing to write until the calculation is complete (see the errors above).</p>}
        {changes.length > 0 && (
          <div role="status" className="mt-2 text-xs">
            <p className="font-semibold">Changes made to the claim:</p>
            <ul className="list-disc pl-4">
              {changes.map((c, i) => (
                <li key={i}>{c.message}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="drg-explanation-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="drg-explanation-title" className="text-xs font-bold uppercase text-slate-700">
            Explanation ({calc.steps.length} steps)
          </h3>
          <div className="flex flex-wrap gap-1">
            <Button size="sm" onClick={() => setFullView({ print: false })}>
              Open full view
            </Button>
            <Button size="sm" onClick={() => setFullView({ print: true })}>
              Print explanation…
            </Button>
            <Button
              size="sm"
              onClick={() =>
                void copyText(explanationText(title, calc)).then((ok) =>
                  show(ok ? 'Explanation copied as text.' : 'The browser did not allow copying.', { tone: ok ? 'success' : 'error' }),
                )
              }
            >
              Copy as text
            </Button>
          </div>
        </div>
        <ChangedAnnouncement steps={calc.steps} changed={changed} />
        <div className="mt-1">
          <StepList steps={calc.steps} changed={changed} />
        </div>
      </section>

      {result.guidance.length > 0 && (
        <section aria-labelledby="drg-guidance-title">
          <h3 id="drg-guidance-title" className="text-xs font-bold uppercase text-slate-700">
            For the coder
          </h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-4 text-xs">
            {result.guidance.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </section>
      )}

      <p className="text-xs text-slate-700">
        Open points of the addendum are settings:{' '}
        {changedSettings.length === 0 ? 'all at their defaults' : `${changedSettings.length} changed (${changedSettings.map((i) => i.label).join('; ')})`}.{' '}
        <button type="button" className="font-semibold text-brand-700 underline" onClick={onOpenTables}>
          See the settings
        </button>
      </p>

      <ExplanationDialog open={fullView !== null} printOnOpen={fullView?.print ?? false} onClose={() => setFullView(null)} title={title} calc={calc} />
    </div>
  );
});

/** Keys of the steps whose numbers changed (or that appeared) with the last change of an input. */
function useChangedSteps(steps: readonly DrgStep[]): ReadonlySet<string> {
  const previous = useRef<Map<string, string> | null>(null);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const keys = stepKeys(steps);
    const now = new Map(steps.map((s, i) => [keys[i] ?? String(i), `${s.substituted}\u0000${s.result}`]));
    const before = previous.current;
    previous.current = now;
    if (!before) return;
    const diff = new Set([...now].filter(([k, v]) => before.get(k) !== v).map(([k]) => k));
    if (diff.size > 0) setChanged(diff);
  }, [steps]);
  return changed;
}

/** Tells screen-reader users which steps changed (sighted users see them marked "updated"). */
function ChangedAnnouncement({ steps, changed }: { steps: readonly DrgStep[]; changed: ReadonlySet<string> }) {
  const keys = stepKeys(steps);
  const labels = steps.filter((_, i) => changed.has(keys[i] ?? '')).map((s) => s.label);
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {labels.length > 0 ? `${labels.length} ${labels.length === 1 ? 'step' : 'steps'} updated: ${labels.join('; ')}.` : ''}
    </p>
  );
}
