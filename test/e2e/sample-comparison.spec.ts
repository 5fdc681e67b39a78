/**
 * The sample case ships with the comparison "Deemed exports and AI models": on first run it is in
 * IndexedDB with its eight regimes, its questions and a cell for every pair, and the Compare view
 * shows the regimes as the columns of "Regime comparison"; "Reset sample case" brings back a
 * regime the user deleted, with its cells.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_CASE, expect, helpMenu, openApp, test } from './fixtures';
import { readStore } from './idb';

interface Shipped {
  comparisons: {
    id: string;
    title: string;
    regimes: { id: string; name: string; order: number }[];
    dimensions: { id: string; question: string }[];
    cells: { id: string; regimeId: string; dimensionId: string; evidenceClauseIds: string[]; status: string }[];
  }[];
}
const shipped = (JSON.parse(readFileSync('resources/sample-case/comparison.json', 'utf8')) as Shipped).comparisons[0]!;
const REGIME_NAMES = [...shipped.regimes].sort((a, b) => a.order - b.order).map((r) => r.name);

interface Stored {
  id: string;
  caseId: string;
  comparisonId: string;
}

/** The sample case's comparison parts as stored, each as sorted lines naming what matters. */
async function sampleParts(page: Page) {
  const cases = await readStore<{ id: string; name: string; isSample?: boolean }>(page, 'cases', { includeSample: true });
  const sampleId = cases.find((c) => c.isSample && c.name === SAMPLE_CASE)?.id;
  const read = async <T extends { caseId: string }>(store: string) =>
    (await readStore<T>(page, store, { includeSample: true })).filter((r) => r.caseId === sampleId);
  const comparisons = await read<{ id: string; caseId: string; title: string }>('comparisons');
  const regimes = await read<Stored & { name: string }>('regimes');
  const dimensions = await read<Stored>('dimensions');
  const cells = await read<Stored & { regimeId: string; dimensionId: string; evidenceClauseIds: string[]; status: string }>('cells');
  return {
    comparisons: comparisons.map((c) => `${c.id} ${c.title}`),
    regimes: regimes.map((r) => `${r.id} ${r.name}`).sort(),
    dimensions: dimensions.map((d) => d.id).sort(),
    cells: cells.map((c) => `${c.id} ${c.regimeId} ${c.dimensionId} ${c.status} ${c.evidenceClauseIds.join(',')}`).sort(),
  };
}

const expected = {
  comparisons: [`${shipped.id} ${shipped.title}`],
  regimes: shipped.regimes.map((r) => `${r.id} ${r.name}`).sort(),
  dimensions: shipped.dimensions.map((d) => d.id).sort(),
  cells: shipped.cells.map((c) => `${c.id} ${c.regimeId} ${c.dimensionId} ${c.status} ${c.evidenceClauseIds.join(',')}`).sort(),
};

/** Deletes a regime and its cells straight from IndexedDB, as a user's deletion leaves things. */
async function deleteRegimeInDb(page: Page, regimeId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clausebench');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = dbh.transaction(['regimes', 'cells'], 'readwrite');
      tx.objectStore('regimes').delete(id);
      const cells = tx.objectStore('cells');
      const req = cells.getAll();
      req.onsuccess = () => {
        for (const cell of req.result as { id: string; regimeId: string }[]) if (cell.regimeId === id) cells.delete(cell.id);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    dbh.close();
  }, regimeId);
}

test('first run stores "Deemed exports and AI models" with 8 regimes, its questions and a cell for every pair', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  const stored = await sampleParts(page);
  expect(stored).toEqual(expected);
  expect(stored.regimes).toHaveLength(8);
  expect(stored.dimensions.length).toBeGreaterThanOrEqual(13);
  expect(stored.cells).toHaveLength(8 * stored.dimensions.length);
  // Every cited clause was placed in the sample case.
  const clauseIds = new Set((await readStore<{ id: string }>(page, 'clauses', { includeSample: true })).map((c) => c.id));
  expect(shipped.cells.flatMap((c) => c.evidenceClauseIds).filter((id) => !clauseIds.has(id))).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the Compare view shows the sample comparison with its eight regimes as column headers', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Compare' }).click();
  const grid = page.getByRole('grid', { name: 'Regime comparison' });
  await expect(grid).toBeVisible();
  const headers = grid.getByRole('columnheader');
  for (const name of REGIME_NAMES) await expect(headers.filter({ hasText: name })).toHaveCount(1);
  // The question column's header, then the regimes in their shipped order.
  await expect(headers).toHaveCount(REGIME_NAMES.length + 1);
  const texts = await headers.allInnerTexts();
  const order = REGIME_NAMES.map((name) => texts.findIndex((t) => t.includes(name)));
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('"Reset sample case" brings back a deleted regime of the sample comparison, with its cells', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  const canada = shipped.regimes.find((r) => r.name === 'Canada (EIPA)')!;
  await deleteRegimeInDb(page, canada.id);
  const afterDelete = await sampleParts(page);
  expect(afterDelete.regimes).toHaveLength(7);
  expect(afterDelete.cells).toHaveLength(expected.cells.length - shipped.dimensions.length);

  await helpMenu(page, 'Reset sample case');
  await page.getByRole('dialog', { name: 'Reset sample case' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(SAMPLE_CASE);
  await expect.poll(async () => sampleParts(page), { timeout: 60_000 }).toEqual(expected);
  await expect(page.getByRole('progressbar', { name: 'Sample case progress' })).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
