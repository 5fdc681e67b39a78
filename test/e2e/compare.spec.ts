/**
 * The Compare view (issue 7/7, parts 1–3): the "Regime comparison" grid with regimes as column
 * headers and questions as row headers; statuses that look different for primary, secondary and no
 * evidence; evidence chips that open the reader; editing in place with undo; baseline and "Show only
 * differences"; hiding and reordering regimes. Comparisons are managed in compare-manage.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { clausesList } from './clauseSupport';
import { expectNoSeriousViolations, expectReaderOn } from './entityMapSupport';
import { readStore } from './idb';
import { COMPARISON, NOTE, Q, cellOf, matrix, openCompare, questionMenu, regimeMenu, regimeOrder, seedCompareCase } from './compareSupport';

interface StoredCell {
  id: string;
  regimeId: string;
  dimensionId: string;
  answer: string;
  detail: string;
  status: string;
}

async function storedCell(page: Page, regimeId: string, dimensionId: string): Promise<StoredCell | undefined> {
  return (await readStore<StoredCell>(page, 'cells')).find((c) => c.regimeId === regimeId && c.dimensionId === dimensionId);
}

async function badgeLook(page: Page, regimeId: string, question: string) {
  return cellOf(page, regimeId, question)
    .locator('.status-badge')
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopStyle, italic: s.fontStyle, colour: s.backgroundColor, text: el.textContent ?? '' };
    });
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await seedCompareCase(page);
});

test('regimes are column headers, questions row headers in their groups; statuses look different; a chip opens the reader', async ({ page }) => {
  const grid = await openCompare(page);
  await expect(page.getByRole('combobox', { name: 'Comparison' }).locator('option:checked')).toHaveText(COMPARISON);
  const columns = grid.getByRole('columnheader');
  await expect(columns).toHaveCount(4);
  await expect(columns.nth(0)).toHaveText('Question');
  await expect(columns.nth(1)).toContainText('The order');
  await expect(columns.nth(1)).toContainText('United States · Challenged');
  await expect(columns.nth(2)).toContainText('EAR');
  await expect(columns.nth(3)).toContainText('EU 2021/821');
  // Questions grouped: Scope's two first (by order within the group), then Technology's.
  await expect(grid.getByRole('rowheader')).toHaveText([Q.trigger, Q.persons, Q.weights].map((q) => new RegExp(`^${q.replace('?', '\\?')}`)));
  await expect(grid.getByRole('heading', { name: 'Scope (2)' })).toBeVisible();
  await expect(grid.getByRole('heading', { name: 'Technology (1)' })).toBeVisible();

  // Primary evidence, study-note evidence and none: three statuses that differ in words and border.
  const sourced = await badgeLook(page, 'r-eo', Q.trigger);
  const paraphrased = await badgeLook(page, 'r-ear', Q.trigger);
  const unsourced = await badgeLook(page, 'r-eu', Q.trigger);
  expect([sourced.text, paraphrased.text, unsourced.text]).toEqual(['§Sourced', '≈Paraphrased', '○Unsourced']);
  expect(new Set([sourced.border, paraphrased.border, unsourced.border]).size).toBe(3);
  expect(paraphrased.italic).toBe('italic');
  expect(sourced.italic).toBe('normal');
  await expect(cellOf(page, 'r-eo', Q.trigger).locator('.status-badge')).toHaveAttribute('title', /primary text/);
  await expect(cellOf(page, 'r-ear', Q.trigger)).toHaveClass(/status-paraphrased/);
  await expect(cellOf(page, 'r-eu', Q.trigger)).toHaveClass(/status-unsourced/);
  await expect(cellOf(page, 'r-eu', Q.persons)).toContainText('Not answered');

  // The panel shows the focused cell in full: its quote and the kind of its source.
  await cellOf(page, 'r-ear', Q.trigger).click();
  const panel = page.getByRole('region', { name: 'Selected cell' });
  await expect(panel).toContainText('A release of technology to a foreign person');
  await expect(panel).toContainText('Secondary (paraphrase)');

  // A chip names the clause's citation; a click opens the reader with the clause selected.
  await cellOf(page, 'r-ear', Q.trigger).getByRole('button', { name: /¶ 2/ }).click();
  await expectReaderOn(page, NOTE);
  await expect(clausesList(page).locator('li[data-clause-id="c-note"]')).toHaveClass(/\bselected\b/);
  // Back in Compare, the same comparison is shown.
  await openCompare(page);
  await expect(page.getByRole('combobox', { name: 'Comparison' }).locator('option:checked')).toHaveText(COMPARISON);
});

test('a cell is edited in place (keyboard and double click), saved, and undone; Escape cancels', async ({ page }) => {
  await openCompare(page);
  // Keyboard: focus a cell, move right onto the empty one, Enter opens the editor.
  await cellOf(page, 'r-ear', Q.persons).click();
  await page.keyboard.press('ArrowRight');
  await expect(cellOf(page, 'r-eu', Q.persons)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cellOf(page, 'r-eu', Q.trigger)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit cell' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Short answer').fill('Any non-EU person');
  await editor.getByLabel('Detail').fill('Set by **Art. 2** of the regulation.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(cellOf(page, 'r-eu', Q.persons)).toContainText('Any non-EU person');
  await expect
    .poll(() => storedCell(page, 'r-eu', 'd-persons'))
    .toMatchObject({ answer: 'Any non-EU person', detail: 'Set by **Art. 2** of the regulation.', status: 'unsourced' });
  // The detail is rendered from Markdown in the panel.
  await expect(page.getByRole('region', { name: 'Selected cell' }).locator('strong')).toHaveText('Art. 2');

  // Undo removes the cell made by the save.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cellOf(page, 'r-eu', Q.persons)).toContainText('Not answered');
  await expect.poll(() => storedCell(page, 'r-eu', 'd-persons')).toBeUndefined();

  // Double click: mark disputed; the stored status is the analyst's mark.
  await cellOf(page, 'r-ear', Q.trigger).dblclick();
  await editor.getByLabel('Short answer').fill('Release to a foreign person');
  await editor.getByLabel('Disputed').check();
  await expect(editor.getByText('Status when saved:')).toContainText('Disputed');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(cellOf(page, 'r-ear', Q.trigger).locator('.status-badge')).toHaveText('⚑Disputed');
  await expect.poll(() => storedCell(page, 'r-ear', 'd-trigger')).toMatchObject({ answer: 'Release to a foreign person', status: 'disputed' });
  // Cleared, the status is the one its evidence gives again.
  await cellOf(page, 'r-ear', Q.trigger).dblclick();
  await editor.getByLabel('Disputed').uncheck();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => storedCell(page, 'r-ear', 'd-trigger').then((c) => c?.status)).toBe('paraphrased');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => storedCell(page, 'r-ear', 'd-trigger').then((c) => c?.status)).toBe('disputed');

  // Removing the primary evidence would make the cell unsourced; Escape leaves it as it was.
  await cellOf(page, 'r-eo', Q.trigger).dblclick();
  await expect(editor.getByRole('list', { name: 'Evidence' })).toContainText('§ 3');
  await editor.getByRole('button', { name: /^Remove .*§ 3/ }).click();
  await expect(editor.getByText('Status when saved:')).toContainText('Unsourced');
  await editor.getByLabel('Short answer').fill('Changed, then cancelled');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(cellOf(page, 'r-eo', Q.trigger)).toContainText('Nationality');
  await expect(cellOf(page, 'r-eo', Q.trigger).locator('.status-badge')).toHaveText('§Sourced');
  expect(await storedCell(page, 'r-eo', 'd-trigger')).toMatchObject({ answer: 'Nationality' });
});

test('a baseline marks differing cells; "Show only differences" hides agreeing rows; regimes hide and move', async ({ page }) => {
  await openCompare(page);
  await page.getByRole('combobox', { name: 'Baseline' }).selectOption({ label: 'The order' });
  await expect(matrix(page).getByRole('columnheader', { name: /The order/ })).toContainText('Baseline');
  await expect(cellOf(page, 'r-ear', Q.trigger)).toContainText('≠ baseline');
  await expect(cellOf(page, 'r-ear', Q.trigger)).toHaveAccessibleDescription('Differs from the baseline, The order.');
  // Equal short answers ("Yes" and "yes.") and the baseline itself are not marked.
  await expect(cellOf(page, 'r-ear', Q.weights)).not.toContainText('≠ baseline');
  await expect(cellOf(page, 'r-eo', Q.trigger)).not.toContainText('≠ baseline');
  await expect.poll(async () => (await readStore<{ baselineRegimeId?: string }>(page, 'comparisons'))[0]?.baselineRegimeId).toBe('r-eo');

  const onlyDifferences = page.getByRole('checkbox', { name: 'Show only differences' });
  const weights = matrix(page).getByRole('rowheader', { name: Q.weights });
  await onlyDifferences.check();
  await expect(weights).toBeHidden();
  await expect(matrix(page).getByRole('rowheader', { name: Q.trigger })).toBeVisible();
  await expect(page.getByText('2 of 3 questions shown')).toBeVisible();
  // The analyst's call overrides the answers, both ways.
  await questionMenu(page, Q.trigger, 'Regimes agree');
  await expect(matrix(page).getByRole('rowheader', { name: Q.trigger })).toBeHidden();
  await expect
    .poll(async () => (await readStore<{ id: string; agreement?: string }>(page, 'dimensions')).find((d) => d.id === 'd-trigger')?.agreement)
    .toBe('agree');
  await onlyDifferences.uncheck();
  await expect(weights).toBeVisible();
  await expect(matrix(page).getByRole('rowheader', { name: Q.trigger })).toContainText('Marked: regimes agree');
  await questionMenu(page, Q.trigger, 'Decide by answers');
  await expect(matrix(page).getByRole('rowheader', { name: Q.trigger })).not.toContainText('Marked');

  // Text and group filters.
  await page.getByRole('searchbox', { name: 'Filter questions' }).fill('foreign person');
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter questions' }).fill('');
  await page.getByRole('combobox', { name: 'Group' }).selectOption({ label: 'Technology' });
  await expect(matrix(page).getByRole('rowheader')).toHaveText([new RegExp(`^${Q.weights.replace('?', '\\?')}`)]);
  await page.getByRole('combobox', { name: 'Group' }).selectOption({ label: 'All groups' });

  // Hide a regime in "Columns"; the choice is remembered.
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('group', { name: 'Show regimes' }).getByRole('checkbox', { name: 'EAR' }).uncheck();
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EU 2021/821']);
  // Stored a moment after it shows: reload once it is.
  await expect
    .poll(
      async () =>
        (await readStore<{ key: string; value: unknown }>(page, 'settings', { includeSample: true })).find(
          (r) => r.key === 'compare.hiddenRegimes.cmp',
        )?.value,
    )
    .toEqual(['r-ear']);
  await page.reload();
  await openCompare(page);
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EU 2021/821']);
  await regimeMenu(page, 'EU 2021/821', 'Hide regime');
  await expect.poll(() => regimeOrder(page)).toEqual(['The order']);
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('button', { name: 'Show all regimes' }).click();
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EAR', 'EU 2021/821']);

  // Move a regime left; the order is stored; undo puts it back.
  await regimeMenu(page, 'EU 2021/821', 'Move left');
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EU 2021/821', 'EAR']);
  const orders = async () => (await readStore<{ id: string; order: number }>(page, 'regimes')).sort((a, b) => a.order - b.order).map((r) => r.id);
  await expect.poll(orders).toEqual(['r-eo', 'r-eu', 'r-ear']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(orders).toEqual(['r-eo', 'r-ear', 'r-eu']);
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EAR', 'EU 2021/821']);
});

test('the grid works from the keyboard: a header menu moves a regime; no serious accessibility violations', async ({ page }) => {
  await openCompare(page);
  // One tab stop; from a cell, ArrowUp reaches the column header, Enter its actions menu.
  await cellOf(page, 'r-eu', Q.trigger).click();
  await page.keyboard.press('ArrowUp');
  await expect(matrix(page).getByRole('columnheader', { name: /EU 2021\/821/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const menuButton = page.getByRole('button', { name: 'Regime actions: EU 2021/821' });
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Edit regime…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Move left' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EU 2021/821', 'EAR']);
  // The moved header keeps the focus, so Move left can be chosen again at once.
  await expect(matrix(page).getByRole('columnheader', { name: /EU 2021\/821/ })).toBeFocused();
  // Escape on the menu button (its menu closed) goes back to the header cell, not out of the view.
  await page.keyboard.press('Enter');
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(matrix(page).getByRole('columnheader', { name: /EU 2021\/821/ })).toBeFocused();

  await page.getByRole('combobox', { name: 'Baseline' }).selectOption({ label: 'The order' });
  await cellOf(page, 'r-ear', Q.trigger).click();
  await expectNoSeriousViolations(page, 'the matrix');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Edit cell' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the cell editor');
});
