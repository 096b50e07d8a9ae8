import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

test('a coder enters a small encounter with the keyboard only, and it is kept after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled encounter' })).toBeVisible();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'shortcuts overlay');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();

  // Patient and payer
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByLabel('Payer rules')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('A001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1011-5555-0001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('MRN-90001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('784-1980-1234567-1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12/04/1980');
  await page.keyboard.press('Tab');
  await page.keyboard.type('F');

  // Encounter
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByLabel('Facility ID', { exact: true })).toBeFocused();
  await page.keyboard.type('MF4821');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('07/10/2025 10:30');

  // Diagnoses: the blank principal row is there; Alt+Shift+D adds the next one
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByLabel('Diagnosis 1 type')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toBeFocused();
  await page.keyboard.type('R07.2');
  await page.keyboard.press('Alt+Shift+D');
  await expect(page.getByLabel('Diagnosis 2 code (ICD-10-CM)')).toBeFocused();
  await page.keyboard.type('I10');

  // Activity: Alt+Shift+A adds one linked to the principal diagnosis
  await page.keyboard.press('Alt+Shift+A');
  await expect(page.getByLabel('Activity 1 code')).toBeFocused();
  await page.keyboard.type('93000');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Activity 1 net')).toBeFocused();
  await page.keyboard.type('150');
  await page.keyboard.press('Tab');

  await expect(page.getByLabel('Activity 1 net')).toHaveValue('150.00');
  await expect(page.getByLabel('Activity 1 start')).toHaveValue('07/10/2025 10:30');
  await expect(page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 1 R07.2' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 2 I10' })).not.toBeChecked();

  // Link the second diagnosis with the keyboard
  await page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 2 I10' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 2 I10' })).toBeChecked();

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Saved on this computer/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Member ID', { exact: true })).toHaveValue('1011-5555-0001');
  await expect(page.getByLabel('Sex')).toHaveValue('F');
  await expect(page.getByLabel('Date of birth')).toHaveValue('12/04/1980');
  await expect(page.getByLabel('Encounter type')).toHaveValue('1');
  await expect(page.getByLabel('Diagnosis 2 code (ICD-10-CM)')).toHaveValue('I10');
  await expect(page.getByLabel('Activity 1 code')).toHaveValue('93000');
  await expect(page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 2 I10' })).toBeChecked();
});
