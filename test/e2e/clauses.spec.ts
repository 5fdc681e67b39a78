/**
 * Clauses (issue 4/7) through the user's door: select words with the mouse, annotate, and find
 * the highlight over the same words after a reload, at another zoom and rotated; the Clauses list
 * (filter, go to, edit, delete, undo, redo); the hover card; copy quote with citation.
 */
import type { Clause } from '../../src/renderer/src/core/types';
import { expect, openApp, SAMPLE_CASE, test } from './fixtures';
import { readStore } from './idb';
import { clausesList, dragSelect, expectSameBox, highlightBox, makeOrderPdf, saveNewClause, textBox, type Box } from './clauseSupport';
import { importAndOpen, openFromLibrary, pageElement } from './readerSupport';

function union(...boxes: Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

const LINE_A = 'A covered developer shall not share a covered';
const LINE_B = 'model with any foreign national, wherever that person is located.';

async function wordsBox(page: import('@playwright/test').Page): Promise<Box> {
  return union(await textBox(page, 1, LINE_A), await textBox(page, 1, LINE_B));
}

async function openOrder(page: import('@playwright/test').Page) {
  await openApp(page);
  await importAndOpen(page, { name: 'order.pdf', buffer: await makeOrderPdf() }, /Test order/);
  await expect(pageElement(page, 1).locator('.textLayer span').first()).toBeAttached();
}

test('a clause made from a mouse selection sits on its words after a reload, at another zoom and rotated', async ({ page }) => {
  await openOrder(page);
  await dragSelect(page, { page: 1, text: LINE_A }, { page: 1, text: LINE_B });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  const dialog = page.getByRole('dialog', { name: 'New clause' });
  await expect(dialog.getByLabel('Quote')).toHaveText(`${LINE_A} ${LINE_B}`);
  await expect(dialog.getByLabel('Clause type')).toHaveValue('prohibition');
  await saveNewClause(page, { label: 'Sec. 2', comment: 'The **nationality** rule', tags: 'nationality-rule, core' });

  await expect(clausesList(page).getByRole('listitem')).toHaveCount(1);
  const [stored] = await readStore<Clause>(page, 'clauses');
  expect(stored?.target.quote.exact).toBe(`${LINE_A}\n${LINE_B}`);
  expect(stored?.target.quote.suffix.startsWith('\nSec. 3.')).toBe(true);
  expect(stored?.target.rects[0]?.rects).toHaveLength(2);
  expect(stored?.tags).toEqual(['nationality-rule', 'core']);
  const id = stored!.id;
  await expect(page.locator(`.cb-hl[data-clause-id="${id}"]`)).toHaveCount(2);
  expectSameBox(await highlightBox(page, id, 1), await wordsBox(page));

  // After a reload the tab comes back by itself and the highlight is drawn from the stored rects.
  await page.reload();
  await expect(page.getByRole('tab', { name: /Test order/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator(`.cb-hl[data-clause-id="${id}"]`)).toHaveCount(2);
  await expect(async () => expectSameBox(await highlightBox(page, id, 1), await wordsBox(page))).toPass();

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('.zoom-level')).not.toHaveText('125%');
  await expect(async () => expectSameBox(await highlightBox(page, id, 1), await wordsBox(page))).toPass();

  await page.getByRole('button', { name: 'Rotate clockwise' }).click();
  await expect(async () => expectSameBox(await highlightBox(page, id, 1), await wordsBox(page))).toPass();
});

test('the Clauses list filters, goes to, edits, deletes with undo and redo; the hover card shows the comment', async ({ page }) => {
  await openOrder(page);
  await dragSelect(page, { page: 1, text: 'The policy of this order' }, { page: 1, text: 'protect advanced models.' });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  await saveNewClause(page, { type: 'Finding / purpose', label: 'Sec. 1', comment: 'Why the order *exists*' });
  await dragSelect(page, { page: 1, text: 'The Secretary may approve' }, { page: 1, text: 'in writing.' });
  // The keyboard shortcut does what the button does.
  await page.keyboard.press('Control+Shift+A');
  await saveNewClause(page, { type: 'Authorisation', label: 'Sec. 3' });

  const items = clausesList(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Sec. 1'); // reading order
  await page.getByLabel('Filter by type').selectOption({ label: 'Authorisation' });
  await expect(items).toHaveCount(1);
  await page.getByLabel('Filter by type').selectOption({ label: 'All types' });
  await page.getByLabel('Filter clauses').fill('exists');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Sec. 1');
  await page.getByLabel('Filter clauses').fill('');

  // Hovering a highlight shows its card, the comment rendered from Markdown.
  const [first] = (await readStore<Clause>(page, 'clauses')).filter((c) => c.label === 'Sec. 1');
  const box = await highlightBox(page, first!.id, 1);
  await page.mouse.move(box!.left + 4, (box!.top + box!.bottom) / 2);
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Finding / purpose');
  await expect(card.locator('em')).toHaveText('exists');

  // Go to: the list item scrolls the page to the clause and makes it blink.
  await clausesList(page)
    .getByRole('button', { name: /^Go to Finding \/ purpose Sec\. 1/ })
    .click();
  await expect(page.locator(`.cb-hl-flash[data-clause-id="${first!.id}"]`).first()).toBeAttached();

  await page.getByRole('button', { name: 'Edit Sec. 3' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit clause' });
  await edit.getByLabel('Label').fill('Sec. 3(a)');
  await edit.getByRole('button', { name: 'Save clause' }).click();
  await expect(items.nth(1)).toContainText('Sec. 3(a)');

  await page.getByRole('button', { name: 'Delete Sec. 1' }).click();
  await expect(items).toHaveCount(1);
  await expect(page.locator(`.cb-hl[data-clause-id="${first!.id}"]`)).toHaveCount(0);
  await page.locator('.cb-viewer-container').focus();
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(2);
  await expect(page.locator(`.cb-hl[data-clause-id="${first!.id}"]`).first()).toBeAttached();
  await page.keyboard.press('Control+Shift+Z');
  await expect(items).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(2);
  expect((await readStore<Clause>(page, 'clauses')).find((c) => c.id === first!.id)?.comment).toBe('Why the order *exists*');
});

test('copy quote with citation: the clean quote, its pinpoint citation, and the illustrative mark of the sample', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, { stayInSample: true });
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(SAMPLE_CASE);
  await openFromLibrary(page, /^Reconstruction: Executive Order/);
  await expect(pageElement(page, 1).locator('.textLayer span').first()).toBeAttached();
  await dragSelect(page, { page: 1, text: 'The policy of the United States' }, { page: 1, text: 'the policy aim as reported).' });
  await page.keyboard.press('Control+Shift+C');
  await expect(page.getByText('Copied the quote with its citation.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^“The policy of the United States is to keep the most advanced artificial intelligence capabilities away from strategic competitors, China in particular \(the policy aim as reported\)\.” /,
  );
  expect(copied).toContain('§ 1');
  expect(copied.endsWith('(illustrative reconstruction)')).toBe(true);
  expect(copied).not.toContain('\n');
});

test('a selection across a page break makes one clause highlighted on both pages', async ({ page }) => {
  await openOrder(page);
  await page.getByRole('combobox', { name: 'Zoom' }).selectOption({ label: '50%' });
  await expect(page.locator('.zoom-level')).toHaveText('50%');
  // Both pages drawn at the new scale before the mouse measures words on them.
  for (const n of [1, 2]) await expect(pageElement(page, n).locator('.canvasWrapper canvas')).toBeAttached();
  await expect(pageElement(page, 2).locator('.textLayer span').first()).toBeAttached();
  await page.waitForFunction(() => !document.querySelector('.pdfViewer .page .loadingIcon'));
  await dragSelect(page, { page: 1, text: 'The Secretary may approve' }, { page: 2, text: 'Sec. 4. Enforcement' });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  await expect(page.getByRole('dialog', { name: 'New clause' }).getByLabel('Quote')).toHaveText(
    'The Secretary may approve a request in writing. Sec. 4. Enforcement',
  );
  await saveNewClause(page, { label: 'Sec. 3–4' });
  const [clause] = await readStore<Clause>(page, 'clauses');
  expect(clause?.target.quote.exact).toBe('The Secretary may approve a request in writing.\fSec. 4. Enforcement');
  expect(clause?.target.rects.map((r) => r.pageIndex)).toEqual([0, 1]);
  await expect(pageElement(page, 1).locator(`.cb-hl[data-clause-id="${clause!.id}"]`)).toHaveCount(1);
  await expect(pageElement(page, 2).locator(`.cb-hl[data-clause-id="${clause!.id}"]`)).toHaveCount(1);
  expectSameBox(await highlightBox(page, clause!.id, 2), await textBox(page, 2, 'Sec. 4. Enforcement'));
});
