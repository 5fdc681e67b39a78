/**
 * The Page field takes printed pages as well as indexes: the PDF's own page labels, Federal
 * Register pages and slip-opinion folios found in the stored text; repeated labels are offered.
 */
import { makeTextPdf } from '../fixtures/makePdf';
import { expect, openApp, test } from './fixtures';
import { goToPage, importAndOpen, makeLabelledPdf, pageElement, pageField } from './readerSupport';

test('the PDF’s page labels: shown beside the index, typed to go, repeated ones offered', async ({ page }) => {
  await openApp(page);
  const viewer = await importAndOpen(page, { name: 'labelled.pdf', buffer: await makeLabelledPdf() }, 'Labelled book');
  const printed = viewer.locator('.printed-label');
  await expect(printed).toHaveText(' (i)');
  await expect(pageElement(page, 8)).toHaveAttribute('data-page-label', 'A-2');
  await expect(pageElement(page, 8)).toHaveAttribute('aria-label', 'Page 8 (A-2)');

  await goToPage(page, 'ii');
  await expect(pageField(page)).toHaveValue('2');
  await expect(printed).toHaveText(' (ii)');
  await goToPage(page, 'a-1');
  await expect(pageField(page)).toHaveValue('7');
  await expect(printed).toHaveText(' (A-1)');

  // "3" is the third page (labelled 1) and the page labelled 3 (the fifth): go to the first, offer both.
  await goToPage(page, '3');
  await expect(pageField(page)).toHaveValue('3');
  const list = viewer.getByRole('listbox', { name: 'Matching pages' });
  await expect(list.getByRole('option')).toHaveText(['p. 3 (1)', 'p. 5 (3)']);
  await list.getByRole('option', { name: 'p. 5 (3)' }).click();
  await expect(pageField(page)).toHaveValue('5');
  await expect(pageElement(page, 5)).toBeInViewport();
  await viewer.getByRole('button', { name: 'Next page' }).click();
  await expect(list).toBeHidden();
});

test('Federal Register pages found in the running heads: "90 FR 35394" and "35395"', async ({ page }) => {
  await openApp(page);
  const lines = (n: number) => [
    `${35392 + n} Federal Register / Vol. 90, No. 142 / Monday, July 28, 2025 / Presidential Documents`,
    `Sec. ${n}. The Secretary of Commerce shall establish the program described in this order.`,
  ];
  const viewer = await importAndOpen(page, { name: 'fr.pdf', buffer: await makeTextPdf({ pages: 3, title: 'Export order', lines }) }, 'Export order');
  await expect(viewer.locator('.printed-label')).toHaveText(' (90 FR 35393)');
  await goToPage(page, '90 FR 35394');
  await expect(pageField(page)).toHaveValue('2');
  await expect(viewer.locator('.page-of')).toHaveText('of 3 (90 FR 35394)');
  await goToPage(page, '35395');
  await expect(pageField(page)).toHaveValue('3');
  await goToPage(page, '89 FR 35394');
  await expect(viewer.getByRole('alert')).toContainText('No page “89 FR 35394”');
  await expect(pageField(page)).toHaveValue('3');
});

test('a slip opinion numbers its syllabus and opinion from 1: "slip op. at 2" offers both, the opinion first', async ({ page }) => {
  await openApp(page);
  const heads = [
    ['1(Slip Opinion) OCTOBER TERM, 2012', 'Syllabus'],
    ['2 TARRANT REGIONAL WATER DIST. v. HERRMANN', 'Syllabus'],
    ['3Cite as: 569 U. S. ____ (2013)', 'Syllabus'],
    ['1Cite as: 569 U. S. ____ (2013)', 'Opinion of the Court'],
    ['2 TARRANT REGIONAL WATER DIST. v. HERRMANN', 'Opinion of the Court'],
    ['3Cite as: 569 U. S. ____ (2013)', 'Opinion of the Court'],
  ];
  const lines = (n: number) => [...heads[n - 1]!, `Text of sheet ${n}, which discusses the Red River Compact at some length.`];
  const viewer = await importAndOpen(
    page,
    { name: 'slip.pdf', buffer: await makeTextPdf({ pages: 6, title: 'Tarrant v. Herrmann', lines }) },
    /Herrmann/,
  );
  await expect(viewer.locator('.printed-label')).toHaveText(' (Syllabus, 1)');

  await goToPage(page, 'slip op. at 2');
  await expect(pageField(page)).toHaveValue('5');
  const list = viewer.getByRole('listbox', { name: 'Matching pages' });
  await expect(list.getByRole('option')).toHaveText(['p. 5 (Opinion of the Court, 2)', 'p. 2 (Syllabus, 2)']);
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(pageField(page)).toHaveValue('2');
  // Escape closes the list, not the document.
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(viewer).toBeVisible();
  await expect(pageField(page)).toBeFocused();
});
