/**
 * Helpers of the bundle and backup e2e specs (issue 5/7): cases made through the UI, analysis records
 * seeded straight into IndexedDB (entities and comparisons have no screens yet), a case's records
 * read back for comparison, and the Export/Import bundle/Restore doors.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { expect } from './fixtures';
import { readStore } from './idb';

export const CASE_TABLES = ['clauses', 'entities', 'links', 'comparisons', 'regimes', 'dimensions', 'cells'];

export async function newCase(page: Page, name: string) {
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
export async function seedAnalysis(page: Page, caseName: string) {
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
export async function caseRecords(page: Page, caseName: string) {
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

export async function downloaded(download: Download) {
  return { name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync((await download.path())!) };
}

/** Export → Workspace bundle: the dialog that says what the bundle will hold. */
export async function openBundleDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workspace bundle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workspace bundle' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Presses the open dialog's "Export bundle"; the file it saves, once the dialog has closed. */
export async function exportBundle(page: Page) {
  const download = page.waitForEvent('download');
  const dialog = page.getByRole('dialog', { name: 'Workspace bundle' });
  await dialog.getByRole('button', { name: 'Export bundle' }).click();
  const file = await downloaded(await download);
  await expect(dialog).toBeHidden();
  return file;
}

export async function chooseBundle(page: Page, button: 'Import bundle' | 'Restore', file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles(file);
}

export async function freshProfile(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}
