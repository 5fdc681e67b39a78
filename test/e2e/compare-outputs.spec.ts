/**
 * Comparison outputs and chart (issue 7/7, parts 5 and 6): a comparison whose cells cite clauses of
 * an imported executive order (a primary text) and of a study note (secondary), seeded into
 * IndexedDB; Export → "Comparison brief (HTML)" must hold every cited quote exactly with its
 * citation and the kind of its source, and load nothing when opened on its own; "Comparison
 * (CSV)" must parse to one row per cell; the Compare view's chart must show a bar per regime.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../support/parseCsv';
import { expectNoSeriousViolations, seedCase, seedClause, type SeedDocument } from './entityMapSupport';
import { expect, FIRST_CASE, openApp, test } from './fixtures';

const CASE = 'Deemed exports outputs';
const BY = { createdBy: 'Seeder', createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z' };

/** Quotes with characters an export must keep as they are: straight quotes, an apostrophe, §. */
const EO_QUOTE = 'The term "foreign person" means any natural person who is not a United States person, wherever located.';
const EO_QUOTE_2 = 'A covered developer shall not share a covered model with any foreign person.';
const NOTE_QUOTE = "Under the EAR a lawful permanent resident is not a foreign person (the note's reading of § 734.13(b)).";

const DOCUMENTS: SeedDocument[] = [
  { fileName: 'eo.pdf', title: 'Executive Order 14320', kind: 'executive-order', date: '2025-07-23', lines: [EO_QUOTE, EO_QUOTE_2] },
  { fileName: 'note.pdf', title: 'Study note on deemed exports', kind: 'article', date: '2026-01-10', lines: [NOTE_QUOTE] },
];

const REGIMES = ['Sample executive order', 'EAR deemed exports', 'Canada'];

function rows() {
  const base = { caseId: '$case', comparisonId: 'cmp-out', ...BY };
  const regime = (id: string, name: string, order: number) => ({
    ...base,
    id,
    name,
    jurisdiction: name === 'Canada' ? 'Canada' : 'United States',
    status: 'in force',
    instruments: [],
    order,
  });
  const dimension = (id: string, question: string, order: number) => ({ ...base, id, question, group: 'Scope', order });
  const cell = (regimeId: string, dimensionId: string, answer: string, evidenceClauseIds: string[], detail = '') => ({
    ...base,
    id: `${regimeId}-${dimensionId}`,
    regimeId,
    dimensionId,
    answer,
    detail,
    evidenceClauseIds,
    status: 'unsourced',
  });
  return {
    clauses: [
      seedClause('ev-eo-1', 'eo.pdf', EO_QUOTE, { type: 'definition', label: 'Sec. 2(d)' }),
      seedClause('ev-eo-2', 'eo.pdf', EO_QUOTE_2, { type: 'prohibition', label: 'Sec. 3(b)' }),
      seedClause('ev-note', 'note.pdf', NOTE_QUOTE, { type: 'other', label: '' }),
    ],
    comparisons: [{ ...base, id: 'cmp-out', title: 'Deemed exports and AI models', baselineRegimeId: 'rg-ear' }],
    regimes: [regime('rg-eo', REGIMES[0]!, 0), regime('rg-ear', REGIMES[1]!, 1), regime('rg-ca', REGIMES[2]!, 2)],
    dimensions: [dimension('dm-trigger', 'What triggers control?', 0), dimension('dm-pr', 'Are permanent residents covered?', 1)],
    cells: [
      cell('rg-eo', 'dm-trigger', 'Nationality', ['ev-eo-1', 'ev-eo-2'], 'Follows the **person**, wherever located. <script>alert(1)</script>'),
      cell('rg-ear', 'dm-trigger', 'Release in the US', []),
      cell('rg-eo', 'dm-pr', 'Yes', ['ev-eo-1']),
      cell('rg-ear', 'dm-pr', 'No', ['ev-note']),
    ],
  };
}

/** Export → `item`, then the "Export comparison" dialog with the comparison preselected. */
async function openExportDialog(page: Page, item: 'Comparison (CSV)' | 'Comparison (Markdown)' | 'Comparison brief (HTML)'): Promise<Locator> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog', { name: 'Export comparison' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function save(page: Page, dialog: Locator): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await seedCase(page, CASE, DOCUMENTS, rows());
});

test('Comparison brief (HTML): every cited quote exactly, with citation and source kind; opens offline and prints', async ({
  page,
  context,
}, testInfo) => {
  const dialog = await openExportDialog(page, 'Comparison brief (HTML)');
  await expect(dialog.getByRole('combobox', { name: 'Comparison' })).toHaveValue('cmp-out');
  await expect(dialog.getByRole('radio', { name: /^HTML brief/ })).toBeChecked();
  // The browser host cannot print to PDF itself: that button is Electron's.
  await expect(dialog.getByRole('button', { name: 'Print to PDF' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the Export comparison dialog');
  await dialog.screenshot({ path: testInfo.outputPath('export-comparison-dialog.png') });
  const { name, text: html } = await save(page, dialog);
  writeFileSync(testInfo.outputPath('comparison-brief.html'), html);

  expect(name).toBe('clausebench-deemed-exports-outputs-deemed-exports-and-ai-models-comparison-brief.html');
  // Each quote exactly as the document has it, then its pinpoint citation and its kind.
  expect(html).toContain(
    `<blockquote><p>${EO_QUOTE}</p></blockquote>\n<figcaption>— <cite>EO 14320 § 2(d) (Executive Order 14320)</cite> <span class="kind kind-primary">Primary text</span>`,
  );
  expect(html).toContain(
    `<blockquote><p>${EO_QUOTE_2}</p></blockquote>\n<figcaption>— <cite>EO 14320 § 3(b) (Executive Order 14320)</cite> <span class="kind kind-primary">Primary text</span>`,
  );
  expect(html).toContain(
    `<blockquote><p>${NOTE_QUOTE}</p></blockquote>\n<figcaption>— <cite>Study note on deemed exports, p. 1</cite> <span class="kind kind-secondary">Study note or other secondary source — a paraphrase, not the law’s text</span>`,
  );
  expect(html).not.toMatch(/https?:\/\/|<script|<link|<img|\ssrc=|url\(|@import/i);

  // Opened on its own with every request blocked, it needs none, and reads right.
  const view = await context.newPage();
  const requests: string[] = [];
  await view.route('**/*', async (route) => {
    requests.push(route.request().url());
    await route.abort();
  });
  await view.setContent(html, { waitUntil: 'load' });
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Deemed exports and AI models');
  await expect(view.getByText(`Case: ${CASE}. Made on`)).toBeVisible();
  const quotes = await view.locator('blockquote p').allTextContents();
  expect(quotes).toEqual([EO_QUOTE, EO_QUOTE_2, EO_QUOTE, NOTE_QUOTE]);
  // The matrix: a column per regime, the baseline marked, each cell with its status.
  const matrix = view.getByRole('table', { name: /Short answers/ });
  await expect(matrix.locator('thead th')).toHaveText([
    'Question',
    'Sample executive order United States',
    'EAR deemed exports United States baseline',
    'Canada Canada',
  ]);
  const firstRow = matrix.getByRole('row', { name: /What triggers control/ });
  await expect(firstRow.getByRole('cell')).toHaveText(['Nationality § Sourced ≠ baseline', 'Release in the US ○ Unsourced', '— ○ Unsourced']);
  await expect(
    matrix
      .getByRole('row', { name: /permanent residents/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('No ≈ Paraphrased');
  await expect(view.getByText('A paraphrase is not the law’s text', { exact: false })).toBeVisible();
  // The hostile detail is text, rendered Markdown kept.
  await expect(view.locator('.detail strong')).toHaveText('person');
  await expect(view.locator('.detail')).toContainText('<script>alert(1)</script>');
  await expectNoSeriousViolations(view, 'the comparison brief');

  await view.emulateMedia({ media: 'print' });
  expect(
    await view
      .locator('article.cell')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside),
  ).toBe('avoid');
  expect(await matrix.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  const pdf = await view.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(testInfo.outputPath('comparison-brief.pdf'), pdf);
  await view.emulateMedia({ media: 'screen' });
  await view.setViewportSize({ width: 1280, height: 800 });
  await view.screenshot({ path: testInfo.outputPath('comparison-brief.png'), fullPage: true });
  expect(requests).toEqual([]);
  await view.close();
});

test('Comparison (CSV) and (Markdown): one row per cell with exact quotes; a table of short answers', async ({ page }, testInfo) => {
  let dialog = await openExportDialog(page, 'Comparison (CSV)');
  await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeChecked();
  const csv = await save(page, dialog);
  writeFileSync(testInfo.outputPath('comparison.csv'), csv.text);
  expect(csv.name).toBe('clausebench-deemed-exports-outputs-deemed-exports-and-ai-models-comparison.csv');
  const table = parseCsv(csv.text);
  expect(table[0]).toEqual([
    'group',
    'question',
    'regime',
    'jurisdiction',
    'short answer',
    'status',
    'differs from baseline',
    'detail',
    'evidence citations',
    'evidence quotes',
    'source kinds',
  ]);
  expect(table).toHaveLength(1 + 2 * REGIMES.length);
  const row = (regime: string, question: string) => table.find((r) => r[2] === regime && r[1]!.startsWith(question))!;
  expect(row(REGIMES[0]!, 'What').slice(4)).toEqual([
    'Nationality',
    'Sourced',
    'yes',
    'Follows the person, wherever located. <script>alert(1)</script>',
    'EO 14320 § 2(d) (Executive Order 14320)\nEO 14320 § 3(b) (Executive Order 14320)',
    `${EO_QUOTE}\n${EO_QUOTE_2}`,
    'Primary text\nPrimary text',
  ]);
  expect(row(REGIMES[1]!, 'Are').slice(4, 6)).toEqual(['No', 'Paraphrased']);
  expect(row(REGIMES[1]!, 'Are')[9]).toBe(NOTE_QUOTE);
  expect(row(REGIMES[2]!, 'Are').slice(4, 6)).toEqual(['', 'Unsourced']);

  dialog = await openExportDialog(page, 'Comparison (Markdown)');
  const md = await save(page, dialog);
  writeFileSync(testInfo.outputPath('comparison.md'), md.text);
  expect(md.text.startsWith('# Comparison: Deemed exports and AI models\n')).toBe(true);
  expect(md.text).toContain('| Group | Question | Sample executive order | EAR deemed exports (baseline) | Canada |');
  expect(md.text).toContain(`> ${EO_QUOTE}\n\n— EO 14320 § 2(d) (Executive Order 14320) · *Primary text*`);
});

test('the dialog says when a case has no comparison, and asks for the case in All cases', async ({ page }) => {
  const caseBox = page.getByRole('combobox', { name: 'Case' });
  await caseBox.selectOption({ label: FIRST_CASE });
  let dialog = await openExportDialog(page, 'Comparison (CSV)');
  await expect(dialog.getByText('There is no comparison in this case')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await caseBox.selectOption({ label: 'All cases' });
  await expect(caseBox.locator('option:checked')).toHaveText(/All cases/);
  dialog = await openExportDialog(page, 'Comparison brief (HTML)');
  await expect(dialog.getByRole('combobox', { name: 'Comparison' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'From case' }).selectOption({ label: CASE });
  await expect(dialog.getByRole('combobox', { name: 'Comparison' })).toHaveValue('cmp-out');
  const { text } = await save(page, dialog);
  expect(text).toContain(`<blockquote><p>${NOTE_QUOTE}</p></blockquote>`);
});

test('the Compare view’s chart has a bar per regime, named, with its numbers as a table', async ({ page }, testInfo) => {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('table', { name: 'Regime comparison' }).or(page.getByRole('grid', { name: 'Regime comparison' }))).toBeVisible();
  const chart = page.getByRole('figure', { name: 'Cells by status per regime' });
  await expect(chart).toBeVisible();
  const numbers = chart.getByRole('table', { name: 'Cells by status per regime (numbers)' });
  const bodyRows = numbers.locator('tbody tr');
  await expect(bodyRows).toHaveCount(REGIMES.length);
  await expect(bodyRows.locator('th')).toHaveText(REGIMES);
  // Sourced, paraphrased, unsourced, disputed, needs review, cells.
  await expect(bodyRows.nth(0).locator('td')).toHaveText(['2', '0', '0', '0', '0', '2']);
  await expect(bodyRows.nth(1).locator('td')).toHaveText(['0', '1', '1', '0', '0', '2']);
  await expect(bodyRows.nth(2).locator('td')).toHaveText(['0', '0', '2', '0', '0', '2']);
  await expect(chart.locator('g.comparison-chart-bar')).toHaveCount(REGIMES.length);
  await expect(chart.getByRole('img', { name: /^Cells by status per regime: 3 regimes, 2 questions each; 1 regime has/ })).toBeVisible();
  // Statuses differ in pattern and outline, not in colour alone: paraphrased dashed, unsourced striped and dotted.
  const paraphrased = chart.locator('rect[data-status="paraphrased"]');
  await expect(paraphrased).toHaveCount(1);
  await expect(paraphrased).toHaveAttribute('stroke-dasharray', '5 2');
  const unsourced = chart.locator('rect[data-status="unsourced"]').first();
  await expect(unsourced).toHaveAttribute('fill', /^url\(#/);
  await expect(unsourced).toHaveAttribute('stroke-dasharray', '1.5 2.5');
  await expect(chart.locator('rect[data-status="sourced"]')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'the Compare view with its chart');
  await chart.screenshot({ path: testInfo.outputPath('comparison-chart.png') });
  await page.screenshot({ path: testInfo.outputPath('compare-view.png') });
});
