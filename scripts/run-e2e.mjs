#!/usr/bin/env node
// Runs the Playwright suites with a Chromium found on this machine (see findChromium.mjs).
// When none is found it tries Playwright's own download (works where the network allows),
// and otherwise stops with a message saying how to get one.
import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';

let chromium = findChromium();
if (!chromium) {
  console.log("No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own). Trying `npx playwright install chromium`…");
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    'No Chromium for the browser tests. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  or set CHROMIUM_PATH=/path/to/chrome, or run `npx playwright install chromium` with network access.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${chromium}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
