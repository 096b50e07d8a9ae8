import { readFileSync } from 'node:fs';
import { parseTrainingPackText } from '../src/domain/training';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

test('a learner codes a scenario with the keyboard only, sees the score per part, and it is kept in their progress', async ({ page }) => {
  await page.goto('/#/training');
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'training home');

  await page.getByLabel('Your name (learner)').focus();
  await page.keyboard.type('Amal');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('heading', { name: 'Progress of Amal' })).toBeVisible();

  await page.getByRole('button', { name: 'Practise: Screening mammogram: the reason for the encounter comes first' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Practice: Screening mammogram: the reason for the encounter comes first' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Clinical note' })).toHaveValue(/routine screening mammogram/);
  await expectNoSeriousA11yViolations(page, 'practice');

  // Exam style: live findings off
  await page.getByRole('checkbox', { name: /Show live findings/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /Show live findings/ })).not.toBeChecked();

  await page.getByLabel('Diagnosis 1 code (ICD-10-CM)').focus();
  await page.keyboard.type('Z12.31');
  await page.keyboard.press('Tab');
  await page.getByLabel('Activity 1 code').focus();
  await page.keyboard.type('77067');
  await page.keyboard.press('Tab');
  await page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 1 Z12.31' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Link activity 1 to diagnosis 1 Z12.31' })).toBeChecked();

  await page.getByRole('button', { name: 'Submit for scoring' }).focus();
  await page.keyboard.press('Enter');
  const score = page.getByRole('heading', { name: /^Your score:/ });
  await expect(score).toHaveText('Your score: 11 of 11 (100 %)');
  await expect(score).toBeFocused();
  await expect(page.getByRole('rowheader', { name: /^Principal diagnosis/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Teaching points' })).toBeVisible();
  await page.screenshot({ path: '/tmp/training-practice-score.png', fullPage: false });
  await expectNoSeriousA11yViolations(page, 'practice score');

  // Retry, get the principal wrong, and see the explanation
  await page.getByRole('button', { name: 'Try again from the start' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('');
  await page.getByLabel('Diagnosis 1 code (ICD-10-CM)').focus();
  await page.keyboard.type('Z12.39');
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Submit for scoring' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Your score:/ })).toHaveText('Your score: 5 of 11 (45 %)');
  await expect(page.getByText(/Right category and 4th character, wrong final characters: Z12\.39/)).toBeVisible();

  await page.getByRole('button', { name: 'Back to training' }).focus();
  await page.keyboard.press('Enter');
  const progress = page.getByRole('table', { name: 'Attempts' });
  await expect(progress.getByRole('row')).toHaveCount(3);
  await expect(progress).toContainText('11/11 (100 %)');
  await expect(progress).toContainText('exam style');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my progress (JSON)' }).click();
  const progressFile = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { learner: string; attempts: { percent: number }[] };
  expect(progressFile.learner).toBe('Amal');
  expect(progressFile.attempts.map((a) => a.percent)).toEqual([100, 45]);

  // The practice screen has its own address: Back returns to it, the Training link leaves it.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice: Screening mammogram: the reason for the encounter comes first' })).toBeVisible();
  // The learner's work on the case was kept while they were away; Start over clears it.
  await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('Z12.39');
  await page.reload();
  await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('Z12.39');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByLabel('Diagnosis 1 code (ICD-10-CM)')).toHaveValue('');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
});

test('an instructor writes a scenario from the encounter editor and exports the pack; a wrong file is refused with where it is wrong', async ({ page }) => {
  await page.goto('/#/training');
  await page.getByRole('button', { name: 'New scenario…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New scenario' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Clinical note' }).fill('Clinic visit. 40-year-old woman with an acute sore throat. Rapid strep test negative. Acute pharyngitis.');
  await page.getByLabel('Diagnosis 1 code (ICD-10-CM)').fill('J02.9');
  await page.getByLabel('Diagnosis 1 code (ICD-10-CM)').press('Tab');
  await page.keyboard.press('Alt+Shift+A');
  await expect(page.getByLabel('Activity 1 code')).toBeFocused();
  await page.keyboard.type('87880');
  await page.keyboard.press('Tab');
  await page.getByLabel('Scenario title').fill('Sore throat with a rapid test');
  await page.getByLabel('Questions for the class').fill('Which test was done?');
  await page.getByLabel('Teaching points').fill('Link the rapid test to the pharyngitis. | Dhamani article | CPT and diagnosis linkage');

  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('alert')).toContainText('Use current encounter as key');

  await page.getByRole('button', { name: 'Use current encounter as key' }).click();
  const details = page.getByRole('region', { name: 'Scenario details' });
  await expect(details.getByText('J02.9', { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/training-authoring.png' });
  await expectNoSeriousA11yViolations(page, 'scenario authoring');
  await page.getByRole('button', { name: 'Save scenario' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'My scenarios' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Sore throat with a rapid test/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export pack My scenarios' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const parsed = parseTrainingPackText(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.value.id).toBe('local.my-scenarios');
  const scenario = parsed.value.scenarios[0]!;
  expect(scenario).toMatchObject({ id: 'sore-throat-with-a-rapid-test', title: 'Sore throat with a rapid test', questions: ['Which test was done?'] });
  expect(scenario.key.diagnoses).toEqual([{ code: 'J02.9', type: 'Principal', poa: '' }]);
  expect(scenario.key.procedures).toEqual([{ code: '87880', type: '3', quantity: '1', modifiers: [], links: ['J02.9'] }]);
  expect(scenario.start.claim.diagnoses.map((d) => d.code)).toEqual(['']);

  // A wrong file: refused whole, with what and where; the pack is still there.
  await page.getByLabel('Import a training pack (JSON file)').setInputFiles({
    name: 'broken-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.replace('"title": "Sore throat with a rapid test"', '"title": ""')),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken-pack.json was not imported: 1 problem. Nothing was changed.');
  await expect(alert).toContainText('scenarios[0] (sore-throat-with-a-rapid-test).title: a scenario needs a title');
  await page.getByLabel('Import a training pack (JSON file)').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": ,\n}') });
  await expect(page.getByRole('alert')).toContainText('not-json.json was not imported');
  await expect(page.getByRole('alert')).toContainText('line 2, column 13');
  await expect(page.getByRole('rowheader', { name: /Sore throat with a rapid test/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'training home with an import problem');
});

test('the presentation view steps through a case with the arrow keys', async ({ page }) => {
  await page.goto('/#/training');
  await page.getByRole('button', { name: 'Present: Chest pain: code what the note describes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chest pain: code what the note describes' })).toBeFocused();
  const where = page.getByText(/^Step \d+ of \d+:/);
  await expect(where).toHaveText('Step 1 of 8: The case');
  await expect(page.getByText(/pressure-like pain behind the lower sternum/)).toBeVisible();
  await page.screenshot({ path: '/tmp/training-present-1.png' });
  await expectNoSeriousA11yViolations(page, 'presentation');

  await page.keyboard.press('ArrowRight');
  await expect(where).toHaveText('Step 2 of 8: Question 1 of 3');
  await expect(page.getByText('What kind of chest pain does the note describe?')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(where).toHaveText('Step 5 of 8: The key');
  await expect(page.getByText('R07.2', { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/training-present-key.png' });
  await page.keyboard.press('End');
  await expect(where).toHaveText('Step 8 of 8: Teaching point 3 of 3');
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
  await page.keyboard.press('ArrowLeft');
  await expect(where).toHaveText('Step 7 of 8: Teaching point 2 of 3');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
});
