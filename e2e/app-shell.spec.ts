import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

test('the app opens with its name and runs under a strict content security policy', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Coding Workbench');
  await expect(page.getByRole('banner')).toContainText('Coding Workbench');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  await expectNoSeriousA11yViolations(page, 'start');
});
