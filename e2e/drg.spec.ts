import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

/**
 * The IR-DRG panel in a real browser: the coder opens an inpatient encounter, sees every payment
 * figure with its rule and arithmetic, changes an input and watches the dependent steps update,
 * prints the explanation and writes the result into the claim. Every expected amount is worked
 * out here by hand from DOH Addendum 05's formulas, in whole fils (integers), so the test does not
 * share a line of code with the calculator.
 */

/** Rounds num/den half-up to a whole number (den > 0, num ≥ 0), exactly. */
function roundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/** Fils as an e-claim amount: 2771034n → '27710.34'. */
function aed(fils: bigint): string {
  const s = fils.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

async function openSample(page: Page, title: string, claimId: string): Promise<Locator> {
  await page.goto('/#/drafts');
  await page.getByRole('button', { name: `New from sample: ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: claimId })).toBeVisible();
  const panel = page.getByRole('region', { name: 'IR-DRG payment' });
  await expect(panel.getByRole('list', { name: 'Calculation steps' })).toBeVisible();
  return panel;
}

/** One numbered step of the explanation, found by its label. */
function step(panel: Locator, label: string): Locator {
  return panel
    .getByRole('list', { name: 'Calculation steps' })
    .getByRole('listitem')
    .filter({ has: panel.page().getByText(label, { exact: true }) });
}

/** One row of the result table. */
function resultRow(scope: Locator, label: string): Locator {
  return scope.getByRole('table', { name: 'Result' }).getByRole('row').filter({ has: scope.page().getByRole('rowheader', { name: label, exact: true }) });
}

// Mental-health sample: DRG 194111 (Appendix A: RW 1.6353, ALOS 12.40, high trim 28), DOH Basic
// product (base rate 8,500), admitted 01/10/2025 08:00, discharged 02/11/2025 10:00, born 15/06/2010.
const MH = (() => {
  const base = roundHalfUp(8500n * 16353n, 10000n) * 100n; // §4.4.2.1: round(8500 × 1.6353) = 13900 AED
  const losHundredths = roundHalfUp(((32n * 24n + 2n) * 60n) * 100n, 1440n); // 46,200 minutes ÷ 1440 = 32.08 days (2 dp)
  const daysOver = losHundredths - 2800n; // 32.08 − 28 = 4.08
  // §4.4.2.2: (LOS − HT) × (RW / ALOS) × base rate = 4.08 × (1.6353 / 12.40) × 8500, in fils.
  const outlier = roundHalfUp(daysOver * 16353n * 8500n * 100n, 10000n * 1240n);
  const cahms = roundHalfUp(base + outlier, 2n); // §4.4.2.3: 50 % of the claim amount
  return { base, daysOver, outlier, cahms, total: base + outlier + cahms };
})();

test.describe('IR-DRG panel', () => {
  test('mental-health stay of a 15-year-old: base, LOS outlier and CAHMS steps, and "apply to claim" adds 99-02 and 99-03', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const panel = await openSample(page, 'Inpatient mental health: 15-year-old, major depression', 'MF5093-IP-000918');
    expect([aed(MH.base), aed(MH.outlier), aed(MH.cahms), aed(MH.total)]).toEqual(['13900.00', '4573.56', '9236.78', '27710.34']);

    await expect(step(panel, 'Base rate × RW₄')).toContainText('8500 × 1.6353');
    await expect(step(panel, 'Base rate × RW₄')).toContainText('13900.05');
    await expect(step(panel, 'DRG amount, to a whole AED')).toContainText('whole AED half-up');
    await expect(step(panel, 'Base payment')).toContainText(aed(MH.base));
    await expect(step(panel, 'Base payment')).toContainText('DOH Addendum 05 §4.4.2.1');
    await expect(step(panel, 'Actual LOS to 2 decimals')).toContainText('32.08');
    const outlier = step(panel, 'Mental-health LOS outlier (service code 99-02)');
    await expect(outlier).toContainText('(Actual LOS − High trim) × (RW / ALOS) × Base rate');
    await expect(outlier).toContainText('4.08 × (1.6353 / 12.40) × 8500');
    await expect(outlier).toContainText(aed(MH.outlier));
    await expect(outlier).toContainText('2 dp half-up');
    await expect(outlier).toContainText('DOH Addendum 05 §4.4.2.2');
    const cahms = step(panel, 'CAHMS adjustor (service code 99-03)');
    await expect(cahms).toContainText(`50% × ${aed(MH.base + MH.outlier)}`);
    await expect(cahms).toContainText(aed(MH.cahms));
    await expect(cahms).toContainText('DOH Addendum 05 §4.4.2.3');
    await expect(step(panel, 'Age on the admission date, in completed years')).toContainText('15');
    await expect(resultRow(panel, 'Total payment')).toContainText(aed(MH.total));

    // The claim does not carry the outlier and CAHMS lines yet: the DRG edit says so.
    const findings = page.getByRole('region', { name: 'Findings' });
    await expect(findings.getByRole('article').filter({ hasText: 'DRG-PAYMENT-MISMATCH' })).toHaveCount(2);

    // Usable in the ~40 % column at 1280 px: nothing spills sideways.
    const width = await panel.evaluate((el) => ({ box: el.getBoundingClientRect().width, overflow: el.scrollWidth - el.clientWidth }));
    expect(width.box).toBeGreaterThan(450);
    expect(width.overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page, 'DRG panel');

    // Readable at 200 % zoom (1280 px shown as 640 CSS px): one column, still nothing spills sideways.
    await page.setViewportSize({ width: 640, height: 900 });
    await expect(step(panel, 'Total payment')).toContainText(aed(MH.total));
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    await panel.getByRole('button', { name: 'Apply to claim' }).click();
    await expect(page.getByLabel('Activity 4 code')).toHaveValue('194111');
    await expect(page.getByLabel('Activity 4 net')).toHaveValue(aed(MH.base));
    await expect(page.getByLabel('Activity 5 type')).toHaveValue('8');
    await expect(page.getByLabel('Activity 5 code')).toHaveValue('99-02');
    await expect(page.getByLabel('Activity 5 net')).toHaveValue(aed(MH.outlier));
    await expect(page.getByLabel('Activity 6 type')).toHaveValue('8');
    await expect(page.getByLabel('Activity 6 code')).toHaveValue('99-03');
    await expect(page.getByLabel('Activity 6 net')).toHaveValue(aed(MH.cahms));
    for (const n of [1, 2, 3]) await expect(page.getByLabel(`Activity ${n} net`)).toHaveValue('0.00');
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue(aed(MH.total));
    await expect(page.getByLabel('Gross', { exact: true })).toHaveValue(aed(MH.total));
    await expect(panel.getByRole('status').filter({ hasText: 'Changes made to the claim' })).toContainText('Service code 99-02 (mental-health outlier) added with Net 4573.56.');
    await expect(findings.getByRole('article').filter({ hasText: 'DRG-PAYMENT-MISMATCH' })).toHaveCount(0);

    // Undo puts the claim back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue('13900.00');
    await expect(page.getByLabel('Activity 5 code')).toBeHidden();
  });

  test('a coder changes an input and watches each dependent step update, then resets it', async ({ page }) => {
    const panel = await openSample(page, 'Inpatient mental health: 15-year-old, major depression', 'MF5093-IP-000918');
    const los = panel.getByLabel('Length of stay (days)', { exact: true });
    await expect(los).toHaveValue('32.08');
    await expect(step(panel, 'Days above the high trim')).toContainText('32.08 − 28');

    // A typed LOS is used as given (and still shown to 2 decimals).
    await los.fill('30');
    // By hand: (30 − 28) × (1.6353 / 12.40) × 8500 = 2241.94; CAHMS 50 % × (13900 + 2241.94) = 8070.97.
    const outlier = roundHalfUp(200n * 16353n * 8500n * 100n, 10000n * 1240n);
    const cahms = roundHalfUp(MH.base + outlier, 2n);
    expect([aed(outlier), aed(cahms), aed(MH.base + outlier + cahms)]).toEqual(['2241.94', '8070.97', '24212.91']);
    const days = step(panel, 'Days above the high trim');
    await expect(days).toContainText('30.00 − 28');
    await expect(days).toContainText('updated');
    const mh = step(panel, 'Mental-health LOS outlier (service code 99-02)');
    await expect(mh).toContainText('2.00 × (1.6353 / 12.40) × 8500');
    await expect(mh).toContainText(aed(outlier));
    await expect(mh).toContainText('updated');
    await expect(step(panel, 'CAHMS adjustor (service code 99-03)')).toContainText(aed(cahms));
    await expect(step(panel, 'Total payment')).toContainText(aed(MH.base + outlier + cahms));
    await expect(step(panel, 'Base payment')).not.toContainText('updated');
    await expect(panel.getByText('1 input overridden')).toBeVisible();
    await expect(los).toHaveAccessibleDescription(/Overridden \(encounter: 32\.08\)/);
    await expect(panel.getByRole('status').filter({ hasText: 'steps updated' })).toContainText('Mental-health LOS outlier (service code 99-02)');

    await panel.getByRole('button', { name: "Reset Length of stay (days) to the encounter's value" }).click();
    await expect(los).toHaveValue('32.08');
    await expect(mh).toContainText(aed(MH.outlier));
    await expect(panel.getByText('1 input overridden')).toBeHidden();

    // The age drives CAHMS: an 18-year-old gets none.
    await panel.getByLabel('Age on admission (years)', { exact: true }).fill('18');
    await expect(step(panel, 'CAHMS adjustor applies?')).toContainText('18 < 18');
    await expect(step(panel, 'CAHMS adjustor applies?')).toContainText('no');
    await expect(resultRow(panel, 'Total payment')).toContainText(aed(MH.base + MH.outlier));
  });

  test('surgical stay split between two payers: a DRG entered by hand, payer 1 covered to 31/12/2025, surgery on 01/01/2026', async ({ page }) => {
    const panel = await openSample(page, 'Inpatient surgical: laparoscopic appendectomy', 'MF4821-IP-002245');
    // 061011 is illustrative: no table lists it, so the panel asks for it by hand.
    await expect(panel.getByRole('list', { name: 'Calculation messages' })).toContainText('DRG 061011 is not in any weights table in effect');
    await expect(panel.getByRole('button', { name: /Apply/ })).toBeDisabled();
    const manual = panel.getByRole('region', { name: 'Enter DRG 061011 by hand' });
    await manual.getByLabel('Description (starts IM for medical, IP for surgical)').fill('IP APPENDECTOMY (test entry)');
    await manual.getByLabel('Relative weight (RW)').fill('1.2345');
    await manual.getByLabel('ALOS (days)').fill('2.50');
    await manual.getByLabel('Low trim (days)').fill('1');
    await manual.getByLabel('High trim (days)').fill('6');
    await expectNoSeriousA11yViolations(page, 'DRG panel, DRG in no table');
    await manual.getByRole('button', { name: 'Save DRG 061011 entered by hand' }).click();

    const drg = step(panel, 'IR-DRG 061011 (entered by hand)');
    await expect(drg).toContainText('1.2345 · 2.50 · 1–6');
    await expect(drg).toContainText('Manual entry');
    await expect(panel.getByLabel('Medical or surgical', { exact: true })).toHaveValue('surgical');
    await expect(step(panel, 'DRG amount, to a whole AED')).toContainText('10493');

    // No tariff is loaded: the coder types the cost of the stay for the outlier.
    await panel.getByLabel('Cost for the outlier (AED)', { exact: true }).fill('43200');
    // §4.4.2.2: (43,200 − (10,493 + 25,000)) × 60 % = 4,624.20.
    const base = roundHalfUp(8500n * 12345n, 10000n) * 100n;
    const outlierFils = roundHalfUp((4320000n - base - 2500000n) * 60n, 100n);
    expect([aed(base), aed(outlierFils)]).toEqual(['10493.00', '4624.20']);
    await expect(step(panel, 'Cost outlier (service code 99)')).toContainText(aed(outlierFils));

    await panel.getByLabel('Payer 1 covers until', { exact: true }).fill('31/12/2025');
    await expect(panel.getByLabel('Surgery that led to the DRG', { exact: true })).toHaveValue('3');
    // §4.4.2.4, by hand: X = 2 days covered (30 and 31 December), Y = 3 days of the admission (midnights
    // 30/12 → 02/01); T = base + outlier; payer 1 = T × (X/Y) + ((1 − X/Y) × T) × 30 % = T × (X + 0.3 (Y − X)) / Y.
    const x = 2n;
    const y = 3n;
    const t = base + outlierFils;
    const payer1 = roundHalfUp(t * (10n * x + 3n * (y - x)), 10n * y);
    const payer2 = t - payer1;
    expect([aed(t), aed(payer1), aed(payer2)]).toEqual(['15117.20', '11589.85', '3527.35']);
    await expect(step(panel, 'Days covered by payer 1 (X) and days of the admission (Y)')).toContainText('X = 2, Y = 3');
    await expect(step(panel, 'Split rule')).toContainText("Surgery on 2026-01-01, after payer 1's last covered date 2025-12-31.");
    const p1 = step(panel, 'Payer 1 responsibility');
    await expect(p1).toContainText('T × (X/Y) + ((1 − X/Y) × T) × 30%');
    await expect(p1).toContainText(`${aed(t)} × (2/3) + ((1 − 2/3) × ${aed(t)}) × 30%`);
    await expect(p1).toContainText(aed(payer1));
    await expect(step(panel, 'Payer 2 responsibility')).toContainText(aed(payer2));
    await expect(resultRow(panel, 'Payer 1')).toContainText(aed(payer1));
    await expect(resultRow(panel, 'Payer 2')).toContainText(aed(payer2));

    await panel.getByRole('button', { name: 'Apply payer 1’s share to claim' }).click();
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue(aed(payer1));
    await expect(page.getByLabel('Activity 5 code')).toHaveValue('99');
    const drgNet = await page.getByLabel('Activity 4 net').inputValue();
    const outlierNet = await page.getByLabel('Activity 5 net').inputValue();
    expect(BigInt(drgNet.replace('.', '')) + BigInt(outlierNet.replace('.', ''))).toBe(payer1);
    await expectNoSeriousA11yViolations(page, 'DRG panel, split stay');
  });

  test('print view prints only the explanation; copy as text gives the same steps', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
    const panel = await openSample(page, 'Inpatient mental health: 15-year-old, major depression', 'MF5093-IP-000918');
    await panel.getByRole('button', { name: 'Print explanation…' }).click();
    const dialog = page.getByRole('dialog', { name: 'IR-DRG payment explanation' });
    await expect(dialog).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    const steps = dialog.getByRole('table', { name: 'Calculation steps' });
    await expect(steps.getByRole('row').filter({ hasText: 'Mental-health LOS outlier (service code 99-02)' })).toContainText(aed(MH.outlier));
    await expectNoSeriousA11yViolations(page, 'DRG explanation (full view)');

    // In print, the app is left out (editor, findings, panel, the dialog's frame and buttons) and
    // only the explanation's print copy shows.
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('article', { name: 'IR-DRG payment explanation' });
    await expect(printed).toBeVisible();
    await expect(printed.getByRole('table', { name: 'Calculation steps' }).getByRole('row').filter({ hasText: 'CAHMS adjustor (service code 99-03)' })).toBeVisible();
    await expect(printed.getByRole('table', { name: 'Result' })).toContainText(aed(MH.total));
    await expect(page.getByRole('heading', { name: 'Patient and payer' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Findings' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'IR-DRG payment' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
    // The printout is the explanation alone: a few pages, not the workbench's many (mostly blank) ones.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });

    await dialog.getByRole('button', { name: 'Copy as text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Explanation copied as text.' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('# IR-DRG 194111, claim MF5093-IP-000918');
    expect(text).toContain('| 15 | Mental-health LOS outlier (service code 99-02) | (Actual LOS − High trim) × (RW / ALOS) × Base rate | 4.08 × (1.6353 / 12.40) × 8500 | 4573.56 | 2 dp half-up |');
    expect(text).toContain(`| Total payment | ${aed(MH.total)} |`);
  });

  test('tables: a weights CSV and a tariff CSV imported through the UI; a broken file is refused line by line and replaces nothing', async ({ page }) => {
    const panel = await openSample(page, 'Inpatient surgical: laparoscopic appendectomy', 'MF4821-IP-002245');
    await panel.getByRole('button', { name: 'Tables and settings…' }).click();
    const dialog = page.getByRole('dialog', { name: 'IR-DRG tables and settings' });
    await expect(dialog.getByRole('tab', { name: 'IR-DRG weights', selected: true })).toBeVisible();
    const weights = dialog.getByRole('table', { name: 'IR-DRG weights tables' });
    await expect(weights.getByRole('row', { name: /Appendix A/ })).toContainText('30');

    const importWeights = dialog.getByRole('form', { name: 'Import an IR-DRG weights table (CSV)' });
    const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await importWeights.getByLabel('Weights file').setInputFiles(
      csv('weights-2026.csv', 'DRG code,Description,RW,ALOS,Low trim,High trim\n061011,IP APPENDECTOMY (test),1.2345,2.50,1,6\n044101,IM PNEUMONIA (test),0.7820,3.10,1,8\n'),
    );
    await importWeights.getByLabel('Name').fill('Test weights 2026');
    await importWeights.getByLabel('Version').fill('2026 v1');
    await importWeights.getByLabel('Effective from').fill('01/10/2025');
    await importWeights.getByRole('button', { name: 'Check and import' }).click();
    await expect(importWeights.getByRole('status')).toContainText('Imported “Test weights 2026” from weights-2026.csv: 2 IR-DRGs.');
    await expect(weights.getByRole('row', { name: /Test weights 2026/ })).toContainText('2025-10-01 – open');
    await expect(weights.getByRole('row', { name: /Test weights 2026/ }).getByRole('cell').nth(2)).toHaveText('2');

    // The same name and version again, from a broken file: every problem with its line, nothing replaced.
    await importWeights.getByLabel('Weights file').setInputFiles(
      csv('weights-broken.csv', 'code,description,rw,alos,ltrim,htrim\n061011,IP APPENDECTOMY (test),1.3000,2.50,1,6\n061012,IP APPENDECTOMY W/CC (test),heavy,3.00,1,8\n61013,IP APPENDECTOMY W/MCC (test),2.1000,4.00,2,10\n'),
    );
    await importWeights.getByLabel('Name').fill('Test weights 2026');
    await importWeights.getByLabel('Version').fill('2026 v1');
    await importWeights.getByRole('button', { name: 'Check and import' }).click();
    const weightErrors = importWeights.getByRole('alert');
    await expect(weightErrors).toContainText('Nothing was imported (2 problems); the tables in use are unchanged');
    await expect(weightErrors).toContainText('Line 3: the relative weight must be a number, found "heavy".');
    await expect(weightErrors).toContainText('Line 4: IR-DRG code "61013" has 5 digits; a spreadsheet may have dropped a leading zero (061013?).');
    await expect(weights.getByRole('row', { name: /Test weights 2026/ }).getByRole('cell').nth(2)).toHaveText('2');
    await expectNoSeriousA11yViolations(page, 'DRG tables dialog (weights, import errors)');

    await dialog.getByRole('tab', { name: 'Tariff prices' }).click();
    const importTariff = dialog.getByRole('form', { name: 'Import a Mandatory Tariff price list (CSV)' });
    await importTariff.getByLabel('Price list file').setInputFiles(csv('tariff-2026.csv', 'Code type;Code;Price\nCPT;99222;700.00\nCPT;74177;2500.00\nCPT;44970;40000.00\n'));
    await importTariff.getByLabel('Name').fill('Test tariff 2026');
    await importTariff.getByLabel('Version').fill('2026 v1');
    await importTariff.getByRole('button', { name: 'Check and import' }).click();
    await expect(importTariff.getByRole('status')).toContainText('3 prices');
    const tariffs = dialog.getByRole('table', { name: 'Mandatory Tariff price lists' });
    await expect(tariffs.getByRole('row', { name: /Test tariff 2026/ }).getByRole('cell').nth(2)).toHaveText('3');

    await importTariff.getByLabel('Price list file').setInputFiles(csv('tariff-broken.csv', 'code type,code,price\nCPT,99222,650.00\nCPT,74177,abc\nXYZ,44970,39000\n'));
    await importTariff.getByLabel('Name').fill('Test tariff 2026');
    await importTariff.getByLabel('Version').fill('2026 v1');
    await importTariff.getByRole('button', { name: 'Check and import' }).click();
    const tariffErrors = importTariff.getByRole('alert');
    await expect(tariffErrors).toContainText('Line 3: the price must be a number, found "abc".');
    await expect(tariffErrors).toContainText('Line 4: unknown code type "XYZ"');
    await expect(tariffs.getByRole('row', { name: /Test tariff 2026/ }).getByRole('cell').nth(2)).toHaveText('3');
    await expectNoSeriousA11yViolations(page, 'DRG tables dialog (tariff)');

    await dialog.getByRole('tab', { name: 'Settings' }).click();
    await expect(dialog.getByRole('group', { name: /Rounding of exact halves/ })).toContainText('half-up (default)');
    await expect(dialog.getByRole('group', { name: /Length of stay from Start\/End/ }).getByRole('radio', { name: /fractional-days/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // The panel now reads the DRG from the imported table and prices the stay from the tariff:
    // 700 + 2,500 + 40,000 = 43,200, outlier (43,200 − 35,493) × 60 % = 4,624.20.
    await expect(step(panel, 'IR-DRG 061011')).toContainText('Test weights 2026');
    await expect(resultRow(panel, 'Cost')).toContainText('43200.00');
    await expect(step(panel, 'Cost outlier (service code 99)')).toContainText('4624.20');
  });

  test('a payment profile saved for the payer and a changed assumption setting flow into the steps and the claim edits', async ({ page }) => {
    const panel = await openSample(page, 'Inpatient mental health: 15-year-old, major depression', 'MF5093-IP-000918');
    await panel.getByRole('button', { name: 'Apply to claim' }).click();
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue(aed(MH.total));

    await panel.getByRole('button', { name: 'Tables and settings…' }).click();
    const dialog = page.getByRole('dialog', { name: 'IR-DRG tables and settings' });
    await dialog.getByRole('tab', { name: 'Payment profiles' }).click();
    await dialog.getByRole('button', { name: 'Add a payment profile…' }).click();
    const form = dialog.getByRole('form', { name: 'New payment profile' });
    await form.getByLabel('Name').fill('Enhanced (test)');
    await form.getByLabel('Payer licences (Claim.PayerID), comma separated').fill('A001');
    await form.getByLabel('Effective from').fill('01/01/2025');
    await form.getByLabel('Base rate (AED)').fill('9000');
    await form.getByLabel('Gap (AED)').fill('20000');
    await form.getByLabel('Marginal (%)').fill('70');
    await expectNoSeriousA11yViolations(page, 'DRG tables dialog (new payment profile)');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'Enhanced (test)' })).toContainText('For payers A001');

    // Counting the LOS in midnights (32) instead of fractional days (32.08) is one setting away.
    await dialog.getByRole('tab', { name: 'Settings' }).click();
    await dialog.getByRole('group', { name: /Length of stay from Start\/End/ }).getByRole('radio', { name: /calendar-midnights/ }).check();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog.getByRole('group', { name: /Length of stay from Start\/End/ })).toContainText('changed from the default');
    await expectNoSeriousA11yViolations(page, 'DRG tables dialog (settings)');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // By hand: round(9000 × 1.6353) = 14718; (32 − 28) × (1.6353 / 12.40) × 9000 = 4747.645… → 4747.65; CAHMS 50 % × 19465.65 = 9732.825 → 9732.83.
    const base = roundHalfUp(9000n * 16353n, 10000n) * 100n;
    const outlier = roundHalfUp(400n * 16353n * 9000n * 100n, 10000n * 1240n);
    const cahms = roundHalfUp(base + outlier, 2n);
    expect([aed(base), aed(outlier), aed(cahms)]).toEqual(['14718.00', '4747.65', '9732.83']);
    await expect(step(panel, 'Payment parameters')).toContainText('9000 · 20000 · 70%');
    await expect(step(panel, 'Payment parameters')).toContainText('Payment profile "Enhanced (test)"');
    await expect(step(panel, 'Mental-health LOS outlier (service code 99-02)')).toContainText(aed(outlier));
    await expect(panel.getByText(/Open points of the addendum are settings: 1 changed/)).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Calculation steps' })).toContainText('Length of stay from Start/End (losMethod) = calendar-midnights, changed from the default');
    await expect(resultRow(panel, 'Total payment')).toContainText(aed(base + outlier + cahms));

    // The claim still carries the Basic amounts: with a profile saved for its payer, that is a reject.
    const findings = page.getByRole('region', { name: 'Findings' });
    await expect(findings.getByRole('article').filter({ hasText: 'IR-DRG 194111 carries Net 13900.00 but the base payment is 14718.00.' })).toContainText('DRG-PAYMENT-MISMATCH');
    await findings.getByRole('button', { name: /Fix: Write the DRG calculation into the claim/ }).first().click();
    await expect(page.getByLabel('Activity 4 net')).toHaveValue(aed(base));
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue(aed(base + outlier + cahms));
    await expect(findings.getByRole('article').filter({ hasText: 'DRG-PAYMENT-MISMATCH' })).toHaveCount(0);
  });

  test('the panel says why it is not shown on an outpatient encounter', async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: 'New from sample: Outpatient visit: precordial chest pain' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000101' })).toBeVisible();
    const panel = page.getByRole('region', { name: 'IR-DRG payment' });
    await expect(panel).toContainText('Not shown: encounter type 1 is not inpatient (3 or 4) and the claim has no IR-DRG line (type 9).');
    await expect(panel.getByRole('list', { name: 'Calculation steps' })).toHaveCount(0);
  });
});
