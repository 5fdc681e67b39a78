import { makeTextPdf } from '../fixtures/makePdf';
import { cancelImportWhen, chooseFiles, documentRows, expect, importSummary, openApp, test } from './fixtures';
import { countStore, readStore } from './idb';

test('first run also has an empty "My first case" for the user\'s own documents', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('My first case');
  await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeVisible();
  await expect(documentRows(page)).toHaveCount(0);
  await expect(page.getByText('No documents yet')).toBeVisible();
});

test('imports a batch, goes on past bad files, and says what was added and refused', async ({ page }) => {
  await openApp(page);
  const a = await makeTextPdf({ pages: 3, title: 'Alpha order' });
  const b = await makeTextPdf({ pages: 2, title: 'Beta letter', lines: (n) => [`Beta letter page ${n} text about export approval.`] });
  await chooseFiles(page, [
    { name: 'alpha.pdf', buffer: a },
    { name: 'notes.pdf', buffer: Buffer.from('These are plain-text notes, not a PDF at all.') },
    { name: 'empty.pdf', buffer: Buffer.alloc(0) },
    { name: 'truncated.pdf', buffer: a.subarray(0, 300) },
    { name: 'beta.pdf', buffer: b },
  ]);
  const summary = await importSummary(page);
  expect(summary).toContain('2 added');
  expect(summary).toContain('3 refused');
  await expect(page.getByRole('alert').filter({ hasText: 'notes.pdf' })).toContainText('not a PDF');
  await expect(page.getByRole('alert').filter({ hasText: 'empty.pdf' })).toContainText('empty');
  await expect(page.getByRole('alert').filter({ hasText: 'truncated.pdf' })).toContainText(/damaged or incomplete/);
  await expect(documentRows(page)).toHaveCount(2);
  expect(await countStore(page, 'files')).toBe(2);
  expect(await countStore(page, 'pageTexts')).toBe(5);

  // Page texts and their offsets: page i starts where page i-1 ended plus the separator.
  const texts = await readStore<{ documentId: string; pageIndex: number; text: string; start: number }>(page, 'pageTexts');
  const alphaDoc = (await readStore<{ id: string; title: string }>(page, 'documents')).find((d) => d.title === 'Alpha order');
  const alpha = texts.filter((t) => t.documentId === alphaDoc?.id).sort((x, y) => x.pageIndex - y.pageIndex);
  expect(alpha.map((t) => t.start)).toEqual([0, alpha[0]!.text.length + 1, alpha[0]!.text.length + alpha[1]!.text.length + 2]);
  expect(alpha[1]!.text).toContain('Page 2. Sec. 2.');

  // The same bytes again: nothing new is stored.
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await chooseFiles(page, [{ name: 'alpha-copy.pdf', buffer: a }]);
  expect(await importSummary(page)).toContain('1 already in the library');
  await expect(page.getByText(/“alpha-copy.pdf” is already in the library as “Alpha order”/)).toBeVisible();
  expect(await countStore(page, 'documents')).toBe(2);
});

test('cases: create, switch, share a document, rename, delete with undo', async ({ page }) => {
  await openApp(page);
  const pdf = await makeTextPdf({ pages: 1, title: 'Shared order' });
  await chooseFiles(page, [{ name: 'shared.pdf', buffer: pdf }]);
  await importSummary(page);
  await expect(documentRows(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Case name').fill('My first case');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');
  await dialog.getByLabel('Case name').fill('Second matter');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('Second matter');
  await expect(documentRows(page)).toHaveCount(0);

  // Re-importing the same bytes in another case adds the document to that case, stores nothing new.
  await chooseFiles(page, [{ name: 'shared.pdf', buffer: pdf }]);
  await expect(page.getByText(/already in the library as “Shared order”; added to this case/)).toBeVisible();
  await expect(documentRows(page)).toHaveCount(1);
  expect(await countStore(page, 'documents')).toBe(1);

  await page.getByRole('button', { name: 'Rename case' }).click();
  await page.getByRole('dialog', { name: 'Rename case' }).getByLabel('Case name').fill('Renamed matter');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('Renamed matter');

  await page.getByRole('button', { name: 'Delete case' }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('All cases');
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option', { hasText: 'Renamed matter' })).toHaveCount(0);
  // Deleting a case never deletes its documents: "All cases" still lists it.
  await expect(documentRows(page).filter({ hasText: 'Shared order' })).toHaveCount(1);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('Renamed matter');
  await expect(documentRows(page)).toHaveCount(1);
});

test('edit details, delete with undo, open with click and Enter', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [{ name: 'order.pdf', buffer: await makeTextPdf({ pages: 4, title: 'Order to edit' }) }]);
  await importSummary(page);

  await page.getByRole('button', { name: 'Edit details of Order to edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit document details' });
  await dialog.getByLabel('Title').fill('Edited order');
  await dialog.getByLabel('Kind').selectOption('executive-order');
  await dialog.getByLabel('Citation').fill('EO 99999');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  const row = documentRows(page).first();
  await expect(row).toContainText('Edited order');
  await expect(row).toContainText('Executive order');
  await expect(row).toContainText('EO 99999');

  await page.getByRole('button', { name: 'Delete Edited order' }).click();
  await expect(documentRows(page)).toHaveCount(0);
  // From the first case view, the document was in no other case, so it left the library.
  expect(await countStore(page, 'documents')).toBe(0);
  await page.keyboard.press('Control+z');
  await expect(documentRows(page)).toHaveCount(1);
  expect(await countStore(page, 'pageTexts')).toBe(4);

  await page.getByRole('button', { name: 'Edited order', exact: true }).click();
  const viewer = page.getByRole('region', { name: 'Document viewer' });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole('textbox', { name: 'Page' })).toHaveValue('1');
  // As a user would: Next once the page is shown (the viewer is made asynchronously; on a busy
  // machine a click before that found no viewer yet).
  await expect(viewer.locator('.pdfViewer .page[data-page-number="1"] .canvasWrapper canvas')).toBeAttached({ timeout: 30_000 });
  await viewer.getByRole('button', { name: 'Next page' }).click();
  await expect(viewer.getByRole('textbox', { name: 'Page' })).toHaveValue('2');
  await viewer.getByRole('button', { name: 'Back to library' }).click();

  await documentRows(page).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Document viewer' })).toBeVisible();
});

test('cancel keeps finished files and stores nothing of the one in progress', async ({ page }) => {
  await openApp(page);
  const small = await makeTextPdf({ pages: 1, title: 'Small first' });
  const big = await makeTextPdf({ pages: 400, title: 'Big second' });
  await chooseFiles(page, [
    { name: 'small.pdf', buffer: small },
    { name: 'big.pdf', buffer: big },
  ]);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await cancelImportWhen(page, /^big\.pdf: /); // either phase: its text, or the image check of its short pages
  const summary = await importSummary(page);
  expect(summary).toContain('1 added');
  expect(summary).toContain('1 cancelled');
  const docs = await readStore<{ id: string; title: string }>(page, 'documents');
  expect(docs.map((d) => d.title)).toEqual(['Small first']);
  expect(await countStore(page, 'files')).toBe(1);
  expect(await countStore(page, 'pageTexts')).toBe(1);
});

test('dropping PDFs on the library imports them', async ({ page }) => {
  await openApp(page);
  const pdf = await makeTextPdf({ pages: 2, title: 'Dropped order' });
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
    return dt;
  }, pdf.toString('base64'));
  const library = page.getByRole('region', { name: 'Library' });
  await library.dispatchEvent('dragover', { dataTransfer });
  await library.dispatchEvent('drop', { dataTransfer });
  expect(await importSummary(page)).toContain('1 added');
  await expect(documentRows(page).filter({ hasText: 'Dropped order' })).toHaveCount(1);
});

test('newest first: documents added the same day are listed in the order they came, newest at the top', async ({ page }) => {
  await openApp(page, { stayInSample: true }); // eleven documents already there, added minutes earlier
  await chooseFiles(page, [{ name: 'alpha.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Alpha order' }) }]);
  await importSummary(page);
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await chooseFiles(page, [{ name: 'beta.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Beta order' }) }]);
  await importSummary(page);
  await expect(documentRows(page).nth(0)).toContainText('Beta order');
  await expect(documentRows(page).nth(1)).toContainText('Alpha order');
  // "Added" shows the local date and time.
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Added' }).check();
  await expect(documentRows(page).nth(0).locator('td.col-addedAt')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
});
