import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

test('the app opens with its name and runs under a strict content security policy', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Coding Workbench' })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  await expectNoSeriousA11yViolations(page, 'start');
});
