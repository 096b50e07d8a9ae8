import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env['WORKBENCH_PORT'] ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium by default (Playwright cannot download its own browser here); CHROMIUM_PATH overrides. */
function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined; // fall back to a browser installed by `npx playwright install chromium`
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'e2e',
  // Measurements (e2e/perf) run from `npm run bench`, not in the test suite.
  testIgnore: process.env['PERF'] ? [] : ['**/perf/**'],
  outputDir: 'e2e/.artifacts',
  fullyParallel: true,
  workers: process.env['E2E_WORKERS'] ? Number(process.env['E2E_WORKERS']) : 2,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: process.env['CI_SUMMARY']
    ? [['list'], ['./scripts/playwright-summary-reporter.ts']]
    : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The same production build `npm start` serves (the build step runs before e2e in `npm test`).
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { WORKBENCH_PORT: String(port) },
  },
});
