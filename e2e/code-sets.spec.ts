import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { ICD_2022, MISSING_ICD_2022, sharedDataFile } from './code-files';

const icdFile = sharedDataFile(ICD_2022);

test('a new coder imports the official ICD-10-CM file, finds R07.2 three ways, inserts it by keyboard, and still has the code set after a reload', async ({ page }) => {
  test.skip(!icdFile, MISSING_ICD_2022);
  test.setTimeout(120_000);

  // The Code sets page says plainly that only the starter set is loaded, and how to get the official files.
  await page.goto('/');
  await page.getByRole('link', { name: 'Code sets', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Code sets' })).toBeVisible();
  const starterOnly = page.getByRole('region', { name: /Only the starter set is loaded for ICD-10-CM/ });
  await expect(starterOnly).toContainText('Code Descriptions in Tabular Order');
  await expectNoSeriousA11yViolations(page, 'code sets page');

  // Import the CMS codes file: checked completely, then reviewed before it is saved.
  await expect(page.getByRole('radio', { name: /ICD-10-CM \(CMS codes or order file\)/ })).toBeChecked();
  await page.getByLabel('ICD-10-CM file').setInputFiles(icdFile!);
  await expect(page.getByRole('status').filter({ hasText: 'Every line was read' })).toContainText('72,750 billable ICD-10-CM codes, 22,535 headers', { timeout: 60_000 });
  await expect(page.getByText('Category headers were derived.')).toBeVisible();
  await expect(page.getByLabel('Release label')).toHaveValue('ICD-10-CM FY2022');
  await expect(page.getByLabel('Effective from')).toHaveValue('2021-10-01');
  await expect(page.getByLabel('Effective to (empty: open-ended)')).toHaveValue('2022-09-30');
  await page.getByRole('button', { name: 'Save code set' }).click();

  const loaded = page.getByRole('table', { name: 'Loaded code sets' });
  const row = loaded.getByRole('row').filter({ hasText: 'ICD-10-CM FY2022' });
  await expect(row).toContainText('01/10/2021 – 30/09/2022');
  await expect(row).toContainText('Imported');
  await expect(row).toContainText('icd10cm_codes_2022.txt');
  await expect(row).toContainText('72,750');
  await expect(row).toContainText('22,535');
  await expect(row).toContainText('Headers derived from the codes file');
  await expect(page.getByRole('region', { name: /Only the starter set is loaded for/ })).not.toContainText('ICD-10-CM');

  // A claim from March 2022 is coded against FY2022.
  await page.getByRole('link', { name: 'Workbench', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled encounter' })).toBeVisible();
  await page.getByLabel('Start', { exact: true }).fill('15/03/2022 10:00');
  const dx1 = page.getByRole('combobox', { name: 'Diagnosis 1 code (ICD-10-CM)' });
  await dx1.click();
  await expect(page.getByText(/No imported ICD-10-CM release covers|Only the ICD-10-CM starter set/)).toHaveCount(0);

  // 1. a word
  await page.keyboard.type('precordial');
  const suggestions = page.getByRole('listbox', { name: 'Code suggestions' });
  await expect(suggestions.getByRole('option').first()).toHaveAccessibleName('R07.2 Precordial pain Billable');
  await expect(dx1).toHaveAttribute('aria-expanded', 'true');
  await expect(dx1).toHaveAttribute('aria-controls', 'f-claim-diagnoses-0-code-listbox');
  await expectNoSeriousA11yViolations(page, 'open code combobox');

  // 2. words in any order, partial: the family is one step away
  await dx1.fill('chest pain breath');
  await expect(suggestions.getByRole('option').first()).toHaveAccessibleName('R07.1 Chest pain on breathing Billable');

  // 3. a code prefix lists the family; arrows move, Enter inserts
  await dx1.fill('r07');
  await expect(suggestions.getByRole('option', { name: 'R07.2 Precordial pain Billable' })).toBeVisible();
  await expect(suggestions.getByRole('option').first()).toContainText('Header');
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowDown');
    const active = await dx1.getAttribute('aria-activedescendant');
    if (active && (await page.locator(`#${active}`).textContent())?.startsWith('R07.2')) break;
  }
  await expect(suggestions.getByRole('option', { name: 'R07.2 Precordial pain Billable' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(dx1).toHaveValue('R07.2');
  await expect(dx1).toHaveAttribute('aria-expanded', 'false');
  await expect(dx1).toBeFocused();

  // The lookup: detail view with the family, an unspecified code flagged with its more specific siblings.
  await page.keyboard.press('Alt+Shift+D');
  const dx2 = page.getByRole('combobox', { name: 'Diagnosis 2 code (ICD-10-CM)' });
  await expect(dx2).toBeFocused();
  await page.keyboard.press('Alt+Shift+L');
  const lookup = page.getByRole('dialog', { name: 'Code lookup' });
  await expect(lookup).toBeVisible();
  await expect(lookup).toContainText('Searching ICD-10-CM FY2022, in force on 15/03/2022 (date of service)');
  await page.keyboard.type('r079');
  const details = lookup.getByRole('region', { name: 'Code details' });
  await expect(details.getByRole('heading', { level: 3 })).toContainText('R07.9 Chest pain, unspecified');
  const specificity = details.getByRole('note', { name: 'Specificity' });
  await expect(specificity).toContainText('Unspecified code');
  await expect(specificity.getByRole('button', { name: /^Use R07\.2 / })).toBeVisible();
  await expect(details).toContainText('Chapter 18');
  await expectNoSeriousA11yViolations(page, 'code lookup');
  await lookup.getByRole('combobox', { name: 'Code, words or abbreviation' }).fill('htn');
  await expect(lookup.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toHaveAccessibleName(/^I10 Essential \(primary\) hypertension Billable/);
  await page.keyboard.press('Enter');
  await expect(lookup).toBeHidden();
  await expect(dx2).toHaveValue('I10');
  await expect(dx2).toBeFocused();

  // Reload: the draft and the imported code set are still there.
  await page.keyboard.press('Control+s');
  await page.reload();
  await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('R07.2');
  await expect(page.getByLabel('Diagnosis 2 code (ICD-10-CM)')).toHaveValue('I10');
  await page.getByRole('link', { name: 'Code sets', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Loaded code sets' }).getByRole('row').filter({ hasText: 'ICD-10-CM FY2022' })).toContainText('72,750');
});

test('the CMS zip and the HCPCS annual file import through the same page', async ({ page }, testInfo) => {
  const hcpcsFile = sharedDataFile('hcpcs/HCPC2019_CONTR_ANWEB.txt');
  test.skip(!icdFile || !hcpcsFile, `${MISSING_ICD_2022} (or hcpcs/HCPC2019_CONTR_ANWEB.txt is absent)`);
  test.setTimeout(120_000);
  // A zip laid out like the CMS download, made here from the shared file (never stored in the repo).
  const zip = testInfo.outputPath('2022-code-descriptions-tabular-order.zip');
  writeFileSync(zip, zipSync({ 'Code Descriptions/icd10cm_codes_2022.txt': readFileSync(icdFile!), 'Code Descriptions/README.txt': strToU8('Release notes') }));
  await page.goto('/#/code-sets');
  await page.getByLabel('ICD-10-CM file').setInputFiles(zip);
  await expect(page.getByRole('status').filter({ hasText: 'Every line was read' })).toContainText('72,750 billable ICD-10-CM codes', { timeout: 60_000 });
  await expect(page.getByText('Read icd10cm_codes_2022.txt from 2022-code-descriptions-tabular-order.zip: the codes file.')).toBeVisible();
  await page.getByRole('button', { name: 'Save code set' }).click();
  const table = page.getByRole('table', { name: 'Loaded code sets' });
  await expect(table.getByRole('row').filter({ hasText: 'ICD-10-CM FY2022' })).toContainText('2022-code-descriptions-tabular-order.zip › icd10cm_codes_2022.txt');

  await page.getByRole('radio', { name: /HCPCS Level II \(CMS annual file\)/ }).check();
  await page.getByLabel('HCPCS Level II file').setInputFiles(hcpcsFile!);
  await expect(page.getByRole('status').filter({ hasText: 'Every line was read' })).toContainText('6,440 billable HCPCS Level II codes, 360 modifiers', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Save code set' }).click();
  const hcpcs = table.getByRole('row').filter({ hasText: 'HCPC2019_CONTR_ANWEB.txt' });
  await expect(hcpcs).toContainText('6,440');
  await expect(hcpcs).toContainText('+ 360 modifiers');
  await expect(page.getByRole('region', { name: /Only the starter set is loaded for CPT$/ })).toBeVisible();
});
