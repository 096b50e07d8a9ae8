import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

test.describe('live findings', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: 'New from sample: Outpatient visit: precordial chest pain' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000101' })).toBeVisible();
  });

  test('a missing member ID is flagged as the coder types, marked on the field, and clicking it focuses the field', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Findings' });
    await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');
    await page.getByLabel('Member ID', { exact: true }).fill('');
    await expect(panel.getByTestId('finding-counts')).toContainText('1 reject');
    const finding = panel.getByRole('article').filter({ hasText: 'Member ID is empty' });
    await expect(finding).toContainText('CLM-MEMBER-ID-MISSING');
    await expect(page.getByLabel('Member ID', { exact: true })).toHaveAccessibleDescription(/Reject: Member ID is empty/);
    await expect(page.getByLabel('Member ID', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await finding.getByText('Why?').click();
    await expect(finding).toContainText('Source: Dhamani coding article');
    await page.getByLabel('Patient ID (MRN)').focus();
    await finding.getByRole('button', { name: /Member ID is empty/ }).click();
    await expect(page.getByLabel('Member ID', { exact: true })).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'workbench with findings');

    await page.getByLabel('Member ID', { exact: true }).fill('1011-2233-4455');
    await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');
  });

  test('a fix button applies the change to the form and can be undone', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Findings' });
    await page.getByLabel('Activity 2 net').fill('200.00');
    await page.getByLabel('Activity 2 net').blur();
    const finding = panel.getByRole('article').filter({ hasText: 'Claim Net is 450.00 but the 2 activity lines add up to 500.00.' });
    await expect(finding).toBeVisible();
    await finding.getByRole('button', { name: 'Fix: Set Net to 500.00 and Gross to 550.00 (Net + patient share)' }).click();
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue('500.00');
    await expect(page.getByLabel('Gross', { exact: true })).toHaveValue('550.00');
    await expect(finding).toBeHidden();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue('450.00');
    await expect(panel.getByRole('article').filter({ hasText: 'Claim Net is 450.00' })).toBeVisible();
    await page.keyboard.press('Alt+Shift+Z');
    await expect(page.getByText('Nothing to undo.')).toBeVisible();
  });

  test('a warning is acknowledged with a reason, kept after reload and listed in the audit report', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Findings' });
    await page.getByLabel('Emirates ID', { exact: true }).fill('111-1111-1111111-1');
    const finding = panel.getByRole('article').filter({ hasText: 'is the placeholder for "Expatriate resident without a card"' });
    await finding.getByRole('button', { name: 'Acknowledge…' }).click();
    await finding.getByLabel('Reason for keeping this as it is').fill('Visitor on a work permit, card not issued yet');
    await finding.getByLabel('Your name (kept on this computer)').fill('Coder One');
    await finding.getByRole('button', { name: 'Save acknowledgement' }).click();
    await expect(panel.getByTestId('finding-counts')).toContainText('1 acknowledged');
    await expect(page.getByRole('status').filter({ hasText: /^Saved on this computer/ })).toBeVisible();

    await page.reload();
    await expect(panel.getByTestId('finding-counts')).toContainText('1 acknowledged');
    await panel.getByRole('button', { name: 'Audit report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Audit report' });
    await expect(dialog).toContainText('acknowledged');
    await expect(dialog).toContainText('Coder One');
    await expect(dialog).toContainText('Visitor on a work permit, card not issued yet');
    await expectNoSeriousA11yViolations(page, 'audit report');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download text' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('audit-MF4821-OP-000101.txt');
  });
});
