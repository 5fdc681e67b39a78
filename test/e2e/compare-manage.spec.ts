/**
 * Managing comparisons and their parts (issue 7/7, parts 1–2): several comparisons per case, the
 * one chosen remembered per case; new, rename and delete with undo; regimes and questions added,
 * edited and deleted (the delete counts the cells that go; undo brings them back); "All cases".
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { readStore } from './idb';
import {
  COMPARISON,
  Q,
  cellOf,
  comparisonSelect,
  matrix,
  openCompare,
  questionMenu,
  regimeMenu,
  regimeOrder,
  seedCompareCase,
} from './compareSupport';

const count = async (page: Page, store: string) => (await readStore(page, store)).length;

test('comparisons are made, chosen (remembered), renamed and deleted with undo', async ({ page }) => {
  await openApp(page);
  await seedCompareCase(page);
  await openCompare(page);

  await page.getByRole('button', { name: 'New comparison' }).click();
  const titleDialog = page.getByRole('dialog', { name: 'New comparison' });
  await titleDialog.getByLabel('Title').fill('AI model weights');
  await titleDialog.getByRole('button', { name: 'Create comparison' }).click();
  await expect(comparisonSelect(page).locator('option:checked')).toHaveText('AI model weights');
  await expect(page.getByText('This comparison is empty.')).toBeVisible();

  // Add a regime and a question: the matrix appears with one empty cell.
  await page.getByRole('button', { name: 'Add regime' }).click();
  const regimeDialog = page.getByRole('dialog', { name: 'Add regime' });
  await regimeDialog.getByLabel('Name').fill('United Kingdom');
  await regimeDialog.getByLabel('Jurisdiction').fill('UK');
  await regimeDialog.getByLabel('Status').fill('In force');
  await regimeDialog.getByLabel('Instruments').fill('Export Control Order 2008\nExport Control Act 2002');
  await regimeDialog.getByRole('button', { name: 'Add regime' }).click();
  await page.getByRole('button', { name: 'Add question' }).click();
  const questionDialog = page.getByRole('dialog', { name: 'Add question' });
  await questionDialog.getByLabel('Question').fill('Are weights controlled?');
  await questionDialog.getByLabel('Group').fill('Technology');
  await questionDialog.getByRole('button', { name: 'Add question' }).click();
  await expect(matrix(page).getByRole('columnheader', { name: /United Kingdom/ })).toContainText('UK · In force');
  await expect(matrix(page).getByRole('rowheader', { name: /Are weights controlled/ })).toBeVisible();
  const uk = (await readStore<{ id: string; name: string; instruments: string[] }>(page, 'regimes')).find((r) => r.name === 'United Kingdom')!;
  expect(uk.instruments).toEqual(['Export Control Order 2008', 'Export Control Act 2002']);

  // The choice is remembered per case: across a trip to the library and a reload.
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Library' }).click();
  await openCompare(page);
  await expect(comparisonSelect(page).locator('option:checked')).toHaveText('AI model weights');
  await comparisonSelect(page).selectOption({ label: COMPARISON });
  // The choice is stored a moment after it shows; reload only once it is (as closing the app would).
  const chosen = (await readStore<{ id: string; caseId: string; title: string }>(page, 'comparisons')).find((c) => c.title === COMPARISON)!;
  await expect
    .poll(
      async () =>
        (await readStore<{ key: string; value: unknown }>(page, 'settings', { includeSample: true })).find(
          (r) => r.key === `compare.comparison.${chosen.caseId}`,
        )?.value,
    )
    .toBe(chosen.id);
  await page.reload();
  await openCompare(page);
  await expect(comparisonSelect(page).locator('option:checked')).toHaveText(COMPARISON);
  await comparisonSelect(page).selectOption({ label: 'AI model weights' });

  await page.getByRole('button', { name: 'Rename comparison' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename comparison' });
  await expect(rename.getByLabel('Title')).toHaveValue('AI model weights');
  await rename.getByLabel('Title').fill('Model weights');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(comparisonSelect(page).locator('option:checked')).toHaveText('Model weights');

  await page.getByRole('button', { name: 'Delete comparison' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete comparison' });
  await expect(confirm).toContainText('with its 1 regime, 1 question and 0 cells');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(comparisonSelect(page).locator('option')).toHaveText([COMPARISON]);
  await expect.poll(() => count(page, 'comparisons')).toBe(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(comparisonSelect(page).locator('option')).toHaveText([COMPARISON, 'Model weights']);
  await expect.poll(() => count(page, 'regimes')).toBe(4);

  // "All cases": a note, since every comparison belongs to one case.
  await page.getByRole('combobox', { name: 'Case' }).selectOption({ label: 'All cases' });
  await expect(page.getByText('Choose a case in the Case switcher to see its comparisons')).toBeVisible();
});

test('regimes and questions are edited and deleted (cells counted) with undo', async ({ page }) => {
  await openApp(page);
  await seedCompareCase(page);
  await openCompare(page);

  await regimeMenu(page, 'EAR', 'Edit regime…');
  const edit = page.getByRole('dialog', { name: 'Edit regime' });
  await expect(edit.getByLabel('Instruments')).toHaveValue('15 CFR 734.13');
  await edit.getByLabel('Name').fill('EAR deemed exports');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EAR deemed exports', 'EU 2021/821']);

  await regimeMenu(page, 'EAR deemed exports', 'Delete regime…');
  const confirmRegime = page.getByRole('dialog', { name: 'Delete regime' });
  await expect(confirmRegime).toContainText('and its 3 cells');
  await confirmRegime.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EU 2021/821']);
  await expect.poll(() => count(page, 'cells')).toBe(5);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => regimeOrder(page)).toEqual(['The order', 'EAR deemed exports', 'EU 2021/821']);
  await expect.poll(() => count(page, 'cells')).toBe(8);
  await expect(cellOf(page, 'r-ear', Q.trigger)).toContainText('Location');

  await questionMenu(page, Q.persons, 'Edit question…');
  const editQuestion = page.getByRole('dialog', { name: 'Edit question' });
  await editQuestion.getByLabel('Question').fill('Who is a foreign person?');
  await editQuestion.getByRole('button', { name: 'Save' }).click();
  await expect(matrix(page).getByRole('rowheader', { name: /Who is a foreign person/ })).toBeVisible();
  await questionMenu(page, 'Who is a foreign person?', 'Move up');
  await expect(matrix(page).getByRole('rowheader').first()).toContainText('Who is a foreign person?');

  await questionMenu(page, 'Who is a foreign person?', 'Delete question…');
  const confirmQuestion = page.getByRole('dialog', { name: 'Delete question' });
  await expect(confirmQuestion).toContainText('and its 2 cells');
  await confirmQuestion.getByRole('button', { name: 'Delete' }).click();
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(3);
  await expect.poll(() => count(page, 'cells')).toBe(8);
});
