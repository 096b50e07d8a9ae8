import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import type { Page, TestInfo } from '@playwright/test';

/**
 * Wrong, broken and huge files on the Code sets page: each gets a message saying what
 * was expected, what was found and where; the code sets in use stay as they were and
 * the tab stays responsive. Fixtures are generated here into the test's output folder.
 */

const ICD = 'ICD-10-CM (CMS codes or order file)';
const HCPCS = 'HCPCS Level II (CMS annual file)';

function fixture(testInfo: TestInfo, name: string, content: Uint8Array | string): string {
  const path = testInfo.outputPath(name);
  writeFileSync(path, content);
  return path;
}

/** A valid CMS-layout codes file of `lines` lines, about 80 bytes each. */
function syntheticIcdCodes(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const code = `A${String(10 + (i % 90))}${i.toString(36).toUpperCase().padStart(4, '0')}`;
    out.push(`${code} Synthetic test condition number ${i} used only to exercise the importer, lateral`);
  }
  return `${out.join('\n')}\n`;
}

async function pick(page: Page, kind: string, label: string, path: string) {
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel(label).setInputFiles(path);
}

async function expectUnchanged(page: Page) {
  const table = page.getByRole('table', { name: 'Loaded code sets' });
  await expect(table.getByRole('row')).toHaveCount(6); // header + 4 starter sets + FY2023
  await expect(table.getByRole('row').filter({ hasText: 'ICD-10-CM FY2023' })).toContainText('3');
}

test('wrong, broken and oversized files change nothing and say what was expected, what was found and where', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/#/code-sets');
  // A small valid release is in use first, so "unchanged" means something.
  await pick(page, ICD, 'ICD-10-CM file', fixture(testInfo, 'icd10cm_codes_2023.txt', 'R0781   Pleurodynia\nR0782   Intercostal pain\nR079    Chest pain, unspecified\n'));
  await expect(page.getByRole('status').filter({ hasText: 'Every line was read' })).toContainText('3 billable ICD-10-CM codes');
  await page.getByRole('button', { name: 'Save code set' }).click();
  await expectUnchanged(page);

  const cases: ReadonlyArray<{ what: string; kind: string; label: string; name: string; content: Uint8Array | string; message: string | RegExp }> = [
    { what: 'an empty file', kind: ICD, label: 'ICD-10-CM file', name: 'icd10cm_codes_2023.txt', content: '', message: '"icd10cm_codes_2023.txt" is empty (0 bytes).' },
    {
      what: 'a truncated file',
      kind: ICD,
      label: 'ICD-10-CM file',
      name: 'icd10cm_codes_2023.txt',
      content: 'A000    Cholera due to Vibrio cholerae 01, biovar cholerae\nA001    Cholera due to Vib',
      message: "Line 2: the file ends in the middle of a line ('A001    Cholera due to Vib'): it looks cut off.",
    },
    {
      what: 'an Excel workbook renamed to .txt',
      kind: ICD,
      label: 'ICD-10-CM file',
      name: 'icd10cm_codes_2023.txt',
      content: zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
      message: '"icd10cm_codes_2023.txt" is an Excel workbook (.xlsx), not a text file',
    },
    {
      what: 'the fee-schedule CSV picked as ICD-10-CM',
      kind: ICD,
      label: 'ICD-10-CM file',
      name: 'PPRRVU23_JAN.csv',
      content: 'HCPCS,MOD,DESCRIPTION,CODE\n99213,,Office visit,A\n',
      message: "Line 1: expected an ICD-10-CM code in columns 1–7 (like A000), found 'HCPCS,MOD,DESCRIPTION,CODE'.",
    },
    {
      what: 'an ICD-10-CM codes file picked as HCPCS',
      kind: HCPCS,
      label: 'HCPCS Level II file',
      name: 'icd10cm_codes_2023.txt',
      content: 'R0781   Pleurodynia\nR0782   Intercostal pain\n',
      message: /Line 1: expected a HCPCS record .* found 'R0781 {3}Pleurodynia'\. This looks like the CMS ICD-10-CM codes file; import it as ICD-10-CM\./,
    },
    {
      what: 'a 51 MB file',
      kind: ICD,
      label: 'ICD-10-CM file',
      name: 'icd10cm_order_2023.txt',
      content: new Uint8Array(51 * 1024 * 1024).fill(0x41),
      message: /"icd10cm_order_2023\.txt" is 51\.0 MB; the largest code file the workbench reads is 50\.0 MB/,
    },
  ];
  for (const c of cases) {
    await test.step(c.what, async () => {
      await pick(page, c.kind, c.label, fixture(testInfo, c.name, c.content));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`${c.name} was not imported. The code sets in use are unchanged.`);
      await expect(alert).toContainText(c.message);
      await expectUnchanged(page);
    });
  }
  await expectNoSeriousA11yViolations(page, 'code sets page with an import error');

  await test.step('Windows-1252 text is read with a note, and nothing is saved until Save', async () => {
    const cp1252 = new Uint8Array([...strToU8('H8101   M'), 0xe9, ...strToU8('ni'), 0xe8, ...strToU8("re's disease, right ear\n")]);
    await pick(page, ICD, 'ICD-10-CM file', fixture(testInfo, 'icd10cm_codes_2024.txt', cp1252));
    await expect(page.getByRole('status').filter({ hasText: 'Every line was read' })).toContainText('1 billable ICD-10-CM codes');
    await expect(page.getByText('The file is not UTF-8 text; it was read as Windows-1252 (Western European).')).toBeVisible();
    await page.getByRole('button', { name: 'Discard' }).click();
    await expectUnchanged(page);
  });

  // The workbench still works with the release in use.
  await page.getByRole('link', { name: 'Workbench', exact: true }).click();
  await page.getByLabel('Start', { exact: true }).fill('15/03/2023 10:00');
  await page.getByRole('combobox', { name: 'Diagnosis 1 code (ICD-10-CM)' }).fill('intercostal');
  await expect(page.getByRole('listbox', { name: 'Code suggestions' }).getByRole('option').first()).toHaveAccessibleName('R07.82 Intercostal pain Billable');
});

test('a large file is read in a worker with progress, the page stays responsive, and Cancel stops it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const big = fixture(testInfo, 'icd10cm_codes_2030.txt', syntheticIcdCodes(450_000)); // ~40 MB
  await page.goto('/#/code-sets');
  await expect(page.getByRole('table', { name: 'Loaded code sets' }).getByRole('row')).toHaveCount(5);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  await pick(page, ICD, 'ICD-10-CM file', big);
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Checking every line of icd10cm_codes_2030\.txt… \d+%/ })).toBeVisible({ timeout: 30_000 });
  await expect(progress).not.toHaveAttribute('value', '0');
  // The page answers while the worker parses: the click lands mid-import.
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('alert')).toContainText('Import of icd10cm_codes_2030.txt cancelled. The code sets in use are unchanged.');
  await expect(page.getByRole('alert')).toContainText('The import was cancelled; nothing was changed.');
  await expect(page.getByRole('table', { name: 'Loaded code sets' }).getByRole('row')).toHaveCount(5);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  console.log(`main-thread tasks over 50 ms during the 40 MB import: ${longTasks.length} (longest ${Math.round(Math.max(0, ...longTasks))} ms)`);
});

test('a CPT file is imported with the column-mapping step, and a payer service-code CSV directly', async ({ page }, testInfo) => {
  // Synthetic rows with descriptions written for this test (never AMA descriptors).
  const cpt = ['Code\tShort\tLong', '99213\tVisit est low\tTest wording: established patient visit, low complexity', '93000\tECG full\tTest wording: electrocardiogram with report', '71046\tChest xray 2v\tTest wording: chest radiograph, two views'].join('\n');
  await page.goto('/#/code-sets');
  await pick(page, 'CPT (your organisation’s licensed file)', 'CPT file', fixture(testInfo, 'cpt-codes-2025.txt', `${cpt}\n`));
  await expect(page.getByRole('heading', { name: 'Which columns hold the CPT codes and descriptions?' })).toBeVisible();
  const columns = page.getByRole('table', { name: 'Columns found in cpt-codes-2025.txt' });
  await expect(columns.getByRole('row').filter({ hasText: 'Long' })).toContainText('Test wording: electrocardiogram with report');
  await expect(page.getByLabel('Code column')).toHaveValue('0');
  await expect(page.getByLabel('The first row holds column names')).toBeChecked();
  await page.getByLabel('Short description column').selectOption({ label: 'Column 2: Short' });
  await page.getByLabel('Long description column').selectOption({ label: 'Column 3: Long' });
  await expectNoSeriousA11yViolations(page, 'CPT column mapping');
  await page.getByRole('button', { name: 'Check and import with these columns' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Every line was read' })).toContainText('3 billable CPT codes');
  await expect(page.getByLabel('Release label')).toHaveValue('CPT 2025');
  await page.getByRole('button', { name: 'Save code set' }).click();
  const table = page.getByRole('table', { name: 'Loaded code sets' });
  await expect(table.getByRole('row').filter({ hasText: 'CPT 2025' })).toContainText('01/01/2025 – 31/12/2025');

  await pick(page, 'Payer or local service codes (CSV)', 'Local service codes file', fixture(testInfo, 'payer-services.csv', 'code,description,effective from\nSC-01,Home nursing visit,2025-01-01\n'));
  await page.getByLabel('Release label').fill('Payer A service codes');
  await page.getByRole('button', { name: 'Save code set' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Payer A service codes' })).toContainText('1');

  // Remove with undo.
  await table.getByRole('button', { name: 'Remove CPT 2025' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'CPT 2025' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'CPT 2025' })).toHaveCount(1);
});
