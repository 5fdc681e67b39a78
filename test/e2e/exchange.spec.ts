/**
 * Bundles and backups (issue 5/7): a workspace bundle exported from one profile and imported into a
 * fresh one (a new browser context, so a new IndexedDB) gives back the same records; importing it
 * again changes nothing; a file that is not a bundle is refused with nothing changed; back up,
 * change things, restore: everything is as it was.
 */
import { formatBytes } from '../../src/renderer/src/core/storageFigures';
import { makeTextPdf } from '../fixtures/makePdf';
import { chooseFiles, documentRows, expect, importSummary, openApp, test } from './fixtures';
import { readStore } from './idb';
import {
  caseRecords,
  chooseBundle,
  exportBundle,
  freshProfile,
  newCase,
  openBundleDialog,
  seedAnalysis,
  downloaded,
  CASE_TABLES,
} from './exchangeSupport';

test('a workspace bundle imports into a fresh profile with the same records; again: nothing changes; a non-bundle is refused', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await newCase(page, 'Bundle matter');
  await chooseFiles(page, [{ name: 'order.pdf', buffer: await makeTextPdf({ pages: 2, title: 'Bundle order' }) }]);
  await importSummary(page);
  await seedAnalysis(page, 'Bundle matter');
  const exported = await caseRecords(page, 'Bundle matter');
  expect(exported.documents).toHaveLength(1);
  expect(exported.pageTexts).toHaveLength(2);

  const dialog = await openBundleDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('Bundle matter');
  await expect(dialog.getByRole('radio', { name: 'All documents of the case' })).toBeChecked();
  await expect(
    dialog.getByText(`1 document, 1 clause, ${formatBytes((exported.documents![0] as { size: number }).size)} of PDFs`, { exact: true }),
  ).toBeVisible();
  const bundle = await exportBundle(page);
  expect(bundle.name).toMatch(/^bundle-matter-\d{4}-\d{2}-\d{2}\.clausebench$/);
  await expect(page.getByText(/Exported “Bundle matter” as .*: 1 document, 1 clause\./)).toBeVisible();

  const other = await freshProfile(browser, baseURL);
  try {
    await openApp(other.page);
    expect(await readStore(other.page, 'clauses')).toEqual([]);
    await chooseBundle(other.page, 'Import bundle', bundle);
    const dialog = other.page.getByRole('dialog', { name: 'Import bundle' });
    await expect(dialog.getByRole('status')).toHaveText(`Imported “${bundle.name}”: 11 added, 0 updated, 0 skipped (unchanged or kept yours).`);
    const report = dialog.getByRole('table', { name: 'Import report' });
    await expect(report.getByRole('row', { name: /^Clauses/ })).toHaveText(/Clauses\s*1\s*0\s*0/);
    await expect(report.getByRole('row', { name: /^Entities/ })).toHaveText(/Entities\s*2\s*0\s*0/);
    await other.page.screenshot({ path: '/tmp/exchange-report.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Record by record, the same as in the profile it came from.
    const imported = await caseRecords(other.page, 'Bundle matter');
    for (const table of Object.keys(exported)) expect(imported[table], table).toEqual(exported[table]);
    await expect(other.page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('Bundle matter');
    await expect(documentRows(other.page)).toHaveCount(1);

    // Again: everything is skipped, nothing is written.
    await chooseBundle(other.page, 'Import bundle', bundle);
    await expect(dialog.getByRole('status')).toHaveText(`Imported “${bundle.name}”: 0 added, 0 updated, 11 skipped (unchanged or kept yours).`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await caseRecords(other.page, 'Bundle matter')).toEqual(exported);

    // Not a bundle: a clear error naming the file, nothing changed.
    await chooseBundle(other.page, 'Import bundle', {
      name: 'notes.clausebench',
      mimeType: 'application/zip',
      buffer: Buffer.from('just some notes'),
    });
    await expect(dialog.getByRole('alert')).toHaveText(
      '“notes.clausebench” could not be imported: It is not a zip archive, so not a Clausebench bundle. Nothing was changed. Choose a .clausebench or .clausebench-backup file made by Clausebench.',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await caseRecords(other.page, 'Bundle matter')).toEqual(exported);
    expect(other.errors).toEqual([]);
  } finally {
    await other.context.close();
  }
});

test('back up, change things, restore: every table is as it was', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await newCase(page, 'Backup matter');
  await chooseFiles(page, [{ name: 'kept.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Kept order' }) }]);
  await importSummary(page);
  await seedAnalysis(page, 'Backup matter');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up', exact: true }).click();
  const backup = await downloaded(await download);
  expect(backup.name).toMatch(/^clausebench-backup-\d{4}-\d{2}-\d{2}\.clausebench-backup$/);
  await expect(page.getByText(/^Backed up 3 cases, \d+ documents and \d+ clauses to /)).toBeVisible();
  const tables = ['cases', 'documents', 'files', 'pageTexts', ...CASE_TABLES];
  const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await readStore(page, t, { includeSample: true })] as const)));
  const lastBackup = (await readStore<{ key: string; value: string }>(page, 'settings')).find((s) => s.key === 'last-backup-at');
  expect(Date.parse(lastBackup!.value)).not.toBeNaN();

  // Change things: a new case with a new document, and the seeded clause deleted.
  await newCase(page, 'Scratch');
  await chooseFiles(page, [{ name: 'scratch.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Scratch order' }) }]);
  await importSummary(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('clausebench');
        open.onsuccess = () => {
          const tx = open.result.transaction('clauses', 'readwrite');
          tx.objectStore('clauses').delete('seed-c1');
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      }),
  );
  const changedClauses = (await readStore(page, 'clauses', { includeSample: true })).length;

  await chooseBundle(page, 'Restore', backup);
  const dialog = page.getByRole('dialog', { name: 'Restore from backup?' });
  await expect(dialog).toContainText(`Stored now (replaced)4 cases, ${before.documents!.length + 1} documents, ${changedClauses} clauses`);
  await expect(dialog).toContainText(`In the backup3 cases, ${before.documents!.length} documents, ${before.clauses!.length} clauses`);
  await page.screenshot({ path: '/tmp/exchange-restore.png' });
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText(`Restored “${backup.name}”: 3 cases`)).toBeVisible();

  for (const t of tables) expect(await readStore(page, t, { includeSample: true }), t).toEqual(before[t]);
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('Backup matter');
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option', { hasText: 'Scratch' })).toHaveCount(0);
});

test('a record changed here after the bundle was made is a conflict: the analyst takes theirs, then Undo puts back mine', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await newCase(page, 'Conflict matter');
  await chooseFiles(page, [{ name: 'order.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Conflict order' }) }]);
  await importSummary(page);
  await seedAnalysis(page, 'Conflict matter');
  await openBundleDialog(page);
  const bundle = await exportBundle(page);

  // Edit the clause here, later than the bundle's copy: a conflict, not an update.
  const editedAt = new Date().toISOString();
  await page.evaluate(
    (at) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('clausebench');
        open.onsuccess = () => {
          const store = open.result.transaction('clauses', 'readwrite').objectStore('clauses');
          const req = store.get('seed-c1');
          req.onsuccess = () => {
            store.put({ ...req.result, comment: 'My own note', updatedAt: at });
            store.transaction.oncomplete = () => (open.result.close(), resolve());
          };
        };
      }),
    editedAt,
  );
  const comment = async () => (await readStore<{ id: string; comment: string }>(page, 'clauses')).find((c) => c.id === 'seed-c1')!.comment;

  await chooseBundle(page, 'Import bundle', bundle);
  const dialog = page.getByRole('dialog', { name: 'Import bundle' });
  const conflicts = dialog.getByRole('table', { name: 'Conflicts' });
  await expect(conflicts.getByRole('row')).toHaveCount(2); // header + one conflict
  await expect(conflicts).toContainText('Clause “Sec. 1”');
  await expect(conflicts.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('comment');
  const choice = dialog.getByRole('radiogroup', { name: 'Clause “Sec. 1”' });
  await expect(choice.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
  await page.screenshot({ path: '/tmp/exchange-conflicts.png' });
  await dialog.getByRole('button', { name: 'Take all theirs' }).click();
  await expect(choice.getByRole('radio', { name: 'Take theirs' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Imported “${bundle.name}”: 0 added, 1 updated, 10 skipped (unchanged or kept yours).`);
  expect(await comment()).toBe('Seeded **clause**');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Undone: Imported/)).toBeVisible();
  expect(await comment()).toBe('My own note');
});
