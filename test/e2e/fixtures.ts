/**
 * The browser e2e harness. Every test gets a fresh browser context (so a fresh IndexedDB) and
 * fails if the page breaks the Content-Security-Policy or asks for anything off this machine.
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('request', (req) => {
      if (!LOCAL.test(req.url())) problems.push(`request to a non-local origin: ${req.url()}`);
    });
    page.on('console', (msg) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
    });
    // E2E_STACKS=1 adds each uncaught error's stack, for hunting a flaky failure.
    page.on('pageerror', (err) => problems.push(`uncaught error: ${err.message}${process.env.E2E_STACKS ? `\n${err.stack}` : ''}`));
    // PDF JavaScript must never run; an alert from a PDF's OpenAction would surface here.
    page.on('dialog', (dialog) => {
      problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(page);
    expect(problems, 'no CSP violation, uncaught error or non-local request').toEqual([]);
  },
});

export const SAMPLE_CASE = 'Legion export-control dispute (sample)';
export const FIRST_CASE = 'My first case';

/**
 * Opens the app as on a first run: waits until the sample case has loaded (it becomes the current
 * case), then, unless the test is about the sample, switches to the empty "My first case".
 */
export async function openApp(page: Page, options: { stayInSample?: boolean } = {}): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Documents' })).toBeVisible();
  const caseBox = page.getByRole('combobox', { name: 'Case' });
  await expect(caseBox.locator('option:checked')).toHaveText(SAMPLE_CASE, { timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Sample case progress' })).toBeHidden();
  if (!options.stayInSample) {
    await caseBox.selectOption({ label: FIRST_CASE });
    await expect(documentRows(page)).toHaveCount(0);
  }
}

/** Opens an item of the header's Help menu. */
export async function helpMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

export interface UploadFile {
  name: string;
  mimeType?: string;
  buffer: Buffer;
}

/** Imports files through the "Import PDFs" button and the browser's file chooser. */
export async function chooseFiles(page: Page, files: (string | UploadFile)[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import PDFs' }).click();
  const fc = await chooser;
  // Playwright takes either paths or buffers in one call, not a mix.
  const paths = files.filter((f): f is string => typeof f === 'string');
  const buffers = files.filter((f): f is UploadFile => typeof f !== 'string').map((f) => ({ mimeType: 'application/pdf', ...f }));
  if (paths.length && buffers.length) throw new Error('chooseFiles: pass paths or buffers, not both');
  await fc.setFiles(paths.length ? paths : buffers);
}

/**
 * Presses the import panel's "Cancel" the moment the current file's progress matches `progress`.
 * The check and the click happen in the page in one animation frame: a click from the test
 * process could land after a fast import had already finished on a quick machine, or after the
 * phase it waited for had passed on a busy one.
 */
export async function cancelImportWhen(page: Page, progress: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Current file progress"]');
      if (!bar || !new RegExp(source).test(bar.getAttribute('aria-valuetext') ?? '')) return false;
      const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel');
      cancel?.click();
      return Boolean(cancel);
    },
    progress.source,
    { polling: 'raf', timeout: 60_000 },
  );
}

/** Waits until the batch has finished and returns the summary line. */
export async function importSummary(page: Page, timeout = 120_000): Promise<string> {
  const summary = page.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toBeVisible({ timeout });
  return (await summary.textContent()) ?? '';
}

export function documentRows(page: Page) {
  return page.getByRole('table', { name: 'Documents' }).locator('tbody tr[data-document-id]');
}
