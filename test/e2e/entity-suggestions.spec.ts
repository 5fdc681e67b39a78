/**
 * Entities → Suggestions on the sample case: names found in its documents, the case's own entities
 * among them, accepting one (an entity, then links to the clauses that cover it), cancelling,
 * dismissing (remembered after a reload) and undoing an accept.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { SAMPLE_CASE, expect, openApp, test } from './fixtures';
import { readStore } from './idb';

interface Row {
  id: string;
  caseId: string;
}
type EntityRow = Row & { name: string; type: string; aliases: string[] };
type LinkRow = Row & { clauseId: string; entityId: string; role: string };
type ClauseRow = Row & { label: string; target: { quote: { exact: string } } };

async function sampleCaseId(page: Page): Promise<string> {
  const cases = await readStore<{ id: string; name: string }>(page, 'cases', { includeSample: true });
  return cases.find((c) => c.name === SAMPLE_CASE)!.id;
}
async function sampleRows<T extends Row>(page: Page, store: string): Promise<T[]> {
  const caseId = await sampleCaseId(page);
  return (await readStore<T>(page, store, { includeSample: true })).filter((r) => r.caseId === caseId);
}

/** Makes sure the sample case has an entity "Anthropic" (it ships one; if not, one is written). */
async function ensureKnownEntity(page: Page): Promise<void> {
  if ((await sampleRows<EntityRow>(page, 'entities')).some((e) => e.name === 'Anthropic')) return;
  const caseId = await sampleCaseId(page);
  await page.evaluate(async (id) => {
    const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clausebench');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const at = '2026-07-01T10:00:00.000Z';
    const tx = dbh.transaction('entities', 'readwrite');
    tx.objectStore('entities').put({
      id: 'e2e-anthropic',
      caseId: id,
      name: 'Anthropic',
      type: 'organisation',
      aliases: [],
      description: '',
      createdBy: 'Seeder',
      createdAt: at,
      updatedAt: at,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    dbh.close();
  }, caseId);
  // Written behind the app's back: a reload makes it read the store afresh.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(SAMPLE_CASE);
}

async function openSuggestions(page: Page): Promise<{ suggested: Locator; known: Locator }> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Entities' }).click();
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  const suggested = page.getByRole('table', { name: 'Suggested entities' });
  await expect(suggested).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Finding suggestions' })).toBeHidden();
  return { suggested, known: page.getByRole('table', { name: 'Known entities found in the text' }) };
}

/** The table row whose name button reads exactly `name`. */
const rowOf = (table: Locator, name: string) => table.getByRole('row').filter({ has: table.page().getByRole('button', { name, exact: true }) });

test('suggestions list known entities and new names; accepting one creates it and links the clause that covers it', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  await ensureKnownEntity(page);
  const { suggested, known } = await openSuggestions(page);

  // A name the sample does not ship as an entity, with its type, why, and how often it occurs.
  const eo = rowOf(suggested, 'Executive Order 14320');
  await expect(eo.getByRole('cell')).toHaveText(['Legal instrument', 'executive order', '6', /Accept/]);
  await expect(rowOf(suggested, 'Regulation (EU) 2021/821').getByRole('cell').first()).toHaveText('Legal instrument');
  // An entity the case has is listed as known, not suggested again.
  await expect(rowOf(known, 'Anthropic')).toHaveCount(1);
  await expect(rowOf(suggested, 'Anthropic')).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include('.suggestions-tab').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Its occurrences unfold; one opens the reader on its page.
  await suggested.getByRole('button', { name: 'Executive Order 14320', exact: true }).click();
  const occurrences = page.getByRole('list', { name: 'Occurrences of Executive Order 14320' }).getByRole('button');
  await expect(occurrences).toHaveCount(6);
  // Documents come by title: the chronology note before the study note.
  await expect(occurrences.first()).toContainText(/^Chronology note: .*, page 1/);

  // Cancelling the accept dialog creates nothing.
  const before = (await sampleRows<EntityRow>(page, 'entities')).length;
  await rowOf(suggested, 'Congressional Review Act').getByRole('button', { name: 'Accept Congressional Review Act' }).click();
  const acceptDialog = page.getByRole('dialog', { name: 'Accept suggestion' });
  await expect(acceptDialog.getByLabel('Name')).toHaveValue('Congressional Review Act');
  await acceptDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(acceptDialog).toBeHidden();
  expect(await sampleRows<EntityRow>(page, 'entities')).toHaveLength(before);
  await expect(rowOf(suggested, 'Congressional Review Act')).toHaveCount(1);

  // Accept: the dialog comes prefilled; the entity is made; the covering clause is proposed and linked.
  await eo.getByRole('button', { name: 'Accept Executive Order 14320' }).click();
  await expect(acceptDialog.getByLabel('Name')).toHaveValue('Executive Order 14320');
  await expect(acceptDialog.getByLabel('Type')).toHaveValue('instrument');
  await expect(acceptDialog.getByLabel('Aliases')).toHaveValue(/EO 14320/);
  await acceptDialog.getByRole('button', { name: 'Create entity' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Link clauses' });
  const clauseBox = linkDialog.getByRole('checkbox');
  await expect(clauseBox).toHaveCount(1);
  await expect(clauseBox).toBeChecked();
  await expect(linkDialog.getByRole('group', { name: 'Clauses' })).toContainText('¶ 15');
  await expect(linkDialog.getByLabel('Role')).toHaveValue('mentions');
  await linkDialog.getByRole('button', { name: 'Link 1 clause' }).click();
  await expect(linkDialog).toBeHidden();

  const made = (await sampleRows<EntityRow>(page, 'entities')).find((e) => e.name === 'Executive Order 14320');
  expect(made).toMatchObject({ type: 'instrument', aliases: expect.arrayContaining(['EO 14320']) });
  const clause = (await sampleRows<ClauseRow>(page, 'clauses')).find(
    (c) => c.label === '¶ 15' && c.target.quote.exact.includes('Executive Order 14320'),
  );
  const links = (await sampleRows<LinkRow>(page, 'links')).filter((l) => l.entityId === made!.id);
  expect(links.map((l) => [l.clauseId, l.role])).toEqual([[clause!.id, 'mentions']]);

  // Now it is a known entity, its one covering clause linked.
  await expect(rowOf(suggested, 'Executive Order 14320')).toHaveCount(0);
  await expect(rowOf(known, 'Executive Order 14320')).toContainText('all linked');
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByRole('table', { name: 'Entities' })).toContainText('Executive Order 14320');

  // An occurrence opens the reader on its page.
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  await suggested.getByRole('button', { name: 'Regulation (EU) 2021/821', exact: true }).click();
  const occurrence = page.getByRole('list', { name: 'Occurrences of Regulation (EU) 2021/821' }).getByRole('button').first();
  await expect(occurrence).toContainText('page 1');
  await occurrence.click();
  const viewer = page.getByRole('region', { name: 'Document viewer' });
  await expect(viewer).toBeVisible();
  await expect(page.getByLabel('Page', { exact: true })).toHaveValue('1');
  await expect(viewer.locator('[data-page-number="1"] .textLayer')).toContainText('Regulation (EU) 2021/821');
});

test('a dismissed suggestion stays hidden after a reload; an accept is undone with its links; a clash offers an alias', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  let { suggested } = await openSuggestions(page);
  await rowOf(suggested, 'Wassenaar Arrangement').getByRole('button', { name: 'Dismiss Wassenaar Arrangement' }).click();
  await expect(rowOf(suggested, 'Wassenaar Arrangement')).toHaveCount(0);
  await expect(page.getByText('Dismissed suggestions (1)')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(SAMPLE_CASE);
  ({ suggested } = await openSuggestions(page));
  await expect(rowOf(suggested, 'Regulation (EU) 2021/821')).toHaveCount(1);
  await expect(rowOf(suggested, 'Wassenaar Arrangement')).toHaveCount(0);
  // Brought back from the dismissed list.
  await page.getByText('Dismissed suggestions (1)').click();
  await page.getByRole('button', { name: 'Show Wassenaar Arrangement again' }).click();
  await expect(rowOf(suggested, 'Wassenaar Arrangement')).toHaveCount(1);

  // Accept with a link, then undo both: no entity and no link is left.
  await rowOf(suggested, 'Executive Order 14320').getByRole('button', { name: 'Accept Executive Order 14320' }).click();
  await page.getByRole('dialog', { name: 'Accept suggestion' }).getByRole('button', { name: 'Create entity' }).click();
  await page.getByRole('dialog', { name: 'Link clauses' }).getByRole('button', { name: 'Link 1 clause' }).click();
  const made = (await sampleRows<EntityRow>(page, 'entities')).find((e) => e.name === 'Executive Order 14320')!;
  await expect.poll(async () => (await sampleRows<LinkRow>(page, 'links')).filter((l) => l.entityId === made.id).length).toBe(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await sampleRows<LinkRow>(page, 'links')).filter((l) => l.entityId === made.id).length).toBe(0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await sampleRows<EntityRow>(page, 'entities')).some((e) => e.id === made.id)).toBe(false);
  await expect(rowOf(suggested, 'Executive Order 14320')).toHaveCount(1);

  // Told that a suggestion is the department the case has: offered as its alias, not a second entity.
  const department = (await sampleRows<EntityRow>(page, 'entities')).find((e) => e.aliases.includes('Department of Commerce'));
  expect(department, 'the sample ships the Department of Commerce as an entity').toBeDefined();
  await rowOf(suggested, 'Office of the Secretary').getByRole('button', { name: 'Accept Office of the Secretary' }).click();
  const acceptDialog = page.getByRole('dialog', { name: 'Accept suggestion' });
  await acceptDialog.getByLabel('Aliases').fill('Department of Commerce');
  await acceptDialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(acceptDialog.getByRole('alert')).toContainText(`already has “${department!.name}”`);
  await acceptDialog.getByRole('button', { name: `Add as alias of “${department!.name}”` }).click();
  await expect(acceptDialog).toBeHidden();
  const linkDialog = page.getByRole('dialog', { name: 'Link clauses' });
  if (await linkDialog.isVisible()) await linkDialog.getByRole('button', { name: 'Not now' }).click();
  await expect
    .poll(async () => (await sampleRows<EntityRow>(page, 'entities')).find((e) => e.id === department!.id)?.aliases)
    .toContain('Office of the Secretary');
  expect((await sampleRows<EntityRow>(page, 'entities')).filter((e) => e.name === 'Office of the Secretary')).toEqual([]);
  await expect(rowOf(suggested, 'Office of the Secretary')).toHaveCount(0);

  // In "All cases" there is nothing to suggest into: the tab says to choose a case.
  await page.getByRole('combobox', { name: 'Case' }).selectOption({ label: 'All cases' });
  await expect(page.getByText('Choose a case to see the names its documents suggest')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Suggested entities' })).toHaveCount(0);
});
