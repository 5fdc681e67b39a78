/**
 * Bundles and backups (issue 5/7): a workspace bundle exported from one profile and imported into a
 * fresh one (a new browser context, so a new IndexedDB) gives back the same records; importing it
 * again changes nothing; a file that is not a bundle is refused with nothing changed; back up,
 * change things, restore: everything is as it was.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { formatBytes } from '../../src/renderer/src/core/storageFigures';
import { makeTextPdf } from '../fixtures/makePdf';
import { chooseFiles, documentRows, expect, importSummary, openApp, SAMPLE_CASE, test } from './fixtures';
import { readStore } from './idb';

const CASE_TABLES = ['clauses', 'entities', 'links', 'comparisons', 'regimes', 'dimensions', 'cells'];

async function newCase(page: Page, name: string) {
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Case name').fill(name);
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(name);
}

/**
 * Writes a clause, two entities with links, and a comparison with regimes, dimensions and cells into
 * the case named `caseName`, straight into IndexedDB: entities and comparisons have no screens yet
 * (issues 6/7 and 7/7), and a bundle must carry them all.
 */
async function seedAnalysis(page: Page, caseName: string) {
  await page.evaluate(async (name) => {
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
    const documentId = (await all('documents')).find((d) => (d.caseIds as string[]).includes(caseId))!.id as string;
    const by = { createdBy: 'Seeder', createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-02T11:00:00.000Z' };
    const rows: Record<string, Record<string, unknown>[]> = {
      clauses: [
        {
          id: 'seed-c1',
          caseId,
          documentId,
          target: {
            quote: { type: 'TextQuoteSelector', exact: 'Sec. 1.', prefix: 'Page 1. ', suffix: ' The covered' },
            position: { type: 'TextPositionSelector', start: 8, end: 15 },
            pageIndex: 0,
            rects: [{ pageIndex: 0, rects: [[72, 715, 120, 728]] }],
          },
          type: 'prohibition',
          label: 'Sec. 1',
          comment: 'Seeded **clause**',
          tags: ['scope'],
          colour: '#4e79a7',
          anchorStatus: 'anchored',
          ...by,
        },
      ],
      entities: [
        { id: 'seed-e1', caseId, name: 'Commerce', type: 'agency', aliases: ['DOC'], description: '', ...by },
        { id: 'seed-e2', caseId, name: 'Foreign nationals', type: 'class-of-persons', aliases: [], description: 'x', ...by },
      ],
      links: [
        { id: 'seed-l1', caseId, clauseId: 'seed-c1', entityId: 'seed-e1', role: 'issued-by', note: '', ...by },
        { id: 'seed-l2', caseId, clauseId: 'seed-c1', entityId: 'seed-e2', role: 'restricts', note: 'n', ...by },
      ],
      comparisons: [{ id: 'seed-cmp', caseId, title: 'Regimes', ...by }],
      regimes: [
        { id: 'seed-rg', caseId, comparisonId: 'seed-cmp', name: 'US', jurisdiction: 'US', status: 'in force', instruments: [], order: 0, ...by },
      ],
      dimensions: [{ id: 'seed-dm', caseId, comparisonId: 'seed-cmp', question: 'Who?', group: 'Scope', order: 0, ...by }],
      cells: [
        {
          id: 'seed-cell',
          caseId,
          comparisonId: 'seed-cmp',
          regimeId: 'seed-rg',
          dimensionId: 'seed-dm',
          answer: 'Yes',
          detail: '',
          evidenceClauseIds: ['seed-c1'],
          status: 'sourced',
          ...by,
        },
      ],
    };
    const tx = dbh.transaction(Object.keys(rows), 'readwrite');
    for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    dbh.close();
  }, caseName);
}

/** Every record of the case named `caseName`, by table, sorted: what a bundle of it must give back. */
async function caseRecords(page: Page, caseName: string) {
  const cases = (await readStore<{ id: string; name: string }>(page, 'cases')).filter((c) => c.name === caseName);
  expect(cases).toHaveLength(1);
  const caseId = cases[0]!.id;
  const documents = (await readStore<{ id: string; sha256: string; caseIds: string[] }>(page, 'documents')).filter((d) => d.caseIds.includes(caseId));
  const docIds = new Set(documents.map((d) => d.id));
  const shas = new Set(documents.map((d) => d.sha256));
  const out: Record<string, unknown[]> = { cases, documents };
  out.pageTexts = (await readStore<{ documentId: string }>(page, 'pageTexts')).filter((p) => docIds.has(p.documentId));
  out.files = (await readStore<{ sha256: string }>(page, 'files')).filter((f) => shas.has(f.sha256));
  for (const table of CASE_TABLES) out[table] = (await readStore<{ caseId: string }>(page, table)).filter((r) => r.caseId === caseId);
  for (const rows of Object.values(out)) rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return out;
}

async function downloaded(download: Download) {
  return { name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync((await download.path())!) };
}

/** Export → Workspace bundle: the dialog that says what the bundle will hold. */
async function openBundleDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workspace bundle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workspace bundle' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Presses the open dialog's "Export bundle"; the file it saves, once the dialog has closed. */
async function exportBundle(page: Page) {
  const download = page.waitForEvent('download');
  const dialog = page.getByRole('dialog', { name: 'Workspace bundle' });
  await dialog.getByRole('button', { name: 'Export bundle' }).click();
  const file = await downloaded(await download);
  await expect(dialog).toBeHidden();
  return file;
}

async function chooseBundle(page: Page, button: 'Import bundle' | 'Restore', file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles(file);
}

async function freshProfile(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

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
