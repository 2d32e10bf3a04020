import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['{utils,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, '**/*.e2e.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // Real Chromium with the freshly built extension (utils/__tests__/browser.ts).
        test: {
          name: 'e2e',
          include: ['**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['utils/__tests__/build-extension.ts'],
        },
      },
    ],
  },
});
