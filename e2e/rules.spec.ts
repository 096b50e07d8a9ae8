import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

test('a payer profile switches an edit off and changes a severity, and the workbench follows', async ({ page }) => {
  await page.goto('/#/drafts');
  await page.getByRole('button', { name: 'New from sample: Outpatient visit: precordial chest pain' }).click();
  await page.getByLabel('Emirates ID', { exact: true }).fill('111-1111-1111111-1');
  const panel = page.getByRole('region', { name: 'Findings' });
  await expect(panel.getByTestId('finding-counts')).toContainText('1 info');

  await page.getByRole('link', { name: 'Rules' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rules' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'rules');
  await page.getByLabel('Severity of CLM-EMIRATES-ID-PLACEHOLDER for DOH').selectOption('warn');
  await page.getByLabel('Run CLM-MEMBER-ID-MISSING (No member ID) for DOH').uncheck();
  await expect(page.getByLabel('Run CLM-MEMBER-ID-MISSING (No member ID) for DOH')).not.toBeChecked();

  await page.goBack();
  await expect(panel.getByTestId('finding-counts')).toContainText('1 warning');
  await page.getByLabel('Member ID', { exact: true }).fill('');
  await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');
  await expect(panel).toContainText(/(\d+) of \1 edits ran/); // every edit of the profile but the one switched off ran

  await page.reload();
  await page.getByRole('link', { name: 'Rules' }).click();
  await expect(page.getByLabel('Run CLM-MEMBER-ID-MISSING (No member ID) for DOH')).not.toBeChecked();
  await page.getByRole('button', { name: 'Reset DOH to defaults' }).click();
  await expect(page.getByLabel('Run CLM-MEMBER-ID-MISSING (No member ID) for DOH')).toBeChecked();
});
