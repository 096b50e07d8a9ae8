// CDI review speed: the screen re-runs the note scan and the support check on every
// change of the draft, so one run must stay well inside a frame budget for a typical
// note and inside a keystroke for a long one. The note is the synthetic CDI demo, and a
// long note made by repeating it 40 times (about 4,000 words).
import { checkDocumentation, lookupFromCatalog } from '../src/domain/cdi/index.ts';
import { emptyDiagnosis, emptyDocument, type EncounterDocument } from '../src/domain/claim/index.ts';
import { createCodeCatalog } from '../src/domain/codes/index.ts';
import { CODE_SET_CONTEXT, STARTER_CODE_SETS } from '../src/data/codes/index.ts';
import { CDI_CUES_STARTER } from '../src/data/cdi-packs/index.ts';
import { info, time, timingFigure, type BenchFigure } from './bench-kit.ts';

const NOTE = [
  'Internal medicine clinic follow-up, 18/11/2025.',
  '58-year-old woman with type 2 diabetes with hyperglycemia: HbA1c 9.1%, fasting glucose 14 mmol/L on metformin.',
  'Left knee pain for three weeks, worse on stairs; no swelling, no trauma.',
  'Denies chest pain but reports shortness of breath on climbing two flights of stairs.',
  'Known hypertension on amlodipine 5 mg daily; BP 150/95 today.',
  'Irregularly irregular pulse 96/min. ECG (12-lead, in clinic): suspected atrial fibrillation, Holter arranged.',
  'Assessment: type 2 diabetes mellitus with hyperglycemia; left knee pain, probable early osteoarthritis; exertional shortness of breath.',
  'Plan: add gliclazide, knee X-ray, Holter monitor, review in four weeks.',
].join('\n');

function demoDocument(): EncounterDocument {
  const base = emptyDocument('DOH');
  const dx = ['E11.65', 'M25.562', 'R06.02', 'K21.9', 'I48.91', 'R07.9'].map((c, i) => emptyDiagnosis(i === 0 ? 'Principal' : 'Secondary', c));
  return { ...base, note: NOTE, claim: { ...base.claim, encounter: { ...base.claim.encounter, type: '1', start: '2025-11-18T10:00' }, diagnoses: dx } };
}

export function run(): Promise<BenchFigure[]> {
  const catalog = createCodeCatalog(STARTER_CODE_SETS, CODE_SET_CONTEXT);
  const demo = demoDocument();
  const lookup = lookupFromCatalog(catalog, demo.claim.encounter.start);
  const typical = time(() => checkDocumentation(demo, CDI_CUES_STARTER, lookup), { runs: 50, warmup: 5 });
  const longNote = Array.from({ length: 40 }, () => NOTE).join('\n');
  const long = { ...demo, note: longNote };
  const longTiming = time(() => checkDocumentation(long, CDI_CUES_STARTER, lookup), { runs: 15, warmup: 2 });
  return Promise.resolve([
    info('cdi: long note', `${longNote.split(/\s+/).length} words, ${longNote.split('\n').length} lines`),
    timingFigure('cdi: scan + support check, demo note (8 lines, 6 codes)', typical, 8),
    timingFigure('cdi: scan + support check, long note', longTiming, 100),
  ]);
}
