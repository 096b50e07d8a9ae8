import { describe, expect, it } from 'vitest';
import { applyDrgResultToClaim, calculateDrgPayment } from '@/domain/drg';
import { CODE_CATALOG_TABLE } from '@/domain/codes';
import { buildProcedureTables, DRG_TABLES_KEY, EDITS, runEdits, type EditContext } from '@/domain/rules';
import { keyDocument, parseTrainingPack, scoreAttempt, toDrgPaymentInput, TOPICS, type Scenario } from '@/domain/training';
import { BUILT_IN_DRG_TABLES } from '@/data/drg';
import { STARTER_PACKS } from '@/data/rule-packs';
import { starterCatalog, starterRuleTables } from '@/testing/code-tables';
import { STARTER_TRAINING_PACK_INPUT, starterTrainingPack } from './index';

/**
 * The starter scenarios against the live engine: the pack validates, every key uses codes of the
 * starter code set, the key raises no reject finding (except the ones a scenario documents), and
 * every DRG payment is what the calculator gives.
 */

const pack = starterTrainingPack();
const catalog = starterCatalog();

/** The key as a coder finishes it: codes from the key, DRG lines written by the calculator (as the DRG panel does). */
function finishedKey(s: Scenario) {
  const doc = keyDocument(s);
  if (!s.key.drg) return doc;
  const calc = calculateDrgPayment(toDrgPaymentInput(s.key.drg.calculation), BUILT_IN_DRG_TABLES);
  const claim = applyDrgResultToClaim(doc.claim, calc.result).claim;
  // The panel leaves the clinician of new service-code lines to the coder: the attending at discharge, as on the DRG line.
  const drgLine = claim.activities.find((a) => a.type === '9');
  const activities = claim.activities.map((a) => (a.clinician === '' && drgLine ? { ...a, clinician: drgLine.clinician, orderingClinician: drgLine.orderingClinician } : a));
  return { ...doc, claim: { ...claim, activities } };
}

/** The context the workbench builds (use-encounter-checks.ts): starter code sets, starter rule packs for the date, the procedure tables, DRG tables. */
function contextFor(s: Scenario): EditContext {
  return {
    profile: s.start.payerProfile,
    tables: {
      ...starterRuleTables(s.start.claim.encounter.start.slice(0, 10)),
      ...buildProcedureTables({ packs: STARTER_PACKS }),
      [CODE_CATALOG_TABLE]: catalog,
      [DRG_TABLES_KEY]: { tables: BUILT_IN_DRG_TABLES, assumptions: {} },
    },
  };
}

describe('the starter training pack', () => {
  it('validates, with at least 25 scenarios and unique ids', () => {
    expect(parseTrainingPack(STARTER_TRAINING_PACK_INPUT).ok).toBe(true);
    expect(pack.scenarios.length).toBeGreaterThanOrEqual(25);
  });

  it('covers every Dhamani rejection cause, Excludes1, age/sex, 25/57, 26/TC and the DRG exercises', () => {
    const topics = new Set(pack.scenarios.flatMap((s) => s.topics));
    const required = ['missing-diagnosis', 'non-specific-diagnosis', 'linkage', 'modifier-50', 'modifier-59', 'patient-data', 'documentation', 'excludes1', 'age-sex', 'modifier-25', 'modifier-57', 'modifier-26-tc', 'drg-cost-outlier', 'drg-mental-health-outlier', 'drg-cahms', 'drg-split-payer', 'drg-rounding'];
    expect(required.filter((t) => !topics.has(t))).toEqual([]);
    expect([...topics].filter((t) => !(t in TOPICS))).toEqual([]);
    expect(pack.scenarios.filter((s) => s.key.drg).length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(pack.scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, s) => {
  const date = s.start.claim.encounter.start;

  it('keys only codes of the starter code set', () => {
    const unknown = [
      ...s.key.diagnoses.filter((d) => !catalog.isBillable('icd10cm', d.code, date)).map((d) => d.code),
      ...s.key.procedures.filter((p) => !catalog.isBillable(p.type === '4' ? 'hcpcs' : 'cpt', p.code, date)).map((p) => p.code),
      ...s.key.procedures.flatMap((p) => p.modifiers).filter((m) => !catalog.modifier(m, date)),
    ];
    expect(unknown).toEqual([]);
  });

  it('raises no reject finding in the live engine (except the documented ones)', () => {
    const findings = runEdits(finishedKey(s), contextFor(s), EDITS);
    const rejects = findings.filter((f) => f.status === 'fail' && f.severity === 'reject').map((f) => `${f.editId}: ${f.message}`);
    const allowed = new Set(s.expectedFindings.map((e) => e.editId));
    expect(rejects.filter((r) => !allowed.has(r.split(':')[0] ?? ''))).toEqual([]);
    const failedToRun = findings.filter((f) => f.status === 'edit-failed').map((f) => f.editId);
    expect(failedToRun).toEqual([]);
    // Every edit had what it needs: the key is really checked, not passed by silence. The one
    // exception: a DRG outside Appendix A, whose weights the learner enters by hand in the panel
    // (the claim edits cannot see them, and say so).
    const manualDrg = s.key.drg?.calculation.manualDrg !== undefined;
    const notChecked = findings
      .filter((f) => f.status === 'not-checked')
      .filter((f) => !(manualDrg && f.editId.startsWith('DRG-') && f.message.includes('is not in any weights table')))
      .map((f) => `${f.editId}: ${f.message}`);
    expect(notChecked).toEqual([]);
  });

  it('scores its own key 100 %', () => {
    expect(scoreAttempt(s.key, { document: keyDocument(s), payment: s.key.drg?.payment }).percent).toBe(100);
  });

  it('gives the learner a case without the answers', () => {
    expect(s.start.claim.diagnoses.filter((d) => d.code.trim() !== '')).toEqual([]);
    expect(s.start.claim.activities.filter((a) => a.code.trim() !== '')).toEqual([]);
    expect(s.start.note.trim()).not.toBe('');
    if (s.key.drg) expect(JSON.stringify(s.start)).not.toContain(s.key.drg.payment);
  });
});

const drgExercises = pack.scenarios.flatMap((s) => (s.key.drg ? [[s.id, s, s.key.drg] as const] : []));

describe.each(drgExercises)('DRG exercise %s', (_id, s, drg) => {
  it('has a payment the DRG calculator reproduces', () => {
    const calc = calculateDrgPayment(toDrgPaymentInput(drg.calculation), BUILT_IN_DRG_TABLES);
    expect(calc.result.status).toBe('complete');
    expect(calc.result.total).toBe(drg.payment);
    expect([drg.calculation.admission, drg.calculation.discharge]).toEqual([s.start.claim.encounter.start, s.start.claim.encounter.end]);
  });
});
