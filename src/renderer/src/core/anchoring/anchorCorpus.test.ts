/**
 * Anchoring on a real legal PDF (a Supreme Court slip opinion from ../shared/corpus/legal),
 * through the same text extraction the app stores (test/support/nodePdf.ts). Skipped with a
 * printed reason when the corpus is missing, except under CI, where its absence fails the suite.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../../test/support/nodePdf';
import { SHARED, sharedAvailable } from '../../../../../test/support/sharedCorpus';
import { editDocument, generatePages, pickPassages } from '../../bench/anchorBenchData';
import { formatAnchorScore, placedShare, scoreAnchoring } from '../../bench/anchorScore';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../documentText';
import { buildAnchorIndex } from './anchorIndex';
import { anchorAll, type AnchorableTarget } from './anchorTarget';
import { describeRange } from './describeRange';

const PDF = join(SHARED, 'corpus', 'legal', 'vector-pdf.pdf');
const available = sharedAvailable('anchorCorpus', 'corpus/legal/vector-pdf.pdf');

const SEED = 20260612;

describe.skipIf(!available)('anchoring on a real slip opinion', () => {
  let pages: string[] = [];
  let text = '';
  let ranges: { start: number; end: number }[] = [];
  let targets: AnchorableTarget[] = [];

  beforeAll(async () => {
    pages = (await extractPageTexts(PDF)).pageTexts;
    text = joinDocumentText(pages);
    const starts = pageStartOffsets(pages);
    ranges = pickPassages(text, 200, SEED);
    targets = ranges.map((r) => ({ ...describeRange(text, r.start, r.end), pageIndex: pageIndexAtOffset(starts, r.start) }));
  });

  it('re-anchors 200 passages on the same text at the same offsets', () => {
    expect(pages.length).toBe(30);
    expect(ranges).toHaveLength(200);
    const results = anchorAll(buildAnchorIndex(text, pageStartOffsets(pages)), targets);
    results.forEach((r, i) => expect(r, `passage ${i}`).toEqual({ status: 'anchored', ...ranges[i] }));
    console.log(`[anchorCorpus] same text: ${results.length} of ${ranges.length} anchored at their own offsets`);
  });

  it('after a page inserted near the front and ~1% of words changed: none placed wrongly, most placed', () => {
    const edited = editDocument(pages, ranges, {
      seed: SEED + 1,
      insertAt: 1,
      insertedPage: generatePages(1, SEED + 2, 40)[0]!,
      changeRate: 0.01,
      removeRate: 0,
      deleteRanges: [],
    });
    const now = joinDocumentText(edited.pages);
    const results = anchorAll(buildAnchorIndex(now, pageStartOffsets(edited.pages)), targets);
    const score = scoreAnchoring(results, edited.truth, { text: now, quotes: targets.map((t) => t.quote.exact) });
    console.log(`[anchorCorpus] page inserted, 1% of words changed: ${formatAnchorScore(score)}`);
    expect(score.wrong).toEqual([]);
    expect(placedShare(score)).toBeGreaterThan(0.9);
    expect(score.placedExactly).toBeGreaterThan(100);
  });
});
