/**
 * The sample case loads on first run as a case of its own, with its documents and their metadata;
 * "Reset sample case" restores an edited or deleted sample document and leaves other cases alone.
 */
import { readFileSync } from 'node:fs';
import { makeTextPdf } from '../fixtures/makePdf';
import { SAMPLE_CASE, chooseFiles, documentRows, expect, helpMenu, importSummary, openApp, test } from './fixtures';
import { readStore } from './idb';

const manifest = JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')) as {
  documents: { fileName: string; title: string; kind: string; date: string; citation: string }[];
};

test('first run shows the sample case with its documents and metadata', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(SAMPLE_CASE);
  await expect(documentRows(page)).toHaveCount(manifest.documents.length);
  for (const doc of manifest.documents) {
    await expect(documentRows(page).filter({ hasText: doc.title })).toHaveCount(1);
  }
  const reconstructions = manifest.documents.filter((d) => d.title.startsWith('Reconstruction:'));
  expect(reconstructions.length).toBeGreaterThanOrEqual(3);
  const docs = await readStore<{ title: string; kind: string; pageStatus: string[] }>(page, 'documents', { includeSample: true });
  expect(docs.find((d) => d.title.startsWith('Reconstruction: Executive Order'))?.kind).toBe('executive-order');
  expect(docs.every((d) => d.pageStatus.every((s) => s === 'text'))).toBe(true);
  // The complaint's year is assumed (the reporting gives only "June 23"): its date says so in full.
  const complaint = manifest.documents.find((d) => d.kind === 'complaint')!;
  await expect(documentRows(page).filter({ hasText: complaint.title }).locator('td.col-date')).toHaveAttribute(
    'title',
    '2026-06-23 (year assumed from the reporting)',
  );
});

test('reset restores edited and deleted sample documents and leaves another case untouched', async ({ page }) => {
  await openApp(page);
  // The user's own case gets a document and an edit of its own.
  await chooseFiles(page, [{ name: 'mine.pdf', buffer: await makeTextPdf({ pages: 2, title: 'My own memo' }) }]);
  await importSummary(page);
  await page.getByRole('button', { name: 'Edit details of My own memo' }).click();
  await page.getByRole('dialog', { name: 'Edit document details' }).getByLabel('Citation').fill('Memo 1');
  await page.getByRole('button', { name: 'Save details' }).click();

  await page.getByRole('combobox', { name: 'Case' }).selectOption({ label: SAMPLE_CASE });
  const [first, second] = manifest.documents;
  await page.getByRole('button', { name: `Edit details of ${first!.title}` }).click();
  await page.getByRole('dialog', { name: 'Edit document details' }).getByLabel('Title').fill('Scribbled over');
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.getByRole('button', { name: `Delete ${second!.title}` }).click();
  await expect(documentRows(page)).toHaveCount(manifest.documents.length - 1);
  await expect(documentRows(page).filter({ hasText: 'Scribbled over' })).toHaveCount(1);

  await helpMenu(page, 'Reset sample case');
  await page.getByRole('dialog', { name: 'Reset sample case' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(SAMPLE_CASE);
  await expect(documentRows(page)).toHaveCount(manifest.documents.length);
  await expect(documentRows(page).filter({ hasText: first!.title })).toHaveCount(1);
  await expect(documentRows(page).filter({ hasText: second!.title })).toHaveCount(1);
  await expect(documentRows(page).filter({ hasText: 'Scribbled over' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Case' }).selectOption({ label: 'My first case' });
  await expect(documentRows(page)).toHaveCount(1);
  await expect(documentRows(page).first()).toContainText('Memo 1');
  const cases = await readStore<{ name: string }>(page, 'cases', { includeSample: true });
  expect(cases.map((c) => c.name).sort()).toEqual(['My first case', SAMPLE_CASE].sort());
});
