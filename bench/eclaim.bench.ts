// E-claim codec: a deterministic, realistic 1,000-claim submission (3–10 diagnoses and
// 5–25 activities per claim, modifiers, diagnosis links, POA, observations) serialized
// to XML in memory, then parsed and serialized in Node. Targets: parse ≤ 300 ms,
// serialize ≤ 300 ms (median of 15 runs after 3 warm-up runs; p95 shown beside it).
import { parseSubmission, serializeSubmission } from '../src/domain/eclaim/index.ts';
import { generateSubmission } from '../src/testing/eclaim/generate-submission.ts';
import { info, time, timingFigure, type BenchFigure } from './bench-kit.ts';

const CLAIMS = 1000;

export function run(): Promise<BenchFigure[]> {
  const xml = serializeSubmission(generateSubmission({ claims: CLAIMS }));
  const bytes = Buffer.byteLength(xml, 'utf8');
  const check = parseSubmission(xml);
  if (!check.ok || check.value.submission.claims.length !== CLAIMS || check.value.warnings.length > 0) {
    throw new Error('the generated file did not parse back cleanly');
  }
  const activities = check.value.submission.claims.reduce((n, c) => n + c.activities.length, 0);
  // Parse while only the XML text and one parsed copy are alive; then serialize that copy.
  const parse = time(() => parseSubmission(xml));
  const model = check.value.submission;
  const serialize = time(() => serializeSubmission(model));
  return Promise.resolve([
    info('e-claim file, 1,000 claims', `${(bytes / (1024 * 1024)).toFixed(2)} MB, ${activities.toLocaleString('en')} activities`),
    timingFigure('e-claim parse, 1,000 claims', parse, 300),
    timingFigure('e-claim serialize, 1,000 claims', serialize, 300),
  ]);
}
