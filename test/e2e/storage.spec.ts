/**
 * Storage status and the backup reminder (issue 5/7): the footer says how much is stored and
 * whether the browser keeps it (persist() asked once, ever); a change not in any backup for more
 * than a week brings a banner, which "Remind me tomorrow" puts off for a day and a backup ends.
 */
import type { Page } from '@playwright/test';
import { makeTextPdf } from '../fixtures/makePdf';
import { chooseFiles, expect, importSummary, openApp, test } from './fixtures';
import { readStore } from './idb';

const DAY = 24 * 60 * 60 * 1000;

function storageLine(page: Page) {
  return page.getByRole('status', { name: 'Storage' });
}

function reminder(page: Page) {
  return page.getByRole('region', { name: 'Backup reminder' });
}

test('the storage line shows what is used and left, and persistence is asked for once', async ({ page }) => {
  // Count persist() requests across reloads of this tab.
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    storage.persist = () => {
      sessionStorage.setItem('persist-calls', String(Number(sessionStorage.getItem('persist-calls') ?? 0) + 1));
      return persist();
    };
  });
  await openApp(page);
  await expect(storageLine(page)).toHaveText(
    /^Storage: \d+(\.\d)? (bytes|kB|MB|GB) used, \d+(\.\d)? (bytes|kB|MB|GB|TB) left · (kept|may be cleared if the disk runs low)$/,
  );
  const settings = await readStore<{ key: string; value: { granted: boolean; askedAt: string } }>(page, 'settings');
  const answer = settings.find((s) => s.key === 'storage-persist-request')?.value;
  expect(typeof answer?.granted).toBe('boolean');
  await expect(storageLine(page)).toContainText(answer!.granted ? '· kept' : '· may be cleared');
  await page.reload();
  await expect(storageLine(page)).toContainText(' left');
  expect(await page.evaluate(() => sessionStorage.getItem('persist-calls'))).toBe('1');
  await page.screenshot({ path: test.info().outputPath('storage-footer.png') });
});

test('a change not backed up for over a week brings the reminder; tomorrow it comes back; a backup ends it', async ({ page }) => {
  await openApp(page);
  await expect(storageLine(page)).toContainText(' left');
  // The first run's sample case and empty first case are nothing to lose: no reminder, even later.
  const start = Date.now();
  await page.clock.setFixedTime(start + 30 * DAY);
  await page.reload();
  await expect(storageLine(page)).toContainText(' left');
  await expect(reminder(page)).toBeHidden();

  // Real work today, then the clock moves 8 days on.
  await page.clock.setFixedTime(start);
  await page.reload();
  await chooseFiles(page, [{ name: 'memo.pdf', buffer: await makeTextPdf({ pages: 1, title: 'Unsaved memo' }) }]);
  await importSummary(page);
  await expect(reminder(page)).toBeHidden();
  await page.clock.setFixedTime(start + 8 * DAY + 60_000);
  await page.reload();
  await expect(reminder(page)).toContainText('Changes from 8 days ago are not in any backup yet. Back up now.');
  await page.screenshot({ path: test.info().outputPath('backup-reminder.png') });

  // Put off: gone now and after a restart, back a day later.
  await reminder(page).getByRole('button', { name: 'Remind me tomorrow' }).click();
  await expect(reminder(page)).toBeHidden();
  await page.reload();
  await expect(storageLine(page)).toContainText(' left');
  await expect(reminder(page)).toBeHidden();
  await page.clock.setFixedTime(start + 9 * DAY + 2 * 60_000);
  await page.reload();
  await expect(reminder(page)).toContainText('Changes from 9 days ago');

  // "Back up now" runs the back-up command; once a backup is made, the reminder goes.
  const download = page.waitForEvent('download');
  await reminder(page).getByRole('button', { name: 'Back up now' }).click();
  await download;
  await expect(reminder(page)).toBeHidden();
  const settings = await readStore<{ key: string; value: unknown }>(page, 'settings');
  expect(settings.find((s) => s.key === 'last-backup-at')?.value).toBe(new Date(start + 9 * DAY + 2 * 60_000).toISOString());
});
