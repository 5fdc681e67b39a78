/**
 * Printed page detection on the real legal corpus (../shared/corpus/legal), through the same text
 * extraction the app stores (test/support/nodePdf.ts). Skipped with a printed reason when the
 * corpus is missing, except under CI=true, where its absence fails the suite.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../test/support/nodePdf';
import { resolvePageQuery, type PageLabels } from './pageQuery';
import { detectPrintedPages, type PrintedPage } from './printedPages';

const SHARED = resolve(process.env.CLAUSEBENCH_SHARED ?? join(process.cwd(), '..', 'shared'));
const LEGAL = join(SHARED, 'corpus', 'legal');
const PDFJS = join(SHARED, 'corpus', 'pdfjs');
const available = existsSync(LEGAL) && existsSync(PDFJS);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`The shared corpus is missing at ${SHARED} (CI=true requires it).`);
  console.log(`[printedPagesCorpus] skipped: shared corpus not found at ${SHARED}; set CLAUSEBENCH_SHARED`);
}

async function detect(path: string): Promise<{ pages: (PrintedPage | null)[]; labels: PageLabels }> {
  const { pageTexts } = await extractPageTexts(path);
  const pages = detectPrintedPages(pageTexts);
  return { pages, labels: { pdf: null, printed: pages } };
}
const labelsOf = (pages: (PrintedPage | null)[]) => pages.map((p) => p?.label ?? null);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe.skipIf(!available)('printed pages in the legal corpus', () => {
  it('Federal Register prints: every page carries its FR page and volume 90', async () => {
    const expected: Record<string, [number, number]> = {
      'FR-2025-02098.pdf': [8637, 1],
      'FR-2025-14218.pdf': [35393, 3],
      'FR-2025-23844.pdf': [60521, 15],
      'FR-2025-15010.pdf': [37963, 30],
    };
    for (const [file, [first, count]] of Object.entries(expected)) {
      const { pages, labels } = await detect(join(LEGAL, file));
      expect(labelsOf(pages), file).toEqual(range(first, first + count - 1));
      expect(
        pages.every((p) => p?.kind === 'federal-register' && p.volume === 90),
        file,
      ).toBe(true);
      expect(
        resolvePageQuery(`90 FR ${first + count - 1}`, labels, count).map((m) => m.pageNumber),
        file,
      ).toEqual([count]);
    }
  });

  it('the slip opinion numbers its syllabus and its opinion each from 1', async () => {
    const { pages, labels } = await detect(join(LEGAL, 'vector-pdf.pdf'));
    expect(labelsOf(pages)).toEqual([...range(1, 4), ...range(1, 24), null, null]);
    expect(pages.slice(0, 4).every((p) => p?.section === 'Syllabus')).toBe(true);
    expect(pages.slice(4, 28).every((p) => p?.section === 'Opinion of the Court' && p.kind === 'slip-opinion')).toBe(true);
    expect(resolvePageQuery('slip op. at 5', labels, 30).map((m) => m.pageNumber)).toEqual([9]);
    expect(resolvePageQuery('slip op. at 3', labels, 30).map((m) => m.pageNumber)).toEqual([7, 3]);
  });

  it('the First Circuit opinion: PACER stamps on pages 1-2, its own "- n -" folios after', async () => {
    const { pages } = await detect(join(LEGAL, 'ca1_00117684624.pdf'));
    expect(labelsOf(pages)).toEqual(range(1, 17));
    expect(pages.slice(0, 2).map((p) => p?.kind)).toEqual(['page-of', 'page-of']);
    expect(pages.slice(2).every((p) => p?.kind === 'folio')).toBe(true);
  });

  it('pleading paper, exhibit tables and scans yield no folios', async () => {
    expect(labelsOf((await detect(join(LEGAL, 'gov.uscourts.azd.1085839.3.0.pdf'))).pages)).toEqual([null, null, null, null, null]);
    expect(labelsOf((await detect(join(LEGAL, 'image-pdf.pdf'))).pages)).toEqual([null, null]);
  });

  it('freeculture.pdf: roman front matter, then 1-345 with gaps only at unnumbered part titles', async () => {
    const { pages, labels } = await detect(join(PDFJS, 'freeculture.pdf'));
    expect(pages).toHaveLength(352);
    expect(labelsOf(pages.slice(11, 15))).toEqual(['xiii', 'xiv', 'xv', 'xvi']);
    expect(pages[16]?.label).toBe('1');
    expect(pages[350]?.label).toBe('345');
    expect(labelsOf(pages.slice(0, 11)).every((l) => l === null)).toBe(true);
    // Index 100 is printed 88; printed 100 is a later page: both are offered, the index first.
    expect(pages[99]?.label).toBe('88');
    const matches = resolvePageQuery('100', labels, 352);
    expect(matches[0]?.pageNumber).toBe(100);
    expect(matches.length).toBe(2);
    expect(pages[(matches[1]?.pageNumber ?? 0) - 1]?.label).toBe('100');
    const found = pages.filter(Boolean).length;
    expect(found).toBeGreaterThan(320);
  });
});
