/**
 * Helpers of the Compare view specs (issue 7/7, parts 1–3): a case of the test's own with two
 * generated PDFs (an executive order, a primary text; a study note, a secondary one), a clause in
 * each, and a comparison of three regimes and three questions written straight into IndexedDB
 * (entityMapSupport's seedCase), then the doors to the matrix and its cells.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { seedCase, seedClause } from './entityMapSupport';

export const CASE = 'Compare matter';
export const ORDER = 'Order on sharing models';
export const NOTE = 'Study note: EAR deemed exports';
export const COMPARISON = 'Deemed exports (test)';
export const Q = {
  trigger: 'What triggers control?',
  persons: 'Who counts as a foreign person?',
  weights: 'Are model weights covered?',
};

const BY = { createdBy: 'Seeder', createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z' };
const part = (fields: Record<string, unknown>) => ({ caseId: '$case', comparisonId: 'cmp', ...fields, ...BY });
const cell = (id: string, regimeId: string, dimensionId: string, answer: string, evidenceClauseIds: string[] = [], status = 'unsourced') =>
  part({ id, regimeId, dimensionId, answer, detail: '', evidenceClauseIds, status });

/** Seeds the case; the primary clause is "c-order" (Sec. 3), the secondary one "c-note" (¶ 2). */
export async function seedCompareCase(page: Page): Promise<void> {
  await seedCase(
    page,
    CASE,
    [
      {
        fileName: 'order.pdf',
        title: ORDER,
        kind: 'executive-order',
        date: '2026-01-02',
        lines: ['Sec. 3. No developer shall share a covered model with any foreign national.'],
      },
      {
        fileName: 'note.pdf',
        title: NOTE,
        kind: 'other',
        date: '2026-01-03',
        lines: ['A release of technology to a foreign person in the United States is deemed an export.'],
      },
    ],
    {
      clauses: [
        seedClause('c-order', 'order.pdf', 'Sec. 3. No developer shall share a covered model with any foreign national.', { label: 'Sec. 3' }),
        seedClause('c-note', 'note.pdf', 'A release of technology to a foreign person in the United States is deemed an export.', { label: '¶ 2' }),
      ],
      comparisons: [{ id: 'cmp', caseId: '$case', title: COMPARISON, ...BY }],
      regimes: [
        part({ id: 'r-eo', name: 'The order', jurisdiction: 'United States', status: 'Challenged', instruments: ['The order'], order: 0 }),
        part({ id: 'r-ear', name: 'EAR', jurisdiction: 'United States', status: 'In force', instruments: ['15 CFR 734.13'], order: 1 }),
        part({ id: 'r-eu', name: 'EU 2021/821', jurisdiction: 'European Union', status: 'In force', instruments: [], order: 2 }),
      ],
      dimensions: [
        part({ id: 'd-trigger', question: Q.trigger, group: 'Scope', order: 0 }),
        part({ id: 'd-weights', question: Q.weights, group: 'Technology', order: 1 }),
        part({ id: 'd-persons', question: Q.persons, group: 'Scope', order: 2 }),
      ],
      cells: [
        cell('x-eo-trigger', 'r-eo', 'd-trigger', 'Nationality', ['c-order'], 'sourced'),
        cell('x-ear-trigger', 'r-ear', 'd-trigger', 'Location', ['c-note'], 'paraphrased'),
        cell('x-eu-trigger', 'r-eu', 'd-trigger', 'Location'),
        cell('x-eo-weights', 'r-eo', 'd-weights', 'Yes'),
        cell('x-ear-weights', 'r-ear', 'd-weights', 'yes.'),
        cell('x-eu-weights', 'r-eu', 'd-weights', 'Yes'),
        cell('x-eo-persons', 'r-eo', 'd-persons', 'Any foreign national'),
        cell('x-ear-persons', 'r-ear', 'd-persons', 'Foreign person'),
      ],
    },
  );
}

export async function openCompare(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Compare' }).click();
  const grid = matrix(page);
  await expect(grid).toBeVisible();
  return grid;
}

export function matrix(page: Page): Locator {
  return page.getByRole('grid', { name: 'Regime comparison' });
}

/** The cell of regime `regimeId` in the row of `question`. */
export function cellOf(page: Page, regimeId: string, question: string): Locator {
  return matrix(page)
    .locator('tr', { has: page.getByRole('rowheader', { name: question }) })
    .locator(`td[data-regime-id="${regimeId}"]`);
}

/** The regimes' column headers, in order, by their first line (the regime's name). */
export async function regimeOrder(page: Page): Promise<string[]> {
  return matrix(page).locator('th.regime-header .regime-name').allInnerTexts();
}

export function comparisonSelect(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Comparison' });
}

export async function regimeMenu(page: Page, regime: string, item: string): Promise<void> {
  await page.getByRole('button', { name: `Regime actions: ${regime}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

export async function questionMenu(page: Page, question: string, item: string): Promise<void> {
  await page.getByRole('button', { name: `Question actions: ${question}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
