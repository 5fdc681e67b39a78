/**
 * What replaces the records undo entries were recorded against cannot leave those entries behind:
 * after "Reset sample case" or a Restore, Ctrl+Z has nothing to undo (an older entry would act on
 * records that are gone, recreating them beside the new ones).
 */
import { readFileSync } from 'node:fs';
import { makeTextPdf } from '../fixtures/makePdf';
import { chooseFiles, documentRows, expect, helpMenu, importSummary, openApp, test } from './fixtures';
import { chooseBundle, downloaded } from './exchangeSupport';
import { countStore } from './idb';

const manifest = JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')) as { documents: { title: string }[] };

test('after Reset sample case, Ctrl+Z has nothing to undo: a delete made before it is not replayed', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, { stayInSample: true });
  const count = manifest.documents.length;
  const title = manifest.documents[0]!.title;
  await page.getByRole('button', { name: `Delete ${title}` }).click();
  await expect(documentRows(page)).toHaveCount(count - 1);
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeVisible();

  await helpMenu(page, 'Reset sample case');
  await page.getByRole('dialog', { name: 'Reset sample case' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('progressbar', { name: 'Sample case progress' })).toBeHidden({ timeout: 120_000 });
  await expect(documentRows(page)).toHaveCount(count);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeVisible();
  await expect(documentRows(page)).toHaveCount(count);
  expect(await countStore(page, 'documents', { includeSample: true })).toBe(count);
});

test('after a Restore, Ctrl+Z has nothing to undo; what is done after it undoes as usual', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await chooseFiles(page, [{ name: 'kept.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Kept order' }) }]);
  await importSummary(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up', exact: true }).click();
  const backup = await downloaded(await download);

  // An undoable delete, then the restore brings the document back by itself.
  await page.getByRole('button', { name: 'Delete Kept order' }).click();
  await expect(documentRows(page)).toHaveCount(0);
  await chooseBundle(page, 'Restore', backup);
  await page.getByRole('dialog', { name: 'Restore from backup?' }).getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText(`Restored “${backup.name}”`)).toBeVisible();
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(documentRows(page)).toHaveCount(1);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeVisible();
  await expect(documentRows(page)).toHaveCount(1);

  // Entries recorded after the restore undo as before.
  await page.getByRole('button', { name: 'Delete Kept order' }).click();
  await expect(documentRows(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(documentRows(page)).toHaveCount(1);
  expect(await countStore(page, 'documents')).toBe(1);
});
