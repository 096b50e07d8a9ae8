import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';

/**
 * Measures keystroke → findings updated in real Chromium: for each key typed into
 * the Emirates ID field (every key changes the EID finding's message), the time
 * from the keydown event to the DOM mutation of the findings panel. Reports p50/p95
 * (target: one frame, ≤ 16 ms); it does not assert a timing.
 */
test('keystroke to findings latency', async ({ page }) => {
  await page.goto('/#/drafts');
  await page.getByRole('button', { name: 'New from sample: Inpatient mental health: 15-year-old, major depression' }).click();
  const eid = page.getByLabel('Emirates ID', { exact: true });
  await eid.fill('');
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('Emirates ID is empty');
  await eid.focus();
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __down: number | null };
    w.__lat = [];
    w.__down = null;
    const panel = document.getElementById('findings')!;
    document.addEventListener('keydown', (e) => (w.__down = e.timeStamp), true);
    new MutationObserver(() => {
      if (w.__down === null) return;
      w.__lat.push(performance.now() - w.__down);
      w.__down = null;
    }).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const text = '784-1980-1234567-1784-1980-1234567';
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120); // a fast typist: about 8 keys a second
  }
  const samples = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  expect(samples.length).toBeGreaterThan(text.length / 2);
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const result = { samples: sorted.length, p50: +pct(50).toFixed(2), p95: +pct(95).toFixed(2), max: +sorted[sorted.length - 1]!.toFixed(2), targetMs: 16 };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/keystroke-latency.json', JSON.stringify(result));
  console.log(`keystroke → findings updated: p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms over ${result.samples} keys (target ≤ 16 ms)`);
});
