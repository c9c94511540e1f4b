import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      reporters: ['default', './test/summary-reporter.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: ['test/browser/**', 'test/hosting/**'],
            environment: 'jsdom',
            setupFiles: ['test/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            // test/hosting: the built site served by nginx and `vite preview`, checked in the same Chromium.
            include: ['test/browser/**/*.test.ts', 'test/hosting/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['test/browser/serve.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
