/**
 * Search (issue 5/7) through the user's door: the "Search" view and its shortcut, results grouped
 * by document with marked snippets and printed page names, a hit opening its page with the words
 * highlighted by the reader's find, a new clause found by its comment, and the index restored
 * (not rebuilt) after a reload.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { makeTextPdf } from '../fixtures/makePdf';
import { chooseFiles, expect, importSummary, openApp, test } from './fixtures';
import { readStore } from './idb';
import { clausesList, dragSelect, makeOrderPdf, saveNewClause } from './clauseSupport';
import { importAndOpen, pageElement } from './readerSupport';

/** A three-page rule printed with Federal Register running heads (so its pages have printed names). */
function makeRulePdf(): Promise<Buffer> {
  const body: Record<number, string[]> = {
    1: ['Export of research models. The Bureau adopts this rule after public comment.', 'Sec. 1. The rule applies to covered models.'],
    2: ['Sec. 2. A covered developer may license quokka research abroad', 'only with the written approval of the Bureau.'],
    3: ['Sec. 3. Nothing in this rule limits quokka studies at home.', 'Sec. 4. This rule takes effect on publication.'],
  };
  return makeTextPdf({
    pages: 3,
    title: 'Rule on research models',
    lines: (n) => [`${35400 + n} Federal Register / Vol. 91, No. 7 / Monday, January 12, 2026 / Rules and Regulations`, ...body[n]!],
  });
}

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const indexStatus = (page: Page) => page.getByRole('region', { name: 'Search' }).getByRole('status');

async function importRule(page: Page): Promise<void> {
  await chooseFiles(page, [{ name: 'rule.pdf', buffer: await makeRulePdf() }]);
  await importSummary(page);
}

test('search from the navigation: grouped results with marks and printed pages; a hit opens its page highlighted', async ({ page }) => {
  await openApp(page);
  await importRule(page);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Search' })).toHaveAttribute('aria-current', 'page');
  await expect(searchbox(page)).toBeFocused();
  await searchbox(page).fill('quokka');

  const group = results(page).getByRole('listitem', { name: 'Rule on research models' });
  await expect(group).toBeVisible();
  const hits = group.getByRole('button');
  await expect(hits).toHaveCount(2);
  await expect(hits.nth(0)).toContainText('p. 2 (91 FR 35402)');
  await expect(hits.nth(1)).toContainText('p. 3 (91 FR 35403)');
  await expect(hits.nth(0).locator('mark')).toHaveText(['quokka']);
  await expect(page.getByText('2 results in 1 document')).toBeVisible();
  // From the keyboard: ↓ into the results, between hits, ↑ back to the box.
  await searchbox(page).press('ArrowDown');
  await expect(hits.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchbox(page)).toBeFocused();
  await page.screenshot({ path: '/tmp/search-results.png' });
  const axe = await new AxeBuilder({ page }).include('.search-view').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // A phrase matches its words in order only: "quokka studies" is on page 3, not page 2.
  await searchbox(page).fill('"quokka studies"');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('p. 3');
  await expect(hits.first().locator('mark')).toHaveText(['quokka studies']);

  await searchbox(page).fill('quokka research');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('p. 2 (91 FR 35402)');
  await hits.first().click();
  const viewer = page.getByRole('region', { name: 'Document viewer' });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole('textbox', { name: 'Page' })).toHaveValue('2');
  const highlight = pageElement(page, 2).locator('.textLayer .highlight');
  await expect(highlight.first()).toBeVisible();
  await expect(highlight.first()).toHaveText(/quokka/i);
  await expect(pageElement(page, 1).locator('.textLayer .highlight')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/search-opened.png' });

  // Back in Search, the query and its results are still there.
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Search' }).click();
  await expect(searchbox(page)).toHaveValue('quokka research');
  await expect(hits).toHaveCount(1);

  // An emptied box asks nothing: no hits, and no "No results" before the next word.
  await searchbox(page).fill('');
  await expect(hits).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Search' }).getByText(/^(No results|\d+\+? results? in)/)).toHaveCount(0);
});

test('the shortcut opens Search from the library and from the reader; a new clause is found by its comment; after a reload the index is loaded, not rebuilt', async ({
  page,
}) => {
  await openApp(page);
  await importAndOpen(page, { name: 'order.pdf', buffer: await makeOrderPdf() }, /Test order/);
  await expect(pageElement(page, 1).locator('.textLayer span').first()).toBeAttached();
  await dragSelect(
    page,
    { page: 1, text: 'A covered developer shall not share a covered' },
    { page: 1, text: 'model with any foreign national, wherever that person is located.' },
  );
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  await saveNewClause(page, { label: 'Sec. 2', comment: 'Pangolin review of the sharing ban', tags: 'pangolin-watch' });
  await expect(clausesList(page).getByRole('listitem')).toHaveCount(1);

  // From the reader: the shortcut shows Search with the box focused.
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.type('pangolin');
  const clauseHit = results(page).locator('button[data-hit-kind="clause"]');
  await expect(clauseHit).toHaveCount(1);
  await expect(clauseHit).toContainText('Clause Sec. 2');
  await expect(clauseHit.locator('mark').first()).toHaveText('Pangolin');
  await page.screenshot({ path: '/tmp/search-clause.png' });

  // Filters narrow: the clause is a prohibition, not a definition.
  await page.getByRole('group', { name: 'Search filters' }).getByLabel('Clause type').selectOption({ label: 'Definition' });
  await expect(page.getByText('No results')).toBeVisible();
  await page.getByRole('group', { name: 'Search filters' }).getByLabel('Clause type').selectOption({ label: 'Prohibition' });
  await expect(clauseHit).toHaveCount(1);

  // Opening the clause hit shows its page with the quote's words found.
  await clauseHit.click();
  await expect(page.getByRole('region', { name: 'Document viewer' }).getByRole('textbox', { name: 'Page' })).toHaveValue('1');

  // The index is saved a moment after the last change; then a reload loads it.
  await expect
    .poll(async () => {
      const [record] = await readStore<{ indexed: { clauses: Record<string, string> } }>(page, 'searchIndex', { includeSample: true });
      const [clause] = await readStore<{ id: string }>(page, 'clauses');
      return clause && record ? clause.id in record.indexed.clauses : false;
    })
    .toBe(true);
  await page.reload();
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('table', { name: 'Documents' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(searchbox(page)).toBeFocused();
  await expect(indexStatus(page)).toHaveText(/^Index loaded \(\d+ items\)$/);
  await expect(indexStatus(page)).toHaveAttribute('data-pages-indexed', '0');
  await searchbox(page).fill('pangolin');
  await expect(clauseHit).toHaveCount(1);
  await searchbox(page).fill('foreign national');
  await expect(results(page).locator('button[data-hit-kind="page"]')).toHaveCount(1);
  await expect(indexStatus(page)).toHaveAttribute('data-pages-indexed', '0');
});

test('an entity is found by an alias, shown above the documents, and opens its page in Entities', async ({ page }) => {
  await openApp(page);
  await importRule(page);
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await nav.getByRole('button', { name: 'Entities' }).click();
  await page.getByRole('button', { name: 'New entity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByLabel('Name').fill('Bureau of Research Exports');
  await dialog.getByLabel('Type').selectOption({ label: 'Government agency' });
  await dialog.getByLabel('Aliases').fill('Quokka Office');
  await dialog.getByLabel('Description').fill('Approves licences for covered research models.');
  await dialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog).toBeHidden();

  await nav.getByRole('button', { name: 'Search' }).click();
  await searchbox(page).fill('quokka');
  // The entity (by its alias) above the rule's two pages.
  const groups = results(page).locator(':scope > li');
  await expect(groups).toHaveCount(2);
  await expect(groups.first()).toHaveAccessibleName('Entities');
  const entityHit = results(page).getByRole('listitem', { name: 'Entities' }).getByRole('button');
  await expect(entityHit).toHaveCount(1);
  await expect(entityHit).toContainText('Bureau of Research Exports');
  await expect(entityHit).toContainText('Government agency');
  await expect(entityHit.locator('mark')).toHaveText(['Quokka']);
  await expect(page.getByText('3 results: 1 entity, 2 in 1 document')).toBeVisible();
  await page.screenshot({ path: '/tmp/search-entity.png' });
  const axe = await new AxeBuilder({ page }).include('.search-results').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // in:entities keeps the entity only; a document filter leaves it out.
  await searchbox(page).fill('quokka in:entities');
  await expect(groups).toHaveCount(1);
  await expect(page.getByText('1 result: 1 entity')).toBeVisible();
  await searchbox(page).fill('quokka kind:regulation');
  await expect(results(page).getByRole('listitem', { name: 'Entities' })).toHaveCount(0);

  await searchbox(page).fill('quokka off');
  await expect(entityHit).toHaveCount(1);
  await entityHit.click();
  const entities = page.getByRole('region', { name: /^Entities of / });
  await expect(entities).toBeVisible();
  await expect(entities.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  await expect(entities.getByRole('heading', { name: 'Bureau of Research Exports' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Entities' })).toHaveAttribute('aria-current', 'page');

  // Like Search, Entities keeps its place: back from the library, the same entity page shows.
  await nav.getByRole('button', { name: 'Library' }).click();
  await nav.getByRole('button', { name: 'Entities' }).click();
  await expect(entities.getByRole('heading', { name: 'Bureau of Research Exports' })).toBeVisible();
  await entities.getByRole('button', { name: 'Back to entities' }).click();
  await expect(page.getByRole('table', { name: 'Entities' })).toBeVisible();
  await expect(entities.getByRole('heading', { name: 'Bureau of Research Exports' })).toHaveCount(0);
});
