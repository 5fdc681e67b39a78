/**
 * Evidence for comparison cells and clause against clause (issue 7/7, parts 2 and 4): "Use as
 * evidence for…" on a clause in the reader adds it to the chosen cell (making the cell when there
 * is none, with undo); a case without a comparison says so; the cell editor's "Attach evidence"
 * picker finds clauses and attaches them after the cell's earlier evidence; "Compare two clauses"
 * shows two clauses side by side with a word-level diff marked by <del> and <ins>.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { readStore } from './idb';
import { expectNoSeriousViolations, expectReaderOn, seedCase, seedClause, type SeedDocument, type SeedRows } from './entityMapSupport';
import { openFromLibrary } from './readerSupport';

const ORDER = 'Order on covered models';
const NOTE = 'EAR study note';
const ORDER_DEFINITION = 'A covered person is any foreign national, wherever located.';
const EAR_NOTE = 'A foreign person is any foreign national located in the United States.';

const BY = { createdBy: 'Seeder', createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z' };

const DOCUMENTS: SeedDocument[] = [
  {
    fileName: 'order.pdf',
    title: ORDER,
    kind: 'executive-order',
    date: '2026-06-01',
    lines: ['Sec. 2(a).', ORDER_DEFINITION, 'Sec. 3. Nothing more.'],
  },
  // A letter by its kind, but its footer marks it an illustrative study document: secondary.
  {
    fileName: 'note.pdf',
    title: NOTE,
    kind: 'agency-letter',
    date: '2026-06-02',
    lines: ['Note on 734.13(b).', EAR_NOTE, 'ILLUSTRATIVE STUDY DOCUMENT'],
  },
];

/** A comparison with two regimes and two questions; only (EAR, who) has a cell, citing the note. */
const ROWS: SeedRows = {
  clauses: [
    seedClause('ev-order', 'order.pdf', ORDER_DEFINITION, { type: 'definition', label: 'Sec. 2(a)' }),
    seedClause('ev-note', 'note.pdf', EAR_NOTE, { type: 'definition', label: '734.13(b) note' }),
  ],
  comparisons: [{ id: 'ev-cmp', caseId: '$case', title: 'Deemed exports', ...BY }],
  regimes: [
    {
      id: 'ev-eo',
      caseId: '$case',
      comparisonId: 'ev-cmp',
      name: 'Executive order',
      jurisdiction: 'US',
      status: 'in force',
      instruments: [],
      order: 0,
      ...BY,
    },
    {
      id: 'ev-ear',
      caseId: '$case',
      comparisonId: 'ev-cmp',
      name: 'EAR deemed exports',
      jurisdiction: 'US',
      status: 'in force',
      instruments: [],
      order: 1,
      ...BY,
    },
  ],
  dimensions: [
    { id: 'ev-trigger', caseId: '$case', comparisonId: 'ev-cmp', question: 'What triggers control?', group: 'Scope', order: 0, ...BY },
    { id: 'ev-who', caseId: '$case', comparisonId: 'ev-cmp', question: 'Who counts as a foreign person?', group: 'Persons', order: 1, ...BY },
  ],
  cells: [
    {
      id: 'ev-cell',
      caseId: '$case',
      comparisonId: 'ev-cmp',
      regimeId: 'ev-ear',
      dimensionId: 'ev-who',
      answer: 'Foreign nationals in the US',
      detail: '',
      evidenceClauseIds: ['ev-note'],
      status: 'paraphrased',
      ...BY,
    },
  ],
};

interface StoredCell {
  id: string;
  regimeId: string;
  dimensionId: string;
  evidenceClauseIds: string[];
  status: string;
}

async function cellAt(page: Page, regimeId: string, dimensionId: string): Promise<StoredCell | undefined> {
  return (await readStore<StoredCell>(page, 'cells')).find((c) => c.regimeId === regimeId && c.dimensionId === dimensionId);
}

function clausesList(page: Page) {
  return page.getByRole('list', { name: 'Clauses' });
}

async function useAsEvidence(page: Page, clauseName: string) {
  await clausesList(page)
    .getByRole('button', { name: `Use ${clauseName} as evidence for…` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Use as evidence' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('“Use as evidence for…” in the reader adds the clause to a cell, makes a missing cell, and undoes', async ({ page }) => {
  await openApp(page);
  await seedCase(page, 'Evidence matter', DOCUMENTS, ROWS);
  await openFromLibrary(page, ORDER);
  await expectReaderOn(page, ORDER);

  // An existing cell: its answer and evidence count are shown before adding.
  let dialog = await useAsEvidence(page, 'Sec. 2(a)');
  await expect(dialog.getByText(ORDER_DEFINITION)).toBeVisible();
  await expect(dialog.getByLabel('Comparison')).toHaveValue('ev-cmp');
  await dialog.getByLabel('Regime').selectOption({ label: 'EAR deemed exports' });
  await dialog.getByLabel('Question').selectOption({ label: 'Who counts as a foreign person?' });
  const current = dialog.getByRole('region', { name: 'Current cell' });
  await expect(current).toContainText('Foreign nationals in the US');
  await expect(current).toContainText('1 clause');
  await page.screenshot({ path: test.info().outputPath('use-as-evidence.png') });
  await expectNoSeriousViolations(page, 'the “Use as evidence” dialog');
  await dialog.getByRole('button', { name: 'Add evidence' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added as evidence for EAR deemed exports — Who counts as a foreign person?' }),
  ).toBeVisible();
  // After the note (earlier evidence stays first); a primary order makes the cell sourced.
  await expect.poll(async () => (await cellAt(page, 'ev-ear', 'ev-who'))?.evidenceClauseIds).toEqual(['ev-note', 'ev-order']);
  expect((await cellAt(page, 'ev-ear', 'ev-who'))?.status).toBe('sourced');

  // The same cell again (remembered): nothing to add twice.
  dialog = await useAsEvidence(page, 'Sec. 2(a)');
  await expect(dialog.getByLabel('Regime')).toHaveValue('ev-ear');
  await expect(dialog.getByRole('region', { name: 'Current cell' })).toContainText('2 clauses');
  await expect(dialog.getByText('This clause is already evidence for this cell.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Add evidence' })).toBeDisabled();

  // A regime with no cell for the question: the cell is made, and Undo takes it away again.
  await dialog.getByLabel('Regime').selectOption({ label: 'Executive order' });
  await dialog.getByLabel('Question').selectOption({ label: 'What triggers control?' });
  await expect(dialog.getByRole('region', { name: 'Current cell' })).toContainText('No cell yet');
  await dialog.getByRole('button', { name: 'Add evidence' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await cellAt(page, 'ev-eo', 'ev-trigger'))?.evidenceClauseIds).toEqual(['ev-order']);
  const toast = page.getByRole('status').filter({ hasText: 'Added as evidence for Executive order — What triggers control?' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => cellAt(page, 'ev-eo', 'ev-trigger')).toBeUndefined();
  expect((await cellAt(page, 'ev-ear', 'ev-who'))?.evidenceClauseIds).toEqual(['ev-note', 'ev-order']);
});

test('a case without a comparison says so and offers nothing to add', async ({ page }) => {
  await openApp(page);
  await seedCase(page, 'No comparison matter', DOCUMENTS.slice(0, 1), { clauses: ROWS.clauses!.slice(0, 1) });
  await openFromLibrary(page, ORDER);
  const dialog = await useAsEvidence(page, 'Sec. 2(a)');
  await expect(dialog.getByRole('status')).toHaveText(/This case has no comparison yet/);
  await expect(dialog.getByRole('button', { name: 'Add evidence' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(await readStore(page, 'cells')).toEqual([]);
});

async function openCompare(page: Page) {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('grid', { name: 'Regime comparison' })).toBeVisible();
}

test('the evidence picker finds clauses by their words, shows each source’s kind, and attaches after the earlier evidence', async ({ page }) => {
  await openApp(page);
  await seedCase(page, 'Picker matter', DOCUMENTS, ROWS);
  await openCompare(page);
  await page.locator('tr[data-dimension-id="ev-who"] td[data-regime-id="ev-ear"]').dblclick();
  const editor = page.getByRole('dialog', { name: 'Edit cell' });
  await editor.getByRole('button', { name: 'Attach evidence…' }).click();
  const picker = page.getByRole('dialog', { name: 'Attach evidence' });
  await expect(picker).toBeVisible();

  // Grouped by document, each with its kind; the cell's evidence already checked.
  const orderGroup = picker.getByRole('group', { name: ORDER });
  const noteGroup = picker.getByRole('group', { name: NOTE });
  await expect(orderGroup).toContainText('Primary text');
  await expect(noteGroup).toContainText('Secondary (paraphrase)');
  await expect(noteGroup.getByRole('checkbox', { name: /734\.13\(b\) note/ })).toBeChecked();
  await expect(orderGroup.getByRole('checkbox', { name: /Sec\. 2\(a\)/ })).not.toBeChecked();
  await expect(picker.getByRole('status')).toHaveText('2 of 2 clauses; 1 chosen.');

  // Words of the quote narrow the list to the order's definition.
  await picker.getByRole('searchbox', { name: 'Find clauses' }).fill('wherever located');
  await expect(picker.getByRole('checkbox')).toHaveCount(1);
  await expect(noteGroup).toHaveCount(0);
  await picker.getByRole('searchbox', { name: 'Find clauses' }).fill('nothing like this');
  await expect(picker.getByRole('status')).toHaveText('No clause matches.');
  // The document's title finds its clauses too.
  await picker.getByRole('searchbox', { name: 'Find clauses' }).fill('covered models');
  await orderGroup.getByRole('checkbox', { name: /Sec\. 2\(a\)/ }).check();
  await expect(picker.getByRole('status')).toHaveText('1 of 2 clauses; 2 chosen.');
  await page.screenshot({ path: test.info().outputPath('attach-evidence.png') });
  await expectNoSeriousViolations(page, 'the evidence picker');
  await picker.getByRole('button', { name: 'Attach' }).click();
  await expect(picker).toBeHidden();

  await expect(editor.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(2);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect.poll(async () => (await cellAt(page, 'ev-ear', 'ev-who'))?.evidenceClauseIds).toEqual(['ev-note', 'ev-order']);
});

test('“Compare two clauses” shows the order’s definition against the EAR note with a word-level diff', async ({ page }) => {
  await openApp(page);
  await seedCase(page, 'Diff matter', DOCUMENTS, ROWS);
  await openCompare(page);
  await page.getByRole('button', { name: 'Compare two clauses' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare two clauses' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Choose two clauses to read them side by side.')).toBeVisible();

  // The search narrows the second picker's choices.
  await dialog.getByLabel('Find second clause').fill('734.13');
  await expect(dialog.getByLabel('Second clause', { exact: true }).locator('option')).toHaveText(['Choose a clause…', `734.13(b) note — ${NOTE}`]);
  await dialog.getByLabel('First clause', { exact: true }).selectOption({ label: `Sec. 2(a) — ${ORDER}` });
  await dialog.getByLabel('Second clause', { exact: true }).selectOption({ label: `734.13(b) note — ${NOTE}` });

  const first = dialog.getByRole('region', { name: 'First clause' });
  const second = dialog.getByRole('region', { name: 'Second clause' });
  await expect(first).toContainText(`${ORDER}`);
  await expect(first).toContainText('Primary text');
  await expect(second).toContainText('Secondary (paraphrase)');
  // Each side reads as its own quote; what only it has is marked.
  await expect(first.locator('blockquote')).toHaveText(ORDER_DEFINITION);
  // The note carries the illustrative mark in its text, so its quote ends with the illustrative
  // suffix (shown, never diffed), wherever the document is filed.
  await expect(second.locator('blockquote')).toHaveText(`${EAR_NOTE} (illustrative reconstruction)`);
  await expect(first.locator('del')).toHaveText(['covered', ', wherever']);
  await expect(first.locator('ins')).toHaveCount(0);
  await expect(second.locator('ins')).toHaveText(['foreign', 'in the United States']);
  await expect(second.locator('del')).toHaveCount(0);
  await expect(dialog.getByText('Legend:')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('2 words only in the first clause, 5 words only in the second.');
  await expect(dialog.getByRole('note')).toHaveText(/The second clause comes from a secondary source/);
  await page.screenshot({ path: test.info().outputPath('compare-two-clauses.png') });
  await expectNoSeriousViolations(page, 'the clause diff');

  // Swapped, the note comes first and its own words are the struck-through ones.
  await dialog.getByRole('button', { name: 'Swap the two clauses' }).click();
  await expect(first.locator('blockquote')).toHaveText(`${EAR_NOTE} (illustrative reconstruction)`);
  await expect(first.locator('del')).toHaveText(['foreign', /in the United States$/]);
  await expect(second.locator('ins')).toHaveText(['covered', /wherever/]);
});
