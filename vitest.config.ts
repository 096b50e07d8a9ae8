import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const summary = process.env['CI_SUMMARY'] ? ['./scripts/vitest-summary-reporter.ts'] : [];

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      reporters: ['default', ...summary],
      testTimeout: 30_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'core',
            include: ['src/domain/**/*.test.ts', 'src/workers/**/*.test.ts', 'src/data/**/*.test.ts', 'scripts/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            include: ['src/ui/**/*.test.{ts,tsx}'],
            environment: 'jsdom',
            setupFiles: ['src/testing/setup-ui.ts'],
          },
        },
      ],
      coverage: {
        provider: 'v8',
        include: ['src/domain/**/*.ts'],
        exclude: ['src/domain/**/*.test.ts', 'src/domain/**/index.ts'],
        thresholds: { lines: 90, branches: 80, functions: 90, statements: 90 },
      },
    },
  }),
);
