/**
 * 10,000 documents: the Documents table stays virtualised (dozens of rows in the DOM, not 10,000),
 * sorts and filters across all of them. Rows are seeded straight into IndexedDB.
 */
import { documentRows, expect, openApp, test } from './fixtures';

test('10,000 documents: virtualised rows, sort and filter across all', async ({ page }) => {
  await openApp(page);
  await page.evaluate(async () => {
    const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clausebench');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = dbh.transaction(['documents', 'settings'], 'readwrite');
    // File them in the current case ("My first case"), as imports would be.
    const current = await new Promise<string>((resolve) => {
      const req = tx.objectStore('settings').get('currentCaseId');
      req.onsuccess = () => resolve((req.result as { value: string }).value);
    });
    const store = tx.objectStore('documents');
    const at = '2026-01-01T00:00:00.000Z';
    for (let i = 0; i < 10_000; i++) {
      store.put({
        id: `doc-${i}`,
        sha256: `sha-${i}`,
        caseIds: [current],
        title: `Seeded document ${String(i).padStart(5, '0')}`,
        kind: i % 2 ? 'regulation' : 'court-order',
        issuer: `Issuer ${i % 7}`,
        date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
        citation: `Cit. ${i}`,
        jurisdiction: 'United States',
        pageCount: (i % 50) + 1,
        pageStatus: ['text'],
        fileName: `seed-${i}.pdf`,
        size: 1000,
        addedAt: at,
        createdBy: 'test',
        createdAt: at,
        updatedAt: at,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    dbh.close();
  });
  await page.reload();
  await expect(page.getByText('10000 documents')).toBeVisible();
  const rendered = await documentRows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);

  await page.getByRole('button', { name: 'Title' }).click();
  await expect(documentRows(page).first()).toContainText('Seeded document 00000');
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(documentRows(page).first()).toContainText('Seeded document 09999');

  await page.getByLabel('Filter documents').fill('Seeded document 0424');
  await expect(page.getByText('10 of 10000 documents')).toBeVisible();
  await expect(documentRows(page)).toHaveCount(10);

  // Keyboard End reaches the last of thousands of rows (scrolls the virtual list).
  await page.getByLabel('Filter documents').fill('');
  await documentRows(page).first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('tr[data-index="9999"]')).toBeFocused();
});
