/** Find in document: counts, stepping through hits, options, highlights and keys. */
import { makeTextPdf } from '../fixtures/makePdf';
import { expect, openApp, test } from './fixtures';
import { importAndOpen, pageField } from './readerSupport';

// Per page: "Export" (1), "exporter" (1), "export" (2): 4 substring hits, 3 whole words, 2 lower-case whole words.
const lines = (n: number) => [
  `Page ${n}: Export controls apply to this page.`,
  'An exporter must export only under licence; to export means to ship abroad.',
];

test('finds a word, steps through its hits, honours Whole words and Match case', async ({ page }) => {
  await openApp(page);
  const viewer = await importAndOpen(page, { name: 'find.pdf', buffer: await makeTextPdf({ pages: 6, title: 'Find order', lines }) }, 'Find order');
  await page.locator('.cb-viewer-container').focus();
  await page.keyboard.press('Control+f');
  const box = viewer.getByRole('searchbox', { name: 'Find in document' });
  await expect(box).toBeFocused();
  const count = viewer.locator('.find-bar').getByRole('status');

  await box.fill('export');
  await expect(count).toHaveText('1 of 24');
  await expect(page.locator('.textLayer .highlight.selected')).toBeInViewport();
  expect(await page.locator('.textLayer .highlight').count()).toBeGreaterThan(3);
  await box.press('Enter');
  await expect(count).toHaveText('2 of 24');
  await viewer.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText('3 of 24');
  await viewer.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText('2 of 24');
  await box.press('Shift+Enter');
  await expect(count).toHaveText('1 of 24');

  // Step onto later pages: the current hit is scrolled into view and the page follows.
  for (let i = 0; i < 10; i++) await box.press('Enter');
  await expect(count).toHaveText('11 of 24');
  await expect(pageField(page)).toHaveValue('3');
  await expect(page.locator('.page[data-page-number="3"] .textLayer .highlight.selected')).toBeInViewport();

  // F3 / Shift+F3 from the page area.
  await page.locator('.cb-viewer-container').focus();
  await page.keyboard.press('F3');
  await expect(count).toHaveText('12 of 24');
  await page.keyboard.press('Shift+F3');
  await expect(count).toHaveText('11 of 24');

  await viewer.getByRole('checkbox', { name: 'Whole words' }).check();
  await expect(count).toHaveText(/ of 18$/);
  await viewer.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(count).toHaveText(/ of 12$/);
  await viewer.getByRole('checkbox', { name: 'Whole words' }).uncheck();
  await expect(count).toHaveText(/ of 18$/);

  await box.fill('zzzz');
  await expect(count).toHaveText('No matches');

  await box.fill('licence');
  await expect(count).toHaveText('3 of 6'); // a new search starts on the current page (3)
  await box.press('Escape');
  await expect(box).toBeHidden();
  await expect(page.locator('.textLayer .highlight')).toHaveCount(0);
  await expect(page.locator('.cb-viewer-container')).toBeFocused();
});
