import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

test.describe('drafts', () => {
  test('a sample opens as a draft, an edit is saved within a second, and it survives a reload', async ({ page }) => {
    await page.goto('/#/drafts');
    await expectNoSeriousA11yViolations(page, 'drafts (empty)');
    await page.getByRole('button', { name: 'New from sample: Outpatient visit: precordial chest pain' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000101' })).toBeVisible();
    await expect(page.getByLabel('Member ID', { exact: true })).toHaveValue('1011-2233-4455');

    await page.getByLabel('Member ID', { exact: true }).fill('1011-2233-9999');
    await expect(page.getByRole('status').filter({ hasText: /^Saved on this computer/ })).toBeVisible({ timeout: 1500 });
    await page.reload();
    await expect(page.getByLabel('Member ID', { exact: true })).toHaveValue('1011-2233-9999');
    await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('R07.2');
    await expectNoSeriousA11yViolations(page, 'workbench');
  });

  test('an address to a draft that no longer exists says so on the workbench and the CDI review, with the way back', async ({ page }) => {
    for (const address of ['/#/draft/no-such-draft', '/#/cdi/no-such-draft']) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1, name: 'No such draft' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go to the drafts list' })).toHaveAttribute('href', '#/drafts');
    }
    await page.goto('/#/cdi');
    await expect(page).toHaveURL(/#\/cdi\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: /^CDI review:/ })).toBeVisible();
  });

  test('the drafts list opens, duplicates and deletes with undo', async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: 'New from sample: Emergency visit: scaphoid fracture after a fall' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ER-0047712-5521' })).toBeVisible();
    await page.getByRole('link', { name: 'Drafts' }).click();

    const table = page.getByRole('table', { name: /Saved drafts/ });
    await expect(table.getByRole('link', { name: 'ER-0047712-5521' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Duplicate ER-0047712-5521' }).click();
    await expect(table.getByRole('link', { name: 'ER-0047712-5521' })).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, 'drafts (list)');

    await page.getByRole('button', { name: 'Delete ER-0047712-5521' }).first().click();
    await expect(table.getByRole('link', { name: 'ER-0047712-5521' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(table.getByRole('link', { name: 'ER-0047712-5521' })).toHaveCount(2);

    await table.getByRole('link', { name: 'ER-0047712-5521' }).first().click();
    await expect(page.getByLabel('Activity 1 code')).toHaveValue('99283');
  });

  test('text that is not a date is kept as typed and flagged, not lost', async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: 'New from sample: Outpatient visit: precordial chest pain' }).click();
    const start = page.getByLabel('Start', { exact: true });
    await expect(start).toHaveValue('05/10/2025 09:00');
    await start.fill('31/02/2025 10:00');
    await start.blur();
    await expect(start).toHaveValue('31/02/2025 10:00');
    await expect(start).toHaveAccessibleDescription(/does not read as one/);
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await start.fill('06/10/2025 10:15');
    await start.blur();
    await expect(start).toHaveValue('06/10/2025 10:15');
    await expect(start).not.toHaveAttribute('aria-invalid', 'true');
  });
});
