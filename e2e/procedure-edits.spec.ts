import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// The Dhamani article's procedure-side rejections, caught live with the starter packs,
// each with its reason, its source and a working one-click fix.

async function openSample(page: Page, title: string, claimId: string) {
  await page.goto('/#/drafts');
  await page.getByRole('button', { name: `New from sample: ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: claimId })).toBeVisible();
  return page.getByRole('region', { name: 'Findings' });
}

/** Adds an activity (linked to the principal) with a code and, optionally, modifiers; the code box's suggestions are closed. */
async function addActivity(page: Page, n: number, code: string, modifiers = '') {
  await page.getByRole('button', { name: '+ Add activity' }).click();
  await page.getByLabel(`Activity ${n} code`).fill(code);
  await page.getByLabel(`Activity ${n} code`).press('Escape');
  if (modifiers) {
    await page.getByLabel(`Activity ${n} modifiers`).fill(modifiers);
    await page.getByLabel(`Activity ${n} modifiers`).blur();
  }
}

test('an echocardiogram billed against a routine check is caught, and fixed by linking the documented symptom', async ({ page }) => {
  const panel = await openSample(page, 'Outpatient visit: precordial chest pain', 'MF4821-OP-000101');
  await page.getByRole('button', { name: '+ Add diagnosis' }).click();
  await page.getByLabel('Diagnosis 3 code (ICD-10-CM)').fill('Z00.00');
  await page.getByLabel('Diagnosis 3 code (ICD-10-CM)').press('Escape');
  await page.getByLabel('Activity 2 code').fill('93306');
  await page.getByLabel('Activity 2 code').press('Escape');
  await page.getByRole('checkbox', { name: 'Link activity 2 to diagnosis 3 Z00.00' }).check();
  await page.getByRole('checkbox', { name: 'Link activity 2 to diagnosis 1 R07.2' }).uncheck();

  const finding = panel.getByRole('article').filter({ hasText: 'ACT-DX-NOT-SUPPORTED' });
  await expect(finding).toContainText('Activity 2 (93306, transthoracic echocardiography) is linked only to Z00.00, which does not support it; R07.2 on the claim does.');
  await expect(finding).toContainText('predicts MNEC-004');
  await finding.getByText('Why?').click();
  await expect(finding).toContainText('Source: Team-written from the ACCF/ASE/AHA/ASNC/HFSA/HRS/SCAI/SCCM/SCCT/SCMR 2011 Appropriate Use Criteria for Echocardiography');
  await expect(finding).toContainText('A routine check-up (Z00.0x) or a follow-up examination (Z09) does not justify an echocardiogram.');
  await expectNoSeriousA11yViolations(page, 'workbench with a linkage finding');

  await finding.getByRole('button', { name: 'Fix: Link R07.2 to activity 2' }).click();
  await expect(page.getByRole('checkbox', { name: 'Link activity 2 to diagnosis 1 R07.2' })).toBeChecked();
  await expect(panel.getByRole('article').filter({ hasText: 'ACT-DX-NOT-SUPPORTED' })).toHaveCount(0);
});

test('a bilateral procedure on an RT and an LT line is merged into one line with 50 in one click', async ({ page }) => {
  const panel = await openSample(page, 'Day case: right knee arthroscopic meniscectomy', 'MF4821-DC-000377');
  await addActivity(page, 3, '29881', 'LT');
  await page.getByLabel('Activity 3 net').fill('4500.00');
  await page.getByLabel('Activity 3 net').blur();

  const finding = panel.getByRole('article').filter({ hasText: 'BILAT-50-MISSING' });
  await expect(finding).toContainText('Activities 1 and 3 bill 29881 for the right and the left side on 2025-10-14; 29881 has bilateral indicator 1, so a bilateral procedure is one line with modifier 50 and one unit.');
  await expect(panel.getByRole('article').filter({ hasText: 'MUE-UNITS-EXCEEDED' })).toContainText('Activities 1, 3 report 2 units of 29881 on 2025-10-14');
  await finding.getByText('Why?').click();
  await expect(finding).toContainText('Source: CMS Physician Fee Schedule relative value file (PPRRVU), indicator definitions, BILAT SURG indicator 1');

  await finding.getByRole('button', { name: 'Fix: Merge activities 1 and 3 into one line with 50, quantity 1' }).click();
  await expect(page.getByRole('heading', { name: 'Activities (2)' })).toBeVisible();
  await expect(page.getByLabel('Activity 1 modifiers')).toHaveValue('50');
  await expect(page.getByLabel('Activity 1 quantity')).toHaveValue('1');
  await expect(page.getByLabel('Activity 1 net')).toHaveValue('9000.00');
  await expect(page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 2 M17.11' })).toBeChecked();
  await expect(panel.getByRole('article').filter({ hasText: /BILAT-|MUE-UNITS-EXCEEDED/ })).toHaveCount(0);
});

test('59 on a bundled indicator-0 pair is explained: 59 cannot unbundle it', async ({ page }) => {
  const panel = await openSample(page, 'Outpatient visit: precordial chest pain', 'MF4821-OP-000101');
  await addActivity(page, 3, '93010', '59');

  const finding = panel.getByRole('article').filter({ hasText: 'NCCI-59-CANNOT-BYPASS' });
  await expect(finding).toContainText(
    'Modifier 59 on activity 3 (93010) cannot unbundle 93010 from 93000 on 2025-10-05: this NCCI pair has modifier indicator 0, so activity 3 (93010) is denied with activity 2 whatever modifier is added.',
  );
  await expect(finding).toContainText('predicts PRCE-010');
  await finding.getByText('Why?').click();
  await expect(finding).toContainText('59 changes nothing except drawing an audit');
  await expect(finding).toContainText('Source: Dhamani coding article: What providers must get right on coding and claims, Modifier misuse');
  // One finding for the one problem: the bundling edit leaves the 59 case to this one.
  await expect(panel.getByRole('article').filter({ hasText: 'NCCI-PTP-BUNDLED' })).toHaveCount(0);

  await finding.getByRole('button', { name: 'Fix: Remove activity 3 (93010): it is included in 93000' }).click();
  await expect(page.getByRole('heading', { name: 'Activities (2)' })).toBeVisible();
  await expect(panel.getByRole('article').filter({ hasText: 'NCCI-' })).toHaveCount(0);
});

test('an E/M with a minor procedure on the same day and no 25 is flagged, and 25 is added in one click', async ({ page }) => {
  const panel = await openSample(page, 'Outpatient visit: precordial chest pain', 'MF4821-OP-000101');
  await addActivity(page, 3, '12001');

  const finding = panel.getByRole('article').filter({ hasText: 'GLOBAL-25-MISSING' });
  await expect(finding).toContainText('Activity 1 (99214) is an E/M on the day of activity 3 (12001), a minor procedure with 000 global days, without modifier 25: the payer treats the visit as part of the procedure.');
  await finding.getByText('Why?').click();
  await expect(finding).toContainText('Source: CMS Medicare Claims Processing Manual, chapter 12');
  await finding.getByRole('button', { name: 'Fix: Add modifier 25 to activity 1 (99214)' }).click();
  await expect(page.getByLabel('Activity 1 modifiers')).toHaveValue('25');
  await expect(panel.getByRole('article').filter({ hasText: /GLOBAL-25-MISSING|MOD-25-MISUSE/ })).toHaveCount(0);

  // 25 on the visit alone is misuse: remove the procedure and the note appears.
  await page.getByRole('button', { name: 'Remove activity 3' }).click();
  await page.getByRole('button', { name: 'Remove activity 2' }).click();
  await expect(panel.getByRole('article').filter({ hasText: 'MOD-25-MISUSE' })).toContainText('Activity 1 (99214) carries 25, but no procedure or other service is billed on 2025-10-05');
});
