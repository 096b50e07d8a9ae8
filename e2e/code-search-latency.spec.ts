import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ICD_2022, MISSING_ICD_2022, importCodeFile, sharedDataFile } from './code-files';

const icdFile = sharedDataFile(ICD_2022);

/** Queries a coder types, with the first suggestion each one must bring (FY2022 codes file). */
const QUERIES: ReadonlyArray<readonly [string, string]> = [
  ['precordial', 'R07.2'],
  ['chest pain breath', 'R07.1'],
  ['r07', 'R07'],
  ['r079', 'R07.9'],
  ['diab hyperglyc', 'E08.65'],
  ['htn', 'I10'],
  ['dm2', 'E11.9'],
  ['chf', 'I50.9'],
  ['copd', 'J44.9'],
  ['gerd', 'K21.9'],
  ['uti', 'N39.0'],
  ['uri', 'J06.9'],
  ['mi', 'I21.9'],
  ['cad', 'I25.10'],
  ['ckd', 'N18.9'],
  ['aki', 'N17.9'],
  ['oa', 'M19.90'],
  ['ra', 'M06.9'],
  ['bph', 'N40.0'],
  ['dvt', 'I82.409'],
  ['pe', 'I26.99'],
  ['e119', 'E11.9'],
  ['fracture navicular right wrist', 'S62.001A'],
  ['type 2 diabetes ckd', 'E11.22'],
  ['pneumonia', 'J18.9'],
  ['low back pain', 'M54.50'],
  ['migraine', 'G43.909'],
  ['asthma', 'J45.909'],
];

function stats(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => +sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1);
  return { samples: sorted.length, p50: pct(50), p95: pct(95), max: pct(100) };
}

/**
 * Search latency in real Chromium over the full ICD-10-CM FY2022 file imported through
 * the UI: for each query typed into a diagnosis field, the time from the input event to
 * the first suggestion on screen (this includes the 120 ms typing pause the field waits
 * for), the worker round trip the app records as "code-search" User Timing measures
 * (as seen from the page, so it includes waiting for the page's own work), and, while a
 * phrase is typed at ~16 keys a second, the time from each key to the next frame.
 * Reported, not asserted.
 */
test('code search latency over the full ICD-10-CM file', async ({ page }) => {
  test.skip(!icdFile, MISSING_ICD_2022);
  test.setTimeout(180_000);
  const importMs = await importCodeFile(page, 'ICD-10-CM (CMS codes or order file)', 'ICD-10-CM file', icdFile!);

  await page.getByRole('link', { name: 'Workbench', exact: true }).click();
  await page.getByLabel('Start', { exact: true }).fill('15/03/2022 10:00');
  const field = page.getByRole('combobox', { name: 'Diagnosis 1 code (ICD-10-CM)' });
  await field.click();
  // The first focus reads the release in the worker and builds the index: wait for that measure.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('code-search').length), { timeout: 30_000 }).toBeGreaterThan(0);
  const warmUpMs = await page.evaluate(() => performance.getEntriesByName('code-search')[0]!.duration);

  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __want: string; __t0: number };
    w.__lat = [];
    w.__want = '';
    w.__t0 = 0;
    const input = document.getElementById('f-claim-diagnoses-0-code')!;
    const listbox = document.getElementById('f-claim-diagnoses-0-code-listbox')!;
    input.addEventListener('input', () => (w.__t0 = performance.now()), true);
    new MutationObserver(() => {
      const first = listbox.querySelector('[role="option"]');
      if (!w.__want || !first || listbox.hidden) return;
      if (first.textContent?.startsWith(`${w.__want} `)) {
        w.__lat.push(performance.now() - w.__t0);
        w.__want = '';
      }
    }).observe(listbox, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.evaluate(() => performance.clearMeasures('code-search'));

  for (const [query, first] of QUERIES) {
    await field.fill('');
    await page.evaluate((want) => ((window as unknown as { __want: string }).__want = want), first);
    await field.fill(query);
    await expect(page.getByRole('listbox', { name: 'Code suggestions' }).getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${first.replace('.', '\\.')} `));
  }
  const endToEnd = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  const worker = await page.evaluate(() =>
    performance
      .getEntriesByName('code-search')
      .filter((m) => {
        const detail: unknown = (m as PerformanceMeasure).detail;
        return !(typeof detail === 'object' && detail !== null && 'query' in detail && detail.query === ''); // the warm-up that builds the index
      })
      .map((m) => m.duration),
  );
  expect(endToEnd).toHaveLength(QUERIES.length);

  // Typing while suggestions arrive: from each keydown to the next frame the page paints.
  await field.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    document.getElementById('f-claim-diagnoses-0-code')!.addEventListener(
      'keydown',
      (e) => requestAnimationFrame(() => w.__frames.push(performance.now() - e.timeStamp)),
      true,
    );
  });
  await page.keyboard.type('type 2 diabetes mellitus with hyperglycemia', { delay: 60 });
  await expect(page.getByRole('listbox', { name: 'Code suggestions' }).getByRole('option').first()).toHaveAccessibleName(/^E11\.65 /);
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);


  const result = {
    file: ICD_2022,
    queries: QUERIES.length,
    importToReviewMs: importMs,
    firstSearchWithIndexBuildMs: +warmUpMs.toFixed(1),
    workerRoundTripMs: stats(worker),
    inputToSuggestionsMs: { ...stats(endToEnd), includesTypingPauseMs: 120 },
    keyToNextFrameWhileTypingMs: stats(frames),
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/code-search-latency.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `code search over ${ICD_2022}: worker round trip p50 ${result.workerRoundTripMs.p50} ms, p95 ${result.workerRoundTripMs.p95} ms; ` +
      `input → suggestions shown p50 ${result.inputToSuggestionsMs.p50} ms, p95 ${result.inputToSuggestionsMs.p95} ms (incl. the 120 ms typing pause); ` +
      `key → next frame while typing p50 ${result.keyToNextFrameWhileTypingMs.p50} ms, p95 ${result.keyToNextFrameWhileTypingMs.p95} ms; ` +
      `first search incl. reading the release and building the index ${result.firstSearchWithIndexBuildMs} ms; import to review ${importMs} ms`,
  );
});
