/**
 * The public-domain legal corpus: every file imports; exactly the listed pages are flagged
 * "no text layer"; the proposed metadata for two of them matches CASE-FACTS.md's table.
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { CORPUS_SKIP_REASON, LEGAL_DIR, corpusAvailable } from './corpus';
import { chooseFiles, documentRows, expect, importSummary, openApp, test } from './fixtures';
import { readStore } from './idb';

const available = corpusAvailable();
if (!available) console.log(`[corpus-legal] skipped: ${CORPUS_SKIP_REASON}`);
const files = available
  ? readdirSync(LEGAL_DIR)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
  : [];
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const FLAGGED: Record<string, number[]> = {
  'FR-2025-15010.pdf': range(5, 29),
  'image-pdf.pdf': [1, 2],
  'vector-pdf.pdf': [29, 30],
};

interface StoredDoc {
  fileName: string;
  title: string;
  kind: string;
  citation: string;
  date: string;
  issuer: string;
  pageStatus: string[];
}

test.describe('legal corpus', () => {
  test.skip(!available, CORPUS_SKIP_REASON);

  for (const file of files) {
    test(`${file} imports with exactly its image pages flagged`, async ({ page }) => {
      await openApp(page);
      await chooseFiles(page, [join(LEGAL_DIR, file)]);
      expect(await importSummary(page)).toContain('1 added');
      const [doc] = await readStore<StoredDoc>(page, 'documents');
      const flagged = (doc?.pageStatus ?? []).flatMap((s, i) => (s === 'no-text-layer' ? [i + 1] : []));
      expect(flagged).toEqual(FLAGGED[file] ?? []);
      await expect(documentRows(page)).toHaveCount(1);
    });
  }

  test('proposed metadata shows in the Documents table', async ({ page }) => {
    await openApp(page);
    await chooseFiles(page, [join(LEGAL_DIR, 'FR-2025-02098.pdf'), join(LEGAL_DIR, 'vector-pdf.pdf')]);
    expect(await importSummary(page)).toContain('2 added');
    const eo = documentRows(page).filter({ hasText: 'Revocation of Certain Executive Orders' });
    await expect(eo).toContainText('Executive order');
    await expect(eo).toContainText('2025-01-21');
    await expect(eo.locator('td.col-citation')).toHaveAttribute('title', /Executive Order 14174.*90 FR 8637/);
    const slip = documentRows(page).filter({ hasText: 'Tarrant Regional Water' });
    await expect(slip).toContainText('No. 11-889');
    await expect(slip).toContainText('2013-06-13');
    await expect(slip).toContainText('Court order');
  });
});
