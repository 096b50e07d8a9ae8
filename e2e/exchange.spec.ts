import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSubmission } from '../src/domain/eclaim';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const twoClaims = fileURLToPath(new URL('./files/doh-two-claims.xml', import.meta.url));

test.describe('paste, drop and export', () => {
  test('paste an e-claim XML, pick a claim, edit it, export it, and the export reads back to the same claim', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Untitled encounter' })).toBeVisible();
    await page.keyboard.press('Alt+Shift+V');
    const dialog = page.getByRole('dialog', { name: 'Paste or drop an encounter' });
    await dialog.getByLabel('Text to read').fill(readFileSync(twoClaims, 'utf8'));
    await expectNoSeriousA11yViolations(page, 'paste dialog');
    await dialog.getByRole('button', { name: 'Read', exact: true }).click();
    await expect(dialog).toContainText('DOH e-claim, 2 claims');
    await dialog.getByRole('checkbox', { name: 'Open claim MF4821-OP-000777' }).check();
    await dialog.getByRole('button', { name: 'Open claim as new draft' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000777' })).toBeVisible();
    await expect(page.getByLabel('Member ID', { exact: true })).toHaveValue('1011-4455-6677');
    await expect(page.getByLabel('Diagnosis 2 code (ICD-10-CM)')).toHaveValue('I10');
    await expect(page.getByLabel('Activity 1 modifiers')).toHaveValue('25');
    await expect(page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 2 I10' })).toBeChecked();
    await expect(page.getByLabel('Activity 2 start')).toHaveValue('05/10/2025 10:20');

    // Edit: a modifier on the ECG, a new net, and the totals recalculated.
    await page.getByLabel('Activity 2 modifiers').fill('59');
    await page.getByLabel('Activity 2 net').fill('250');
    await page.getByLabel('Activity 2 net').blur();
    await page.getByRole('button', { name: 'Recalculate totals from lines' }).click();
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue('550.00');

    await page.keyboard.press('Alt+Shift+E');
    const exportDialog = page.getByRole('dialog', { name: 'Export e-claim XML' });
    await expectNoSeriousA11yViolations(page, 'export dialog');
    const download = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Download MF4821-OP-000777.xml' }).click();
    const file = await download;
    const xml = readFileSync((await file.path()), 'utf8');
    await exportDialog.getByRole('button', { name: 'Close Export e-claim XML' }).click();

    // The exported file carries the edit, kept the unknown element and the other observation.
    const parsed = parseSubmission(xml);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const claim = parsed.value.submission.claims[0]!;
    expect(parsed.value.submission.claims).toHaveLength(1);
    expect(claim.activities[1]).toMatchObject({ code: '93000', modifiers: ['59'], net: '250.00', diagnosisLinks: ['R07.2'] });
    expect(claim.activities[1]!.observations).toEqual([{ type: 'LOINC', code: '8867-4', value: '78', valueType: '/min' }]);
    expect(claim.extensions.map((e) => e.element.name)).toEqual(['ProviderNote']);
    expect(claim).toMatchObject({ net: '550.00', gross: '600.00', patientShare: '50.00' });

    // Re-import the export: the same claim, field for field.
    await page.keyboard.press('Alt+Shift+V');
    await dialog.getByLabel('Text to read').fill(xml);
    await dialog.getByRole('button', { name: 'Read', exact: true }).click();
    await dialog.getByRole('button', { name: 'Open claim as new draft' }).click();
    await expect(page.getByLabel('Activity 2 modifiers')).toHaveValue('59');
    await expect(page.getByLabel('Activity 2 net')).toHaveValue('250.00');
    await expect(page.getByLabel('Net', { exact: true })).toHaveValue('550.00');
    await page.keyboard.press('Alt+Shift+E');
    const again = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Download MF4821-OP-000777.xml' }).click();
    const reparsed = parseSubmission(readFileSync((await (await again).path()), 'utf8'));
    expect(reparsed.ok && reparsed.value.submission.claims[0]).toEqual(claim);
  });

  test('a dropped file with several claims opens the chosen ones as drafts', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Untitled encounter' })).toBeVisible();
    const data = readFileSync(twoClaims).toString('base64');
    const transfer = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], 'batch.xml', { type: 'text/xml' }));
      return dt;
    }, data);
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    const dialog = page.getByRole('dialog', { name: 'Paste or drop an encounter' });
    await expect(dialog).toContainText('batch.xml: DOH e-claim, 2 claims');
    await dialog.getByRole('button', { name: 'Select all' }).click();
    await dialog.getByText(/notes? on how the text was read/).click();
    await expect(dialog).toContainText('decimal comma');
    await dialog.getByRole('button', { name: 'Open 2 claims as new drafts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000777' })).toBeVisible();
    await page.getByRole('link', { name: 'Drafts' }).click();
    await expect(page.getByRole('link', { name: 'MF4821-OP-000778' })).toBeVisible();
  });

  test('broken input says what and where, and nothing already entered is lost', async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: 'New from sample: Outpatient visit: precordial chest pain' }).click();
    await expect(page.getByLabel('Member ID', { exact: true })).toHaveValue('1011-2233-4455');
    await page.getByRole('button', { name: 'Paste or drop…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste or drop an encounter' });
    const read = async (text: string) => {
      await dialog.getByLabel('Text to read').fill(text);
      await dialog.getByRole('button', { name: 'Read', exact: true }).click();
    };
    await read('<Claim.Submission><Header><SenderID>X</SenderID></Header><Claim><ID>1</Activity></Claim></Claim.Submission>');
    await expect(dialog.getByRole('alert')).toContainText(/Line 1, column \d+.*<ID>/);
    await read('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Claim.Submission/>');
    await expect(dialog.getByRole('alert')).toContainText(/DOCTYPE/);
    await read('DX R07.2\nCPT\nFOO bar');
    await expect(dialog.getByRole('alert')).toContainText('Line 2');
    await expect(dialog.getByRole('alert')).toContainText('Line 3');
    await read('NOTE <script>window.__pwned = 1</script>\nDX R07.2\nCPT 93000 > 1');
    await dialog.getByRole('button', { name: 'Add its lines to this encounter' }).click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.getByLabel('Member ID', { exact: true })).toHaveValue('1011-2233-4455');
    await expect(page.getByLabel('Activity 3 code')).toHaveValue('93000');
    await page.keyboard.press('Alt+Shift+Z');
    await expect(page.getByLabel('Activity 3 code')).toHaveCount(0);
  });
});
