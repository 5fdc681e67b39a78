import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 5183);

/** Flags that let Debian's Chromium run headless, as root, on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // Two workers: these machines have two cores, and each test drives one Chromium. More only
  // oversubscribes the CPU (tested: no speed-up, more timeouts); E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // One retry on CI only: these shared two-core machines sometimes starve a browser; Playwright
  // reports a test that passed on retry as "flaky", so a flake is seen, never hidden.
  retries: process.env.CI ? 1 : 0,
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    headless: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never test a server that was already running: it could be serving an older build.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
