/**
 * A workspace bundle of chosen documents (issue 5/7): in "All cases" the dialog asks for the case, then
 * which of its documents; the bundle holds exactly those documents with their clauses, links and
 * linked entities, and no comparison.
 */
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { formatBytes } from '../../src/renderer/src/core/storageFigures';
import { makeTextPdf } from '../fixtures/makePdf';
import { chooseFiles, documentRows, expect, importSummary, openApp, SAMPLE_CASE, test } from './fixtures';
import { readStore } from './idb';
import { exportBundle, newCase, openBundleDialog } from './exchangeSupport';

/**
 * Clauses on the documents of `caseName`, `counts[title]` of them on the document so titled, an
 * entity linked to the first clause of each document, and a comparison: a bundle of chosen
 * documents carries their clauses, links and linked entities only, and no comparison.
 */
async function seedClausesPerDocument(page: Page, caseName: string, counts: Record<string, number>) {
  await page.evaluate(
    async ({ name, counts }) => {
      const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('clausebench');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = (store: string) =>
        new Promise<Record<string, unknown>[]>((resolve) => {
          const req = dbh.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        });
      const caseId = (await all('cases')).find((c) => c.name === name)!.id as string;
      const docs = (await all('documents')).filter((d) => (d.caseIds as string[]).includes(caseId));
      const by = { createdBy: 'Seeder', createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z' };
      const tx = dbh.transaction(['clauses', 'entities', 'links', 'comparisons'], 'readwrite');
      for (const doc of docs) {
        const documentId = doc.id as string;
        for (let i = 0; i < counts[doc.title as string]!; i++)
          tx.objectStore('clauses').put({
            id: `${documentId}-c${i}`,
            caseId,
            documentId,
            target: {
              quote: { type: 'TextQuoteSelector', exact: 'Sec. 1.', prefix: 'Page 1. ', suffix: ' The covered' },
              position: { type: 'TextPositionSelector', start: 8, end: 15 },
              pageIndex: 0,
              rects: [{ pageIndex: 0, rects: [[72, 715, 120, 728]] }],
            },
            type: 'prohibition',
            label: `${doc.title as string} ${i}`,
            comment: '',
            tags: [],
            colour: '#4e79a7',
            anchorStatus: 'anchored',
            ...by,
          });
        tx.objectStore('entities').put({
          id: `${documentId}-e`,
          caseId,
          name: `Entity of ${doc.title as string}`,
          type: 'agency',
          aliases: [],
          description: '',
          ...by,
        });
        tx.objectStore('links').put({
          id: `${documentId}-l`,
          caseId,
          clauseId: `${documentId}-c0`,
          entityId: `${documentId}-e`,
          role: 'restricts',
          note: '',
          ...by,
        });
      }
      tx.objectStore('comparisons').put({ id: 'seed-cmp', caseId, title: 'Regimes', ...by });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      dbh.close();
    },
    { name: caseName, counts },
  );
}

test('in "All cases", a bundle of a chosen case and two of its three documents holds those documents and their clauses only', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await newCase(page, 'Chosen matter');
  const titles = ['Alpha order', 'Beta letter', 'Gamma complaint'];
  await chooseFiles(
    page,
    await Promise.all(titles.map(async (title, i) => ({ name: `doc${i}.pdf`, buffer: await makeTextPdf({ pages: i + 1, title }) }))),
  );
  await importSummary(page);
  await expect(documentRows(page)).toHaveCount(3);
  await seedClausesPerDocument(page, 'Chosen matter', { 'Alpha order': 1, 'Beta letter': 2, 'Gamma complaint': 3 });
  const documents = await readStore<{ id: string; title: string; sha256: string; size: number }>(page, 'documents');
  const pdfs = (docs: { size: number }[]) => formatBytes(docs.reduce((n, d) => n + d.size, 0));
  const kept = documents.filter((d) => d.title !== 'Gamma complaint');
  expect(kept.map((d) => d.title).sort()).toEqual(['Alpha order', 'Beta letter']);
  const keptIds = new Set(kept.map((d) => d.id));
  const clauses = await readStore<{ id: string; documentId: string }>(page, 'clauses');
  const keptClauses = clauses.filter((c) => keptIds.has(c.documentId));
  expect(keptClauses).toHaveLength(3);

  await page.getByRole('combobox', { name: 'Case' }).selectOption({ label: 'All cases' });
  // Escape closes the dialog and exports nothing.
  await openBundleDialog(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Workspace bundle' })).toBeHidden();

  const dialog = await openBundleDialog(page);
  const exportButton = dialog.getByRole('button', { name: 'Export bundle' });
  await expect(exportButton).toBeDisabled();
  await expect(dialog.getByText('Choose the case to export.')).toBeVisible();
  await page.screenshot({ path: '/tmp/exchange-bundle-dialog-no-case.png' });
  // The sample case may be exported too.
  await expect(dialog.getByRole('combobox', { name: 'Case' }).getByRole('option', { name: SAMPLE_CASE })).toHaveCount(1);
  await dialog.getByRole('combobox', { name: 'Case' }).selectOption({ label: 'Chosen matter' });
  await expect(dialog.getByText(`3 documents, 6 clauses, ${pdfs(documents)} of PDFs`, { exact: true })).toBeVisible();
  await expect(exportButton).toBeEnabled();

  await dialog.getByRole('radio', { name: 'Chosen documents' }).check();
  const list = dialog.getByRole('list', { name: 'Documents to export' });
  await expect(list.getByRole('checkbox')).toHaveCount(3);
  await expect(list.getByRole('checkbox', { name: /^Gamma complaint · .+ · 3 clauses$/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Select none' }).click();
  await expect(exportButton).toBeDisabled();
  await expect(dialog.getByText('Choose at least one document.')).toBeVisible();
  await list.getByRole('checkbox', { name: /^Alpha order/ }).check();
  await list.getByRole('checkbox', { name: /^Beta letter/ }).check();
  await expect(dialog.getByText(`2 documents, 3 clauses, ${pdfs(kept)} of PDFs`, { exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/exchange-bundle-dialog.png' });

  const bundle = await exportBundle(page);
  expect(bundle.name).toMatch(/^chosen-matter-\d{4}-\d{2}-\d{2}\.clausebench$/);
  await expect(page.getByText(/Exported “Chosen matter” as .*: 2 documents, 3 clauses\./)).toBeVisible();

  const zip = unzipSync(new Uint8Array(bundle.buffer));
  const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as {
    scope: { type: string; documentIds: string[] };
    records: Record<string, { id: string; documentId?: string; caseId?: string; clauseId?: string }[]>;
    files: { sha256: string }[];
  };
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  expect(manifest.scope.type).toBe('documents');
  expect(manifest.scope.documentIds.sort()).toEqual([...keptIds].sort());
  expect(ids(manifest.records.documents!)).toEqual([...keptIds].sort());
  expect(ids(manifest.records.clauses!)).toEqual(ids(keptClauses));
  expect(manifest.records.cases!.map((c) => (c as unknown as { name: string }).name)).toEqual(['Chosen matter']);
  expect([...new Set(manifest.records.pageTexts!.map((p) => p.documentId))].sort()).toEqual([...keptIds].sort());
  expect(ids(manifest.records.links!)).toEqual(kept.map((d) => `${d.id}-l`).sort());
  expect(ids(manifest.records.entities!)).toEqual(kept.map((d) => `${d.id}-e`).sort());
  expect(manifest.records.comparisons).toEqual([]);
  expect(manifest.files.map((f) => f.sha256).sort()).toEqual(kept.map((d) => d.sha256).sort());
  expect(Object.keys(zip).sort()).toEqual(['manifest.json', ...kept.map((d) => `files/${d.sha256}.pdf`)].sort());
});
