/** The reader passes axe with a document open (sidebar, find bar, matching pages) and works from the keyboard. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { makeTextPdf } from '../fixtures/makePdf';
import { expect, openApp, test } from './fixtures';
import { goToPage, importAndOpen, makeLabelledPdf, pageField } from './readerSupport';

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  expect(serious, `axe violations with ${what}`).toEqual([]);
}

test('the reader passes axe (no serious or critical violations) with its panels open', async ({ page }) => {
  await openApp(page);
  const viewer = await importAndOpen(page, { name: 'labelled.pdf', buffer: await makeLabelledPdf() }, 'Labelled book');
  await expectNoSeriousViolations(page, 'a document open');

  await viewer.getByRole('button', { name: 'Toggle sidebar' }).click();
  await expect(viewer.getByRole('list', { name: 'Page thumbnails' }).locator('img').first()).toBeVisible();
  await viewer.getByRole('button', { name: 'Find', exact: true }).click();
  await viewer.getByRole('searchbox', { name: 'Find in document' }).fill('labelled');
  await expect(viewer.locator('.find-bar').getByRole('status')).toHaveText('1 of 8');
  await goToPage(page, '3');
  await expect(viewer.getByRole('listbox', { name: 'Matching pages' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sidebar, find bar and matching pages open');

  await viewer.getByRole('button', { name: 'Outline' }).click();
  await expectNoSeriousViolations(page, 'the outline panel open');
});

test('the reader works from the keyboard: focus order and shortcuts', async ({ page }) => {
  await openApp(page);
  const viewer = await importAndOpen(page, { name: 'keys.pdf', buffer: await makeTextPdf({ pages: 5, title: 'Keyboard order' }) }, 'Keyboard order');

  // Tab order: the document tab, then the toolbar left to right, then the pages.
  await page.getByRole('tab', { name: 'Keyboard order' }).focus();
  const order: string[] = [];
  for (let i = 0; i < 19; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || el.textContent?.trim() || el.tagName;
      }),
    );
  }
  expect(order).toEqual([
    'Back to library',
    'Toggle sidebar',
    'Page',
    'Next page',
    'Zoom out',
    'Zoom',
    'Zoom in',
    'Fit width',
    'Fit page',
    'Rotate clockwise',
    'Find',
    'Annotate selection',
    'Draw area',
    'Copy quote with citation',
    'Clauses (0)',
    'Import as new version…',
    'Pages',
    // pdf.js makes each drawn page's text layer focusable (caret browsing, selection).
    expect.stringContaining('Page 1. Sec. 1.'),
    expect.stringContaining('Page 2. Sec. 2.'),
  ]);

  await page.locator('.cb-viewer-container').focus();
  await page.keyboard.press('Home');
  await expect(pageField(page)).toHaveValue('1');
  await page.keyboard.press('Control+Equal');
  await expect(viewer.getByRole('combobox', { name: 'Zoom' })).toHaveValue('custom');
  await page.keyboard.press('Control+0');
  await expect(viewer.getByRole('combobox', { name: 'Zoom' })).toHaveValue('page-fit');
  await page.keyboard.press('Control+2');
  await expect(viewer.getByRole('combobox', { name: 'Zoom' })).toHaveValue('page-width');
  await page.keyboard.press('Control+1');
  await expect(viewer.getByRole('combobox', { name: 'Zoom' })).toHaveValue('page-actual');
  await page.keyboard.press('-');
  await expect(viewer.getByRole('combobox', { name: 'Zoom' })).toHaveValue('custom');
  await page.keyboard.press('r');
  await expect(page.locator('.pdfViewer .page[data-page-number="1"] .textLayer')).toHaveAttribute('data-main-rotation', '90');
  await expect(pageField(page)).toHaveValue('1');
  await page.keyboard.press('j');
  await expect(pageField(page)).toHaveValue('2');
  await page.keyboard.press('F4');
  await expect(viewer.getByRole('list', { name: 'Page thumbnails' })).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(viewer.getByRole('searchbox', { name: 'Find in document' })).toBeFocused();
  // Keys typed into a field stay there.
  await page.keyboard.type('n');
  await expect(pageField(page)).toHaveValue('2');
  await page.keyboard.press('Escape');
  await expect(viewer.getByRole('searchbox', { name: 'Find in document' })).toBeHidden();
  // Escape outside a field is the workspace's: back to the library, the document stays in its tab.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table', { name: 'Documents' })).toBeVisible();
});
