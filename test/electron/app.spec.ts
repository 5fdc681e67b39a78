import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

/**
 * End-to-end checks of the real Electron app: the built main process, preload and renderer.
 * They run where the Electron binary is installed and skip, saying why, everywhere else (its
 * download is blocked on the project's build machines). The binary is found from
 * node_modules/electron/path.txt, never by require('electron'), which would try to download it.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const mainEntry = join(root, 'out', 'main', 'index.js');

function findElectronBinary(): { path: string } | { skip: string } {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { skip: `Electron binary not installed (${pathFile} missing: the electron package's binary download did not run or failed)` };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = join(electronDir, 'dist', relative);
  if (relative === '' || !existsSync(binary)) return { skip: `Electron binary not installed (${binary} missing)` };
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return { skip: 'no display for Electron (DISPLAY and WAYLAND_DISPLAY unset); run under xvfb-run' };
  }
  return { path: binary };
}

const found = findElectronBinary();
const skipReason = 'skip' in found ? found.skip : undefined;
if (skipReason) console.log(`[electron e2e] skipped: ${skipReason}`);
test.skip(skipReason !== undefined, skipReason ?? '');

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  if (!('path' in found)) return;
  if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run "npm run build" before the Electron e2e tests`);
  app = await electron.launch({
    executablePath: found.path,
    // Chromium refuses to start as root without --no-sandbox (CI containers); the app's own
    // sandbox settings (sandbox: true, contextIsolation) are unaffected.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainEntry],
    cwd: root,
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
});

test('opens one window titled Clausebench showing the workbench', async () => {
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.getTitle())))
    .toEqual(['Clausebench']);
  await expect(page.getByRole('button', { name: 'Import PDFs' })).toBeVisible();
});

test('the page gets window.host and nothing of Node or Electron', async () => {
  const globals = await page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    const host = scope['host'] as Record<string, unknown> | undefined;
    return {
      host: typeof host,
      kind: host?.['kind'],
      hostKeys: host ? Object.keys(host).sort() : [],
      require: typeof scope['require'],
      process: typeof scope['process'],
      module: typeof scope['module'],
      ipcRenderer: typeof scope['ipcRenderer'],
    };
  });
  expect(globals).toEqual({
    host: 'object',
    kind: 'electron',
    hostKeys: ['appVersion', 'kind', 'onFilesOpened', 'onMenuCommand', 'openExternal', 'pickPdfFiles', 'rendererReady'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('the page can neither navigate away nor open windows', async () => {
  const before = page.url();
  const opened = await page.evaluate(() => window.open('https://example.org/') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { host: { appVersion(): Promise<string> } }).host.appVersion()))
    .toMatch(/^\d+\.\d+\.\d+/);
});
