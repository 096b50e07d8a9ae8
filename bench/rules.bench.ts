// Rules-engine speed on real reference data: one encounter of 10 diagnoses and 25
// activities, checked by every registered edit (runEdits over EDITS) against the full
// ICD-10-CM FY2022 codes file (72,750 codes, imported with the app's importer) and the
// full MCE v37 lists (imported with parseMceFile), with the starter rule packs.
// The shared data is read from ../shared/data (relative to the repo root), or
// SHARED_DATA_DIR, or /work/shared/data; never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createCodeCatalog, importCodeText } from '../src/domain/codes/index.ts';
import { emptyActivity, emptyDiagnosis, emptyDocument, type EncounterDocument } from '../src/domain/claim/index.ts';
import { buildProcedureTables, buildRuleTables, EDITS, parseMceFile, runEdits, type EditContext, type RulePack } from '../src/domain/rules/index.ts';
import { CODE_SET_CONTEXT, STARTER_CODE_SETS } from '../src/data/codes/index.ts';
import { STARTER_PACKS } from '../src/data/rule-packs/index.ts';

type BenchFigure = { name: string; measured: string; target: string; pass: boolean | null };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = [process.env['SHARED_DATA_DIR'], join(root, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));
const ICD_FILE = dataDir ? join(dataDir, 'icd10cm', 'icd10cm_codes_2022.txt') : undefined;
const MCE_FILE = dataDir ? join(dataDir, 'mce', 'MCE_Simple_Code_Edits_v37.txt') : undefined;

/** A date of service in FY2022, the release of the shared codes file. */
const DOS = '2022-03-15';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number) => `${x < 10 ? x.toFixed(3) : x.toFixed(0)} ms`;

/**
 * 10 diagnoses that exercise every ICD-10-CM edit (an unspecified code with a note
 * match, a heading, an Excludes1 pair, a pregnancy code for a male patient, a
 * first-listed-only Z code as secondary, an external cause, a manifestation) and 25
 * activities linked to them.
 */
export function encounter(): EncounterDocument {
  const base = emptyDocument('DOH');
  const codes = ['R07.9', 'E11.65', 'E10.9', 'I10', 'O80', 'Z00.00', 'W19.XXXA', 'S62.001A', 'G63', 'j45909'];
  const diagnoses = codes.map((c, i) => emptyDiagnosis(i === 0 ? 'Principal' : 'Secondary', c));
  const cpt = ['99214', '93000', '71046', '85025', '80053', '36415', '81001', '93306', '94010', '73110', '29125', '96372', 'J1100'];
  const activities = Array.from({ length: 25 }, (_, i) => ({
    ...emptyActivity(String(i + 1), `${DOS}T09:${String(10 + i).padStart(2, '0')}`),
    type: cpt[i % cpt.length]!.startsWith('J') ? '4' : '3',
    code: cpt[i % cpt.length]!,
    net: '100.00',
    clinician: 'GD23817',
    orderingClinician: 'GD23817',
    diagnosisLinks: [codes[i % codes.length]!, codes[(i + 3) % codes.length]!],
  }));
  return {
    ...base,
    header: { ...base.header, senderId: 'MF4821', receiverId: 'A001', dispositionFlag: 'TEST' },
    claim: {
      ...base.claim,
      id: 'BENCH-1',
      memberId: '1011-2233-4455',
      payerId: 'A001',
      providerId: 'MF4821',
      emiratesIdNumber: '784-1979-4820153-6',
      gross: '2500.00',
      patientShare: '0.00',
      net: '2500.00',
      encounter: { ...base.claim.encounter, facilityId: 'MF4821', type: '1', patientId: 'MRN-1', start: `${DOS}T09:00`, end: `${DOS}T11:00` },
      diagnoses,
      activities,
    },
    patient: { dateOfBirth: '1979-03-14', sex: 'M', motherMemberId: '' },
    note: 'Outpatient visit. Two days of precordial chest pain on exertion, no shortness of breath. Fall at home onto the right hand.',
  };
}

function measure(): BenchFigure[] {
  if (!ICD_FILE || !existsSync(ICD_FILE) || !MCE_FILE || !existsSync(MCE_FILE)) {
    return [{ name: 'rules engine', measured: 'skipped: icd10cm/icd10cm_codes_2022.txt or mce/MCE_Simple_Code_Edits_v37.txt not found (set SHARED_DATA_DIR)', target: '', pass: null }];
  }
  const figures: BenchFigure[] = [];
  const icd = importCodeText({ importer: 'icd10cm', text: readFileSync(ICD_FILE, 'utf8'), source: { fileName: 'icd10cm_codes_2022.txt', importedAt: '2025-10-01T09:00' } });
  if (!icd.ok) throw new Error(icd.errors[0]!.message);
  const mce = parseMceFile(readFileSync(MCE_FILE, 'utf8'), { fileName: 'MCE_Simple_Code_Edits_v37.txt' });
  if (!mce.ok) throw new Error(mce.errors[0]!.message);

  // Prepared once, as the workbench does: the catalog (its view is built on first use)
  // and the rule tables for the date of service. The starter packs are re-dated so that
  // every one is in force on the FY2022 date (their content is what is exercised).
  const catalog = createCodeCatalog([...STARTER_CODE_SETS, icd.value.codeSet], CODE_SET_CONTEXT);
  let t = performance.now();
  catalog.viewFor('icd10cm', DOS);
  const viewMs = performance.now() - t;
  const packs: RulePack[] = [...STARTER_PACKS.map((p) => ({ ...p, effectiveFrom: '2015-10-01' })), mce.value.pack];
  t = performance.now();
  const tables = buildRuleTables(packs, DOS);
  const tablesMs = performance.now() - t;
  // The procedure edits read the starter linkage, PTP, MUE and fee-schedule packs (bench/procedure-edits.bench.ts loads the CMS files).
  const ctx: EditContext = { profile: 'DOH', tables: { codeCatalog: catalog, ...tables, ...buildProcedureTables({ packs }) } };
  figures.push({ name: 'prepared once: ICD-10-CM FY2022 view (72,750 codes)', measured: ms(viewMs), target: '', pass: null });
  figures.push({ name: `prepared once: rule tables for the date (full MCE v37, ${mce.value.pack.entries.length.toLocaleString('en')} rows, + starter packs)`, measured: ms(tablesMs), target: '≤ 50 ms', pass: tablesMs <= 50 });

  const doc = encounter();
  const findings = runEdits(doc, ctx, EDITS);
  const byEdit = new Map<string, number>();
  for (const f of findings) byEdit.set(f.editId, (byEdit.get(f.editId) ?? 0) + 1);
  const notRun = findings.filter((f) => f.status !== 'fail');
  figures.push({
    name: `full edit pass finds (${EDITS.length} edits, 10 diagnoses × 25 activities)`,
    measured: `${findings.length} findings: ${[...byEdit.entries()].map(([id, n]) => `${id} ${n}`).join(', ')}`,
    target: '',
    pass: null,
  });
  figures.push({ name: 'edits that could not run on the bench claim (not checked / failed)', measured: String(notRun.length), target: '0', pass: notRun.length === 0 });

  // Each pass gets a fresh copy, as after a keystroke (the workbench clones the form
  // values), so nothing worked out for one document object is reused by the next pass.
  // The machine is shared: the passes run in 7 rounds of 600 and the target applies to
  // the median round's p95, so one round disturbed by another process does not decide it.
  for (let i = 0; i < 300; i++) runEdits(structuredClone(doc), ctx, EDITS); // warm-up
  const all: number[] = [];
  const cpu: number[] = [];
  const roundP95: number[] = [];
  for (let round = 0; round < 7; round++) {
    const times: number[] = [];
    for (let i = 0; i < 600; i++) {
      const copy = structuredClone(doc);
      const c = process.cpuUsage();
      const s = performance.now();
      runEdits(copy, ctx, EDITS);
      times.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    all.push(...times);
    roundP95.push(percentile(times, 95));
  }
  const p95 = percentile(roundP95, 50);
  figures.push({ name: 'full edit pass, median of 4,200', measured: ms(percentile(all, 50)), target: '', pass: null });
  figures.push({
    name: 'full edit pass p95 (all registered edits via runEdits; median of 7 rounds of 600)',
    measured: `${ms(p95)} (rounds: ${roundP95.map((x) => x.toFixed(2)).join(', ')}; all 4,200 together: ${ms(percentile(all, 95))}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
    target: '≤ 2 ms',
    pass: p95 <= 2,
  });
  // CPU time of this process per pass: what the checks cost, whatever else the machine runs.
  figures.push({ name: 'full edit pass, CPU time per pass: median / p95 of 4,200', measured: `${ms(percentile(cpu, 50))} / ${ms(percentile(cpu, 95))}`, target: '', pass: null });
  return figures;
}

/** The runner's entry point (bench/run.ts). */
export function run(): Promise<BenchFigure[]> {
  return Promise.resolve(measure());
}

export default run;
