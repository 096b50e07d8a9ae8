import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// The Dhamani article's diagnosis breaks, made on the outpatient sample (precordial chest
// pain, R07.2 + I10, an ECG linked to R07.2) against the starter code set and rule packs.
test.describe('diagnosis coding the way the Dhamani article breaks it', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: 'New from sample: Outpatient visit: precordial chest pain' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000101' })).toBeVisible();
  });

  test('R07.9 where the note documents precordial pain: a warning with R07.2 offered first, and the fix takes the ECG link along', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Findings' });
    await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');
    await expect(page.getByLabel('Link activity 2 to diagnosis 1 R07.2')).toBeChecked();

    await page.getByLabel('Diagnosis 1 code (ICD-10-CM)').fill('R07.9');
    const finding = panel.getByRole('article').filter({ hasText: 'DX-UNSPECIFIED' });
    await expect(finding).toContainText(
      "Diagnosis 1: R07.9 (Chest pain, unspecified) is unspecified, and the note mentions 'precordial', which fits R07.2 (Precordial pain); its family has 5 more specific codes.",
    );
    await expect(page.getByLabel('Link activity 2 to diagnosis 1 R07.9')).toBeChecked();
    const fixes = finding.getByRole('button', { name: /^Fix:/ });
    await expect(fixes).toHaveText([
      'Fix: Use R07.2 (Precordial pain)',
      'Fix: Use R07.1 (Chest pain on breathing)',
      'Fix: Use R07.81 (Pleurodynia)',
      'Fix: Use R07.82 (Intercostal pain)',
      'Fix: Use R07.89 (Other chest pain)',
    ]);
    await finding.getByText('Why?').click();
    await expect(finding).toContainText('Source: Dhamani coding article: What providers must get right on coding and claims, Diagnosis specificity');
    await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveAccessibleDescription(/Warning: Diagnosis 1: R07.9/);
    await expectNoSeriousA11yViolations(page, 'workbench with a specificity warning');

    await fixes.first().click();
    await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('R07.2');
    await expect(page.getByLabel('Link activity 2 to diagnosis 1 R07.2')).toBeChecked();
    await expect(page.getByLabel('Link activity 1 to diagnosis 1 R07.2')).toBeChecked();
    await expect(panel.getByRole('article').filter({ hasText: 'DX-UNSPECIFIED' })).toHaveCount(0);
  });

  test('a heading typed as a diagnosis is rejected, with its billable codes as fixes', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Findings' });
    await page.getByLabel('Diagnosis 2 code (ICD-10-CM)').fill('E11');
    const finding = panel.getByRole('article').filter({ hasText: 'DX-CODE-HEADER' });
    await expect(finding).toContainText(
      'Diagnosis 2: E11 (Type 2 diabetes mellitus) is a heading in ICD-10-CM starter set, not a billable code; report one of its 86 billable codes; 78 more not shown.',
    );
    await expect(panel.getByTestId('finding-counts')).toContainText('1 reject');
    await expect(finding.getByRole('button', { name: /^Fix:/ })).toHaveCount(8);
    await expect(page.getByLabel('Link activity 1 to diagnosis 2 E11')).toBeChecked();

    await finding.getByRole('button', { name: 'Fix: Use E11.9 (Type 2 diabetes mellitus without complications)' }).click();
    await expect(page.getByLabel('Diagnosis 2 code (ICD-10-CM)')).toHaveValue('E11.9');
    await expect(page.getByLabel('Link activity 1 to diagnosis 2 E11.9')).toBeChecked();
    await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');

    // R07 with the note documenting precordial pain: R07.2 first, and the message says why.
    await page.getByLabel('Diagnosis 1 code (ICD-10-CM)').fill('R07');
    const heading = panel.getByRole('article').filter({ hasText: 'DX-CODE-HEADER' });
    await expect(heading).toContainText("(the note mentions 'precordial', which fits R07.2)");
    await expect(heading.getByRole('button', { name: /^Fix:/ }).first()).toHaveText('Fix: Use R07.2 (Precordial pain)');
    await heading.getByRole('button', { name: 'Fix: Use R07.2 (Precordial pain)' }).click();
    await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('R07.2');
    await expect(page.getByLabel('Link activity 2 to diagnosis 1 R07.2')).toBeChecked();
    await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');
  });

  test('a male patient with a pregnancy code: CODE-014 predicted; without a sex the check says it did not run', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Findings' });
    await page.getByLabel('Diagnosis 2 code (ICD-10-CM)').fill('O80');
    const finding = panel.getByRole('article').filter({ hasText: 'DX-SEX-CONFLICT' });
    await expect(finding).toContainText('Diagnosis 2: O80 (Encounter for full-term uncomplicated delivery) is on the MCE female-only list, but the patient is male.');
    await expect(finding).toContainText('predicts CODE-014 (Activity/diagnosis inconsistent with patient age/gender)');
    await expect(panel.getByTestId('finding-counts')).toContainText('1 reject');

    await page.getByLabel('Sex', { exact: true }).selectOption('');
    const notChecked = panel.getByRole('region', { name: /^Not checked/ });
    await expect(notChecked).toContainText("Not checked: the patient's sex is not given, so the sex limits of O80 (female-only) were not checked.");
    await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');
    await expect(panel).not.toContainText('No problems found.');

    await page.getByLabel('Sex', { exact: true }).selectOption('F');
    await expect(panel.getByRole('article').filter({ hasText: 'DX-SEX-CONFLICT' })).toHaveCount(0);
    await expect(panel.getByTestId('finding-counts')).toContainText('0 rejects');
  });

  test('an external cause as principal and a switched-off pack: the fix re-sequences, and the Excludes1 check says it did not run', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Findings' });
    await page.getByLabel('Diagnosis 1 code (ICD-10-CM)').fill('W19.XXXA');
    const finding = panel.getByRole('article').filter({ hasText: 'DX-EXTERNAL-CAUSE-PRINCIPAL' });
    await expect(finding).toContainText('Diagnosis 1: W19.XXXA (Unspecified fall, initial encounter) is an external cause code (V00–Y99) and cannot be the principal diagnosis');
    await finding.getByRole('button', { name: 'Fix: Make I10 principal and W19.XXXA secondary' }).click();
    await expect(page.getByLabel('Diagnosis 2 type')).toHaveValue('Principal');
    await expect(page.getByLabel('Diagnosis 1 type')).toHaveValue('Secondary');
    await expect(panel.getByRole('article').filter({ hasText: 'DX-EXTERNAL-CAUSE-PRINCIPAL' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Rules' }).click();
    await page.getByLabel('Use pack Excludes1 pairs (starter)').uncheck();
    await page.goBack();
    await expect(panel.getByRole('region', { name: /^Not checked/ })).toContainText(
      'Not checked: no Excludes1 pairs pack is in force on 2025-10-05: switch one on, or import one, on the Rules page.',
    );
  });
});

test('the MCE list file imports on the Rules page as a rule pack, with its rows counted per list', async ({ page }) => {
  await page.goto('/#/rules');
  await expect(page.getByRole('heading', { level: 1, name: 'Rules' })).toBeVisible();
  await expect(page.getByRole('row', { name: /MCE age, sex and manifestation lists \(starter\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Import MCE lists…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import MCE lists' });
  const header = ['MCE_Version', 'ICD_Version', 'MCE_Section', 'MCE_Subsection', 'MCE_Edit_Type', 'ICD_Code_Type', 'ICD_Code', 'ICD_Desc'].join('\t');
  const rows = [
    ['37', '10', '4', 'C', 'Maternity_Only', 'D', 'O80', 'Encounter for full-term uncomplicated delivery'],
    ['37', '10', '5', 'A', 'Female_Only', 'D', 'O80', 'Encounter for full-term uncomplicated delivery'],
    ['37', '10', '5', 'C', 'Male_Only', 'D', 'N400', 'Benign prostatic hyperplasia without lower urinry tract symp'],
    ['37', '10', '5', 'B', 'Female_Only', 'P', '0U5B0ZZ', 'Destruction of cervix, open approach'],
  ].map((r) => r.join('\t'));
  await dialog.getByLabel('MCE list file').setInputFiles({ name: 'MCE_lists_v37.txt', mimeType: 'text/plain', buffer: Buffer.from([header, ...rows].join('\n')) });
  await expect(dialog.getByRole('status')).toContainText('MCE v37 diagnosis lists, in force from 2019-10-01 until replaced: 3 rows.');
  await expect(dialog.getByRole('row', { name: 'female-only 5A 1' })).toBeVisible();
  await expect(dialog).toContainText('Skipped: 1 procedure rows');
  await expectNoSeriousA11yViolations(page, 'MCE import dialog');
  await dialog.getByRole('button', { name: 'Import as a rule pack' }).click();
  await expect(page.getByRole('row', { name: /MCE v37 diagnosis lists/ })).toContainText('Imported');

  // A file in another layout is refused line by line.
  await page.getByRole('button', { name: 'Import MCE lists…' }).click();
  await dialog.getByLabel('MCE list file').setInputFiles({ name: 'wrong.txt', mimeType: 'text/plain', buffer: Buffer.from('code,title\nO80,Delivery\n') });
  await expect(dialog.getByRole('alert')).toContainText('Line 1: expected the MCE list header');
});
