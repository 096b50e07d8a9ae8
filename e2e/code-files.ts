import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * Shared paths and steps of the code-set journeys. The real CMS files are read from
 * ../shared/data (resolved from the repo root), or SHARED_DATA_DIR, or /work/shared/data;
 * never copied into the repo. Specs skip with a message when a file is absent.
 */
const repoRoot = process.cwd();
const dataDir = [process.env['SHARED_DATA_DIR'], join(repoRoot, '..', 'shared', 'data'), '/work/shared/data'].find((d) => d && existsSync(d));

/** The absolute path of a shared data file, or null when it is not on this machine. */
export function sharedDataFile(relative: string): string | null {
  if (!dataDir) return null;
  const path = resolve(dataDir, relative);
  return existsSync(path) ? path : null;
}

export const ICD_2022 = 'icd10cm/icd10cm_codes_2022.txt';
export const MISSING_ICD_2022 = `${ICD_2022} is not in ../shared/data (nor SHARED_DATA_DIR): the full-file code-set journeys are skipped.`;

/** Imports a code file through the Code sets page and saves it; returns the milliseconds from picking the file to the checked result. */
export async function importCodeFile(page: Page, kind: string, label: string, path: string): Promise<number> {
  await page.goto('/#/code-sets');
  await expect(page.getByRole('heading', { level: 1, name: 'Code sets' })).toBeVisible();
  await page.getByRole('radio', { name: kind }).check();
  const started = Date.now();
  await page.getByLabel(label).setInputFiles(path);
  await expect(page.getByText('Every line was read')).toBeVisible({ timeout: 60_000 });
  const ms = Date.now() - started;
  await page.getByRole('button', { name: 'Save code set' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible({ timeout: 30_000 });
  return ms;
}
