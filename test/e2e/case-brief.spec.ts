/**
 * Case brief (issue 5/7): Export → "Case brief (HTML)" / "Case brief (Markdown)" on the sample
 * case, whose shipped clauses the app installs on first run. The file must hold every chosen
 * clause as a quote with its pinpoint citation under grouped headings, load nothing from
 * elsewhere, and keep clauses whole when printed.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BUILT_IN_CLAUSE_TYPES, clauseTypeLabel } from '../../src/renderer/src/core/clauseTypes';
import { dragSelect, makeOrderPdf, saveNewClause } from './clauseSupport';
import { expect, FIRST_CASE, openApp, SAMPLE_CASE, test } from './fixtures';
import { importAndOpen, pageElement } from './readerSupport';

const shipped = JSON.parse(readFileSync('resources/sample-case/clauses.json', 'utf8')) as {
  clauses: { fileName: string; label: string; type: string }[];
};
const manifest = JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')) as { documents: { fileName: string; title: string }[] };

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

async function openBriefDialog(
  page: Page,
  item: 'Case brief (HTML)' | 'Case brief (Markdown)',
  documents = new Set(shipped.clauses.map((c) => c.fileName)).size,
) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog', { name: 'Case brief' });
  await expect(dialog.getByRole('checkbox')).toHaveCount(documents);
  return dialog;
}

async function saveBrief(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save brief' }).click();
  const file = await download;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Built-in type order, then users' own types alphabetically, as the brief promises. */
function expectedTypeHeadings(): string[] {
  const rank = (t: string) => {
    const i = BUILT_IN_CLAUSE_TYPES.findIndex((b) => b.id === t);
    return i < 0 ? BUILT_IN_CLAUSE_TYPES.length : i;
  };
  return [...new Set(shipped.clauses.map((c) => c.type))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map(clauseTypeLabel);
}

test('Case brief (HTML) of the sample case: every clause quoted with its citation, grouped by type, self-contained, prints whole clauses', async ({
  page,
  context,
}, testInfo) => {
  await openApp(page, { stayInSample: true });
  const dialog = await openBriefDialog(page, 'Case brief (HTML)');
  await expect(dialog.getByRole('radio', { name: 'By clause type' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^HTML/ })).toBeChecked();
  for (const box of await dialog.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await dialog.screenshot({ path: testInfo.outputPath('case-brief-dialog.png') });
  expect(await seriousViolations(page), 'axe with the Case brief dialog open').toEqual([]);
  const { name, text: html } = await saveBrief(page, dialog);
  writeFileSync(testInfo.outputPath('case-brief.html'), html);

  expect(name).toBe('clausebench-legion-export-control-dispute-sample-brief.html');
  expect(html).toContain(`<h1>${SAMPLE_CASE}</h1>`);
  expect(html).toContain('Generated from the analyst’s clauses');
  expect(html).toMatch(
    /<p class="notice">Documents marked “illustrative” belong to the sample case. Illustrative study documents[^<]*not official texts/,
  );
  // Grouped by type, in the promised order, one article per shipped clause.
  const headings = [...html.matchAll(/<h2 id="type-\d+-h">([^<]*)/g)].map((m) => m[1]!.trim());
  expect(headings).toEqual(expectedTypeHeadings());
  expect(html.match(/<article class="clause"/g)).toHaveLength(shipped.clauses.length);
  // Every clause: a quote, then its citation with the sample case's illustrative note.
  const articles = html.split('<article class="clause"').slice(1);
  for (const article of articles) {
    expect(article).toMatch(
      /<blockquote><p>“[^”]+”<\/p><\/blockquote>\n<p class="cite">— [^<]+ <span class="note">\(illustrative reconstruction\)<\/span><\/p>/,
    );
  }
  const purpose = articles.find((a) => a.includes('keep the most advanced artificial intelligence capabilities away from strategic competitors'));
  expect(purpose, 'the executive order’s Sec. 1 is quoted').toBeDefined();
  expect(purpose).toMatch(/<p class="cite">— EO [^<]*§ 1\b/);
  // No external assets, no script.
  expect(html).not.toMatch(/https?:\/\/|<script|<link|<img|\ssrc=|url\(|@import/i);

  // Opened on its own, it asks for nothing, and printing keeps each clause on one page.
  const view = await context.newPage();
  const requests: string[] = [];
  view.on('request', (r) => requests.push(r.url()));
  await view.setContent(html, { waitUntil: 'load' });
  await view.emulateMedia({ media: 'print' });
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_CASE);
  expect(await seriousViolations(view), 'axe on the brief itself').toEqual([]);
  expect(
    await view
      .locator('article.clause')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside),
  ).toBe('avoid');
  const pdf = await view.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(testInfo.outputPath('case-brief.pdf'), pdf);
  await view.screenshot({ path: testInfo.outputPath('case-brief-print.png'), fullPage: false });
  expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);
  await view.close();
});

test('Case brief (Markdown) by document, of chosen documents only: blockquotes with citations after them', async ({ page }, testInfo) => {
  await openApp(page, { stayInSample: true });
  const dialog = await openBriefDialog(page, 'Case brief (Markdown)');
  await expect(dialog.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'By document' }).click();
  // Leave out the complaint.
  const complaint = manifest.documents.find((d) => d.fileName === '03-complaint.pdf')!;
  await dialog.getByRole('checkbox', { name: complaint.title }).uncheck();
  const { name, text: md } = await saveBrief(page, dialog);
  writeFileSync(testInfo.outputPath('case-brief.md'), md);

  expect(name).toBe('clausebench-legion-export-control-dispute-sample-brief.md');
  expect(md.startsWith(`# Case brief: ${SAMPLE_CASE}\n`)).toBe(true);
  const kept = shipped.clauses.filter((c) => c.fileName !== complaint.fileName);
  const titles = new Set(kept.map((c) => manifest.documents.find((d) => d.fileName === c.fileName)!.title));
  const headings = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
  expect(headings[0]).toBe('Documents');
  expect(headings).toHaveLength(titles.size + 1);
  // Each document heading names a chosen document (escaped Markdown, so compare without backslashes).
  for (const h of headings.slice(1)) expect([...titles].some((t) => h.replace(/\\/g, '').startsWith(t))).toBe(true);
  expect(md).not.toContain(complaint.title.slice(0, 30));
  // One blockquote per clause, each followed by its citation line.
  const quoted = [...md.matchAll(/^> “[\s\S]*?”\n\n— (.+)$/gm)];
  expect(quoted).toHaveLength(kept.length);
  for (const q of quoted) expect(q[1]).toMatch(/\(illustrative reconstruction\)$/);
  expect(md).not.toMatch(/https?:\/\/|<script/i);
});

test('a comment’s Markdown is rendered in the HTML brief, and nothing hostile in it survives', async ({ page }) => {
  await openApp(page);
  await importAndOpen(page, { name: 'order.pdf', buffer: await makeOrderPdf() }, /Test order on model sharing$/);
  await expect(pageElement(page, 1).locator('.textLayer span').first()).toBeAttached();
  await dragSelect(page, { page: 1, text: 'A covered developer' }, { page: 1, text: 'wherever that person is located.' });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  const hostile =
    'Applies **wherever** located; see [the order](https://example.org/eo) ![seal](https://example.org/seal.png) <img src=x onerror=alert(1)> <script>alert(2)</script> "q" & <b onclick=alert(3)>b</b>';
  await saveNewClause(page, { label: `Sec. 2 <i>"x"</i>`, comment: hostile });

  const dialog = await openBriefDialog(page, 'Case brief (HTML)', 1);
  const { text: html } = await saveBrief(page, dialog);
  expect(html).toContain(`<h1>${FIRST_CASE}</h1>`);
  expect(html).toContain('<strong>wherever</strong>');
  // The link's text stays and its address is shown as text; the image leaves its alt text.
  expect(html).toContain('the order (https://example.org/eo)');
  expect(html).toContain('[seal]');
  expect(html).toContain('Sec. 2 &lt;i&gt;&quot;x&quot;&lt;/i&gt;');
  expect(html).toMatch(
    /<blockquote><p>“A covered developer shall not share a covered model with any foreign national, wherever that person is located\.”<\/p><\/blockquote>/,
  );
  // No element or attribute that could load or run anything.
  expect(html).not.toMatch(/<(script|img|iframe|link|object)\b|<a\b(?! href="#)|<[^>]*\s(src|on[a-z]+)\s*=|<[^>]*\shref="(?!#)/i);
  // Raw HTML is shown as the text typed.
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;');
});
