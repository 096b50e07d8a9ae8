import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const SAMPLE = 'New from sample: Outpatient follow-up: diabetes, knee pain, breathlessness (CDI review)';

test.describe('CDI review', () => {
  test('a reviewer finds the unsupported code, drafts a multiple-choice query and prints the report', async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: SAMPLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000188' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'CDI review', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CDI review: MF4821-OP-000188' })).toBeVisible();

    // The note sits beside the codes; the unsupported code says so in words.
    await expect(page.getByRole('heading', { name: 'Clinical note' })).toBeVisible();
    const k21 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'K21.9' }) });
    await expect(k21).toContainText('Not found in note');
    await expect(k21).toContainText('The note does not mention gastro-esophageal reflux disease.');
    const e11 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'E11.65' }) });
    await expect(e11).toContainText('Supported');
    await expect(page.getByText(/Possibly missing:.*hypertension/)).toBeVisible();
    await page.screenshot({ path: '/tmp/cdi/cdi-review.png', fullPage: true });
    await expectNoSeriousA11yViolations(page, 'CDI review');

    // Reverse lookup: a phrase shows the codes it supports.
    await page.getByRole('button', { name: /^knee pain/ }).first().click();
    await expect(page.getByText('Supports: M25.562')).toBeVisible();

    // Disagree with the unsupported code and draft a multiple-choice query.
    await k21.getByRole('radio', { name: 'Disagree' }).check();
    await k21.getByLabel('Comment on K21.9').fill('No reflux symptoms documented.');
    await k21.getByRole('button', { name: 'Draft query about K21.9' }).click();
    const builder = page.getByRole('region', { name: 'Query about K21.9' });
    await builder.getByLabel('Template').selectOption({ label: 'Documentation clarification (multiple choice)' });
    await builder.getByRole('checkbox', { name: /Denies chest pain but reports shortness of breath/ }).check();
    const text = builder.getByLabel('Query text');
    await expect(text).toHaveValue(/\[ \] Other \(please specify\)\n\[ \] Clinically undetermined/);
    await expect(text).toHaveValue(/- "Denies chest pain but reports shortness of breath on climbing two flights of stairs"/);
    await expect(text).not.toHaveValue(/payment|DRG|reimburse/i);
    await page.screenshot({ path: '/tmp/cdi/cdi-query.png', fullPage: true });
    await expectNoSeriousA11yViolations(page, 'CDI query builder');
    await builder.getByRole('button', { name: 'Save query' }).click();

    // The report lists the code, the verdict and the open query; printing calls window.print.
    const report = page.getByRole('region', { name: 'Review report' });
    await expect(report.getByRole('row', { name: /K21\.9.*Not found in note.*Disagree.*No reflux symptoms documented\./ })).toBeVisible();
    await expect(report).toContainText('Documentation clarification (multiple choice) — K21.9');
    await page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
    await report.getByRole('button', { name: 'Print report' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

    // The review is kept with the draft.
    await expect(page.getByRole('status').filter({ hasText: /^Saved on this computer/ })).toBeVisible({ timeout: 2000 });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Review report' })).toContainText('Documentation clarification (multiple choice) — K21.9');
  });

  test('the whole flow works by keyboard, and a replace-code suggestion can be undone', async ({ page }) => {
    await page.goto('/#/drafts');
    await page.getByRole('button', { name: SAMPLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MF4821-OP-000188' })).toBeVisible();
    // Make the principal diagnosis unspecified so the note's "with hyperglycemia" shows as a gap.
    const dx1 = page.getByLabel('Diagnosis 1 code (ICD-10-CM)');
    await dx1.fill('E11.9');
    await dx1.press('Tab');
    await page.keyboard.press('Escape');

    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'CDI review', exact: true });
    await nav.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'CDI review: MF4821-OP-000188' })).toBeVisible();

    const replace = page.getByRole('button', { name: 'Replace E11.9 with E11.65' });
    await replace.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'E11.65' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'E11.9' })).toBeVisible();

    const draft = page.getByRole('button', { name: 'Draft query about K21.9' });
    await draft.focus();
    await page.keyboard.press('Enter');
    const builder = page.getByRole('region', { name: 'Query about K21.9' });
    await expect(builder.getByRole('heading', { name: 'Query about K21.9' })).toBeFocused();
    await page.keyboard.press('Tab'); // close button
    await page.keyboard.press('Tab'); // template
    await expect(builder.getByLabel('Template')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // the multiple-choice template follows the open-ended one
    await expect(builder.getByLabel('Query text')).toHaveValue(/\[ \] Clinically undetermined/);
    await builder.getByRole('button', { name: 'Save query' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Review report' })).toBeFocused();

    await page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Print report' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  });
});
