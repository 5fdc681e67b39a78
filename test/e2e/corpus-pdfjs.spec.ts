/**
 * Every file of the pdf.js corpus MANIFEST ends as its expectation says: opens; opens after the
 * password (a wrong one first is refused and asked again); or a clear error naming the file.
 * CJK and right-to-left files yield text; only issue7229.pdf's pages are flagged "no text layer";
 * PDF JavaScript never runs (a dialog would fail the test); the app responds after each file.
 */
import { join } from 'node:path';
import { CORPUS_SKIP_REASON, PDFJS_DIR, corpusAvailable, readManifest } from './corpus';
import { cancelImportWhen, chooseFiles, documentRows, expect, helpMenu, importSummary, openApp, test } from './fixtures';
import { readStore } from './idb';

const available = corpusAvailable();
if (!available) console.log(`[corpus-pdfjs] skipped: ${CORPUS_SKIP_REASON}`);
const rows = available ? readManifest() : [];
/**
 * Pages flagged "no text layer". Issue 1/7 lists issue7229.pdf's two scanned pages. Three more
 * pages meet the issue's own rule (an image spans the page and there are fewer than 40
 * characters of the page's own text) and are flagged: freeculture.pdf's cover (p. 1) and a full-page
 * comic (p. 255), and pr6531_1.pdf's single page, a picture with a caption inside the image. Their
 * words are in pixels, unsearchable without OCR, so the flag tells the user something true. They
 * are listed here so the suite still fails on any other change (see the note on issue 1/7).
 */
const FLAGGED: Record<string, number[]> = {
  'issue7229.pdf': [1, 2],
  'freeculture.pdf': [1, 255],
  'pr6531_1.pdf': [1],
};

test.describe('pdf.js corpus', () => {
  test.skip(!available, CORPUS_SKIP_REASON);

  for (const row of rows) {
    test(`${row.filename}: ${row.expectation}`, async ({ page }) => {
      await openApp(page);
      await chooseFiles(page, [join(PDFJS_DIR, row.filename)]);

      if (row.expectation === 'password') {
        const dialog = page.getByRole('dialog', { name: 'Password required' });
        await expect(dialog).toBeVisible();
        await expect(dialog).toContainText(row.filename);
        await dialog.getByLabel('Password').fill('definitely-wrong');
        await dialog.getByRole('button', { name: 'Open' }).click();
        await expect(dialog.getByRole('alert')).toContainText('incorrect');
        await dialog.getByLabel('Password').fill(row.password);
        await dialog.getByRole('button', { name: 'Open' }).click();
      }

      const summary = await importSummary(page);
      if (row.expectation === 'error') {
        expect(summary).toContain('1 refused');
        await expect(page.getByRole('alert')).toContainText(`Could not import “${row.filename}”`);
        await expect(documentRows(page)).toHaveCount(0);
      } else {
        expect(summary).toContain('1 added');
        await expect(documentRows(page)).toHaveCount(1);
        const [doc] = await readStore<{ id: string; pageCount: number; pageStatus: string[] }>(page, 'documents');
        if (row.pages !== undefined) expect(doc?.pageCount).toBe(row.pages);
        const flagged = (doc?.pageStatus ?? []).flatMap((s, i) => (s === 'no-text-layer' ? [i + 1] : []));
        expect(flagged).toEqual(FLAGGED[row.filename] ?? []);
        if (/^(cjk|rtl)/.test(row.category)) {
          const texts = await readStore<{ text: string }>(page, 'pageTexts');
          expect(
            texts
              .map((t) => t.text)
              .join('')
              .replace(/\s/g, '').length,
          ).toBeGreaterThan(0);
        }
      }

      // The app still responds: a dialog opens and closes from the keyboard.
      await helpMenu(page, 'Keyboard shortcuts');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
    });
  }

  test('cancelling freeculture.pdf (352 pages) leaves no Document, File or PageText row', async ({ page }) => {
    await openApp(page);
    await chooseFiles(page, [join(PDFJS_DIR, 'freeculture.pdf')]);
    await cancelImportWhen(page, /^freeculture\.pdf: page ([2-9]\d|\d{3}) of 352/);
    expect(await importSummary(page)).toContain('1 cancelled');
    expect(await readStore(page, 'documents')).toEqual([]);
    expect(await readStore(page, 'files')).toEqual([]);
    expect(await readStore(page, 'pageTexts')).toEqual([]);
  });

  test('cancel in the password dialog stores nothing; a non-ASCII password opens the file', async ({ page }) => {
    await openApp(page);
    await chooseFiles(page, [join(PDFJS_DIR, 'issue3371.pdf'), join(PDFJS_DIR, 'issue21579.pdf')]);
    const dialog = page.getByRole('dialog', { name: 'Password required' });
    await expect(dialog).toContainText('issue3371.pdf');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toContainText('issue21579.pdf');
    await dialog.getByLabel('Password').fill('pässwört');
    await dialog.getByRole('button', { name: 'Open' }).click();
    const summary = await importSummary(page);
    expect(summary).toContain('1 added');
    expect(summary).toContain('1 refused');
    await expect(page.getByRole('alert')).toContainText('issue3371.pdf');
    expect((await readStore(page, 'documents')).length).toBe(1);
  });
});
