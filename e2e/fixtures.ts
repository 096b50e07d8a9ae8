import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every journey runs through this `test`: it records each request the page makes
 * and fails the test when any goes off the app's own origin (patient data never
 * leaves the desk), and fails on uncaught page errors.
 */
export const test = base.extend<{ offOriginRequests: string[] }>({
  offOriginRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const off: string[] = [];
    const record = (url: string): void => {
      if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
      if (new URL(url).origin !== origin) off.push(url);
    };
    page.on('request', (req) => record(req.url()));
    page.on('websocket', (ws) => record(ws.url()));
    await use(off);
  },
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

test.afterEach(({ offOriginRequests }) => {
  expect(offOriginRequests, 'requests that left the app origin').toEqual([]);
});

export { expect };

/** Runs axe on the current screen; fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  expect(bad, `axe violations on ${screen}`).toEqual([]);
}
