import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/setup/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['test/setup/nodePolyfills.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
