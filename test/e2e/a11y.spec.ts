/**
 * axe-core finds no serious or critical violation in the library, with each dialog open; and the
 * library works from the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeTextPdf } from '../fixtures/makePdf';
import { PDFJS_DIR } from './corpus';
import { chooseFiles, documentRows, expect, helpMenu, importSummary, openApp, test } from './fixtures';

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe violations with ${what}`).toEqual([]);
}

test('library and its dialogs pass axe (no serious or critical violations)', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [{ name: 'a.pdf', buffer: await makeTextPdf({ pages: 2, title: 'Axe sample' }) }]);
  await importSummary(page);
  await expectNoSeriousViolations(page, 'the library');

  await page.getByRole('button', { name: 'New case' }).click();
  await expect(page.getByRole('dialog', { name: 'New case' })).toBeVisible();
  await expectNoSeriousViolations(page, 'New case open');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Rename case' }).click();
  await expect(page.getByRole('dialog', { name: 'Rename case' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Rename case open');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Edit details of Axe sample' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit document details' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Edit document details open');
  await page.keyboard.press('Escape');

  await helpMenu(page, 'Keyboard shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Keyboard shortcuts open');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('menu', { name: 'Help' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the Help menu open');
  await page.keyboard.press('Escape');

  for (const item of ['Reset sample case', 'About Clausebench']) {
    await helpMenu(page, item);
    await expect(page.getByRole('dialog', { name: item })).toBeVisible();
    await expectNoSeriousViolations(page, `${item} open`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: item })).toBeHidden();
  }

  const encrypted = join(PDFJS_DIR, 'pr6531_1.pdf');
  if (existsSync(encrypted)) {
    await chooseFiles(page, [encrypted]);
    await expect(page.getByRole('dialog', { name: 'Password required' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Password required open');
    await page.getByRole('dialog', { name: 'Password required' }).getByRole('button', { name: 'Cancel' }).click();
    await importSummary(page);
  }
});

test('the library works from the keyboard', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [
    { name: 'one.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Keyboard one' }) },
    { name: 'two.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Keyboard two' }) },
  ]);
  await importSummary(page);

  // Shortcut: new case dialog, typed name, Enter submits.
  await page.locator('body').click();
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('dialog', { name: 'New case' })).toBeVisible();
  await page.keyboard.type('Typed case');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText('Typed case');
  await page.getByRole('combobox', { name: 'Case' }).selectOption({ label: 'My first case' });

  // Rows: arrows move, F2 edits, Delete deletes, Ctrl+Z undoes, Enter opens.
  await documentRows(page).first().focus();
  const firstTitle = await documentRows(page).first().locator('td.col-title').textContent();
  await page.keyboard.press('ArrowDown');
  await expect(documentRows(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(documentRows(page).first()).toBeFocused();
  await page.keyboard.press('F2');
  await expect(page.getByRole('dialog', { name: 'Edit document details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await documentRows(page).first().focus();
  await page.keyboard.press('Delete');
  await expect(documentRows(page)).toHaveCount(1);
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(documentRows(page)).toHaveCount(2);
  await expect(documentRows(page).filter({ hasText: firstTitle ?? '' })).toHaveCount(1);
  await documentRows(page).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Document viewer' })).toBeVisible();
});
