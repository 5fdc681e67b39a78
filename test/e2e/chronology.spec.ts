/**
 * The chronology (issue 6/7, part 6): document dates and dates written in clauses, on a timeline
 * and in the "Chronology" table, in date order with their doubt shown ("before 2026-06-23" is
 * uncertain, "July 2025" imprecise), sortable by header, each row opening its source.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { expectNoSeriousViolations, expectReaderOn, openEntitiesTab, seedCase, seedClause } from './entityMapSupport';

const ORDER = 'Agency order on models';
const COMPLAINT = 'Legion complaint';
const EFFECT = 'The rule took effect on 13 January 2025.';
const JULY = 'In July 2025 the programme began under 15 CFR 734.13.';

async function seedDatedCase(page: Page) {
  await seedCase(
    page,
    'Dated matter',
    [
      {
        fileName: 'order.pdf',
        title: ORDER,
        kind: 'executive-order',
        date: 'before 2026-06-23',
        lines: [EFFECT, JULY, 'Regulation (EU) 2021/821 also applies.'],
      },
      { fileName: 'complaint.pdf', title: COMPLAINT, kind: 'complaint', date: '2026-06-23', lines: ['Legion sues.'] },
      { fileName: 'note.pdf', title: 'Undated note', kind: 'other', date: 'undated', lines: ['A note.'] },
    ],
    {
      clauses: [
        seedClause('chr-c1', 'order.pdf', EFFECT, { type: 'effective-date', label: 'Sec. 1' }),
        seedClause('chr-c2', 'order.pdf', JULY, { label: 'Sec. 2' }),
        seedClause('chr-c3', 'order.pdf', 'Regulation (EU) 2021/821 also applies.', { label: 'Sec. 3' }),
      ],
    },
  );
}

function chronology(page: Page) {
  return page.getByRole('table', { name: 'Chronology' });
}

function bodyRows(page: Page) {
  return chronology(page).locator('tbody tr');
}

/** Each row's cells, as text. */
async function rowTexts(page: Page): Promise<string[][]> {
  return bodyRows(page).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
}

test('a case’s dated documents and clauses are in date order, doubts shown, sortable, each opening its source', async ({ page }) => {
  await openApp(page);
  await seedDatedCase(page);
  await openEntitiesTab(page, 'Chronology');
  await expect(page.getByRole('status').filter({ hasText: 'events' })).toHaveText(
    '4 events: 2 from document dates, 2 from dates in clauses. 1 undated document is not placed.',
  );
  await expect(bodyRows(page)).toHaveCount(4);
  expect(await rowTexts(page)).toEqual([
    ['2025-01-13', EFFECT, `Sec. 1, ${ORDER}`, 'Takes effect'],
    ['July 2025imprecise', 'In July 2025 the programme began under 15 CFR 734.13.', `Sec. 2, ${ORDER}`, 'Date in clause'],
    ['before 2026-06-23uncertain', ORDER, ORDER, 'Issued'],
    ['2026-06-23', COMPLAINT, COMPLAINT, 'Filed'],
  ]);
  await expect(bodyRows(page).nth(2).getByText('uncertain', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Timeline of 4 events, from 2025-01-13 to 2026-06-23; 1 with an uncertain date/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'the chronology');

  // The Date header sorts newest first on a click, oldest first again on the next.
  const dateHeader = chronology(page).getByRole('columnheader', { name: /Date/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await rowTexts(page)).map((r) => r[0])).toEqual(['2026-06-23', 'before 2026-06-23uncertain', 'July 2025imprecise', '2025-01-13']);
  await chronology(page).getByRole('columnheader', { name: /Kind/ }).getByRole('button').click();
  expect((await rowTexts(page)).map((r) => r[3])).toEqual(['Date in clause', 'Filed', 'Issued', 'Takes effect']);

  // Each row's event is a real button; one of them is in the tab order, arrows move between rows.
  const openButtons = chronology(page).locator('tbody tr').getByRole('button');
  await expect(openButtons).toHaveCount(4);
  await expect(chronology(page).getByRole('button', { name: COMPLAINT })).toBeVisible();
  await expect(chronology(page).locator('tbody button[tabindex="0"]')).toHaveCount(1);
  await openButtons.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(openButtons.nth(1)).toBeFocused();
  await expect(chronology(page).locator('tbody button[tabindex="0"]')).toHaveText(COMPLAINT);
  await page.keyboard.press('End');
  await expect(openButtons.nth(3)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(openButtons.first()).toBeFocused();

  // A document's row opens the reader on the document (a click anywhere on the row); Enter on a
  // clause's button opens its document too.
  await bodyRows(page).filter({ hasText: 'Filed' }).locator('td').last().click();
  await expectReaderOn(page, COMPLAINT);
  await openEntitiesTab(page, 'Chronology');
  const effect = bodyRows(page).filter({ hasText: 'Takes effect' }).getByRole('button');
  await effect.focus();
  await effect.press('Enter');
  await expectReaderOn(page, ORDER);
});

test('a case without dates says how to get a chronology', async ({ page }) => {
  await openApp(page);
  await openEntitiesTab(page, 'Chronology');
  await expect(page.getByText(/^No dated events in My first case yet\./)).toBeVisible();
  await expect(chronology(page)).toHaveCount(0);
});

test('the sample case shows a chronology on first run: the order and letter before the complaint, mid-2026 after it', async ({ page }) => {
  const manifest = JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')) as {
    documents: { title: string; kind: string; date: string }[];
  };
  const dated = manifest.documents.filter((d) => d.date !== 'undated');
  expect(dated.length).toBeGreaterThanOrEqual(3);
  const complaint = manifest.documents.find((d) => d.kind === 'complaint')!;
  // CASE-FACTS: the reporting gives "June 23" and no year; the complaint's date says the year is assumed.
  expect(complaint.date).toBe('2026-06-23 (year assumed from the reporting)');
  const before = manifest.documents.filter((d) => d.date === 'before 2026-06-23');

  await openApp(page, { stayInSample: true });
  await openEntitiesTab(page, 'Chronology');
  for (const doc of dated) await expect(bodyRows(page).filter({ hasText: doc.title })).toHaveCount(1);
  // In date order: every "before 2026-06-23" row comes before the complaint's, marked uncertain.
  const rows = await rowTexts(page);
  const complaintAt = rows.findIndex((r) => r[1] === complaint.title);
  expect(rows[complaintAt]![0]).toBe('2026-06-23 (assumed)uncertain');
  for (const doc of before) {
    const at = rows.findIndex((r) => r[1] === doc.title);
    expect(at).toBeLessThan(complaintAt);
    expect(rows[at]![0]).toBe('before 2026-06-23uncertain');
  }
  // Chronology ¶ 14, "at the time of the reporting (mid-2026)", is the middle of 2026: after the
  // GAO decision of 12 May 2026 and the filing of 23 June, not at the start of the year.
  const gaoAt = rows.findIndex((r) => r[0] === '2026-05-12');
  const midAt = rows.findIndex((r) => r[0] === 'mid-2026uncertain');
  expect(gaoAt).toBeGreaterThanOrEqual(0);
  expect(rows[midAt]![2]).toMatch(/^¶ 14, /);
  expect(midAt).toBeGreaterThan(gaoAt);
  expect(midAt).toBeGreaterThan(complaintAt);

  await bodyRows(page).filter({ hasText: complaint.title }).click();
  await expectReaderOn(page, complaint.title);
});
