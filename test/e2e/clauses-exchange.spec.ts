/**
 * Clauses leaving and entering the app, and surviving a new version (issue 4/7): Web Annotations
 * (JSON-LD) that pass the W3C suite's MUST assertions and import back onto the same PDF (twice
 * adds nothing; another PDF is refused), Clauses (CSV), area clauses, suggested clauses, the PDF's
 * own highlights, and "Import as new version…" with its carry-over report and redline.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Clause } from '../../src/renderer/src/core/types';
import { checkAnnotations, SHARED, W3C_AVAILABLE } from '../support/w3cReference';
import { expect, openApp, test } from './fixtures';
import { readStore } from './idb';
import { clausesList, dragSelect, makeAmendedOrderPdf, makeHighlightedPdf, makeOrderPdf, saveNewClause } from './clauseSupport';
import { importAndOpen, pageElement } from './readerSupport';

const onCi = Boolean(process.env.CI);

async function annotate(page: Page, from: string, to: string, fields: { type?: string; label: string; comment?: string }) {
  await dragSelect(page, { page: 1, text: from }, { page: 1, text: to });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  await saveNewClause(page, fields);
}

async function openOrder(page: Page) {
  await openApp(page);
  await importAndOpen(page, { name: 'order.pdf', buffer: await makeOrderPdf() }, /Test order on model sharing$/);
  await expect(pageElement(page, 1).locator('.textLayer span').first()).toBeAttached();
}

async function exportFrom(page: Page, item: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

async function importAnnotationsFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import annotations' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(text) });
}

test('Web Annotations export passes the W3C MUST assertions, imports back once, and is refused on another PDF; CSV export', async ({ page }) => {
  test.skip(!W3C_AVAILABLE && !onCi, `W3C annotation suite not found under ${SHARED}; set CLAUSEBENCH_SHARED (required when CI=true)`);
  await openOrder(page);
  await annotate(page, 'A covered developer', 'wherever that person is located.', { label: 'Sec. 2', comment: 'Applies **wherever** located' });
  await annotate(page, 'The Secretary may approve', 'in writing.', { type: 'Authorisation', label: 'Sec. 3' });
  const made = await readStore<Clause>(page, 'clauses');
  expect(made).toHaveLength(2);

  const collection = JSON.parse(await exportFrom(page, 'Web Annotations (JSON-LD)'));
  expect(collection.type).toBe('AnnotationCollection');
  const annotations = collection.first.items as { id: string; target: { source: string } }[];
  expect(annotations.map((a) => a.id).sort()).toEqual(made.map((c) => `urn:uuid:${c.id}`).sort());
  expect(annotations[0]!.target.source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
  for (const result of await checkAnnotations(annotations)) expect(result.code, result.output).toBe(0);

  const csv = await exportFrom(page, 'Clauses (CSV)');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('document,citation,page,label,type,quote,comment,tags,entities,entity roles,author,created,updated');
  expect(lines).toHaveLength(3);
  expect(csv).toContain('A covered developer shall not share a covered model with any foreign national, wherever that person is located.');

  // Delete both, import the file: the same clauses come back, with their ids; again: nothing added.
  await page.getByRole('button', { name: 'Delete Sec. 2' }).click();
  await page.getByRole('button', { name: 'Delete Sec. 3' }).click();
  await expect(clausesList(page)).toHaveCount(0);
  const file = JSON.stringify(collection);
  await importAnnotationsFile(page, 'order-clauses.jsonld', file);
  await expect(page.getByText('Imported from “order-clauses.jsonld”: 2 added, 0 already here.')).toBeVisible();
  const back = await readStore<Clause>(page, 'clauses');
  expect(back.map((c) => [c.id, c.label, c.comment, c.target.quote.exact, c.anchorStatus]).sort()).toEqual(
    made.map((c) => [c.id, c.label, c.comment, c.target.quote.exact, 'anchored']).sort(),
  );
  await importAnnotationsFile(page, 'order-clauses.jsonld', file);
  await expect(page.getByText('Imported from “order-clauses.jsonld”: 0 added, 2 already here.')).toBeVisible();
  expect(await readStore<Clause>(page, 'clauses')).toHaveLength(2);

  // The same file on another PDF changes nothing and says why.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await importAndOpen(page, { name: 'memo.pdf', buffer: await makeHighlightedPdf() }, /Memo with a highlight/);
  await importAnnotationsFile(page, 'order-clauses.jsonld', file);
  await expect(page.getByRole('alert').filter({ hasText: 'These annotations are for another PDF (order.pdf' })).toBeVisible();
  expect(await readStore<Clause>(page, 'clauses')).toHaveLength(2);
  await importAnnotationsFile(page, 'broken.jsonld', '{"type": "AnnotationCollection", "first": {"items": [{"id": 3}]}}');
  await expect(page.getByRole('alert').filter({ hasText: '“broken.jsonld” is not a Web Annotation file' })).toBeVisible();
});

test('an area clause drawn on a page, with its quote typed in', async ({ page }) => {
  await openOrder(page);
  await page.getByRole('button', { name: 'Draw area' }).click();
  const box = (await pageElement(page, 1).boundingBox())!;
  await page.mouse.move(box.x + 80, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 420, { steps: 5 });
  await page.mouse.up();
  const dialog = page.getByRole('dialog', { name: 'New clause' });
  await dialog.getByRole('button', { name: 'Save clause' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Type the words this area shows');
  await dialog.getByLabel('Quote').fill('Figure 1: the approval flow');
  await saveNewClause(page, { label: 'Fig. 1' });
  const [area] = await readStore<Clause>(page, 'clauses');
  expect(area?.target.area).toBe(true);
  expect(area?.target.rects[0]?.rects).toHaveLength(1);
  await expect(page.locator(`.cb-hl[data-clause-id="${area!.id}"]`)).toHaveCount(1);
  await expect(clausesList(page).getByRole('listitem')).toContainText('Figure 1: the approval flow');
});

test('suggested clauses from the sample order, and the highlights a PDF carries, are taken in only when accepted', async ({ page }) => {
  await openApp(page);
  await importAndOpen(page, { name: 'memo.pdf', buffer: await makeHighlightedPdf() }, /Memo with a highlight/);
  await expect(page.getByRole('status').filter({ hasText: 'This PDF carries 1 highlight of its own.' })).toBeVisible();
  await page.getByRole('button', { name: 'Review them as clauses' }).click();
  const review = page.getByRole('region', { name: 'Suggested clauses' });
  await expect(review.getByRole('listitem')).toHaveCount(1);
  await expect(review.getByRole('listitem')).toContainText('shall not share');
  await expect(review.getByRole('listitem')).toContainText('The core prohibition');
  expect(await readStore<Clause>(page, 'clauses')).toHaveLength(0);
  await review.getByRole('button', { name: 'Accept all' }).click();
  await expect(review.getByRole('listitem')).toHaveCount(0);
  await review.getByRole('button', { name: 'Done' }).click();
  const [taken] = await readStore<Clause>(page, 'clauses');
  expect(taken?.target.quote.exact).toBe('shall not share');
  expect(taken?.comment).toContain('The core prohibition');
  await expect(page.getByText('This PDF carries')).toBeHidden();

  // Structure: the order's numbered sections, offered one by one.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await importAndOpen(page, { name: 'order.pdf', buffer: await makeOrderPdf() }, /Test order on model sharing$/);
  await page.getByRole('button', { name: 'Suggest clauses' }).click();
  const offered = page.getByRole('region', { name: 'Suggested clauses' }).getByRole('listitem');
  await expect(offered.first()).toContainText('Sec. 1');
  const count = await offered.count();
  expect(count).toBeGreaterThanOrEqual(5);
  await page
    .getByRole('region', { name: 'Suggested clauses' })
    .getByRole('button', { name: /^Reject Sec/ })
    .first()
    .click();
  await expect(offered).toHaveCount(count - 1);
  await page
    .getByRole('region', { name: 'Suggested clauses' })
    .getByRole('button', { name: /^Accept Sec/ })
    .first()
    .click();
  await expect(offered).toHaveCount(count - 2);
  expect(await readStore<Clause>(page, 'clauses')).toHaveLength(2);
});

test('import as new version: clauses carried over, one orphaned and listed, a redline, the old version kept', async ({ page }) => {
  await openOrder(page);
  await annotate(page, 'A covered developer', 'wherever that person is located.', { label: 'Sec. 2' });
  await page.getByRole('combobox', { name: 'Zoom' }).selectOption({ label: '50%' });
  await expect(page.locator('.zoom-level')).toHaveText('50%');
  // Both pages drawn at the new scale before the mouse measures words on them.
  for (const n of [1, 2]) await expect(pageElement(page, n).locator('.canvasWrapper canvas')).toBeAttached();
  await expect(pageElement(page, 2).locator('.textLayer span').first()).toBeAttached();
  await page.waitForFunction(() => !document.querySelector('.pdfViewer .page .loadingIcon'));
  await dragSelect(page, { page: 2, text: 'The Secretary shall enforce' }, { page: 2, text: 'this order.' });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  await saveNewClause(page, { label: 'Sec. 4' });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import as new version…' }).click();
  await (await chooser).setFiles({ name: 'order-amended.pdf', mimeType: 'application/pdf', buffer: await makeAmendedOrderPdf() });
  const report = page.getByRole('dialog', { name: 'New version imported' });
  await expect(report.getByRole('status')).toHaveText('Carried over 2 clauses: 1 placed exactly, 0 by fuzzy match, 1 orphaned.');
  await expect(report.getByRole('region', { name: 'Orphaned clauses' })).toContainText('Sec. 4');
  await expect(report.getByRole('region', { name: 'Orphaned clauses' })).toContainText('The Secretary shall enforce this order.');
  await report.getByRole('button', { name: /Show changes/ }).click();
  const redline = report.getByRole('region', { name: 'Changes between the versions' });
  await expect(redline.locator('del').filter({ hasText: 'writing' })).toHaveCount(1);
  await expect(redline.locator('ins').filter({ hasText: 'thirty' })).toHaveCount(1);
  await report.getByRole('button', { name: 'Close' }).click();

  // The new version is open, with both clauses: the carried one placed on page 2, the orphan marked.
  await expect(page.getByRole('tab', { name: /\(new version\)/ })).toHaveAttribute('aria-selected', 'true');
  const clauses = await readStore<Clause>(page, 'clauses');
  const docs = await readStore<{ id: string; versionOf?: string; title: string }>(page, 'documents');
  const newer = docs.find((d) => d.versionOf);
  expect(newer && docs.some((d) => d.id === newer.versionOf)).toBe(true);
  const carried = clauses.filter((c) => c.documentId === newer!.id);
  expect(carried.map((c) => [c.label, c.anchorStatus, c.target.pageIndex]).sort()).toEqual([
    ['Sec. 2', 'anchored', 1],
    ['Sec. 4', 'orphaned', 1], // an orphan keeps its old selectors and page
  ]);
  await expect(clausesList(page).getByRole('listitem').filter({ hasText: 'Orphaned' })).toContainText('Sec. 4');
  // An orphan has no place in the new text: listed, never drawn.
  const orphan = carried.find((c) => c.anchorStatus === 'orphaned')!;
  expect(orphan.target.rects).toEqual([]);
  await expect(page.locator(`.cb-hl[data-clause-id="${orphan.id}"]`)).toHaveCount(0);
  // The old version keeps its own two clauses.
  expect(clauses.filter((c) => c.documentId === newer!.versionOf)).toHaveLength(2);
});
