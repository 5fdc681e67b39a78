/** Sidebar (thumbnails, outline), links in the PDF, and page badges. */
import { makeTextPdf } from '../fixtures/makePdf';
import { expect, openApp, test } from './fixtures';
import { importAndOpen, makeLinkedPdf, makeScannedPdf, pageElement, pageField } from './readerSupport';

test('thumbnails are drawn as they scroll into view and go to their page; F4 toggles the sidebar', async ({ page }) => {
  await openApp(page);
  const viewer = await importAndOpen(page, { name: 'long.pdf', buffer: await makeTextPdf({ pages: 40, title: 'Long order' }) }, 'Long order');
  await viewer.getByRole('button', { name: 'Toggle sidebar' }).click();
  const thumbs = viewer.getByRole('list', { name: 'Page thumbnails' });
  await expect(thumbs.getByRole('listitem')).toHaveCount(40);
  await expect(thumbs.getByRole('button', { name: 'p. 1', exact: true }).locator('img')).toBeVisible();
  await expect(thumbs.getByRole('button', { name: 'p. 1', exact: true })).toHaveAttribute('aria-current', 'page');
  // Lazily: the far end has no image until it is scrolled to.
  const last = thumbs.getByRole('button', { name: 'p. 40', exact: true });
  await expect(last.locator('img')).toHaveCount(0);
  expect(await thumbs.locator('img').count()).toBeLessThan(20);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('img')).toBeVisible();
  await last.click();
  await expect(pageField(page)).toHaveValue('40');
  await expect(last).toHaveAttribute('aria-current', 'page');
  await last.press('ArrowUp');
  await expect(thumbs.getByRole('button', { name: 'p. 39', exact: true })).toBeFocused();

  // The thumbnails turn with the pages: portrait pages rotated a quarter turn are drawn landscape.
  const shape = async () =>
    thumbs
      .getByRole('button', { name: 'p. 40', exact: true })
      .locator('img')
      .evaluate((img: HTMLImageElement) => (img.naturalWidth > img.naturalHeight ? 'landscape' : 'portrait'));
  await expect.poll(shape).toBe('portrait');
  await viewer.getByRole('button', { name: 'Rotate clockwise' }).click();
  await expect.poll(shape).toBe('landscape');

  await page.locator('.cb-viewer-container').focus();
  await page.keyboard.press('F4');
  await expect(thumbs).toBeHidden();
  await page.keyboard.press('F4');
  await expect(thumbs).toBeVisible();
});

test('outline and internal links go to their pages; an external link asks first; attachments are listed', async ({ page }) => {
  // The browser host asks with window.confirm; answer "no" and record the question.
  await page.addInitScript(() => {
    const asked: string[] = [];
    (window as unknown as { asked: string[] }).asked = asked;
    window.confirm = (message?: string) => (asked.push(String(message)), false);
  });
  await openApp(page);
  const viewer = await importAndOpen(page, { name: 'linked.pdf', buffer: await makeLinkedPdf() }, 'Linked memo');
  const links = pageElement(page, 1).locator('.annotationLayer a');
  await expect(links).toHaveCount(2);

  await links.and(page.locator('[href^="#"]')).click();
  await expect(pageField(page)).toHaveValue('5');

  await viewer.getByRole('button', { name: 'Previous page' }).click();
  await page.getByRole('textbox', { name: 'Page' }).fill('1');
  await page.getByRole('textbox', { name: 'Page' }).press('Enter');
  await links.and(page.locator('[href^="https:"]')).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { asked: string[] }).asked))
    .toEqual([expect.stringContaining('https://example.org/rule')]);
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);
  expect(page.context().pages()).toHaveLength(1);

  await viewer.getByRole('button', { name: 'Toggle sidebar' }).click();
  await viewer.getByRole('button', { name: 'Outline' }).click();
  const outline = viewer.getByRole('list', { name: 'Outline' });
  await expect(outline.getByRole('button')).toHaveText(['Part one', 'Part two', 'Details']);
  await outline.getByRole('button', { name: 'Details' }).click();
  await expect(pageField(page)).toHaveValue('6');
  await outline.getByRole('button', { name: 'Part one' }).click();
  await expect(pageField(page)).toHaveValue('2');

  await viewer.getByRole('button', { name: 'Attachments (1)' }).click();
  const attachments = viewer.getByRole('list', { name: 'Attachments' });
  await expect(attachments).toContainText('exhibit-a.txt');
  await expect(attachments).toContainText('Licence terms');
  const download = page.waitForEvent('download');
  await attachments.getByRole('button', { name: 'Save exhibit-a.txt' }).click();
  expect((await download).suggestedFilename()).toBe('exhibit-a.txt');
});

test('a page without a text layer carries a visible badge', async ({ page }) => {
  await openApp(page);
  await importAndOpen(page, { name: 'scan.pdf', buffer: await makeScannedPdf() }, 'Scanned exhibit');
  await expect(pageElement(page, 2).getByText('No text layer')).toBeVisible();
  await expect(pageElement(page, 1).getByText('No text layer')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Zoom' }).selectOption({ label: '50%' });
  await expect(pageElement(page, 2).getByText('No text layer')).toBeVisible();
});
