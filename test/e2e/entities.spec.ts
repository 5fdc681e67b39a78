/**
 * Entities (issue 6/7, parts 1–3) in the sample case, through the user's door: make entities in the
 * "Entities" table, link them to clauses from the reader's clause dialog and from the entity's
 * page, open a linked clause in the reader, merge (asked when a name clashes, or chosen), delete
 * with a confirmation that counts the links. Names are distinctive: the sample ships entities too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Clause, Entity, Link } from '../../src/renderer/src/core/types';
import { clausesList, dragSelect } from './clauseSupport';
import { expect, openApp, test } from './fixtures';
import { readStore } from './idb';
import { openFromLibrary, pageElement } from './readerSupport';

const ORDER = /^Reconstruction: Executive Order/;

function nav(page: Page, name: 'Library' | 'Entities') {
  return page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name });
}

function entitiesTable(page: Page) {
  return page.getByRole('table', { name: 'Entities' });
}

function entityRow(page: Page, name: string) {
  return entitiesTable(page)
    .locator('tbody tr')
    .filter({ has: page.getByRole('button', { name, exact: true }) });
}

async function newEntity(page: Page, fields: { name: string; type?: string; aliases?: string }): Promise<void> {
  await page.getByRole('button', { name: 'New entity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByLabel('Name').fill(fields.name);
  if (fields.type) await dialog.getByLabel('Type').selectOption({ label: fields.type });
  if (fields.aliases) await dialog.getByLabel('Aliases').fill(fields.aliases);
  await dialog.getByRole('button', { name: 'Create entity' }).click();
}

async function openEntityPage(page: Page, name: string): Promise<void> {
  await entitiesTable(page).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** Links a clause from the entity page's "Link a clause" form: the first clause the search finds. */
async function linkFromPage(page: Page, search: string, role: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Link a clause' });
  await form.getByLabel('Find clause').fill(search);
  const list = form.getByRole('listbox', { name: 'Clause' });
  await expect(list.getByRole('option')).not.toHaveCount(0);
  await list.selectOption({ index: 0 });
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Link clause' }).click();
}

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe violations with ${what}`).toEqual([]);
}

async function sampleClause(page: Page, documentTitle: RegExp, label: string): Promise<Clause> {
  const docs = await readStore<{ id: string; title: string }>(page, 'documents', { includeSample: true });
  const doc = docs.find((d) => documentTitle.test(d.title));
  const clause = (await readStore<Clause>(page, 'clauses', { includeSample: true })).find((c) => c.documentId === doc?.id && c.label === label);
  if (!clause) throw new Error(`No sample clause ${label}`);
  return clause;
}

test('an entity linked from the clause dialog lists the clause on its page; a click opens the reader on its highlight', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  await nav(page, 'Entities').click();
  await newEntity(page, { name: 'Test Agency Alpha', type: 'Government agency', aliases: 'TAA' });
  await expect(entityRow(page, 'Test Agency Alpha')).toContainText('Government agency');
  await expect(entityRow(page, 'Test Agency Alpha')).toContainText('TAA');

  // In the reader: link a stored clause from its "Edit clause" dialog.
  await nav(page, 'Library').click();
  await openFromLibrary(page, ORDER);
  await page.getByLabel('Filter clauses').fill('Sec. 3(a)');
  await page.getByRole('button', { name: 'Edit Sec. 3(a)' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit clause' });
  await edit.getByLabel('Link entity').selectOption({ label: 'Test Agency Alpha' });
  await edit.getByLabel('Role').selectOption({ label: 'Restricts' });
  await edit.getByLabel('Link note').fill('The bar on sharing');
  await edit.getByRole('button', { name: 'Add link' }).click();
  await expect(edit.getByRole('list', { name: 'Links' })).toContainText('Test Agency Alpha · Restricts');
  await edit.getByRole('button', { name: 'Save clause' }).click();
  await expect(edit).toBeHidden();
  const sec3a = await sampleClause(page, ORDER, 'Sec. 3(a)');
  const alpha = (await readStore<Entity>(page, 'entities', { includeSample: true })).find((e) => e.name === 'Test Agency Alpha')!;
  let links = (await readStore<Link>(page, 'links', { includeSample: true })).filter((l) => l.entityId === alpha.id);
  expect(links.map((l) => [l.clauseId, l.role, l.note])).toEqual([[sec3a.id, 'restricts', 'The bar on sharing']]);

  // A new clause: the link chosen in "New clause" is written once the clause is saved.
  await page.getByLabel('Filter clauses').fill('');
  await expect(pageElement(page, 1).locator('.textLayer span').first()).toBeAttached();
  await dragSelect(page, { page: 1, text: 'The policy of the United States' }, { page: 1, text: 'the policy aim as reported).' });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  const made = page.getByRole('dialog', { name: 'New clause' });
  await made.getByLabel('Label').fill('Policy (test)');
  await made.getByLabel('Link entity').selectOption({ label: 'Test Agency Alpha' });
  await made.getByLabel('Role').selectOption({ label: 'Mentions' });
  await made.getByRole('button', { name: 'Add link' }).click();
  await expect(made.getByRole('list', { name: 'Links' })).toContainText('Test Agency Alpha · Mentions');
  expect((await readStore<Link>(page, 'links', { includeSample: true })).filter((l) => l.entityId === alpha.id)).toHaveLength(1);
  await made.getByRole('button', { name: 'Save clause' }).click();
  await expect(made).toBeHidden();
  const policy = (await readStore<Clause>(page, 'clauses', { includeSample: true })).find((c) => c.label === 'Policy (test)')!;
  links = (await readStore<Link>(page, 'links', { includeSample: true })).filter((l) => l.entityId === alpha.id);
  expect(links.map((l) => [l.clauseId, l.role]).sort()).toEqual(
    [
      [policy.id, 'mentions'],
      [sec3a.id, 'restricts'],
    ].sort(),
  );

  // The entity's page: counts per role, the clauses by role with quote and citation.
  await nav(page, 'Entities').click();
  await openEntityPage(page, 'Test Agency Alpha');
  const counts = page.getByRole('list', { name: 'Links by role' });
  await expect(counts).toContainText('Restricts: 1');
  await expect(counts).toContainText('Mentions: 1');
  const restricts = page.getByRole('list', { name: /^Restricts: Reconstruction: Executive Order/ });
  await expect(restricts).toContainText('No covered developer shall share a covered model');
  await expect(restricts).toContainText('§ 3(a)');
  await expect(restricts).toContainText('The bar on sharing');

  // A click opens the reader with the clause selected: its highlight drawn, its list item selected.
  await restricts.getByRole('button', { name: /^Open clause Sec\. 3\(a\)/ }).click();
  await expect(page.getByRole('region', { name: 'Document viewer' })).toBeVisible();
  await expect(page.locator(`.cb-hl[data-clause-id="${sec3a.id}"]`).first()).toBeVisible();
  await expect(clausesList(page).locator(`li[data-clause-id="${sec3a.id}"]`)).toHaveClass(/\bselected\b/);
});

test('a clashing name asks to merge; a merge keeps both sets of links; delete counts the links and undo brings them back', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  await nav(page, 'Entities').click();
  await newEntity(page, { name: 'Test Agency Alpha', type: 'Government agency', aliases: 'TAA' });
  await newEntity(page, { name: 'Test Bureau Beta', type: 'Government agency' });
  await expect(entityRow(page, 'Test Bureau Beta')).toBeVisible();
  await expectNoSeriousViolations(page, 'the Entities table');

  await openEntityPage(page, 'Test Agency Alpha');
  await linkFromPage(page, 'Sec. 3(a) Executive Order', 'Restricts');
  await expect(page.getByRole('list', { name: 'Links by role' })).toContainText('Restricts: 1');
  await page.getByRole('button', { name: 'Back to entities' }).click();
  await openEntityPage(page, 'Test Bureau Beta');
  await linkFromPage(page, 'Sec. 4(a) Executive Order', 'Authorises');
  await expect(page.getByRole('list', { name: 'Links by role' })).toContainText('Authorises: 1');
  await page.getByRole('button', { name: 'Back to entities' }).click();

  // A new entity whose alias another already answers to ("taa" = "TAA"): asked, then merged in.
  await page.getByRole('button', { name: 'New entity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByLabel('Name').fill('Alpha Testing Agency');
  await dialog.getByLabel('Aliases').fill('taa');
  await dialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog.getByRole('alert')).toContainText('“Test Agency Alpha” already answers to “taa”');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toBeHidden();
  await expect(entitiesTable(page).getByRole('button', { name: 'Alpha Testing Agency', exact: true })).toHaveCount(0);
  await expect(entityRow(page, 'Test Agency Alpha')).toContainText('Alpha Testing Agency');

  // Merge Beta into Alpha, from the keyboard (M on the focused row): Alpha survives with both links.
  await expect(entitiesTable(page).getByRole('button', { name: 'Merge Test Bureau Beta' })).toHaveAttribute('aria-keyshortcuts', 'M');
  const beta = entityRow(page, 'Test Bureau Beta');
  await beta.locator('td.entity-col-type').click();
  await expect(beta).toBeFocused();
  await page.keyboard.press('m');
  const merge = page.getByRole('dialog', { name: 'Merge entities' });
  await merge.getByLabel('Merge with').selectOption({ label: 'Test Agency Alpha (Government agency, 1 link)' });
  await merge.getByLabel('Keep “Test Agency Alpha”').check();
  await expect(merge).toContainText('“Test Agency Alpha” survives');
  await expectNoSeriousViolations(page, 'Merge entities open');
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await expect(entitiesTable(page).getByRole('button', { name: 'Test Bureau Beta', exact: true })).toHaveCount(0);
  await expect(entityRow(page, 'Test Agency Alpha').locator('td.entity-col-links')).toHaveText('2');
  await openEntityPage(page, 'Test Agency Alpha');
  await expect(page.getByText('Also known as: TAA; Alpha Testing Agency; Test Bureau Beta')).toBeVisible();
  const counts = page.getByRole('list', { name: 'Links by role' });
  await expect(counts).toContainText('Restricts: 1');
  await expect(counts).toContainText('Authorises: 1');
  await expect(page.getByRole('button', { name: /^Open clause Sec\. 3\(a\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open clause Sec\. 4\(a\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back to entities' }).click();

  // Delete from the keyboard: the confirmation counts the links; none is left dangling.
  const row = entityRow(page, 'Test Agency Alpha');
  await row.locator('td.entity-col-type').click();
  await expect(row).toBeFocused();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete entity' });
  await expect(confirm).toContainText('Delete “Test Agency Alpha”? Its 2 links to clauses will be deleted with it.');
  await expectNoSeriousViolations(page, 'Delete entity open');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
  const alphaGone = (await readStore<Entity>(page, 'entities', { includeSample: true })).filter((e) => e.name.startsWith('Test '));
  expect(alphaGone).toEqual([]);
  const entityIds = new Set((await readStore<Entity>(page, 'entities', { includeSample: true })).map((e) => e.id));
  expect((await readStore<Link>(page, 'links', { includeSample: true })).filter((l) => !entityIds.has(l.entityId))).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entityRow(page, 'Test Agency Alpha').locator('td.entity-col-links')).toHaveText('2');

  // Enter on the focused row opens its page.
  await entityRow(page, 'Test Agency Alpha').locator('td.entity-col-type').click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Test Agency Alpha' })).toBeVisible();
});

test('an edit whose alias clashes merges the other in; an orphaned clause stays listed, marked; "All cases" makes no entity; axe passes', async ({
  page,
}) => {
  await openApp(page, { stayInSample: true });
  await nav(page, 'Entities').click();
  await newEntity(page, { name: 'Test Agency Alpha', type: 'Government agency' });
  await openEntityPage(page, 'Test Agency Alpha');
  await linkFromPage(page, 'Sec. 3(a) Executive Order', 'Restricts');
  await expect(page.getByRole('list', { name: 'Links by role' })).toContainText('Restricts: 1');
  await expectNoSeriousViolations(page, 'an entity page');
  await page.getByRole('button', { name: 'Back to entities' }).click();
  await newEntity(page, { name: 'Test Bureau Beta', type: 'Government agency' });

  // Editing Beta to answer to Alpha's name: asked, and the edited entity survives with Alpha's link.
  await page.getByRole('button', { name: 'Edit Test Bureau Beta' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit entity' });
  await edit.getByLabel('Aliases').fill('the test agency alpha');
  await edit.getByRole('button', { name: 'Save entity' }).click();
  await expect(edit.getByRole('alert')).toContainText('“Test Agency Alpha” already answers to “the test agency alpha”');
  await expectNoSeriousViolations(page, 'the name clash question');
  await edit.getByRole('button', { name: 'Merge' }).click();
  await expect(edit).toBeHidden();
  await expect(entitiesTable(page).getByRole('button', { name: 'Test Agency Alpha', exact: true })).toHaveCount(0);
  await expect(entityRow(page, 'Test Bureau Beta').locator('td.entity-col-links')).toHaveText('1');

  // The clause's words were lost (as when a new version drops them): it is orphaned, not hidden.
  const sec3a = await sampleClause(page, ORDER, 'Sec. 3(a)');
  await page.evaluate(async (id) => {
    const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clausebench');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = dbh.transaction('clauses', 'readwrite').objectStore('clauses');
    await new Promise<void>((resolve, reject) => {
      const get = store.get(id);
      get.onsuccess = () => {
        const put = store.put({ ...get.result, anchorStatus: 'orphaned' });
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
    });
    dbh.close();
  }, sec3a.id);
  // A fresh start, so the app reads what was written behind its back (its live queries cache).
  await page.reload();
  await expect(page.getByRole('table', { name: 'Documents' })).toBeVisible();
  await nav(page, 'Entities').click();
  await openEntityPage(page, 'Test Bureau Beta');
  const item = page.locator(`.entity-clause[data-clause-id="${sec3a.id}"]`);
  await expect(item.getByRole('button', { name: /^Open clause Sec\. 3\(a\), orphaned/ })).toBeVisible();
  await expect(item.getByText('orphaned', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to entities' }).click();

  await page.getByRole('combobox', { name: 'Case' }).selectOption({ label: 'All cases' });
  await expect(page.getByRole('button', { name: 'New entity' })).toBeDisabled();
  await expect(page.getByText('Choose a case in the Case switcher to add entities')).toBeVisible();
  await expect(entitiesTable(page).getByRole('columnheader', { name: 'Case' })).toBeVisible();
  await expect(entityRow(page, 'Test Bureau Beta')).toContainText('Legion export-control dispute (sample)');
  await expectNoSeriousViolations(page, 'the Entities table of all cases');
});

test('documents naming an entity with no linked clause are listed; a click opens the first page naming it, found', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  await nav(page, 'Entities').click();
  await newEntity(page, { name: 'Test Reach Rule', type: 'Other', aliases: 'extra-territorial application' });
  await openEntityPage(page, 'Test Reach Rule');
  const mentions = page.getByRole('list', { name: 'Mentioned without a linked clause' });
  await expect(mentions.getByRole('listitem')).toHaveCount(1);
  await expect(mentions).toContainText('“extra-territorial application”, first on page');
  await mentions.getByRole('button', { name: /^Study note: Malaysia/ }).click();
  await expect(page.getByRole('region', { name: 'Document viewer' })).toBeVisible();
  const highlight = page.locator('.pdfViewer .textLayer .highlight');
  await expect(highlight.first()).toBeVisible();
  await expect(highlight.first()).toHaveText(/extra/i);

  // Back from the reader, Entities shows the same entity page (the workspace keeps its place).
  await nav(page, 'Entities').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Test Reach Rule' })).toBeVisible();
  // Once a clause of that document is linked, the document is no longer listed as a mere mention.
  await linkFromPage(page, 'extra-territorial', 'Mentions');
  await expect(page.getByRole('list', { name: 'Links by role' })).toContainText('Mentions: 1');
  await expect(page.getByText('No other document of the case names it.')).toBeVisible();
});
